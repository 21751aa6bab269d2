package dev.cca.input.bench;

import static dev.cca.input.bench.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NativeFormatsTest {

    private final NativeFormats formats = NativeFormats.standard();

    /** One valid fixture of each format. */
    static final Map<String, String> EXAMPLES = Map.of(
            "vllm-bench", "vllm-bench/serve-result.json",
            "sglang-bench", "sglang-bench/bench-serving-one-run.jsonl",
            "genai-perf", "genai-perf/profile_export_genai_perf.json",
            "mlperf-inference", "mlperf-inference/real-dgx-h100-llama2-70b-server-mlperf_log_summary.txt",
            "mlperf-training", "mlperf-training/llama2-70b-lora-eos-n128-result_0-excerpt.txt",
            "nccl-tests", "nccl-tests/all_reduce_perf-2x8-h100-kube-nccl-test.txt",
            "megatron", "megatron/gpt-8b-tp8-dp2-pretrain.log",
            "torchtitan", "torchtitan/llama3-8b-fsdp8-h100-train.log");

    @Test
    void everyFormatHasAReaderNamedAsTheToolIs() {
        assertEquals(List.of("vllm-bench", "sglang-bench", "genai-perf", "mlperf-inference", "mlperf-training",
                "nccl-tests", "megatron", "torchtitan"), formats.formats());
        for (String f : formats.formats()) {
            assertTrue(BenchmarkTool.ids().contains(f), f + " is a benchmark-run tool name");
        }
    }

    @Test
    void eachExampleIsDetectedByItsContentAndReadWhole() throws InputException {
        for (Map.Entry<String, String> e : EXAMPLES.entrySet()) {
            SourceFile f = source(e.getValue());
            assertEquals(e.getKey(), formats.detect(f).format(), e.getValue());
            List<NativeRun> runs = formats.readAll(f);
            assertTrue(runs.size() >= 1 && !runs.get(0).measurements().isEmpty(), e.getValue());
        }
    }

    @Test
    void anAiperfExportWithATotalTokenThroughputBlockIsNotTakenForVllm() throws InputException {
        String text = Fixtures.text("genai-perf/profile_export_aiperf.json").replaceFirst("\\{",
                "{\"total_token_throughput\": {\"unit\": \"tokens/sec\", \"avg\": 2500.0},");
        assertEquals(List.of("genai-perf"), formats.candidates(text).stream().map(NativeReader::format).toList());
        assertEquals(2500.0, formats.readAll(SourceFile.ofText("export.json", text)).get(0).value("total_tokens_per_s"));
    }

    @Test
    void detectionIgnoresTheFileName() throws InputException {
        SourceFile renamed = SourceFile.ofText("results.txt", Fixtures.text("genai-perf/profile_export_aiperf.json"));
        assertEquals("genai-perf", formats.detect(renamed).format());
    }

    @Test
    void aJsonFileOfAnUnknownShapeIsUnrecognisedAndTheMessageListsTheFormats() {
        InputException e = assertThrows(InputException.class, () -> formats.detect(source("unrecognised/unknown-shape.json")));
        String msg = e.diagnostics().get(0).message();
        assertTrue(msg.startsWith("unrecognised benchmark output"), msg);
        for (String f : formats.formats()) {
            assertTrue(msg.contains(f + ": "), "lists " + f + ": " + msg);
        }
        assertTrue(e.diagnostics().get(0).location().file().endsWith("unrecognised/unknown-shape.json"));
    }

    @Test
    void aFileThatIsNotJsonAtAllIsUnrecognised() {
        InputException e = assertThrows(InputException.class, () -> formats.readAll(source("unrecognised/not-json.json")));
        assertTrue(e.getMessage().contains("unrecognised benchmark output"), e.getMessage());
    }

    @Test
    void aProgressBarLogIsUnrecognised() {
        assertThrows(InputException.class, () -> formats.readAll(source("unrecognised/training-progress.txt")));
    }

    @Test
    void theFileNameBreaksATieBetweenTwoClaims() throws InputException {
        // A log that holds both an MLPerf LoadGen summary and nccl-tests output: content alone cannot choose.
        String both = Fixtures.text("mlperf-inference/real-dgx-h100-llama2-70b-server-mlperf_log_summary.txt")
                + Fixtures.text("nccl-tests/all_reduce_perf-2x8-h100-kube-nccl-test.txt");
        assertEquals("mlperf-inference", formats.detect(SourceFile.ofText("run_1/mlperf_log_summary.txt", both)).format());
        InputException e = assertThrows(InputException.class, () -> formats.detect(SourceFile.ofText("combined.log", both)));
        assertTrue(e.getMessage().contains("mlperf-inference and of nccl-tests"), e.getMessage());
    }
}
