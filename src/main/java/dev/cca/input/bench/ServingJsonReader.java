package dev.cca.input.bench;

import dev.cca.diag.BenchCode;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.input.Limits;
import dev.cca.input.Node;
import dev.cca.input.SourceFile;
import dev.cca.model.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the vLLM and SGLang serving benchmarks have in common: SGLang's {@code bench_serving} began as a copy
 * of vLLM's {@code benchmark_serving.py}, so both write a flat JSON object of throughputs and latency
 * statistics named {@code <stat>_<metric>_ms} ({@code median_ttft_ms}, {@code p99_itl_ms}), one object per file
 * or one per line when results are appended. The subclasses name their members; reading, checking and
 * locating are done here once.
 */
abstract class ServingJsonReader implements NativeReader {

    /** {@code mean_ttft_ms}, {@code median_e2el_ms}, {@code p99.9_itl_ms}: statistic, metric, milliseconds. */
    private static final Pattern LATENCY = Pattern.compile("(mean|median|std|min|max|p(\\d{1,3}(?:\\.\\d{1,6})?))_(\\w+?)_ms");

    private final JsonInput input;

    ServingJsonReader(Limits limits) {
        this.input = new JsonInput(limits);
    }

    /** JSON member name to scalar measurement key. */
    abstract Map<String, String> scalars();

    /** Metric name inside the latency members ({@code ttft}, {@code e2el}) to distribution family. */
    abstract Map<String, String> latencies();

    /** Adds what the object reveals about the run's conditions (model, concurrency, date, ...). */
    abstract void conditions(Node.MapNode root, String file, RunConditions c, Problems problems);

    @Override
    public NativeRun read(SourceFile file) throws InputException {
        List<NativeRun> runs = readAll(file);
        if (runs.size() > 1) {
            List<String> lines = new ArrayList<>();
            for (NativeRun r : runs) {
                Measurement any = r.measurements().isEmpty() ? null : r.measurements().get(0);
                lines.add(any == null ? "?" : String.valueOf(any.source().line()));
            }
            throw new InputException(Diagnostic.error(Location.file(file.name()), BenchCode.THIS_FILE_HOLDS_RESULTS, runs.size(), format(), String.join(", ", lines)));
        }
        return runs.get(0);
    }

    @Override
    public List<NativeRun> readAll(SourceFile file) throws InputException {
        Problems problems = new Problems();
        List<Diagnostic> rejections = new ArrayList<>();
        List<NativeRun> runs = new ArrayList<>();
        // Each object is read into its run as it is parsed, and its tree dropped: one tree is held at a time.
        input.forEach(file, problems, r -> {
            NativeRun run = readRecord(r, file.name(), problems, rejections);
            if (run != null) {
                runs.add(run);
            }
        });
        if (problems.hasErrors() || runs.isEmpty() && rejections.isEmpty()) {
            if (!problems.hasErrors()) {
                problems.error(Location.file(file.name()), BenchCode.NO_RESULT_THIS_FILE, format());
            }
            throw new InputException(problems.all());
        }
        if (!rejections.isEmpty()) {
            throw new RejectedRunException(rejections);
        }
        return runs;
    }

    private NativeRun readRecord(JsonInput.Record record, String file, Problems problems, List<Diagnostic> rejections) {
        Node.MapNode root = record.root();
        Problems local = new Problems();
        MeasurementSet m = new MeasurementSet(local);
        for (Node.Entry e : root.entries()) {
            String pointer = JsonInput.pointer(e.key());
            String scalar = scalars().get(e.key());
            if (scalar != null) {
                Double v = JsonInput.number(e.value(), file, pointer, local);
                if (v != null) {
                    m.add(scalar, v, JsonInput.at(file, e.value(), pointer));
                }
                continue;
            }
            Matcher lm = LATENCY.matcher(e.key());
            if (lm.matches() && latencies().containsKey(lm.group(3))) {
                Double v = JsonInput.number(e.value(), file, pointer, local);
                if (v != null) {
                    m.add(MetricKeys.key(latencies().get(lm.group(3)), stat(lm)), v, JsonInput.at(file, e.value(), pointer));
                }
            }
        }
        RunConditions c = new RunConditions(local);
        Double completed = JsonInput.number(root, "completed", file, "/completed", local);
        Location recordAt = new Location(file, record.line(), root.column(), "");
        if (completed != null && (completed < 0 || completed != Math.rint(completed))) {
            local.error(JsonInput.at(file, root.get("completed"), "/completed"), BenchCode.COMPLETED_NOT_COUNT_REQUESTS, Numbers.format(completed));
        } else if (completed != null && completed == 0) {
            rejections.add(Diagnostic.error(JsonInput.at(file, root.get("completed"), "/completed"),
                    BenchCode.NO_REQUEST_COMPLETED_COMPLETED));
        } else if (completed != null && completed > 0) {
            meanPerRequest(root, "total_input_tokens", completed, RunConditions.INPUT_TOKENS, file, c, local);
            meanPerRequest(root, "total_output_tokens", completed, RunConditions.OUTPUT_TOKENS, file, c, local);
        }
        consistent(root, completed, file, local);
        Double failed = JsonInput.number(root, "failed", file, "/failed", local);
        if (failed != null && failed > 0) {
            local.warning(JsonInput.at(file, root.get("failed"), "/failed"), dev.cca.diag.BenchCode.REQUESTS_FAILED,
                    Numbers.format(failed), completed == null ? dev.cca.diag.Localized.EMPTY
                            : dev.cca.diag.Localized.of(" and " + Numbers.format(completed) + " completed",
                            "，" + Numbers.format(completed) + " 个已完成"));
        }
        conditions(root, file, c, local);
        if (root.get("output_throughput") == null && !local.hasErrors()) {
            // vLLM's pooling benchmarks (embeddings, reranking: EmbedBenchmarkMetrics in vllm/benchmarks/serve.py)
            // write request and token rates and end-to-end latencies of requests that generate nothing: their
            // latency is not a generation's, and the run is no evidence of serving one.
            Node backend = root.get("backend");
            String name = JsonInput.text(root, "backend");
            rejections.add(Diagnostic.error(backend != null ? JsonInput.at(file, backend, "/backend") : recordAt,
                    BenchCode.NO_GENERATED_TOKENS, name == null ? dev.cca.diag.Localized.EMPTY
                            : dev.cca.diag.Localized.of("backend " + name + ": ", "后端 " + name + "：")));
            problems.addAll(local);
            return null;
        }
        List<Measurement> list = m.finish();
        if (list.isEmpty() && !local.hasErrors()) {
            local.error(recordAt, BenchCode.NO_RESULT_VALUES_THIS, format(), String.join(", ", scalars().keySet().stream().sorted().limit(3).toList()));
        }
        problems.addAll(local);
        if (local.hasErrors()) {
            return null;
        }
        List<Diagnostic> warnings = new ArrayList<>();
        for (Diagnostic d : local.all()) {
            if (!d.isError()) {
                warnings.add(d);
            }
        }
        return new NativeRun(format(), BenchmarkKinds.INFERENCE_SERVING, c.toMap(), list, warnings);
    }

    /** Relative allowance of a rate against its count over the duration (the tools write full-precision floats). */
    static final double RATE_TOLERANCE = 0.005;
    /** Relative allowance of the mean requests in flight over max_concurrency (timer resolution). */
    static final double IN_FLIGHT_TOLERANCE = 0.02;

    /**
     * The figures the tool derives from each other, checked against each other: vLLM's and SGLang's serving benchmarks
     * write output_throughput = total_output_tokens / duration and request_throughput = completed / duration, and every
     * request's latency runs inside the max_concurrency semaphore, so request_throughput x mean_e2el_ms / 1000 (the
     * requests in flight on average, by Little's law) is at most max_concurrency. A result that breaks one was edited:
     * it is refused, not scored.
     */
    private static void consistent(Node.MapNode root, Double completed, String file, Problems problems) {
        Problems read = new Problems(); // the members' own problems are reported where they are read
        Double duration = JsonInput.number(root, "duration", file, "/duration", read);
        if (duration == null) {
            return;
        }
        if (!(duration > 0) || duration.isInfinite()) {
            // The tools time the run (time.perf_counter() before and after) and divide by it: never 0, negative,
            // NaN or infinite. The rates of such a result cannot have come from it.
            problems.error(JsonInput.at(file, root.get("duration"), "/duration"), BenchCode.SERVING_DURATION,
                    JsonInput.text(root, "duration"));
            return;
        }
        rate(root, "output_throughput", "total_output_tokens", JsonInput.number(root, "total_output_tokens", file,
                "/total_output_tokens", read), duration, file, problems);
        String requests = root.get("request_throughput") == null && root.get(VllmBenchReader.REQUESTS_MISSPELT) != null
                ? VllmBenchReader.REQUESTS_MISSPELT : "request_throughput";
        rate(root, requests, "completed", completed, duration, file, problems);
        Double rps = JsonInput.number(root, requests, file, JsonInput.pointer(requests), read);
        Double e2e = JsonInput.number(root, "mean_e2el_ms", file, "/mean_e2el_ms", read);
        Double mc = JsonInput.number(root, "max_concurrency", file, "/max_concurrency", read);
        if (rps != null && e2e != null && mc != null && mc > 0 && rps * e2e / 1000 > mc * (1 + IN_FLIGHT_TOLERANCE)) {
            problems.error(JsonInput.at(file, root.get("mean_e2el_ms"), "/mean_e2el_ms"), BenchCode.SERVING_IN_FLIGHT,
                    Numbers.format(rps * e2e / 1000), Numbers.format(mc));
        }
    }

    private static void rate(Node.MapNode root, String member, String of, Double count, double duration, String file,
                             Problems problems) {
        Double stated = JsonInput.number(root, member, file, JsonInput.pointer(member), new Problems());
        if (stated == null || count == null || !(count > 0) || !(stated >= 0)) {
            return;
        }
        double expected = count / duration;
        if (Math.abs(stated - expected) > expected * RATE_TOLERANCE) {
            problems.error(JsonInput.at(file, root.get(member), JsonInput.pointer(member)), BenchCode.SERVING_RATE_DISAGREES, member,
                    Numbers.format(stated), of, Numbers.format(count), Numbers.format(duration), Numbers.format(expected));
        }
    }

    /** Mean tokens per request from a total, as the conditions of the run (the requests' real lengths). */
    private static void meanPerRequest(Node.MapNode root, String key, double completed, String condition, String file,
                                       RunConditions c, Problems problems) {
        Double total = JsonInput.number(root, key, file, JsonInput.pointer(key), problems);
        if (total != null && total > 0) {
            c.count(condition, total / completed, JsonInput.at(file, root.get(key), JsonInput.pointer(key)));
        }
    }

    private static String stat(Matcher lm) {
        return switch (lm.group(1)) {
            case "mean" -> MetricKeys.MEAN;
            case "median" -> MetricKeys.MEDIAN;
            case "std" -> MetricKeys.STD;
            case "min" -> MetricKeys.MIN;
            case "max" -> MetricKeys.MAX;
            default -> {
                // vLLM writes whatever --metric-percentiles asked for; 0 and 100 are the extremes.
                double p = Double.parseDouble(lm.group(2));
                yield p <= 0 ? MetricKeys.MIN : p >= 100 ? MetricKeys.MAX : MetricKeys.percentile(p);
            }
        };
    }

    /** True when the content is a JSON object (or JSON Lines of objects) that names all of {@code members}. */
    static boolean jsonWith(String content, String... members) {
        int i = 0;
        int n = content.length();
        while (i < n && Character.isWhitespace(content.charAt(i))) {
            i++;
        }
        if (i >= n || content.charAt(i) != '{') {
            return false;
        }
        for (String m : members) {
            if (!content.contains("\"" + m + "\"")) {
                return false;
            }
        }
        return true;
    }
}
