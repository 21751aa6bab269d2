package dev.cca.input.bench;

import dev.cca.diag.BenchCode;
import dev.cca.diag.Problems;
import dev.cca.input.Limits;
import dev.cca.input.Node;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON saved by vLLM's serving benchmark: {@code vllm bench serve --save-result} (vllm/benchmarks/serve.py)
 * and the older {@code benchmarks/benchmark_serving.py}; with {@code --append-result}, one result per line.
 * The legacy script spells one member {@code "request_goodput:"}, with a colon, and in early 2024 another
 * {@code "request_inthroughput"}; every spelling is read.
 */
public final class VllmBenchReader extends ServingJsonReader {

    public static final String FORMAT = BenchmarkTool.VLLM_BENCH.id();

    private static final Map<String, String> SCALARS = new LinkedHashMap<>();
    /**
     * How benchmark_serving.py spelt {@code request_throughput} in early 2024 (vLLM 0.3 to 0.4.0), when it wrote no
     * other: its results were refused as unrecognised.
     */
    static final String REQUESTS_MISSPELT = "request_inthroughput";
    private static final Map<String, String> LATENCIES = Map.of(
            "ttft", MetricKeys.TTFT_MS, "tpot", MetricKeys.TPOT_MS, "itl", MetricKeys.ITL_MS, "e2el", MetricKeys.E2E_MS);
    /** {@code datetime.now().strftime("%Y%m%d-%H%M%S")}. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})-\\d{6}");

    static {
        SCALARS.put("output_throughput", MetricKeys.OUTPUT_TOKENS_PER_S);
        SCALARS.put("total_token_throughput", MetricKeys.TOTAL_TOKENS_PER_S);
        SCALARS.put("request_throughput", MetricKeys.REQUESTS_PER_S);
        SCALARS.put(REQUESTS_MISSPELT, MetricKeys.REQUESTS_PER_S);
        SCALARS.put("request_goodput", MetricKeys.GOODPUT_REQUESTS_PER_S);
        SCALARS.put("request_goodput:", MetricKeys.GOODPUT_REQUESTS_PER_S);
        SCALARS.put("max_output_tokens_per_s", MetricKeys.PEAK_OUTPUT_TOKENS_PER_S);
    }

    public VllmBenchReader() {
        this(Limits.DEFAULT);
    }

    public VllmBenchReader(Limits limits) {
        super(limits);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String describe() {
        return "vLLM serving benchmark results (vllm bench serve --save-result, benchmark_serving.py), JSON or JSON Lines";
    }

    /**
     * vLLM's result always has {@code request_throughput}, and {@code total_token_throughput} since mid-2024
     * ({@code benchmark_serving.py} before then wrote {@code input_throughput} and {@code output_throughput}
     * only; a pooling run of {@code vllm bench serve} writes no {@code output_throughput}). SGLang's, its
     * descendant, calls the total {@code total_throughput} and its end-to-end latency {@code e2e_latency},
     * which vLLM never writes. AIPerf has blocks of those names too, but as {@code {"unit", "avg", ...}}
     * statistics, and vLLM's flat result has no {@code "avg"} member.
     */
    @Override
    public boolean detect(String content) {
        return ServingJsonReader.jsonWith(content)
                && (content.contains("\"request_throughput\"") || content.contains("\"" + REQUESTS_MISSPELT + "\""))
                && (content.contains("\"total_token_throughput\"") || content.contains("\"output_throughput\""))
                && !content.contains("\"median_e2e_latency_ms\"") && !content.contains("\"avg\"");
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
        c.text(RunConditions.MODEL, JsonInput.text(root, "model_id"));
        c.text(RunConditions.MODEL, JsonInput.text(root, "model"));
        Node conc = root.get("max_concurrency");
        if (conc instanceof Node.ScalarNode s && !s.isNull()) {
            c.count(RunConditions.CONCURRENCY, JsonInput.number(conc, file, "/max_concurrency", problems),
                    JsonInput.at(file, conc, "/max_concurrency"));
        }
        rate(root, file, c, problems);
        c.text(RunConditions.BACKEND, JsonInput.text(root, "backend"));
        String date = JsonInput.text(root, "date");
        if (date != null) {
            LocalDate d = parseDate(date);
            if (d == null) {
                problems.warning(JsonInput.at(file, root.get("date"), "/date"), BenchCode.DATE_NOT_DATE_VLLM, date);
            }
            c.date(d);
        }
    }

    /** {@code request_rate} is a number, or the text "inf" when requests were sent all at once. */
    static void rate(Node.MapNode root, String file, RunConditions c, Problems problems) {
        Node rate = root.get("request_rate");
        if (rate instanceof Node.ScalarNode s && !s.isNull()) {
            if (s.kind() == Node.ScalarKind.STRING) {
                c.text(RunConditions.REQUEST_RATE, s.text().equalsIgnoreCase("inf") ? "inf" : null);
            } else {
                c.number(RunConditions.REQUEST_RATE, JsonInput.number(rate, file, "/request_rate", problems),
                        JsonInput.at(file, rate, "/request_rate"));
            }
        }
    }

    static LocalDate parseDate(String text) {
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
