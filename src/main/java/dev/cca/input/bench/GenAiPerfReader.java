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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The profile export JSON of NVIDIA GenAI-Perf ({@code profile_export_genai_perf.json}, written by
 * genai_perf/export_data/json_exporter.py) and of its successor AIPerf ({@code profile_export_aiperf.json},
 * docs/reference/json-export-schema.md). Both write one block per metric, {@code {"unit": "ms", "avg": ...,
 * "p50": ..., "p99": ...}}, next to an {@code input_config} that records how the run was made.
 *
 * <p>The {@code unit} of every block is read and honoured: a latency in {@code "s"} is multiplied by 1000, and
 * a block without a unit, or with a unit of the wrong kind, is an error. GenAI-Perf's and AIPerf's
 * {@code inter_token_latency} is {@code (request_latency - ttft) / (output tokens - 1)} per request, which
 * is what vLLM calls TPOT, so it is read as {@code tpot_ms}.
 */
public final class GenAiPerfReader implements NativeReader {

    public static final String FORMAT = BenchmarkTool.GENAI_PERF.id();

    /** A block's statistic: avg, min, max, std, or a percentile p1..p99. */
    private static final Pattern PERCENTILE = Pattern.compile("p(\\d{1,2}(?:\\.\\d{1,6})?)");

    /** A metric block this reader maps: its name in the export, its family or key, and the unit it takes. */
    private record Block(String name, String family, boolean distribution, NativeUnits.Dimension dimension) {
    }

    private static final List<Block> BLOCKS = List.of(
            new Block("time_to_first_token", MetricKeys.TTFT_MS, true, NativeUnits.Dimension.TIME),
            new Block("inter_token_latency", MetricKeys.TPOT_MS, true, NativeUnits.Dimension.TIME),
            new Block("request_latency", MetricKeys.E2E_MS, true, NativeUnits.Dimension.TIME),
            new Block("output_token_throughput_per_user", MetricKeys.OUTPUT_TOKENS_PER_S_PER_USER, true,
                    NativeUnits.Dimension.TOKEN_RATE_PER_USER),
            // Older GenAI-Perf releases called the per-user rate "per request", with the unit tokens/sec.
            new Block("output_token_throughput_per_request", MetricKeys.OUTPUT_TOKENS_PER_S_PER_USER, true,
                    NativeUnits.Dimension.TOKEN_RATE),
            new Block("output_token_throughput", MetricKeys.OUTPUT_TOKENS_PER_S, false, NativeUnits.Dimension.TOKEN_RATE),
            new Block("total_token_throughput", MetricKeys.TOTAL_TOKENS_PER_S, false, NativeUnits.Dimension.TOKEN_RATE),
            new Block("request_throughput", MetricKeys.REQUESTS_PER_S, false, NativeUnits.Dimension.REQUEST_RATE),
            new Block("request_goodput", MetricKeys.GOODPUT_REQUESTS_PER_S, false, NativeUnits.Dimension.REQUEST_RATE));

    private final JsonInput input;

    public GenAiPerfReader() {
        this(Limits.DEFAULT);
    }

    public GenAiPerfReader(Limits limits) {
        this.input = new JsonInput(limits);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String describe() {
        return "NVIDIA GenAI-Perf or AIPerf profile export JSON (profile_export_genai_perf.json, profile_export_aiperf.json)";
    }

    /** Metric blocks carry "unit" and "avg", which neither vLLM's nor SGLang's flat results have. */
    @Override
    public boolean detect(String content) {
        return ServingJsonReader.jsonWith(content, "unit", "avg")
                && (content.contains("\"request_latency\"") || content.contains("\"time_to_first_token\"")
                || content.contains("\"output_token_throughput\""));
    }

    @Override
    public boolean nameHint(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.contains("genai_perf") || n.contains("aiperf");
    }

    @Override
    public NativeRun read(SourceFile file) throws InputException {
        Problems problems = new Problems();
        List<JsonInput.Record> records = input.records(file, problems);
        if (records.size() > 1 && !problems.hasErrors()) {
            problems.error(Location.of(file.name(), records.get(1).line(), 1),
                    BenchCode.PROFILE_EXPORT_HOLDS_ONE, records.size());
        }
        if (problems.hasErrors() || records.isEmpty()) {
            throw new InputException(problems.all());
        }
        Node.MapNode root = records.get(0).root();
        String name = file.name();
        MeasurementSet m = new MeasurementSet(problems);
        for (Block b : BLOCKS) {
            Node.Entry e = root.entry(b.name());
            if (e != null && !(e.value() instanceof Node.ScalarNode s && s.isNull())) {
                readBlock(b, e.value(), name, m, problems);
            }
        }
        List<Diagnostic> rejections = new ArrayList<>();
        if (root.get("was_cancelled") instanceof Node.ScalarNode s && "true".equals(s.text())) {
            rejections.add(Diagnostic.error(JsonInput.at(name, s, "/was_cancelled"),
                    BenchCode.RUN_WAS_CANCELLED_BEFORE));
        }
        warnAboutErrors(root, name, problems);
        RunConditions c = conditions(root, name, problems);
        List<Measurement> list = m.finish();
        if (list.isEmpty() && !problems.hasErrors()) {
            problems.error(Location.of(name, root.line(), root.column()), BenchCode.NO_METRIC_BLOCKS_FOUND);
        }
        if (problems.hasErrors()) {
            throw new InputException(problems.all());
        }
        if (!rejections.isEmpty()) {
            throw new RejectedRunException(rejections);
        }
        return new NativeRun(FORMAT, BenchmarkKinds.INFERENCE_SERVING, c.toMap(), list, problems.all());
    }

    private static void readBlock(Block b, Node node, String file, MeasurementSet m, Problems problems) {
        String base = JsonInput.pointer(b.name());
        if (!(node instanceof Node.MapNode block)) {
            problems.error(JsonInput.at(file, node, base), BenchCode.EXPECTED_METRIC_BLOCK_UNIT, node.described());
            return;
        }
        Node unitNode = block.get("unit");
        String unit = JsonInput.text(block, "unit");
        if (unit == null) {
            problems.error(JsonInput.at(file, block, base), BenchCode.HAS_NO_UNIT_VALUES, b.name(), b.dimension().describe);
            return;
        }
        Double factor = NativeUnits.factor(unit, b.dimension());
        if (factor == null) {
            problems.error(JsonInput.at(file, unitNode, base + "/unit"), BenchCode.UNIT_DOES_NOT_FIT, unit, b.name(), b.dimension().describe);
            return;
        }
        for (Node.Entry e : block.entries()) {
            String stat = stat(e.key());
            if (stat == null || !b.distribution() && !stat.equals(MetricKeys.MEAN)) {
                continue; // "unit", "count", "sum", and the spread of a rate that is one number
            }
            String pointer = base + JsonInput.pointer(e.key());
            Double v = JsonInput.number(e.value(), file, pointer, problems);
            if (v == null) {
                continue;
            }
            String key = b.distribution() ? MetricKeys.key(b.family(), stat) : b.family();
            m.add(key, v * factor, JsonInput.at(file, e.value(), pointer));
        }
    }

    /** The vocabulary's statistic for a block member, or null for members that are not one. */
    private static String stat(String member) {
        switch (member) {
            case "avg":
                return MetricKeys.MEAN;
            case "min":
                return MetricKeys.MIN;
            case "max":
                return MetricKeys.MAX;
            case "std":
                return MetricKeys.STD;
            default:
                Matcher pm = PERCENTILE.matcher(member);
                if (!pm.matches()) {
                    return null;
                }
                double p = Double.parseDouble(pm.group(1));
                return p > 0 && p < 100 ? MetricKeys.percentile(p) : null;
        }
    }

    private static void warnAboutErrors(Node.MapNode root, String file, Problems problems) {
        Node errors = JsonInput.path(root, "error_request_count", "avg");
        if (errors != null) {
            Double n = JsonInput.number(errors, file, "/error_request_count/avg", problems);
            if (n != null && n > 0) {
                problems.warning(JsonInput.at(file, errors, "/error_request_count/avg"), BenchCode.REQUEST_ENDED_ERROR_RATES, Numbers.format(n));
            }
        }
        if (root.get("runtime_submission_invalid_reasons") instanceof Node.ListNode l && !l.items().isEmpty()) {
            problems.warning(JsonInput.at(file, l, "/runtime_submission_invalid_reasons"),
                    BenchCode.AIPERF_LISTS_REASONS_WHY);
        }
    }

    /**
     * GenAI-Perf's input_config holds its command-line arguments ({@code model}: a list, {@code concurrency});
     * AIPerf's holds its configuration tree ({@code endpoint.model_names}, {@code loadgen.concurrency}).
     */
    private static RunConditions conditions(Node.MapNode root, String file, Problems problems) {
        RunConditions c = new RunConditions(problems);
        if (root.get("input_config") instanceof Node.MapNode cfg) {
            c.text(RunConditions.MODEL, JsonInput.firstText(cfg.get("model")));
            c.text(RunConditions.MODEL, JsonInput.firstText(JsonInput.path(cfg, "endpoint", "model_names")));
            c.text(RunConditions.MODEL, JsonInput.firstText(cfg.get("model_names")));
            count(c, RunConditions.CONCURRENCY, cfg.get("concurrency"), file, "/input_config/concurrency", problems);
            count(c, RunConditions.CONCURRENCY, JsonInput.path(cfg, "loadgen", "concurrency"), file,
                    "/input_config/loadgen/concurrency", problems);
        }
        count(c, RunConditions.INPUT_TOKENS, JsonInput.path(root, "input_sequence_length", "avg"), file,
                "/input_sequence_length/avg", problems);
        count(c, RunConditions.OUTPUT_TOKENS, JsonInput.path(root, "output_sequence_length", "avg"), file,
                "/output_sequence_length/avg", problems);
        String start = JsonInput.text(root, "start_time");
        if (start != null && start.length() >= 10) {
            try {
                c.date(LocalDate.parse(start.substring(0, 10)));
            } catch (DateTimeParseException e) {
                problems.warning(Location.of(file, root.line(), root.column()).withPath("/start_time"),
                        BenchCode.START_TIME_NOT_DATE, start);
            }
        }
        return c;
    }

    private static void count(RunConditions c, String key, Node n, String file, String pointer, Problems problems) {
        if (n instanceof Node.ScalarNode s && !s.isNull() && s.kind() != Node.ScalarKind.STRING
                && s.kind() != Node.ScalarKind.BOOLEAN) {
            c.count(key, JsonInput.number(n, file, pointer, problems), JsonInput.at(file, n, pointer));
        }
    }
}
