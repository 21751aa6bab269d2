package dev.cca.input.bench;

import static dev.cca.input.bench.Fixtures.failure;
import static dev.cca.input.bench.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.BenchCode;
import dev.cca.diag.Code;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON of nccl-tests {@code -J}, from fixtures written as nccl-tests 2.19.6 (a0b82b2) src/util.cu writes them
 * (and 2.17.6's version 1, with its misspelt footer); see src/test/resources/bench/nccl-tests/SOURCES.md.
 */
class NcclTestsJsonReaderTest {

    private static final String MAIN = "nccl-tests/v2.19.6-all_reduce_perf-2x8-h100.json";

    private final NcclTestsJsonReader reader = new NcclTestsJsonReader();

    @TempDir
    Path tmp;

    private static boolean has(InputException e, Code code) {
        return e.diagnostics().stream().anyMatch(d -> d.code() == code);
    }

    @Test
    void theAverageAndPeaksAreReadInGigabitsPerSecondAtTheirJsonPointers() throws InputException {
        NativeRun run = reader.read(source(MAIN));
        assertEquals("nccl-tests", run.format());
        assertEquals(BenchmarkKinds.COLLECTIVE_COMMUNICATION, run.kind());
        assertEquals(64.514123 * 8, run.value("busbw_gbps"), 1e-9);
        assertEquals((75.43 + 0.000745) * 8, run.value("peak_busbw_gbps"), 1e-9);
        assertEquals((40.23 + 0.000745) * 8, run.value("peak_algbw_gbps"), 1e-9);
        String text = Fixtures.text(MAIN);
        Measurement avg = run.measurement("busbw_gbps");
        assertEquals("/average_bus_bandwidth/bandwidth", avg.source().path());
        assertEquals(1, avg.source().line());
        assertEquals(text.indexOf("64.514123") + 1, avg.source().column());
        Measurement peak = run.measurement("peak_busbw_gbps");
        assertEquals("/results/7/out_of_place/bus_bw", peak.source().path());
        assertEquals(text.indexOf("75.430745") + 1, peak.source().column());
        assertTrue(run.warnings().isEmpty(), run.warnings().toString());
    }

    @Test
    void theConditionsComeFromTheProgramTheDevicesAndTheStartTime() throws InputException {
        Map<String, String> c = reader.read(source(MAIN)).conditions();
        assertEquals("all_reduce", c.get("collective"));
        assertEquals("16", c.get("accelerators"));
        assertEquals("2", c.get("nodes"));
        assertEquals("NVIDIA H100 80GB HBM3", c.get("accelerator_model"));
        assertEquals("1073741824", c.get("max_message_bytes"));
        assertEquals("2026-07-10", c.get("date"));
    }

    /** The same run as the text fixture: every measurement within the text's rounding, every condition but the date. */
    @Test
    void theJsonAndTheTextOfOneRunAgree() throws InputException {
        NativeRun json = reader.read(source(MAIN));
        NativeRun text = new NcclTestsReader().read(source("nccl-tests/v2.19.6-all_reduce_perf-2x8-h100.txt"));
        assertEquals(text.measurements().stream().map(Measurement::key).toList(), json.measurements().stream().map(Measurement::key).toList());
        for (Measurement m : text.measurements()) {
            assertEquals(m.value(), json.value(m.key()), 0.005 * 8, m.key());
        }
        Map<String, String> jc = new LinkedHashMap<>(json.conditions());
        jc.remove("date");
        assertEquals(text.conditions(), jc);
    }

    /** One process driving eight GPUs (-g 8) is one entry of config.devices: eight accelerators, one node. */
    @Test
    void aProcessOfSeveralGpusCountsEachAndPerIterationListsAreSkipped() throws InputException {
        NativeRun run = reader.read(source("nccl-tests/v2.19.6-I1-one-node-g8.json"));
        assertEquals("8", run.conditions().get("accelerators"));
        assertEquals("1", run.conditions().get("nodes"));
        assertEquals(109.1875 * 8, run.value("peak_busbw_gbps"), 1e-9);
        assertEquals(107.53125 * 8, run.value("busbw_gbps"), 1e-9);
    }

    @Test
    void versionOnesMisspeltFooterIsRead() throws InputException {
        NativeRun run = reader.read(source("nccl-tests/v2.17.6-all_gather_perf-v1-misspelt-footer.json"));
        assertEquals(34.096875 * 8, run.value("busbw_gbps"), 1e-9);
        assertEquals("/average_bus_bandwidith/bandwidith", run.measurement("busbw_gbps").source().path());
        assertEquals("all_gather", run.conditions().get("collective"));
        assertEquals("4", run.conditions().get("accelerators"));
    }

    @Test
    void filesAppendedIntoOneGiveARunEachAndReadRefusesToChoose() throws InputException {
        List<NativeRun> runs = reader.readAll(source("nccl-tests/v2.19.6-two-runs-appended.json"));
        assertEquals(List.of("all_reduce", "all_gather"), runs.stream().map(r -> r.conditions().get("collective")).toList());
        assertEquals(2, runs.get(1).measurement("busbw_gbps").source().line());
        assertEquals(29.5675 * 8, runs.get(1).value("busbw_gbps"), 1e-9);
        InputException e = assertThrows(InputException.class, () -> reader.read(source("nccl-tests/v2.19.6-two-runs-appended.json")));
        // Worded for a JSON file, not a log, and as the log's refusal lists its runs: each collective and its average.
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(BenchCode.NCCL_JSON_SEVERAL_RUNS, d.code());
        assertEquals(2, d.location().line());
        assertEquals("this JSON file holds 2 nccl-tests runs, appended one after another (1: all_reduce (average at line 1),"
                + " 2: all_gather (average at line 2)); each is a result of its own: name one with import: {record: N},"
                + " or read them all as separate runs", d.message("en"));
        assertEquals("此 JSON 文件有 2 个先后追加的 nccl-tests 运行（1：all_reduce（平均值在第 1 行），2：all_gather（平均值在第 2 行））；"
                + "每个都是单独的结果：请用 import: {record: N} 指定一个，或将它们全部作为单独的运行读取", d.message("zh"));
    }

    @Test
    void moreRunsThanTheLimitAreRefusedInTheWordsOfAJsonFile() throws IOException {
        String one = Files.readString(Path.of("src/test/resources/bench/" + MAIN)).strip();
        String many = (one + "\n").repeat(NcclTestsReader.MAX_RUNS + 1);
        InputException e = assertThrows(InputException.class, () -> reader.readAll(SourceFile.ofText("nccl.json", many)));
        Diagnostic d = e.diagnostics().stream().filter(x -> x.code() == BenchCode.NCCL_JSON_TOO_MANY_RUNS).findFirst().orElseThrow(
                () -> new AssertionError(e.getMessage()));
        assertEquals("more than 256 nccl-tests runs in one JSON file; split the file, one job's output (-J) per file", d.message("en"));
        assertEquals("一个 JSON 文件中有超过 256 个 nccl-tests 运行；请拆分该文件，每个文件放一个作业的输出（-J）", d.message("zh"));
        assertTrue(e.diagnostics().stream().noneMatch(x -> x.message("en").contains("log")), e.getMessage());
        // The text log's refusal is still worded for a log.
        assertTrue(BenchCode.NCCL_TOO_MANY_RUNS.render("en", 256).contains("in one log"));
    }

    @Test
    void wrongValuesAndOutOfBoundsRejectTheRun() {
        InputException e = failure(reader, "nccl-tests/invalid/wrong-values.json");
        assertInstanceOf(RejectedRunException.class, e);
        assertTrue(has(e, BenchCode.NCCL_WRONG_VALUES) && has(e, BenchCode.NCCL_TESTS_FOUND_OUT), e.getMessage());
        Diagnostic wrong = e.diagnostics().stream().filter(d -> d.code() == BenchCode.NCCL_WRONG_VALUES).findFirst().orElseThrow();
        assertEquals("/results/5/out_of_place/nwrong", wrong.location().path());
        assertTrue(wrong.message("en").contains("3 wrong value(s) at 268435456 bytes (out-of-place)"), wrong.message("en"));
        assertTrue(wrong.message("zh").contains("在 268435456 字节处统计到 3 个错误值（非原地）"), wrong.message("zh"));
    }

    @Test
    void anAverageThatIsNotOkayIsBelowTheMinimumAndRejected() {
        InputException e = failure(reader, "nccl-tests/invalid/min-bw-okay-false.json");
        assertInstanceOf(RejectedRunException.class, e);
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(BenchCode.NCCL_AVG_FAILED, d.code());
        assertEquals("/average_bus_bandwidth/okay", d.location().path());
    }

    @Test
    void aNegativeBusBandwidthIsAnErrorAtItsHalf() {
        InputException e = failure(reader, "nccl-tests/invalid/negative-busbw.json");
        assertTrue(!(e instanceof RejectedRunException));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(BenchCode.ALGBW_BUSBW_MUST_NON, d.code());
        assertEquals("/results/2/out_of_place", d.location().path());
        assertTrue(d.message("en").contains("-62.090412"), d.message("en"));
    }

    /** A run stopped by an error: nccl-tests closes what is open (since 2.18.5), so the JSON parses but has no footer. */
    @Test
    void aRunThatStoppedEarlyHasNoAverage() {
        InputException e = failure(reader, "nccl-tests/invalid/stopped-early.json");
        assertEquals(BenchCode.NCCL_JSON_NO_AVERAGE, e.diagnostics().get(0).code());
        assertTrue(e.diagnostics().get(0).message("zh").contains("没有 average_bus_bandwidth"));
    }

    /** A file cut short (a copy interrupted, an older release killed): the syntax error at the place it breaks, in both languages. */
    @Test
    void aFileCutShortIsASyntaxErrorAtItsEnd() {
        InputException e = failure(reader, "nccl-tests/invalid/cut-short.json");
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(1, d.location().line());
        assertTrue(d.location().column() > 4000, d.toString());
        assertTrue(!d.message("en").isBlank() && !d.message("zh").equals(d.message("en")), d.message("zh"));
    }

    @Test
    void detectionTellsTheJsonFromTheTextWhateverTheName() throws InputException, IOException {
        NativeFormats formats = NativeFormats.standard();
        assertInstanceOf(NcclTestsJsonReader.class, formats.detect(source(MAIN)));
        assertInstanceOf(NcclTestsReader.class, formats.detect(source("nccl-tests/v2.19.6-all_reduce_perf-2x8-h100.txt")));
        // -J never overwrites: a second run to the same name writes FILE.0, FILE.1, ...
        Path again = Files.writeString(tmp.resolve("out.json.0"), Fixtures.text(MAIN));
        SourceFile f = dev.cca.input.InputFiles.read(again, again.toString(), dev.cca.input.Limits.DEFAULT, null);
        assertEquals(64.514123 * 8, formats.readAll(f).get(0).value("busbw_gbps"), 1e-9);
        assertEquals(List.of("vllm-bench", "sglang-bench", "genai-perf", "mlperf-inference", "mlperf-training", "nccl-tests",
                "megatron", "torchtitan"), formats.formats(), "one name for both forms");
    }

    /**
     * A file streamed from disk (as files above 8 MiB are) with more rows than any JSON reader keeps of a list: every
     * row counts, and the peak in the last one is found.
     */
    @Test
    void everyRowOfAStreamedFileCountsHoweverMany() throws InputException, IOException {
        List<NcclOutput.Row> rows = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            BigDecimal bus = i == 4999 ? new BigDecimal("150.25") : new BigDecimal("10.5");
            NcclOutput.Half h = new NcclOutput.Half(new BigDecimal("100"), new BigDecimal("5.25"), bus, 0);
            rows.add(new NcclOutput.Row(8L * (i + 1), 2L * (i + 1), h, h));
        }
        NcclOutput.Run r = new NcclOutput.Run("all_reduce_perf", 2, 1, 4, 2, "NVIDIA H800", rows, new BigDecimal("10.53"), 0, null);
        Path big = Files.writeString(tmp.resolve("nccl-big.json"), NcclOutput.json(r));
        List<NativeRun> runs = NativeFormats.standard().readStreaming(big, "nccl-big.json");
        assertEquals(1, runs.size());
        assertEquals(150.25 * 8, runs.get(0).value("peak_busbw_gbps"), 1e-9);
        assertEquals("/results/4999/out_of_place/bus_bw", runs.get(0).measurement("peak_busbw_gbps").source().path());
        assertEquals("40000", runs.get(0).conditions().get("max_message_bytes"));
        assertEquals("8", runs.get(0).conditions().get("accelerators"));
    }

    @Test
    void aNewerVersionIsReadWithAWarningAndNoVersionIsAnError() throws InputException {
        String text = Fixtures.text(MAIN);
        NativeRun newer = reader.read(SourceFile.ofText("nccl.json", text.replace("{\"version\":3,", "{\"version\":4,")));
        assertEquals(BenchCode.NCCL_JSON_NEWER, newer.warnings().get(0).code());
        InputException e = assertThrows(InputException.class,
                () -> reader.read(SourceFile.ofText("nccl.json", text.replace("{\"version\":3,", "{\"version\":\"x\","))));
        assertTrue(has(e, BenchCode.NCCL_JSON_NOT_VERSION), e.getMessage());
    }

    @Test
    void ncclsLastErrorIsAWarningOfAFinishedRun() throws InputException {
        String text = Fixtures.text(MAIN).replace("\"errors\":[\"\"]", "\"errors\":[\"NET\\/IB : Got completion with error 12\"]");
        NativeRun run = reader.read(SourceFile.ofText("nccl.json", text));
        assertEquals(BenchCode.NCCL_JSON_ERROR, run.warnings().get(0).code());
        assertTrue(run.warnings().get(0).message("en").contains("NET/IB : Got completion with error 12"));
        assertEquals(64.514123 * 8, run.value("busbw_gbps"), 1e-9);
    }

    @Test
    void noResultsIsAnError() {
        String text = Fixtures.text(MAIN).replaceAll("\"results\":\\[.*\\],\"out_of_bounds\"", "\"results\":[],\"out_of_bounds\"");
        InputException e = assertThrows(InputException.class, () -> reader.read(SourceFile.ofText("nccl.json", text)));
        assertTrue(has(e, BenchCode.NCCL_JSON_NO_RESULTS), e.getMessage());
    }

    /** A benchmark-run document imports the JSON under the tool's one format name, as it does the text. */
    @Test
    void aDocumentImportsTheJsonAsNcclTests() throws InputException, IOException {
        Files.writeString(tmp.resolve("runs.json"), Fixtures.text("nccl-tests/v2.19.6-two-runs-appended.json"));
        Path doc = Files.writeString(tmp.resolve("run.yaml"), """
                cca: benchmark-run/v1
                center: wuhan-aicc
                kind: collective-communication
                tool: nccl-tests
                date: 2026-07-10
                import: {format: nccl-tests, file: runs.json, record: 2}
                """);
        BenchmarkRunReader runs = new BenchmarkRunReader(java.time.LocalDate.of(2026, 12, 1),
                dev.cca.input.Limits.DEFAULT.withInputRoots(List.of(tmp)));
        dev.cca.diag.Problems p = new dev.cca.diag.Problems();
        SourceFile f = dev.cca.input.InputFiles.read(doc, doc.toString(), dev.cca.input.Limits.DEFAULT, null);
        BenchmarkRun run = runs.read(new dev.cca.input.YamlReader(dev.cca.input.Limits.DEFAULT).readAll(f, p).get(0), p);
        assertTrue(!p.hasErrors(), p.all().toString());
        BenchmarkRun done = runs.resolveImport(run, p);
        assertEquals(29.5675 * 8, done.value("busbw_gbps"), 1e-9);
        assertEquals("all_gather", done.conditions().get("collective"));
    }
}
