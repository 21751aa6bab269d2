package dev.cca.input.bench;

import static dev.cca.input.bench.Fixtures.failure;
import static dev.cca.input.bench.Fixtures.says;
import static dev.cca.input.bench.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SglangBenchReaderTest {

    private final SglangBenchReader reader = new SglangBenchReader();

    @Test
    void anSglangBenchServingLineGivesThroughputsAndLatencies() throws InputException {
        NativeRun run = reader.read(source("sglang-bench/bench-serving-one-run.jsonl"));
        assertEquals("sglang-bench", run.format());
        assertEquals(4992.37087, run.value("output_tokens_per_s"), 1e-9);
        assertEquals(4992.37087, run.value("input_tokens_per_s"), 1e-9);
        assertEquals(9984.74174, run.value("total_tokens_per_s"), 1e-9);
        assertEquals(4.875362, run.value("requests_per_s"), 1e-9);
        assertEquals(52006.337, run.value("e2e_ms.p50"), 1e-9);
        assertEquals(58110.552, run.value("e2e_ms.p99"), 1e-9);
        assertEquals(932.118, run.value("ttft_ms.p50"), 1e-9);
        assertEquals(61.007, run.value("itl_ms.p95"), 1e-9);
        assertEquals(49.887, run.value("tpot_ms.p50"), 1e-9);
        assertEquals(5521.0, run.value("peak_output_tokens_per_s"), 1e-9);
    }

    @Test
    void anInfiniteRequestRateWrittenAsJsonInfinityIsACondition() throws InputException {
        NativeRun run = reader.read(source("sglang-bench/bench-serving-one-run.jsonl"));
        assertEquals("inf", run.conditions().get("request_rate"));
        assertEquals("256", run.conditions().get("concurrency"));
        assertEquals("deepseek-ai/DeepSeek-V3", run.conditions().get("model"));
        assertEquals("1024", run.conditions().get("input_tokens"));
        assertEquals("1024", run.conditions().get("output_tokens"));
    }

    @Test
    void appendedRunsAreSeparateRuns() throws InputException {
        List<NativeRun> runs = reader.readAll(source("sglang-bench/bench-serving-random-1024.jsonl"));
        assertEquals(2, runs.size());
        assertEquals("8", runs.get(1).conditions().get("request_rate"));
        assertEquals("64", runs.get(1).conditions().get("concurrency"));
        assertEquals(2, runs.get(1).measurement("ttft_ms.p99").source().line());
    }

    @Test
    void aNegativeThroughputIsRefused() {
        InputException e = failure(reader, "sglang-bench/invalid/negative-throughput.jsonl");
        assertTrue(says(e, "output_tokens_per_s", "must not be negative", "/output_throughput"), e.getMessage());
    }

    @Test
    void aP99InterTokenLatencyBelowTheMedianIsRefused() {
        InputException e = failure(reader, "sglang-bench/invalid/p99-itl-below-median.jsonl");
        assertTrue(says(e, "itl_ms.p99", "lower than itl_ms.p50"), e.getMessage());
    }
}
