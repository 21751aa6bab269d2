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
}
