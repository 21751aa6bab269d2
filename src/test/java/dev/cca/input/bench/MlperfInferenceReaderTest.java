package dev.cca.input.bench;

import static dev.cca.input.bench.Fixtures.failure;
import static dev.cca.input.bench.Fixtures.says;
import static dev.cca.input.bench.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import org.junit.jupiter.api.Test;

class MlperfInferenceReaderTest {

    private final MlperfInferenceReader reader = new MlperfInferenceReader();

    @Test
    void aValidServerSummaryGivesTokensSamplesAndNanosecondLatenciesInMilliseconds() throws InputException {
        NativeRun run = reader.read(source("mlperf-inference/real-dgx-h100-llama2-70b-server-mlperf_log_summary.txt"));
        assertEquals("mlperf-inference", run.format());
        assertEquals(21605.79, run.value("output_tokens_per_s"));
        assertEquals(74.42, run.value("samples_per_s"));
        assertEquals(75.10, run.value("scheduled_samples_per_s"));
        assertEquals(39053.490745, run.value("e2e_ms.p50"), 1e-9);
        assertEquals(165959.128685, run.value("e2e_ms.p99.9"), 1e-9);
        assertEquals(114669.566327, run.value("e2e_ms.p97"), 1e-9);
        assertEquals(272.954995, run.value("ttft_ms.p50"), 1e-9);
        assertEquals(461.278089, run.value("ttft_ms.p99"), 1e-9);
        assertEquals(46.37573, run.value("ttft_ms.min"), 1e-9);
        assertEquals(156.419276, run.value("tpot_ms.p50"), 1e-9);
        assertEquals(175.354317, run.value("tpot_ms.p99"), 1e-9);
        assertEquals("Server", run.conditions().get("scenario"));
    }

    @Test
    void theRepeatedTokensPerSecondLineKeepsItsFirstPlace() throws InputException {
        NativeRun run = reader.read(source("mlperf-inference/real-dgx-h100-llama2-70b-server-mlperf_log_summary.txt"));
        Measurement m = run.measurement("output_tokens_per_s");
        assertEquals(8, m.source().line());
        assertEquals("Completed tokens per second", m.source().path());
        assertTrue(run.warnings().isEmpty(), "the same value twice is no warning: " + run.warnings());
    }

    @Test
    void anOfflineSummaryHasItsOwnLines() throws InputException {
        NativeRun run = reader.read(source("mlperf-inference/real-dgx-h100-llama2-70b-offline-mlperf_log_summary.txt"));
        assertEquals(84.4792, run.value("samples_per_s"));
        assertEquals(24524.9, run.value("output_tokens_per_s"));
        assertEquals(1319288.278637, run.value("e2e_ms.p50"), 1e-6);
        assertTrue(Double.isNaN(run.value("ttft_ms.p50")), "Offline has no first-token latency");
        assertEquals("Offline", run.conditions().get("scenario"));
    }

    @Test
    void aMultiStreamSummaryKeepsItsPerQueryLatencies() throws InputException {
        // The layout of loadgen/results.cc LogSummary for MultiStream: per-query, then per-sample percentiles.
        String text = """
                ================================================
                MLPerf Results Summary
                ================================================
                SUT name : PySUT
                Scenario : MultiStream
                Mode     : PerformanceOnly
                99th percentile latency (ns) : 49856120
                Result is : VALID
                  Performance constraints satisfied : Yes
                  Min duration satisfied : Yes
                  Min queries satisfied : Yes

                ================================================
                Additional Stats
                ================================================
                Per-query latency:  target_ns: 50000000 target_ms: 50
                50.00 percentile latency (ns)   : 41500200
                99.00 percentile latency (ns)   : 49856120

                Per-sample latency:
                Min latency (ns)                : 30100000
                Max latency (ns)                : 50200000
                Mean latency (ns)               : 38000000
                50.00 percentile latency (ns)   : 37900000
                99.00 percentile latency (ns)   : 48000000

                ================================================
                Test Parameters Used
                ================================================
                samples_per_query : 8
                """;
        NativeRun run = reader.read(SourceFile.ofText("multistream.txt", text));
        assertEquals(49.85612, run.value("e2e_ms.p99"), 1e-9);
        assertEquals(41.5002, run.value("e2e_ms.p50"), 1e-9);
        assertTrue(Double.isNaN(run.value("e2e_ms.min")), "per-sample statistics are left out");
        assertTrue(run.warnings().isEmpty(), run.warnings().toString());
        assertEquals("MultiStream", run.conditions().get("scenario"));
    }

    @Test
    void anInvalidRunIsRejectedWithTheLinesThatSayWhy() {
        InputException e = assertThrows(InputException.class,
                () -> reader.read(source("mlperf-inference/invalid/server-result-invalid.txt")));
        assertInstanceOf(RejectedRunException.class, e);
        Diagnostic first = e.diagnostics().get(0);
        assertEquals(9, first.location().line());
        assertTrue(first.message().contains("INVALID"), first.message());
        assertTrue(says(e, "Performance constraints satisfied : NO"), e.getMessage());
        assertEquals(10, e.diagnostics().get(1).location().line());
    }

    @Test
    void aSummaryCutShortIsAnErrorNotARejection() {
        InputException e = failure(reader, "mlperf-inference/invalid/summary-missing-lines.txt");
        assertFalse(e instanceof RejectedRunException);
        assertTrue(says(e, "no 'Result is :' line"), e.getMessage());
        assertTrue(says(e, "Completed samples per second"), e.getMessage());
    }

    @Test
    void aFirstTokenP99BelowTheMedianIsRefused() {
        InputException e = failure(reader, "mlperf-inference/invalid/ttft-p99-below-median.txt");
        assertTrue(says(e, "ttft_ms.p99", "lower than ttft_ms.p50"), e.getMessage());
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.location().line() == 41), e.getMessage());
    }

    @Test
    void aSummaryCutAfterItsResultLinesIsAnErrorAtItsEnd() {
        InputException e = failure(reader, "mlperf-inference/invalid/summary-cut-in-additional-stats.txt");
        assertFalse(e instanceof RejectedRunException, "a file cut short is broken, not a run that does not count");
        assertTrue(says(e, "ends before its 'Test Parameters Used' section"), e.getMessage());
        assertEquals(18, e.diagnostics().get(0).location().line(), "the last line, where the file stops: " + e.getMessage());
    }

    @Test
    void loadgensDetailedLogIsRecognisedAndTheSummaryAskedFor() {
        String head = Fixtures.text("mlperf-inference/invalid/loadgen-detail-log-excerpt.txt");
        assertTrue(reader.detect(head));
        assertFalse(new MlperfTrainingReader().detect(head), "not an MLPerf Training log");
        InputException e = failure(reader, "mlperf-inference/invalid/loadgen-detail-log-excerpt.txt");
        assertTrue(says(e, "LoadGen's detailed log", "mlperf_log_summary.txt"), e.getMessage());
        assertEquals(1, e.diagnostics().get(0).location().line());
    }
}
