package dev.cca.input.bench;

import static dev.cca.input.bench.Fixtures.failure;
import static dev.cca.input.bench.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.BenchCode;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real tool outputs that were read wrong or refused, and hostile files that cost far more than they should: each
 * test is named after what it pins.
 */
class ReadRightRegressionTest {

    private final NativeFormats formats = NativeFormats.standard();

    private static Diagnostic only(InputException e, BenchCode code) {
        List<Diagnostic> found = e.diagnostics().stream().filter(d -> d.code() == code).toList();
        assertEquals(1, found.size(), () -> code + " once in " + e.diagnostics());
        return found.get(0);
    }

    // ---- vLLM, newest serve.py ---------------------------------------------------------------------------------

    @Test
    void theNewestVllmResultGivesTheEndToEndLatencyNotTheOneThatCountsTheClientQueue() throws InputException {
        NativeRun run = new VllmBenchReader().read(source("vllm-bench/serve-result-2026-queue-probe-spec-decode.json"));
        // mean_e2el_including_client_queue_ms (9010.9) and probe_p99_e2el_ms (188.4) sit beside these: neither is e2e.
        assertEquals(7800.4, run.value("e2e_ms.mean"));
        assertEquals(8907.3, run.value("e2e_ms.p99"));
        assertEquals(7761.9, run.value("e2e_ms.p50"));
        assertEquals(398.1, run.value("ttft_ms.p50"));
        assertEquals(34.07, run.value("tpot_ms.p99"));
        assertEquals(2048.0, run.value("output_tokens_per_s"));
        assertEquals(10240.0, run.value("total_tokens_per_s"));
        assertEquals("10", run.conditions().get("request_rate"));
        assertEquals("64", run.conditions().get("concurrency"));
        assertEquals("2026-06-12", run.conditions().get("date"));
        assertFalse(run.measurements().stream().anyMatch(m -> m.source().path().contains("queue")
                || m.source().path().contains("probe") || m.source().path().contains("spec_decode")), run.measurements().toString());
    }

    @Test
    void anEarly2024VllmResultWithItsMisspeltRequestRateIsRead() throws InputException {
        // benchmark_serving.py of vLLM 0.3 to 0.4.0 wrote "request_inthroughput" and no request_throughput:
        // such a result was refused as no benchmark output cca reads.
        SourceFile file = source("vllm-bench/legacy-2024-request-inthroughput.json");
        assertEquals(VllmBenchReader.FORMAT, formats.detect(file).format());
        NativeRun run = new VllmBenchReader().read(file);
        assertEquals(1000 / 300.0, run.value("requests_per_s"));
        assertEquals("/request_inthroughput", run.measurement("requests_per_s").source().path());
        assertEquals(201524 / 300.0, run.value("output_tokens_per_s"));
        assertEquals(40211.0532, run.value("ttft_ms.p50"));
        assertEquals("2024-04-10", run.conditions().get("date"));
    }

    @Test
    void theMisspeltRequestRateIsHeldToTheCompletedRequestsOverTheDuration() {
        String edited = Fixtures.text("vllm-bench/legacy-2024-request-inthroughput.json")
                .replaceFirst("\"request_inthroughput\": [^,]+,", "\"request_inthroughput\": 33.3,");
        InputException e = assertThrows(InputException.class, () -> new VllmBenchReader().read(SourceFile.ofText("edited.json", edited)));
        assertEquals("/request_inthroughput", only(e, BenchCode.SERVING_RATE_DISAGREES).location().path());
    }

    // ---- serving durations -------------------------------------------------------------------------------------

    @Test
    void aVllmResultOfZeroDurationIsRefusedAtItsDuration() {
        InputException e = failure(new VllmBenchReader(), "vllm-bench/invalid/zero-duration.json");
        Diagnostic d = only(e, BenchCode.SERVING_DURATION);
        assertEquals("/duration", d.location().path());
        assertTrue(d.format().contains("duration 0.0 "), d.format());
    }

    @Test
    void anSglangResultOfNanDurationIsRefusedAtItsDuration() {
        InputException e = failure(new SglangBenchReader(), "sglang-bench/invalid/nan-duration.jsonl");
        assertEquals("/duration", only(e, BenchCode.SERVING_DURATION).location().path());
    }

    // ---- MLPerf Training ---------------------------------------------------------------------------------------

    @Test
    void anMlperfTrainingLogWhoseRunStopsWhenItStartsIsNoTimeToTrainOfZero() {
        InputException e = failure(new MlperfTrainingReader(), "mlperf-training/invalid/no-time-between-start-and-stop.txt");
        Diagnostic d = only(e, BenchCode.MLPERF_NO_TIME);
        assertEquals(36, d.location().line());
        assertFalse(e instanceof RejectedRunException, "an edited log is an error, not a run its tool rejected");
    }

    // ---- Megatron-LM under AMD Primus -------------------------------------------------------------------------

    @Test
    void aPrimusMegatronLogReadsAsTheMegatronLogItRewrites() throws InputException {
        // Primus renames the throughput field and adds running averages ("15012.9/15012.9", "121.1 (avg 121.1)"):
        // every iteration line was an error ("is not a number") and the log was refused.
        MegatronLogReader reader = new MegatronLogReader();
        NativeRun primus = reader.read(source("megatron/primus-gpt-8b-tp8-dp2-pretrain.log"));
        NativeRun megatron = reader.read(source("megatron/gpt-8b-tp8-dp2-pretrain.log"));
        for (String key : List.of("tflops_per_accelerator", "step_time_ms", "samples_per_s")) {
            assertEquals(megatron.value(key), primus.value(key), key);
        }
        assertEquals(megatron.conditions(), primus.conditions());
        assertFalse(primus.warnings().stream().anyMatch(d -> d.code() == BenchCode.ITERATION_LINES_CARRY_NO), primus.warnings().toString());
    }

    @Test
    void aMegatronLogIsKnownByItsStartHoweverFarDownItsFirstIterationIs() throws InputException {
        String log = Fixtures.text("megatron/gpt-8b-tp8-dp2-pretrain.log");
        int first = log.indexOf(" [2025-09-03 02:15:19");
        StringBuilder pad = new StringBuilder();
        while (pad.length() < 2 * NativeFormats.DETECTION_CHUNK) {
            pad.append(" > building indices for blendable datasets ... dataset ").append(pad.length()).append('\n');
        }
        String padded = log.substring(0, first) + pad + log.substring(first);
        String head = padded.substring(0, NativeFormats.DETECTION_CHUNK);
        assertEquals(List.of(MegatronLogReader.FORMAT), formats.candidates(head).stream().map(NativeReader::format).toList());
        NativeRun run = new MegatronLogReader().read(SourceFile.ofText("padded.log", padded));
        assertEquals(new MegatronLogReader().read(source("megatron/gpt-8b-tp8-dp2-pretrain.log")).value("tflops_per_accelerator"),
                run.value("tflops_per_accelerator"));
    }

    @Test
    void aLineThatGivesBothThroughputsIsReadAtMegatronsOwn() throws InputException {
        String log = Fixtures.text("megatron/gpt-8b-tp8-dp2-pretrain.log")
                .replace("| throughput per GPU (TFLOP/s/GPU):", "| compute per GPU (TFLOP/s/GPU): 9999.9 (avg 9999.9) | throughput per GPU (TFLOP/s/GPU):");
        NativeRun both = new MegatronLogReader().read(SourceFile.ofText("both.log", log));
        NativeRun megatron = new MegatronLogReader().read(source("megatron/gpt-8b-tp8-dp2-pretrain.log"));
        assertEquals(megatron.value("tflops_per_accelerator"), both.value("tflops_per_accelerator"));
    }

    // ---- nccl-tests --------------------------------------------------------------------------------------------

    @Test
    void twoProcessesEachRunningTheirOwnTestAreNoCollectiveAcrossTwoHosts() {
        // NVIDIA/nccl-tests issue #107: built without MPI=1 and started by mpirun -np 2 on two hosts, each process
        // printed its own header with rank 0 on its own host; read as one run it was 1 accelerator on 2 nodes.
        InputException e = failure(new NcclTestsReader(), "nccl-tests/invalid/no-mpi-two-processes.txt");
        Diagnostic d = only(e, BenchCode.NCCL_RANK_TWICE);
        assertEquals(8, d.location().line());
        assertTrue(d.format().contains("gpu-a pid 4120") && d.format().contains("gpu-b pid 3307"), d.format());
    }

    @Test
    void aRankLinePrintedTwiceWordForWordIsOneRank() throws InputException {
        String log = Fixtures.text("nccl-tests/v2.19.6-all_reduce_perf-2x8-h100.txt");
        String rank = log.lines().filter(l -> l.contains("Rank  3 ")).findFirst().orElseThrow();
        NativeRun run = new NcclTestsReader().read(SourceFile.ofText("nccl.txt", log.replace(rank, rank + "\n" + rank)));
        assertEquals("16", run.conditions().get("accelerators"));
        assertEquals("2", run.conditions().get("nodes"));
    }

    @Test
    void anAverageThatIsNoNumberIsSaidOnceAtItsLine() {
        String log = Fixtures.text("nccl-tests/v2.19.6-all_reduce_perf-2x8-h100.txt")
                .replaceFirst("(# Avg bus bandwidth\\s*:\\s*)\\S+", "$1nan");
        InputException e = assertThrows(InputException.class, () -> new NcclTestsReader().read(SourceFile.ofText("nccl.txt", log)));
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.code() == BenchCode.NOT_BANDWIDTH), e.diagnostics().toString());
        assertFalse(e.diagnostics().stream().anyMatch(d -> d.code() == BenchCode.NO_AVG_BUS_BANDWIDTH),
                "the line is there: " + e.diagnostics());
    }

    @Test
    void aLogOfMoreRanksThanAnyJobIsRefusedOnceAtTheFirstRankOver() {
        StringBuilder b = new StringBuilder("# nThread 1 nGpus 1 minBytes 8 maxBytes 8 step: 2(factor) warmup iters: 5 iters: 20\n");
        for (int r = 0; r <= NcclTestsReader.MAX_RANKS + 10; r++) {
            b.append(String.format("#  Rank %2d Group  0 Pid %6d on %10s device  0 [0000:18:00] NVIDIA H100 80GB HBM3%n", r, r, "h" + r));
        }
        b.append(NcclTestsPropertyTest.TABLE);
        InputException e = assertThrows(InputException.class, () -> new NcclTestsReader().read(SourceFile.ofText("nccl.txt", b.toString())));
        assertEquals(NcclTestsReader.MAX_RANKS + 2, only(e, BenchCode.NCCL_TOO_MANY_RANKS).location().line());
    }

    // ---- the number of results in one JSON file ----------------------------------------------------------------

    private static String lines(String line, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(line).append('\n');
        }
        return b.toString();
    }

    @Test
    void aFileOfAsManyResultsAsAllowedIsReadWhole() throws InputException {
        String one = Fixtures.text("vllm-bench/serve-result.json").strip();
        List<NativeRun> runs = new VllmBenchReader().readAll(SourceFile.ofText("sweep.jsonl", lines(one, JsonInput.MAX_RECORDS)));
        assertEquals(JsonInput.MAX_RECORDS, runs.size());
    }

    @Test
    void aFileOfOneResultMoreIsRefusedAtThatResult() {
        String one = Fixtures.text("vllm-bench/serve-result.json").strip();
        InputException e = assertThrows(InputException.class,
                () -> new VllmBenchReader().readAll(SourceFile.ofText("sweep.jsonl", lines(one, JsonInput.MAX_RECORDS + 1))));
        assertEquals(JsonInput.MAX_RECORDS + 1, only(e, BenchCode.TOO_MANY_RESULTS).location().line());
    }

    @Test
    void aStreamedFileOfTwiceTheResultsAllowedStopsAtTheFirstOneOver(@TempDir Path dir) throws IOException {
        // Before: every tree was held, and a file of a million results (1.27 GB) ran the heap out after six minutes.
        String one = Fixtures.text("sglang-bench/bench-serving-one-run.jsonl").strip();
        Path file = dir.resolve("appended.jsonl");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 2 * JsonInput.MAX_RECORDS; i++) {
                w.write(one);
                w.write('\n');
            }
        }
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> { // a hang guard, not a speed claim
            InputException e = assertThrows(InputException.class, () -> formats.readStreaming(file, "appended.jsonl"));
            assertEquals(JsonInput.MAX_RECORDS + 1, only(e, BenchCode.TOO_MANY_RESULTS).location().line());
        });
    }
}
