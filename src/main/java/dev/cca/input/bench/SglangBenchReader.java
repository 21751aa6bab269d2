package dev.cca.input.bench;

import dev.cca.diag.Problems;
import dev.cca.input.Limits;
import dev.cca.input.Node;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON Lines that SGLang's {@code python -m sglang.bench_serving} appends to its output file, one result
 * object per run (python/sglang/bench_serving.py). Its members follow vLLM's naming, except the totals
 * ({@code total_throughput}, {@code input_throughput}) and the end-to-end latency ({@code median_e2e_latency_ms}).
 */
public final class SglangBenchReader extends ServingJsonReader {

    public static final String FORMAT = BenchmarkTool.SGLANG_BENCH.id();

    private static final Map<String, String> SCALARS = new LinkedHashMap<>();
    private static final Map<String, String> LATENCIES = Map.of(
            "ttft", MetricKeys.TTFT_MS, "tpot", MetricKeys.TPOT_MS, "itl", MetricKeys.ITL_MS,
            "e2e_latency", MetricKeys.E2E_MS);

    static {
        SCALARS.put("output_throughput", MetricKeys.OUTPUT_TOKENS_PER_S);
        SCALARS.put("input_throughput", MetricKeys.INPUT_TOKENS_PER_S);
        SCALARS.put("total_throughput", MetricKeys.TOTAL_TOKENS_PER_S);
        SCALARS.put("request_throughput", MetricKeys.REQUESTS_PER_S);
        SCALARS.put("max_output_tokens_per_s", MetricKeys.PEAK_OUTPUT_TOKENS_PER_S);
    }

    public SglangBenchReader() {
        this(Limits.DEFAULT);
    }

    public SglangBenchReader(Limits limits) {
        super(limits);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String describe() {
        return "SGLang bench_serving results (python -m sglang.bench_serving --output-file), JSON Lines";
    }

    @Override
    public boolean detect(String content) {
        return ServingJsonReader.jsonWith(content, "output_throughput", "median_e2e_latency_ms");
    }

    @Override
    Map<String, String> scalars() {
        return SCALARS;
    }

    @Override
    Map<String, String> latencies() {
        return LATENCIES;
    }

    @Override
    void conditions(Node.MapNode root, String file, RunConditions c, Problems problems) {
        // Newer versions record the server's own description, which names the model it served.
        if (JsonInput.path(root, "server_info", "model_path") instanceof Node.ScalarNode s && !s.isNull()) {
            c.text(RunConditions.MODEL, s.text());
        }
        Node conc = root.get("max_concurrency");
        if (conc instanceof Node.ScalarNode s && !s.isNull()) {
            c.count(RunConditions.CONCURRENCY, JsonInput.number(conc, file, "/max_concurrency", problems),
                    JsonInput.at(file, conc, "/max_concurrency"));
        }
        VllmBenchReader.rate(root, file, c, problems);
        c.text(RunConditions.BACKEND, JsonInput.text(root, "backend"));
        c.text("dataset", JsonInput.text(root, "dataset_name"));
    }
}
