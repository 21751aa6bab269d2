package dev.cca.input.bench;

import dev.cca.diag.BenchCode;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.model.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MLPerf Inference {@code mlperf_log_summary.txt}, as LoadGen writes it (loadgen/results.cc, LogSummary):
 * "label : value" lines under "MLPerf Results Summary", "Additional Stats" and "Test Parameters Used".
 * Every latency is in nanoseconds and is converted to milliseconds.
 *
 * <p>A run LoadGen marks {@code Result is : INVALID} does not count: the reader throws a
 * {@link RejectedRunException} whose diagnostics point at the "Result is" line and at each
 * "... satisfied : NO" line that says why. So does a run not made in performance mode.
 */
public final class MlperfInferenceReader implements LogReader {

    public static final String FORMAT = BenchmarkTool.MLPERF_INFERENCE.id();

    private static final String HEADER = "MLPerf Results Summary";
    /** The heading of the summary's last section, the test settings. */
    private static final String PARAMETERS = "Test Parameters Used";
    /** "label : value", the label padded with spaces, or with no space before the colon ("Samples per second: "). */
    private static final Pattern LABELLED = Pattern.compile("\\s*([A-Za-z0-9][^:]{0,120}?)\\s*:\\s*(\\S.*?)\\s*");
    private static final Pattern PERCENTILE_LATENCY = Pattern.compile("(\\d{1,2}(?:\\.\\d+)?) percentile latency \\(ns\\)");
    private static final Pattern NTH_PERCENTILE_LATENCY = Pattern.compile("(\\d{1,2})th percentile latency \\(ns\\)");
    private static final Pattern PERCENTILE_FIRST_TOKEN = Pattern.compile("(\\d{1,2}(?:\\.\\d+)?) percentile first token latency \\(ns\\)");
    private static final Pattern PERCENTILE_TPOT = Pattern.compile("(\\d{1,2}(?:\\.\\d+)?) percentile time to output token \\(ns\\)");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String describe() {
        return "MLPerf Inference LoadGen summaries (mlperf_log_summary.txt)";
    }

    /**
     * The summary, or LoadGen's detailed log of the same run ({@code mlperf_log_detail.txt}: {@code :::MLLOG} events
     * of LoadGen's own namespace, the first its {@code loadgen_version}), which is recognised in order to say that
     * the summary is the file to give; an MLPerf Training log has {@code :::MLLOG} events too, but never LoadGen's.
     */
    @Override
    public boolean detect(String content) {
        return content.contains(HEADER) || loadgenDetail(content);
    }

    /** True for LoadGen's detailed log: MLLOG events that name LoadGen's version. */
    static boolean loadgenDetail(String content) {
        return content.contains(":::MLLOG") && content.contains("\"loadgen_version\"");
    }

    @Override
    public boolean nameHint(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).contains("mlperf_log_summary");
    }

    @Override
    public NativeRun read(TextLog log) throws InputException {
        String name = log.name();
        Problems problems = new Problems();
        MeasurementSet m = new MeasurementSet(problems);
        RunConditions c = new RunConditions(problems);
        List<Diagnostic> rejections = new ArrayList<>();
        boolean header = false;
        String scenario = null;
        TextLog.Line result = null;
        String resultValue = null;
        String mode = null;
        TextLog.Line modeLine = null;
        int lastLine = 1;
        boolean perSample = false;
        boolean parameters = false;
        for (TextLog.Line line : log) {
            lastLine = line.number();
            if (!line.matchable()) {
                continue;
            }
            if (line.text().contains(HEADER)) {
                header = true;
                continue;
            }
            if (!header && line.text().startsWith(":::MLLOG") && line.text().contains("\"loadgen_version\"")) {
                throw new InputException(Diagnostic.error(Location.of(name, line.number(), 1), BenchCode.LOADGEN_DETAIL_LOG));
            }
            if (line.text().strip().equals(PARAMETERS)) {
                parameters = true;
                continue;
            }
            if (line.text().contains("Per-sample latency")) {
                // MultiStream prints per-query latencies (its metric) and then per-sample ones under the same
                // labels; only the per-query ones are kept.
                perSample = true;
                continue;
            }
            Matcher lm = LABELLED.matcher(line.text());
            if (!lm.matches()) {
                continue;
            }
            String label = lm.group(1).replaceAll("\\s+", " ");
            String value = lm.group(2);
            String lower = label.toLowerCase(Locale.ROOT);
            Location at = new Location(name, line.number(), TextLog.column(lm.start(2)), label);
            switch (lower) {
                case "scenario" -> {
                    if (scenario == null) {
                        scenario = value;
                        c.text(RunConditions.SCENARIO, value.replace(" ", ""));
                    }
                }
                case "sut name" -> c.text("sut", value);
                case "mode" -> {
                    mode = value;
                    modeLine = line;
                }
                case "result is" -> {
                    if (result == null) {
                        result = line;
                        resultValue = value;
                    } else if (!value.equalsIgnoreCase(resultValue)) {
                        problems.error(at, BenchCode.SECOND_RESULT_LINE_SAYS, value, result.number(), resultValue);
                    }
                }
                case "target_qps" -> c.text("target_qps", value);
                default -> {
                    if (lower.endsWith("satisfied") && value.equalsIgnoreCase("no")) {
                        rejections.add(Diagnostic.error(at, BenchCode.LOADGEN_REPORTS_NO, label));
                    } else if (!(perSample && lower.contains("latency (ns)"))) {
                        measurement(lower, value, at, m, problems);
                    }
                }
            }
        }
        Location end = Location.of(name, lastLine, 1);
        if (!header) {
            problems.error(Location.of(name, 1, 1), BenchCode.NO_HEADER_THIS_NOT, HEADER);
        }
        if (scenario == null) {
            problems.error(end, BenchCode.SUMMARY_HAS_NO_SCENARIO);
        }
        if (result == null) {
            problems.error(end, BenchCode.SUMMARY_HAS_NO_RESULT);
        } else if (header && !parameters) {
            // LoadGen ends every summary with the settings it ran under (PerformanceSummary::LogSummary, then
            // TestSettings::LogSummary): a summary without them stops somewhere in its results.
            problems.error(end, BenchCode.SUMMARY_CUT_SHORT, PARAMETERS);
        }
        requireScenarioLines(scenario, m, end, problems);
        if ("VALID".equalsIgnoreCase(resultValue)) {
            validRunRates(m, problems);
        }
        List<Measurement> list = m.finish();
        if (problems.hasErrors()) {
            throw new InputException(problems.all());
        }
        if (mode != null && !mode.toLowerCase(Locale.ROOT).contains("performance")) {
            rejections.add(0, Diagnostic.error(new Location(name, modeLine.number(), 1, "Mode"), BenchCode.THIS_RUN_PERFORMANCE_RESULTS, mode));
        }
        if (!"VALID".equalsIgnoreCase(resultValue)) {
            rejections.add(0, Diagnostic.error(new Location(name, result.number(), 1, "Result is"),
                    BenchCode.LOADGEN_MARKED_THIS_RUN, resultValue));
        }
        if (!rejections.isEmpty()) {
            throw new RejectedRunException(rejections);
        }
        return new NativeRun(FORMAT, BenchmarkKinds.INFERENCE_SERVING, c.toMap(), list, problems.all());
    }

    /** The rates a summary states: samples and tokens per second, completed and scheduled. */
    private static final List<String> RATES = List.of(MetricKeys.SAMPLES_PER_S, MetricKeys.SCHEDULED_SAMPLES_PER_S,
            MetricKeys.OUTPUT_TOKENS_PER_S);

    /**
     * A run LoadGen marks VALID ran its minimum duration and completed its minimum number of queries (Min duration and
     * Min queries satisfied), so each rate it states is above 0: a valid run at 0 samples or tokens a second was never
     * written by LoadGen (CCA-B219, at the rate's line). A figure that is no number or not finite is refused when read.
     */
    private static void validRunRates(MeasurementSet m, Problems problems) {
        for (String key : RATES) {
            Measurement r = m.get(key);
            if (r != null && !(r.value() > 0)) {
                problems.error(r.source(), BenchCode.MLPERF_VALID_AT_ZERO, r.source().path(), Numbers.format(r.value()));
            }
        }
    }

    /** Maps one labelled line to a measurement, if its label is one the vocabulary has. */
    private static void measurement(String label, String value, Location at, MeasurementSet m, Problems problems) {
        String key = switch (label) {
            case "samples per second", "completed samples per second" -> MetricKeys.SAMPLES_PER_S;
            case "scheduled samples per second" -> MetricKeys.SCHEDULED_SAMPLES_PER_S;
            case "tokens per second", "completed tokens per second" -> MetricKeys.OUTPUT_TOKENS_PER_S;
            case "min latency (ns)" -> MetricKeys.key(MetricKeys.E2E_MS, MetricKeys.MIN);
            case "max latency (ns)" -> MetricKeys.key(MetricKeys.E2E_MS, MetricKeys.MAX);
            case "mean latency (ns)" -> MetricKeys.key(MetricKeys.E2E_MS, MetricKeys.MEAN);
            case "min first token latency (ns)" -> MetricKeys.key(MetricKeys.TTFT_MS, MetricKeys.MIN);
            case "max first token latency (ns)" -> MetricKeys.key(MetricKeys.TTFT_MS, MetricKeys.MAX);
            case "mean first token latency (ns)" -> MetricKeys.key(MetricKeys.TTFT_MS, MetricKeys.MEAN);
            case "min time to output token (ns)" -> MetricKeys.key(MetricKeys.TPOT_MS, MetricKeys.MIN);
            case "max time to output token (ns)" -> MetricKeys.key(MetricKeys.TPOT_MS, MetricKeys.MAX);
            case "mean time to output token (ns)" -> MetricKeys.key(MetricKeys.TPOT_MS, MetricKeys.MEAN);
            default -> percentileKey(label);
        };
        if (key == null) {
            return;
        }
        Double v = TextLog.number(value);
        if (v == null) {
            problems.error(at, BenchCode.NOT_NUMBER_2, value);
            return;
        }
        m.add(key, label.contains("(ns)") ? NativeUnits.nsToMs(v) : v, at);
    }

    private static String percentileKey(String label) {
        Matcher pm;
        if ((pm = PERCENTILE_FIRST_TOKEN.matcher(label)).matches()) {
            return percentile(MetricKeys.TTFT_MS, pm.group(1));
        }
        if ((pm = PERCENTILE_TPOT.matcher(label)).matches()) {
            return percentile(MetricKeys.TPOT_MS, pm.group(1));
        }
        if ((pm = PERCENTILE_LATENCY.matcher(label)).matches() || (pm = NTH_PERCENTILE_LATENCY.matcher(label)).matches()) {
            return percentile(MetricKeys.E2E_MS, pm.group(1));
        }
        return null;
    }

    private static String percentile(String family, String p) {
        double v = Double.parseDouble(p);
        return v > 0 && v < 100 ? MetricKeys.key(family, MetricKeys.percentile(v)) : null;
    }

    /** The line each scenario's result is read from; without it the summary says nothing about the scenario. */
    private static void requireScenarioLines(String scenario, MeasurementSet m, Location end, Problems problems) {
        if (scenario == null) {
            return;
        }
        switch (scenario.replace(" ", "").toLowerCase(Locale.ROOT)) {
            case "offline" -> {
                if (!m.has(MetricKeys.SAMPLES_PER_S)) {
                    problems.error(end, BenchCode.OFFLINE_SUMMARY_NEEDS_SAMPLES);
                }
            }
            case "server" -> {
                if (!m.has(MetricKeys.SAMPLES_PER_S) && !m.has(MetricKeys.SCHEDULED_SAMPLES_PER_S)) {
                    problems.error(end, BenchCode.SERVER_SUMMARY_NEEDS_COMPLETED);
                }
            }
            default -> {
                if (m.isEmpty()) {
                    problems.error(end, BenchCode.SUMMARY_HAS_NO_RESULT_2);
                }
            }
        }
    }
}
