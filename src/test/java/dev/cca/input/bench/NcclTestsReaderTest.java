package dev.cca.input.bench;

import static dev.cca.input.bench.Fixtures.failure;
import static dev.cca.input.bench.Fixtures.says;
import static dev.cca.input.bench.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import org.junit.jupiter.api.Test;

class NcclTestsReaderTest {

    private final NcclTestsReader reader = new NcclTestsReader();

    @Test
    void theAverageBusBandwidthIsReportedInGigabitsPerSecond() throws InputException {
        NativeRun run = reader.read(source("nccl-tests/all_reduce_perf-2x8-h100-kube-nccl-test.txt"));
        assertEquals("nccl-tests", run.format());
        assertEquals(BenchmarkKinds.COLLECTIVE_COMMUNICATION, run.kind());
        assertEquals(194.675 * 8, run.value("busbw_gbps"), 1e-9);
        Measurement m = run.measurement("busbw_gbps");
        assertEquals("Gbps", m.unit());
        assertEquals(38, m.source().line());
    }

    @Test
    void thePeakOfAnyMessageSizeAndEitherPlacementIsKeptToo() throws InputException {
        NativeRun run = reader.read(source("nccl-tests/all_reduce_perf-2x8-h100-kube-nccl-test.txt"));
        assertEquals(196.52 * 8, run.value("peak_busbw_gbps"), 1e-9);
        assertEquals(104.81 * 8, run.value("peak_algbw_gbps"), 1e-9);
        assertEquals(36, run.measurement("peak_busbw_gbps").source().line());
    }

    /** Where a peak was read is said in each language; the English is the path JSON reports keep. */
    @Test
    void wherePeaksWereReadIsSaidInEnglishAndChinese() throws InputException {
        NativeRun run = reader.read(source("nccl-tests/all_reduce_perf-2x8-h100-kube-nccl-test.txt"));
        dev.cca.diag.Location bus = run.measurement("peak_busbw_gbps").source();
        assertTrue(bus.path().matches("busbw at [0-9,]+ B"), bus.path());
        String bytes = bus.path().substring("busbw at ".length(), bus.path().length() - 2);
        assertEquals("消息大小 " + bytes + " B 时的 busbw", bus.path("zh"));
        assertTrue(run.measurement("peak_algbw_gbps").source().path("zh").endsWith(" B 时的 algbw"));
        InputException e = failure(reader, "nccl-tests/invalid/negative-busbw.txt");
        dev.cca.diag.Location row = e.diagnostics().get(0).location();
        assertTrue(row.path().matches("size [0-9]+"), row.path());
        assertEquals("消息大小 " + row.path().substring(5) + " B 的一行", row.path("zh"));
    }

    @Test
    void theHeaderRevealsRanksNodesAndDevice() throws InputException {
        NativeRun run = reader.read(source("nccl-tests/all_reduce_perf-2x8-h100-kube-nccl-test.txt"));
        assertEquals("16", run.conditions().get("accelerators"));
        assertEquals("2", run.conditions().get("nodes"));
        assertEquals("NVIDIA H100 80GB HBM3", run.conditions().get("accelerator_model"));
        assertEquals("8589934592", run.conditions().get("max_message_bytes"));
    }

    @Test
    void rowsWithoutAReductionColumnAreReadFromTheirLastEightColumns() throws InputException {
        String text = """
                # Collective test starting: all_gather_perf
                #       size         count      type     time   algbw   busbw #wrong     time   algbw   busbw #wrong
                    1048576        262144     float    51.20   20.48   19.20      0    50.10   20.93   19.62      0
                  134217728      33554432     float   1530.1   87.72   82.24      0   1528.4   87.81   82.32      0
                # Out of bounds values : 0 OK
                # Avg bus bandwidth    : 50.845
                """;
        NativeRun run = reader.read(SourceFile.ofText("all_gather.txt", text));
        assertEquals(82.32 * 8, run.value("peak_busbw_gbps"), 1e-9);
        assertEquals("all_gather", run.conditions().get("collective"));
    }

    @Test
    void anOutputWithoutTheAverageLineWasCutShort() {
        InputException e = failure(reader, "nccl-tests/invalid/cut-short.txt");
        assertTrue(says(e, "no '# Avg bus bandwidth' line"), e.getMessage());
    }

    @Test
    void wrongValuesMeanTheRunDoesNotCount() {
        InputException e = assertThrows(InputException.class, () -> reader.read(source("nccl-tests/invalid/wrong-values.txt")));
        assertInstanceOf(RejectedRunException.class, e);
        assertTrue(says(e, "3 wrong value(s) at 2147483648 bytes"), e.getMessage());
        assertTrue(says(e, "out-of-bounds"), e.getMessage());
    }

    @Test
    void aNegativeBandwidthIsRefusedAtItsRow() {
        InputException e = failure(reader, "nccl-tests/invalid/negative-busbw.txt");
        assertEquals(35, e.diagnostics().get(0).location().line());
        assertTrue(says(e, "must be non-negative"), e.getMessage());
    }

    /** Every release before v2.13.6 prints its rank lines without "Group N"; a 2-node run must not read as one node. */
    @Test
    void rankLinesWithoutAGroupOfReleasesBefore2136AreRead() throws InputException {
        NativeRun run = reader.read(source("nccl-tests/v2.11.0-all_reduce_perf-2x8-a100.txt"));
        assertEquals("16", run.conditions().get("accelerators"));
        assertEquals("2", run.conditions().get("nodes"));
        assertEquals("NVIDIA A100-SXM4-80GB", run.conditions().get("accelerator_model"));
        assertEquals(64.5141 * 8, run.value("busbw_gbps"), 1e-9);
        assertEquals(75.43 * 8, run.value("peak_busbw_gbps"), 1e-9);
        assertEquals(40.23 * 8, run.value("peak_algbw_gbps"), 1e-9);
    }

    /** A run that fell below NCCL_TESTS_MIN_BW: its own tool failed it (exit code 1), so it is not evidence. */
    @Test
    void anAverageMarkedFailedMeansTheRunDoesNotCount() {
        InputException e = assertThrows(InputException.class, () -> reader.read(source("nccl-tests/invalid/v2.19.6-min-bw-avg-FAILED.txt")));
        assertInstanceOf(RejectedRunException.class, e);
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        dev.cca.diag.Diagnostic d = e.diagnostics().get(0);
        assertEquals("CCA-B140", d.code().id());
        assertEquals(35, d.location().line());
        assertEquals("# Avg bus bandwidth    : 64.5141 ".length() + 1, d.location().column());
        assertTrue(says(e, "average bus bandwidth 64.5141 GB/s FAILED"), e.getMessage());
    }

    @Test
    void anAverageMarkedOkOrUncheckedCounts() throws InputException {
        NativeRun run = reader.read(source("nccl-tests/v2.19.6-all_reduce_perf-2x8-h100.txt"));
        assertEquals(64.5141 * 8, run.value("busbw_gbps"), 1e-9);
        String ok = Fixtures.text("nccl-tests/v2.19.6-all_reduce_perf-2x8-h100.txt").replace("64.5141 \n", "64.5141 OK\n");
        assertEquals(64.5141 * 8, reader.read(SourceFile.ofText("ok.txt", ok)).value("busbw_gbps"), 1e-9);
    }

    /** What every v2.19.6 variant below measured: the generator's average and its peak row (1 GiB). */
    private static void theV2196Run(NativeRun run, String what) {
        assertEquals(64.5141 * 8, run.value("busbw_gbps"), 1e-9, what);
        assertEquals(75.43 * 8, run.value("peak_busbw_gbps"), 1e-9, what);
        assertEquals(40.23 * 8, run.value("peak_algbw_gbps"), 1e-9, what);
        assertEquals("16", run.conditions().get("accelerators"), what);
        assertEquals("2", run.conditions().get("nodes"), what);
        assertEquals("all_reduce", run.conditions().get("collective"), what);
        assertEquals("1073741824", run.conditions().get("max_message_bytes"), what);
    }

    @Test
    void theVariantsOfOneRunReadTheSame() throws InputException {
        for (String f : java.util.List.of("v2.19.6-all_reduce_perf-2x8-h100.txt", "v2.19.6-I1-per-iteration.txt",
                "v2.19.6-S1-timestamps.txt", "v2.19.6-c0-no-check.txt", "v2.19.6-mpirun-tag-output.txt",
                "v2.19.6-srun-label.txt", "v2.19.6-mpirun-tag-output-mixed-ranks.txt")) {
            theV2196Run(reader.read(source("nccl-tests/" + f)), f);
        }
        String crlf = Fixtures.text("nccl-tests/v2.19.6-all_reduce_perf-2x8-h100.txt").replace("\n", "\r\n");
        theV2196Run(reader.read(SourceFile.ofText("crlf.txt", crlf)), "crlf");
    }

    /** -I 1: the per-iteration columns are not algbw, busbw or #wrong; the peak points at the busbw column. */
    @Test
    void perIterationColumnsAreToldApartByTheHeader() throws InputException {
        NativeRun run = reader.read(source("nccl-tests/v2.19.6-I1-per-iteration.txt"));
        dev.cca.diag.Location at = run.measurement("peak_busbw_gbps").source();
        assertEquals(34, at.line());
        String row = Fixtures.text("nccl-tests/v2.19.6-I1-per-iteration.txt").split("\n")[33];
        assertTrue(row.startsWith("75.43", at.column() - 1), row.substring(at.column() - 1));
        assertTrue(run.warnings().isEmpty(), run.warnings().toString());
    }

    /** The launcher's tag does not move a location: columns count from the start of the line as written. */
    @Test
    void locationsUnderALauncherPrefixCountTheWholeLine() throws InputException {
        NativeRun run = reader.read(source("nccl-tests/v2.19.6-mpirun-tag-output.txt"));
        dev.cca.diag.Location avg = run.measurement("busbw_gbps").source();
        assertEquals(35, avg.line());
        assertEquals("[1,0]<stdout>:# Avg bus bandwidth    : ".length() + 1, avg.column());
        String wrong = Fixtures.text("nccl-tests/v2.19.6-srun-label.txt")
                .replace("0:    134217728      33554432     float     sum      -1  3470.90   38.67   72.51       0",
                        "0:    134217728      33554432     float     sum      -1  3470.90   38.67   72.51       2");
        InputException e = assertThrows(RejectedRunException.class, () -> reader.read(SourceFile.ofText("srun.txt", wrong)));
        dev.cca.diag.Location at = e.diagnostics().get(0).location();
        assertEquals(30, at.line());
        assertEquals("0:    134217728      33554432     float     sum      -1  3470.90   38.67   72.51       ".length() + 1, at.column());
        assertTrue(says(e, "2 wrong value(s) at 134217728 bytes (out-of-place)"), e.getMessage());
    }

    /** Two programs in one job log are two results; reading it as one is refused, never a mix of both. */
    @Test
    void twoCollectivesInOneLogAreTwoRunsNeverMixed() throws InputException {
        SourceFile two = source("nccl-tests/v2.19.6-two-ops-all_reduce-then-all_gather.txt");
        java.util.List<NativeRun> runs = reader.readAll(two);
        assertEquals(2, runs.size());
        theV2196Run(runs.get(0), "first");
        NativeRun gather = runs.get(1);
        assertEquals("all_gather", gather.conditions().get("collective"));
        assertEquals(58.6492 * 8, gather.value("busbw_gbps"), 1e-9);
        assertEquals(68.57 * 8, gather.value("peak_busbw_gbps"), 1e-9);
        assertEquals(73.15 * 8, gather.value("peak_algbw_gbps"), 1e-9);
        assertEquals("16", gather.conditions().get("accelerators"));
        assertEquals(74, gather.measurement("busbw_gbps").source().line());
        assertTrue(gather.measurement("peak_busbw_gbps").source().line() > 40);
        InputException e = fails(() -> reader.read(two));
        assertEquals("CCA-B144", e.diagnostics().get(0).code().id());
        assertEquals(74, e.diagnostics().get(0).location().line());
        assertTrue(says(e, "2 nccl-tests runs (1: all_reduce (average at line 35), 2: all_gather (average at line 74))"), e.getMessage());
        // Through format detection, as cca reads a --bench file: both runs, apart.
        assertEquals(2, NativeFormats.standard().readAll(two).size());
    }

    /** A run cut short before its average, followed by another: the first is an error, not the second's start. */
    @Test
    void aRunCutShortBeforeTheNextIsAnErrorOfItsOwn() {
        String text = Fixtures.text("nccl-tests/v2.19.6-two-ops-all_reduce-then-all_gather.txt");
        String cut = text.replace("# Avg bus bandwidth    : 64.5141 \n", "");
        InputException e = assertThrows(InputException.class, () -> reader.readAll(SourceFile.ofText("cut.txt", cut)));
        assertTrue(says(e, "no '# Avg bus bandwidth' line"), e.getMessage());
        assertTrue(e.diagnostics().get(0).location().line() < 40, e.getMessage());
    }

    /** srun -l without MPI: each task runs its own program, and their outputs interleave line by line. */
    @Test
    void interleavedOutputsOfSeveralLauncherTasksAreReadApart() throws InputException {
        String[] a = Fixtures.text("nccl-tests/v2.19.6-all_reduce_perf-2x8-h100.txt").split("\n");
        String[] b = Fixtures.text("nccl-tests/v2.19.6-two-ops-all_reduce-then-all_gather.txt").split("\n");
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            mixed.append(" 0: ").append(a[i]).append('\n').append(" 1: ").append(b[39 + i]).append('\n');
        }
        java.util.List<NativeRun> runs = reader.readAll(SourceFile.ofText("srun.txt", mixed.toString()));
        assertEquals(2, runs.size());
        theV2196Run(runs.get(0), "task 0");
        assertEquals("all_gather", runs.get(1).conditions().get("collective"));
        assertEquals(58.6492 * 8, runs.get(1).value("busbw_gbps"), 1e-9);
    }

    @Test
    void aRowThatDoesNotFitTheHeaderIsAnErrorAtItsRow() {
        String text = Fixtures.text("nccl-tests/v2.19.6-S1-timestamps.txt").replace("  2026-07-14 09:12:13\n", "\n");
        InputException e = fails(() -> reader.readAll(SourceFile.ofText("ts.txt", text)));
        assertEquals("CCA-B143", e.diagnostics().get(0).code().id());
        assertEquals(29, e.diagnostics().get(0).location().line());
        assertEquals(5, e.diagnostics().get(0).location().column());
        assertTrue(says(e, "this row has 13 columns, but the column header at line 24 names 15"), e.getMessage());
    }

    @Test
    void aHeaderWithOneHalfIsAnError() {
        String text = """
                #       size         count      type     time   algbw   busbw #wrong
                    1048576        262144     float    51.20   20.48   19.20      0
                # Avg bus bandwidth    : 19.20
                """;
        InputException e = fails(() -> reader.readAll(SourceFile.ofText("one.txt", text)));
        assertEquals("CCA-B142", e.diagnostics().get(0).code().id());
        assertEquals(1, e.diagnostics().get(0).location().line());
    }

    /** The failure of {@code read}; every diagnostic has a file, a line and a column. */
    private static InputException fails(org.junit.jupiter.api.function.Executable read) {
        InputException e = assertThrows(InputException.class, read);
        for (dev.cca.diag.Diagnostic d : e.diagnostics()) {
            assertTrue(!d.location().file().isEmpty() && d.location().line() > 0 && d.location().column() > 0, d.toString());
        }
        return e;
    }

    /** Comments of other tools in a launcher log open no run of their own, whatever they mention. */
    @Test
    void otherCommentsInTheLogAreNotRuns() throws InputException {
        String text = "# Rank 3 of job 77 started\n[1,4]<stdout>:# busbw target: 150\n"
                + Fixtures.text("nccl-tests/v2.19.6-all_reduce_perf-2x8-h100.txt") + "# size of the log: 4 KB\n";
        theV2196Run(reader.read(SourceFile.ofText("job.log", text)), "job log");
    }
}
