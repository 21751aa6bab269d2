package dev.cca.input.bench;

import static dev.cca.input.bench.Fixtures.failure;
import static dev.cca.input.bench.Fixtures.says;
import static dev.cca.input.bench.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class VllmBenchReaderTest {

    private final VllmBenchReader reader = new VllmBenchReader();

    @Test
    void aVllmBenchServeResultGivesThroughputsAndEveryLatencyStatistic() throws InputException {
        NativeRun run = reader.read(source("vllm-bench/serve-result.json"));
        assertEquals("vllm-bench", run.format());
        assertEquals(BenchmarkKinds.INFERENCE_SERVING, run.kind());
        assertEquals(1299.4559, run.value("output_tokens_per_s"));
        assertEquals(6497.2797, run.value("total_tokens_per_s"));
        assertEquals(5.076, run.value("requests_per_s"));
        assertEquals(1472.0, run.value("peak_output_tokens_per_s"));
        assertEquals(640.1836225, run.value("ttft_ms.p50"));
        assertEquals(2411.9080034, run.value("ttft_ms.p99"));
        assertEquals(1503.4412007, run.value("ttft_ms.p90"));
        assertEquals(812.7740512, run.value("ttft_ms.mean"));
        assertEquals(512.9941321, run.value("ttft_ms.std"));
        assertEquals(53.6620197, run.value("tpot_ms.p99"));
        assertEquals(41.0377164, run.value("itl_ms.p50"));
        assertEquals(14891.7794015, run.value("e2e_ms.p99"));
        assertTrue(Double.isNaN(run.value("goodput_requests_per_s")), "request_goodput is null: not measured");
    }

    @Test
    void theResultRevealsModelConcurrencyRateDateAndTokensPerRequest() throws InputException {
        NativeRun run = reader.read(source("vllm-bench/serve-result.json"));
        assertEquals("Qwen/Qwen2.5-72B-Instruct", run.conditions().get("model"));
        assertEquals("64", run.conditions().get("concurrency"));
        assertEquals("inf", run.conditions().get("request_rate"));
        assertEquals("2025-09-12", run.conditions().get("date"));
        assertEquals("1024", run.conditions().get("input_tokens"));
        assertEquals("256", run.conditions().get("output_tokens"));
    }

    @Test
    void eachMeasurementPointsAtItsJsonMember() throws InputException {
        Measurement m = reader.read(source("vllm-bench/serve-result.json")).measurement("ttft_ms.p99");
        assertEquals("/p99_ttft_ms", m.source().path());
        assertEquals(1, m.source().line());
        assertTrue(m.source().column() > 1);
        assertEquals("ms", m.unit());
    }

    @Test
    void theLegacyBenchmarkServingScriptIsReadToo() throws InputException {
        NativeRun run = reader.read(source("vllm-bench/legacy-benchmark-serving.json"));
        assertEquals(2552.9683271, run.value("output_tokens_per_s"));
        assertEquals(77.8813925, run.value("ttft_ms.p99"));
        assertEquals("meta-llama/Llama-3.1-8B-Instruct", run.conditions().get("model"));
        assertNull(run.conditions().get("concurrency"), "max_concurrency null: no limit");
        assertEquals("16", run.conditions().get("request_rate"));
    }

    @Test
    void jsonLinesWithSeveralResultsAreReadAsSeveralRuns() throws InputException {
        List<NativeRun> runs = reader.readAll(source("vllm-bench/real-llama3.2-3b-4xL40S-excerpt.jsonl"));
        assertEquals(4, runs.size());
        assertEquals(2258.212337970085, runs.get(0).value("output_tokens_per_s"));
        assertEquals(8321.230575856995, runs.get(2).value("output_tokens_per_s"));
        assertEquals(3, runs.get(2).measurement("output_tokens_per_s").source().line());
        assertEquals("inf", runs.get(2).conditions().get("request_rate"));
        assertEquals("30", runs.get(1).conditions().get("request_rate"));
        assertEquals("999", runs.get(0).conditions().get("input_tokens"));
        assertEquals("2025-05-30", runs.get(0).conditions().get("date"));
    }

    @Test
    void theLegacyGoodputKeySpeltWithAColonIsAccepted() throws InputException {
        // The real excerpt carries "request_goodput:": null; a value there is read as goodput.
        String text = Fixtures.text("vllm-bench/legacy-benchmark-serving.json").replace("\"request_goodput:\": null",
                "\"request_goodput:\": 11.5");
        NativeRun run = reader.read(SourceFile.ofText("goodput.json", text));
        assertEquals(11.5, run.value("goodput_requests_per_s"));
    }

    @Test
    void readingOneRunFromAFileWithSeveralSaysHowToChoose() {
        InputException e = assertThrows(InputException.class,
                () -> reader.read(source("vllm-bench/real-llama3.2-3b-4xL40S-excerpt.jsonl")));
        assertTrue(says(e, "holds 4 vllm-bench results", "record"), e.getMessage());
    }

    @Test
    void aTruncatedResultIsALocatedJsonError() {
        InputException e = failure(reader, "vllm-bench/invalid/truncated.json");
        assertTrue(says(e, "not valid JSON"), e.getMessage());
        assertEquals(1, e.diagnostics().get(0).location().line());
    }

    @Test
    void aP99BelowTheMedianIsRefused() {
        InputException e = failure(reader, "vllm-bench/invalid/p99-below-median.json");
        assertTrue(says(e, "ttft_ms.p99", "lower than ttft_ms.p50", "/p99_ttft_ms"), e.getMessage());
    }

    @Test
    void aNanThroughputIsRefused() {
        InputException e = failure(reader, "vllm-bench/invalid/nan-throughput.json");
        assertTrue(says(e, "output_tokens_per_s", "NaN", "/output_throughput"), e.getMessage());
    }

    @Test
    void aNegativeThroughputIsRefused() {
        InputException e = failure(reader, "vllm-bench/invalid/negative-throughput.json");
        assertTrue(says(e, "must not be negative", "/output_throughput"), e.getMessage());
    }

    @Test
    void aLatencyWrittenAsTextIsRefused() {
        InputException e = failure(reader, "vllm-bench/invalid/latency-as-text.json");
        assertTrue(says(e, "expected a number", "/median_ttft_ms"), e.getMessage());
    }

    @Test
    void aBrokenLineOfJsonLinesFailsTheWholeFileAtThatLine() {
        InputException e = failure(reader, "vllm-bench/invalid/broken-second-line.jsonl");
        assertEquals(2, e.diagnostics().get(0).location().line());
    }

    @Test
    void aRunInWhichNoRequestCompletedDoesNotCount() {
        InputException e = assertThrows(InputException.class,
                () -> reader.read(source("vllm-bench/invalid/no-request-completed.json")));
        assertInstanceOf(RejectedRunException.class, e);
        assertTrue(says(e, "no request completed", "/completed"), e.getMessage());
    }

    @Test
    void failedRequestsAreAWarning() throws InputException {
        String text = Fixtures.text("vllm-bench/serve-result.json").replace("\"failed\": 0", "\"failed\": 12");
        NativeRun run = reader.read(SourceFile.ofText("failed.json", text));
        assertFalse(run.warnings().isEmpty());
        assertTrue(run.warnings().get(0).message().contains("12 request(s) failed"));
    }

    @Test
    void benchmarkServingOfSpring2024WithoutATotalTokenRateIsRecognisedAndRead() throws InputException {
        String text = Fixtures.text("vllm-bench/legacy-2024-no-total-throughput.json");
        assertTrue(reader.detect(text));
        assertFalse(new SglangBenchReader().detect(text));
        NativeRun run = reader.read(source("vllm-bench/legacy-2024-no-total-throughput.json"));
        assertEquals(978.9674952198853, run.value("output_tokens_per_s"));
        assertTrue(Double.isNaN(run.value("total_tokens_per_s")), "not written by that version");
        assertEquals(612.9, run.value("ttft_ms.p99"));
        assertEquals(23.7, run.value("tpot_ms.p50"));
        assertEquals("meta-llama/Meta-Llama-3-8B-Instruct", run.conditions().get("model"));
        assertEquals("2024-05-21", run.conditions().get("date"));
        assertEquals("1024", run.conditions().get("input_tokens"));
    }

    @Test
    void aPoolingRunGeneratesNothingAndDoesNotCount() {
        InputException e = assertThrows(InputException.class, () -> reader.readAll(source("vllm-bench/invalid/pooling-embeddings.json")));
        assertInstanceOf(RejectedRunException.class, e);
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        assertTrue(says(e, "no output_throughput", "backend openai-embeddings"), e.getMessage());
        assertEquals("/backend", e.diagnostics().get(0).location().path());
        assertTrue(e.diagnostics().get(0).zh().contains("后端 openai-embeddings"), e.diagnostics().get(0).zh());
    }
}
