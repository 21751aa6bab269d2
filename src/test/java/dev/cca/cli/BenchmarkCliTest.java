package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cca.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Measured benchmark results reaching a report: which value wins, what stays visible, what is refused. */
class BenchmarkCliTest {

    static final String WUHAN = "samples/wuhan-aicc.yaml";
    static final String VLLM = "src/test/resources/bench/vllm-bench/serve-result.json";

    @TempDir
    Path tmp;

    private JsonNode assess(String... args) throws Exception {
        Path json = tmp.resolve("r" + System.nanoTime() + ".json");
        String[] all = new String[args.length + 5];
        all[0] = "assess";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "-q";
        all[args.length + 2] = "-o";
        all[args.length + 3] = json.toString();
        all[args.length + 4] = "--as-of=2025-11-30";
        Cli.Run r = Cli.run(all);
        assertTrue(r.exit() == 0 || r.exit() == 3, r.toString());
        return new ObjectMapper().readTree(Files.readString(json));
    }

    static JsonNode metric(JsonNode result, String scenario, String metric) {
        for (JsonNode s : result.path("centers").get(0).path("scenarios")) {
            if (!s.path("id").asText().equals(scenario)) {
                continue;
            }
            for (JsonNode t : s.path("tables")) {
                for (JsonNode i : t.path("indicators")) {
                    for (JsonNode m : i.path("metrics")) {
                        if (m.path("metric").asText().equals(metric)) {
                            return m;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no metric " + metric);
    }

    @Test
    void a_measured_value_wins_over_the_declared_one_and_both_are_visible() throws Exception {
        JsonNode r = assess("samples/unicom-lingang.yaml");
        JsonNode mfu = metric(r, "training", "training.mfu_pct");
        assertEquals("measured", mfu.path("evidence").asText());
        assertTrue(mfu.path("source").asText().contains("megatron-pretrain.log"), mfu.toString());
        assertEquals("48 %", mfu.path("superseded").get(0).path("value_text").asText());
        assertEquals("declared", mfu.path("superseded").get(0).path("evidence").asText());
        double measured = mfu.path("value").asDouble();
        // 414 TFLOP/s against the H800's 989 is 41.9% on 16 accelerators; the 2,048-card cluster is 7 doublings
        // larger, so the checks stage credits 41.9 x 0.985^7 = 37.7.
        assertTrue(measured > 36 && measured < 40, "MFU from ~414 TFLOP/s against the H800's 989, carried to 2,048 cards: " + measured);
        JsonNode scale = finding(r, "measurement-scale", "training.mfu_pct");
        assertEquals("scored-at-bound", scale.path("outcome").asText());
        assertTrue(scale.path("stated").asDouble() > 40 && scale.path("stated").asDouble() < 44, scale.toString());
    }

    @Test
    void several_runs_of_the_same_conditions_combine_by_their_median() throws Exception {
        JsonNode r = assess("samples/unicom-lingang.yaml");
        JsonNode tp = metric(r, "inference", "inference.throughput.output_tokens_per_s");
        assertEquals(2511.3, tp.path("value").asDouble(), 0.01, "the median of 2511.3, 2611.7 and 2435.9");
        assertTrue(tp.path("note").asText().startsWith("median of 3 vllm-bench runs"), tp.toString());
        assertEquals(2511.3 / 8 * 72.7, tp.path("normalized_value").asDouble(), 0.01,
                "normalised by the run's own accelerators and Qwen2.5-72B's 72.7B active parameters (the model table)");
    }

    @Test
    void a_multi_node_nccl_run_is_a_collective_figure_and_leaves_the_per_accelerator_bandwidth_as_declared() throws Exception {
        JsonNode r = assess("samples/unicom-lingang.yaml");
        JsonNode bw = metric(r, "training", "compute.network.per_accelerator_gbps");
        // 172.48 GB/s of bus bandwidth over two nodes once became 1,380 Gbps "per accelerator" on 400G NICs.
        assertEquals(400, bw.path("value").asDouble(), 0.01, "the declared NIC bandwidth stays");
        assertEquals("declared", bw.path("evidence").asText());
        JsonNode f = finding(r, "collective-bandwidth", "compute.network.allreduce_busbw_gbps");
        assertEquals(172.48 * 8, f.path("stated").asDouble(), 0.01);
        assertEquals("noted", f.path("outcome").asText());
    }

    static JsonNode finding(JsonNode result, String check, String metric) {
        for (JsonNode f : result.path("centers").get(0).path("checks")) {
            if (f.path("check").asText().equals(check) && f.path("metric").asText().equals(metric)) {
                return f;
            }
        }
        throw new AssertionError("no " + check + " finding on " + metric + " in " + result.path("centers").get(0).path("checks"));
    }

    @Test
    void evidence_coverage_counts_the_measured_weight() throws Exception {
        JsonNode r = assess("samples/unicom-lingang.yaml");
        for (JsonNode s : r.path("centers").get(0).path("scenarios")) {
            assertTrue(s.path("evidence_coverage").asDouble() > 0.05, s.path("id") + ": " + s.path("evidence_coverage"));
        }
    }

    @Test
    void a_native_file_given_with_bench_takes_its_missing_conditions_from_the_command_line() throws Exception {
        JsonNode without = assess(WUHAN, "--bench", VLLM);
        JsonNode tp = metric(without, "inference", "inference.throughput.output_tokens_per_s");
        assertEquals("needs-condition", tp.path("status").asText(), "a measured throughput is never normalised by another run's accelerators");
        assertTrue(tp.path("missing_reason").asText().contains("inference.throughput.accelerators"), tp.toString());
        JsonNode with = assess(WUHAN, "--bench", VLLM, "--bench-conditions", "accelerators=8,params_b=72");
        JsonNode ok = metric(with, "inference", "inference.throughput.output_tokens_per_s");
        assertEquals("ok", ok.path("status").asText());
        assertEquals(1299.4559 / 8 * 72.7, ok.path("normalized_value").asDouble(), 0.01, "Qwen2.5-72B: 72.7B active (model table)");
    }

    @Test
    void a_benchmark_file_named_twice_counts_once_and_says_so() throws Exception {
        String[] once = {WUHAN, "--bench", VLLM, "--bench-conditions", "accelerators=8,params_b=72"};
        JsonNode one = assess(once);
        // The same file three times: as given, under another spelling, and through a link in a folder given whole.
        Path folder = Files.createDirectory(tmp.resolve("runs"));
        Files.createSymbolicLink(folder.resolve("link.json"), Path.of(VLLM).toAbsolutePath());
        Path json = tmp.resolve("thrice.json");
        Cli.Run r = Cli.run("assess", WUHAN, "--bench", VLLM, "--bench", "./" + VLLM, "--bench", folder.toString(),
                "--bench-conditions", "accelerators=8,params_b=72", "-o", json.toString(), "--as-of=2025-11-30");
        assertTrue(r.exit() == 0, r.toString());
        assertEquals(2, r.err().split("CCA-B092", -1).length - 1, "one warning per repeat:\n" + r.err());
        JsonNode three = new ObjectMapper().readTree(Files.readString(json));
        assertEquals(metric(one, "inference", "inference.throughput.output_tokens_per_s").path("value").asDouble(),
                metric(three, "inference", "inference.throughput.output_tokens_per_s").path("value").asDouble(), 0.0);
        assertEquals(metric(one, "inference", "inference.throughput.output_tokens_per_s").path("note").asText(),
                metric(three, "inference", "inference.throughput.output_tokens_per_s").path("note").asText());
    }

    /**
     * A LoadGen run's folder as LoadGen leaves it: the summary, and beside it the detailed log, the accuracy log, the
     * trace and the accuracy report. Given as a folder, the summary is read and the others are not; the detailed log
     * named alone is still the error that points to the summary. A folder without a summary reads every file.
     */
    @Test
    void a_loadgen_run_folder_is_read_by_its_summary_and_its_companions_are_left() throws Exception {
        Path run = Files.createDirectory(tmp.resolve("run_1"));
        Files.copy(Path.of("src/test/resources/bench/mlperf-inference/real-dgx-h100-llama2-70b-offline-mlperf_log_summary.txt"),
                run.resolve("mlperf_log_summary.txt"));
        Files.writeString(run.resolve("mlperf_log_detail.txt"), ":::MLLOG {\"key\": \"loadgen_version\", \"value\": \"4.1\"}\n");
        Files.writeString(run.resolve("mlperf_log_accuracy.json"), "[]\n");
        Files.writeString(run.resolve("mlperf_log_trace.json"), "");
        Files.writeString(run.resolve("accuracy.txt"), "{'rouge1': 44.4}\n");
        String[] conditions = {"--bench-conditions", "accelerators=8,params_b=70"};
        Cli.Run folder = Cli.run("assess", WUHAN, "--bench", run.toString(), conditions[0], conditions[1], "-q");
        assertEquals(0, folder.exit(), folder.toString());
        assertFalse(folder.err().contains("CCA-B"), folder.err());
        Cli.Run summary = Cli.run("assess", WUHAN, "--bench", run.resolve("mlperf_log_summary.txt").toString(), conditions[0],
                conditions[1], "-q");
        assertEquals(summary.out(), folder.out());
        Cli.Run detail = Cli.run("assess", WUHAN, "--bench", run.resolve("mlperf_log_detail.txt").toString(), "-q");
        assertTrue(detail.err().contains("CCA-B131"), detail.err());
        Files.delete(run.resolve("mlperf_log_summary.txt"));
        Cli.Run without = Cli.run("assess", WUHAN, "--bench", run.toString(), "-q");
        assertEquals(3, without.exit(), without.toString());
        assertTrue(without.err().contains("CCA-B131") && without.err().contains("mlperf_log_accuracy.json"), without.err());
    }

    @Test
    void a_benchmark_for_another_center_is_an_error() throws Exception {
        Path doc = tmp.resolve("other.yaml");
        Files.writeString(doc, "cca: benchmark-run/v1\ncenter: somewhere-else\nkind: training-efficiency\ntool: custom\n"
                + "date: 2025-09-01\nresults: {mfu_pct: 50}\n");
        Cli.Run r = Cli.run("assess", WUHAN, "--bench", doc.toString(), "-q");
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("for center 'somewhere-else', which is not among the profiles"), r.err());
    }

    @Test
    void an_invalid_mlperf_run_is_reported_and_not_used() throws Exception {
        Cli.Run r = Cli.run("assess", WUHAN, "--bench", "src/test/resources/bench/mlperf-inference/invalid/server-result-invalid.txt", "-q");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("not used: LoadGen marked this run INVALID"), r.err());
    }

    @Test
    void a_broken_benchmark_file_is_a_located_error_and_the_profile_is_still_assessed() throws Exception {
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, Files.readString(Path.of(VLLM)).substring(0, 300));
        Path json = tmp.resolve("r.json");
        Cli.Run r = Cli.run("assess", WUHAN, "--bench", broken.toString(), "-q", "-o", json.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("broken.json:1:"), r.err());
        JsonNode result = new ObjectMapper().readTree(Files.readString(json));
        assertEquals("declared", metric(result, "inference", "inference.throughput.output_tokens_per_s").path("evidence").asText(),
                "nothing is taken from the broken file");
    }

    @Test
    void an_old_run_decays_toward_a_declaration_instead_of_falling_off_a_cliff() throws Exception {
        Path doc = tmp.resolve("old.yaml");
        Files.writeString(doc, "cca: benchmark-run/v1\ncenter: wuhan-aicc\nkind: training-efficiency\ntool: custom\n"
                + "date: 2021-06-01\nresults: {mfu_pct: 52}\n");  // the month after Wuhan was commissioned (2021-05)
        JsonNode r = assess(WUHAN, "--bench", doc.toString());
        JsonNode mfu = metric(r, "training", "training.mfu_pct");
        assertEquals(52, mfu.path("value").asDouble(), 0);
        assertEquals("measured", mfu.path("evidence").asText(), "still a measurement: " + mfu);
        assertFalse(mfu.path("stale").asBoolean(), "no cliff: " + mfu);
        int age = mfu.path("age_days").asInt();
        assertEquals(1643, age, "2021-06-01 to the --as-of date 2025-11-30");
        double strength = Math.pow(2, -age / 730.0);
        assertEquals(strength, mfu.path("evidence_strength").asDouble(), 1e-4);
        assertEquals(0.85 + 0.15 * strength, mfu.path("evidence_factor").asDouble(), 1e-4,
                "between a declaration (0.85) and a fresh run (1.0), by the half-life");
        assertEquals("benchmark-run", mfu.path("provenance").get(0).path("kind").asText());
        assertEquals(64, mfu.path("provenance").get(0).path("sha256").asText().length(), "the file's hash is kept");
    }

    @Test
    void validate_checks_benchmark_documents_and_native_outputs() {
        Cli.Run ok = Cli.run("validate", "samples/bench/lingang/", VLLM);
        assertEquals(0, ok.exit(), ok.toString());
        assertTrue(ok.out().contains("benchmark file(s)"), ok.out());
        Cli.Run bad = Cli.run("validate", "src/test/resources/bench/mlperf-inference/invalid/ttft-p99-below-median.txt");
        assertEquals(3, bad.exit(), bad.toString());
        assertFalse(bad.err().isEmpty());
    }

    /** The lingang sample in a folder of its own, with run 1 of its vLLM results dated {@code date}. */
    private Path lingangWithRun1Dated(String date) throws Exception {
        Path dir = tmp.resolve("lingang-" + date);
        Files.createDirectories(dir.resolve("bench/lingang"));
        Files.copy(Path.of("samples/unicom-lingang.yaml"), dir.resolve("unicom-lingang.yaml"));
        try (var s = Files.list(Path.of("samples/bench/lingang"))) {
            for (Path f : s.toList()) {
                Files.copy(f, dir.resolve("bench/lingang").resolve(f.getFileName()));
            }
        }
        Path run1 = dir.resolve("bench/lingang/vllm-qwen72b-c64-run1.json");
        String json = Files.readString(run1);
        assertTrue(json.contains("\"date\": \"20250911-"), "the fixture's date is where the test expects it");
        Files.writeString(run1, json.replace("\"date\": \"20250911-", "\"date\": \"" + date + "-"));
        return dir;
    }

    @Test
    void a_file_dated_after_the_reference_date_is_an_error_whether_imported_or_given_with_bench() throws Exception {
        Path dir = lingangWithRun1Dated("20990912");
        String profile = dir.resolve("unicom-lingang.yaml").toString();
        Path run1 = dir.resolve("bench/lingang/vllm-qwen72b-c64-run1.json");
        Cli.Run imported = Cli.run("assess", profile, "-q", "--as-of", "2025-12-01");
        assertEquals(3, imported.exit(), imported.toString());
        assertTrue(imported.err().contains(dir.resolve("bench/lingang/serving-run1.yaml") + ":9:1: error CCA-B181: the imported file "
                + "vllm-qwen72b-c64-run1.json: the run is dated 2099-09-12, after the reference date 2025-12-01"), imported.err());
        assertFalse(imported.err().contains("CCA-B026"), "no longer a warning that keeps the document's date: " + imported.err());
        Cli.Run bench = Cli.run("assess", profile, "-q", "--as-of", "2025-12-01", "--bench", run1.toString());
        assertEquals(3, bench.exit(), bench.toString());
        assertTrue(bench.err().contains("error CCA-B100: the run is dated 2099-09-12"), bench.err());
        Cli.Run validate = Cli.run("validate", dir.resolve("bench/lingang/serving-run1.yaml").toString(), "--as-of", "2025-12-01");
        assertEquals(3, validate.exit(), validate.toString());
        Cli.Run zh = Cli.run("", java.util.Map.of("LANG", "zh_CN.UTF-8"), false, "assess", profile, "-q", "--as-of", "2025-12-01");
        assertTrue(zh.err().contains("错误 CCA-B181: 导入的文件 vllm-qwen72b-c64-run1.json：运行日期为 2099-09-12"), zh.err());
        // A file dated before the reference date but not the document's own date stays the warning it was.
        Cli.Run earlier = Cli.run("assess", lingangWithRun1Dated("20250910").resolve("unicom-lingang.yaml").toString(), "-q",
                "--as-of", "2025-12-01");
        assertEquals(0, earlier.exit(), earlier.toString());
        assertTrue(earlier.err().contains("warning CCA-B026"), earlier.err());
    }
    /** The serving run a benchmark-run document of the lingang copy in {@code dir} gave to the JSON result. */
    private static JsonNode benchmark(JsonNode result, String document) {
        for (JsonNode b : result.path("centers").get(0).path("benchmarks")) {
            if (b.path("file").asText().endsWith(document)) {
                return b;
            }
        }
        throw new AssertionError(document + " not in " + result.path("centers").get(0).path("benchmarks"));
    }

    @Test
    void a_document_cannot_make_the_run_it_imports_younger_than_the_tool_dated_it() throws Exception {
        // Run 1's file is dated 2023-09-10; its document says 2025-09-11. The earlier date is the run's.
        Path dir = lingangWithRun1Dated("20230910");
        JsonNode r = assess(dir.resolve("unicom-lingang.yaml").toString());
        assertEquals("2023-09-10", benchmark(r, "vllm-qwen72b-c64-run1.json").path("date").asText(), r.toString());
        assertEquals("2025-09-12", benchmark(r, "vllm-qwen72b-c64-run2.json").path("date").asText());
        Cli.Run v = Cli.run("validate", dir.resolve("unicom-lingang.yaml").toString(), "--as-of", "2025-11-30");
        assertTrue(v.err().contains("warning CCA-B026: the imported file is dated 2023-09-10, the document says 2025-09-11;"
                + " the earlier, 2023-09-10, is kept"), v.err());
    }

    @Test
    void a_condition_the_tool_wrote_is_kept_over_the_document_that_wraps_its_file() throws Exception {
        // The vLLM files served Qwen2.5-7B; the documents say Qwen2.5-72B, which would normalise the same tokens by 72B.
        Path dir = lingangWithRun1Dated("20250911");
        try (var s = Files.list(dir.resolve("bench/lingang"))) {
            for (Path f : s.filter(f -> f.getFileName().toString().startsWith("vllm-")).toList()) {
                Files.writeString(f, Files.readString(f).replace("Qwen/Qwen2.5-72B-Instruct", "Qwen/Qwen2.5-7B-Instruct"));
            }
        }
        String profile = dir.resolve("unicom-lingang.yaml").toString();
        JsonNode honest = assess("samples/unicom-lingang.yaml");
        JsonNode r = assess(profile);
        JsonNode t = metric(r, "inference", "inference.throughput.output_tokens_per_s");
        // 2,511.3 tokens/s on 8 cards of a 7.6B model (the model table's Qwen2.5-7B), not of 72.7B.
        assertEquals(2511.3 / 8 * 7.6, t.path("normalized_value").asDouble(), 30, t.toString());
        assertTrue(t.path("score").asDouble() < metric(honest, "inference", "inference.throughput.output_tokens_per_s")
                .path("score").asDouble() / 5, t.toString());
        for (String command : java.util.List.of("validate", "assess", "batch")) {
            Cli.Run v = Cli.run(command, profile, "--as-of", "2025-11-30", "-v", "-o", tmp.resolve(command + ".json").toString());
            String err = command.equals("validate") ? Cli.run(command, profile, "--as-of", "2025-11-30").err() : v.err();
            assertTrue(err.contains("warning CCA-B027: conditions.model is Qwen/Qwen2.5-72B-Instruct here, but the imported file says"
                    + " Qwen/Qwen2.5-7B-Instruct; the file's value is kept"), command + ": " + err);
        }
    }

    @Test
    void one_run_given_twice_counts_once_whichever_document_or_copy_brings_it() throws Exception {
        // Runs 1-3 measured 2,511.3, 2,611.7 and 2,435.9 tokens/s (median 2,511.3). Document 3 now imports run 2's file,
        // and a fourth imports a byte copy of it: counted each time, run 2 would be the median.
        Path dir = lingangWithRun1Dated("20250911");
        Path bench = dir.resolve("bench/lingang");
        Files.writeString(bench.resolve("serving-run3.yaml"), Files.readString(bench.resolve("serving-run3.yaml"))
                .replace("run3.json", "run2.json"));
        Files.copy(bench.resolve("vllm-qwen72b-c64-run2.json"), bench.resolve("copy.json"));
        Files.writeString(bench.resolve("serving-run4.yaml"), Files.readString(bench.resolve("serving-run2.yaml"))
                .replace("vllm-qwen72b-c64-run2.json", "copy.json"));
        Path profile = dir.resolve("unicom-lingang.yaml");
        Files.writeString(profile, Files.readString(profile).replace("  - bench/lingang/serving-run3.yaml\n",
                "  - bench/lingang/serving-run3.yaml\n  - bench/lingang/serving-run4.yaml\n"));
        JsonNode t = metric(assess(profile.toString()), "inference", "inference.throughput.output_tokens_per_s");
        assertEquals((2511.3 + 2611.7) / 2, t.path("value").asDouble(), 1e-9, t.toString());
        Cli.Run v = Cli.run("validate", profile.toString(), "--as-of", "2025-11-30");
        assertEquals(2, v.err().lines().filter(l -> l.contains("warning CCA-B212: this run reports exactly the figures of")).count(), v.err());
        Cli.Run b = Cli.run("batch", dir.toString(), "--as-of", "2025-11-30", "-v", "-o", tmp.resolve("b.json").toString());
        assertEquals(2, b.err().lines().filter(l -> l.contains("CCA-B212")).count(), b.err());
    }
}
