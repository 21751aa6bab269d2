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

class GenAiPerfReaderTest {

    private final GenAiPerfReader reader = new GenAiPerfReader();

    @Test
    void aGenAiPerfProfileExportGivesEveryStatisticOfEachMetric() throws InputException {
        NativeRun run = reader.read(source("genai-perf/profile_export_genai_perf.json"));
        assertEquals("genai-perf", run.format());
        assertEquals(747.04207, run.value("output_tokens_per_s"), 1e-9);
        assertEquals(2.9181330861, run.value("requests_per_s"), 1e-12);
        assertEquals(151.8713, run.value("ttft_ms.mean"), 1e-9);
        assertEquals(140.2, run.value("ttft_ms.p50"), 1e-9);
        assertEquals(350.6, run.value("ttft_ms.p99"), 1e-9);
        assertEquals(45.1, run.value("ttft_ms.min"), 1e-9);
        assertEquals(10955.1, run.value("e2e_ms.p50"), 1e-9);
        assertEquals(23.7, run.value("output_tokens_per_s_per_user.p50"), 1e-9);
    }

    @Test
    void interTokenLatencyIsReadAsTimePerOutputToken() throws InputException {
        // GenAI-Perf defines it as (request latency - ttft) / (output tokens - 1), which is vLLM's TPOT.
        NativeRun run = reader.read(source("genai-perf/profile_export_genai_perf.json"));
        assertEquals(42.2, run.value("tpot_ms.p50"), 1e-9);
        assertTrue(Double.isNaN(run.value("itl_ms.p50")));
    }

    @Test
    void theInputConfigRevealsModelConcurrencyAndTokens() throws InputException {
        NativeRun run = reader.read(source("genai-perf/profile_export_genai_perf.json"));
        assertEquals("meta-llama/Meta-Llama-3-8B-Instruct", run.conditions().get("model"));
        assertEquals("32", run.conditions().get("concurrency"));
        assertEquals("550", run.conditions().get("input_tokens"));
        assertEquals("256", run.conditions().get("output_tokens"));
    }

    @Test
    void anAiperfExportIsReadWithItsOwnConfigurationTree() throws InputException {
        NativeRun run = reader.read(source("genai-perf/profile_export_aiperf.json"));
        assertEquals(1274.6279828535817, run.value("output_tokens_per_s"), 1e-9);
        assertEquals(787.5439584999999, run.value("ttft_ms.p50"), 1e-9);
        assertEquals(19.24, run.value("output_tokens_per_s_per_user.p50"), 1e-9);
        assertEquals("openai/gpt-oss-20b", run.conditions().get("model"));
        assertEquals("100", run.conditions().get("concurrency"));
        assertEquals("97", run.conditions().get("output_tokens"));
        assertEquals("2025-10-17", run.conditions().get("date"));
    }

    @Test
    void theUnitOfEachBlockIsHonoured() throws InputException {
        String text = """
                {"time_to_first_token": {"unit": "s", "avg": 0.25, "p50": 0.2, "p99": 0.9},
                 "request_latency": {"unit": "ns", "avg": 5.0e9, "p50": 4.5e9, "p99": 9.0e9},
                 "inter_token_latency": {"unit": "us", "avg": 21000, "p50": 20000, "p99": 30000},
                 "output_token_throughput": {"unit": "tokens/sec", "avg": 1500}}
                """;
        NativeRun run = reader.read(SourceFile.ofText("units.json", text));
        assertEquals(200, run.value("ttft_ms.p50"), 1e-9);
        assertEquals(900, run.value("ttft_ms.p99"), 1e-9);
        assertEquals(4500, run.value("e2e_ms.p50"), 1e-6);
        assertEquals(20, run.value("tpot_ms.p50"), 1e-9);
    }

    @Test
    void aUnitThatDoesNotFitTheMetricIsRefused() {
        InputException e = failure(reader, "genai-perf/invalid/unit-mismatch.json");
        assertTrue(says(e, "unit 'tokens/sec' does not fit time_to_first_token", "/time_to_first_token/unit"),
                e.getMessage());
    }

    @Test
    void aBlockWithoutAUnitIsRefusedRatherThanGuessed() {
        InputException e = failure(reader, "genai-perf/invalid/missing-unit.json");
        assertTrue(says(e, "request_latency has no unit", "/request_latency"), e.getMessage());
    }

    @Test
    void aP99BelowLowerPercentilesIsRefused() {
        InputException e = failure(reader, "genai-perf/invalid/p99-below-median.json");
        assertTrue(says(e, "ttft_ms.p99", "lower than ttft_ms.p50", "/time_to_first_token/p99"), e.getMessage());
    }

    @Test
    void aCancelledAiperfRunDoesNotCount() {
        InputException e = assertThrows(InputException.class, () -> reader.read(source("genai-perf/invalid/cancelled-run.json")));
        assertInstanceOf(RejectedRunException.class, e);
        assertTrue(says(e, "was_cancelled"), e.getMessage());
    }
}
