package dev.cca.input.bench;

import static dev.cca.input.bench.BenchmarkKinds.COLLECTIVE_COMMUNICATION;
import static dev.cca.input.bench.BenchmarkKinds.INFERENCE_SERVING;
import static dev.cca.input.bench.BenchmarkKinds.TRAINING;
import static dev.cca.input.bench.BenchmarkKinds.TRAINING_SCALING;
import static dev.cca.input.bench.BenchmarkKinds.TRAINING_STABILITY;

import dev.cca.model.Field;
import dev.cca.model.Quantity;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one vocabulary of measured results. The {@code results} map of a {@code benchmark-run/v1} document and
 * every native reader speak it, so a measurement means the same thing whichever way it arrived.
 *
 * <p>A key is either a scalar ({@code output_tokens_per_s}) or a distribution family with a statistic after a
 * dot ({@code ttft_ms.p99}). Statistics are {@code mean}, {@code std}, {@code min}, {@code max} and percentiles
 * {@code pNN} ({@code p50} is the median; {@code p99.9} is written with its decimals). Every value is stored in
 * the unit its key names; docs/benchmarks.md lists the keys and how each native format maps onto them.
 */
public final class MetricKeys {

    // Serving throughput.
    public static final String OUTPUT_TOKENS_PER_S = "output_tokens_per_s";
    public static final String INPUT_TOKENS_PER_S = "input_tokens_per_s";
    public static final String TOTAL_TOKENS_PER_S = "total_tokens_per_s";
    public static final String PEAK_OUTPUT_TOKENS_PER_S = "peak_output_tokens_per_s";
    public static final String REQUESTS_PER_S = "requests_per_s";
    public static final String GOODPUT_REQUESTS_PER_S = "goodput_requests_per_s";
    public static final String SAMPLES_PER_S = "samples_per_s";
    public static final String SCHEDULED_SAMPLES_PER_S = "scheduled_samples_per_s";
    // Serving latency distributions.
    public static final String TTFT_MS = "ttft_ms";
    public static final String TPOT_MS = "tpot_ms";
    public static final String ITL_MS = "itl_ms";
    public static final String E2E_MS = "e2e_ms";
    public static final String OUTPUT_TOKENS_PER_S_PER_USER = "output_tokens_per_s_per_user";
    // Training.
    public static final String TFLOPS_PER_ACCELERATOR = "tflops_per_accelerator";
    public static final String MFU_PCT = "mfu_pct";
    public static final String TOKENS_PER_S_PER_ACCELERATOR = "tokens_per_s_per_accelerator";
    public static final String STEP_TIME_MS = "step_time_ms";
    public static final String TIME_TO_TRAIN_MINUTES = "time_to_train_minutes";
    public static final String LINEAR_SPEEDUP = "linear_speedup";
    public static final String EFFECTIVE_TRAINING_TIME_PCT = "effective_training_time_pct";
    public static final String MTBF_HOURS = "mtbf_hours";
    public static final String RECOVERY_MINUTES = "recovery_minutes";
    // Collective communication, in gigabits per second (nccl-tests prints gigabytes; readers multiply by 8).
    public static final String BUSBW_GBPS = "busbw_gbps";
    public static final String PEAK_BUSBW_GBPS = "peak_busbw_gbps";
    public static final String PEAK_ALGBW_GBPS = "peak_algbw_gbps";

    public static final String MEAN = "mean";
    public static final String STD = "std";
    public static final String MIN = "min";
    public static final String MAX = "max";
    public static final String MEDIAN = "p50";

    /**
     * One key of the vocabulary. {@code field} carries the quantity, range and plausibility bounds that every
     * value of the key is checked against (the same checks as profile values); {@code kinds} are the run
     * kinds that can report it.
     */
    public record Spec(String name, boolean distribution, Field field, String unit, Set<String> kinds, String doc) {

        public Quantity quantity() {
            return field.quantity();
        }
    }

    private static final Map<String, Spec> SPECS = new LinkedHashMap<>();
    private static final Pattern PERCENTILE = Pattern.compile("p(\\d{1,2}(?:\\.\\d{1,6})?)");

    static {
        Set<String> inference = Set.of(INFERENCE_SERVING);
        Set<String> training = TRAINING;
        Set<String> both = union(inference, training);
        Set<String> collective = Set.of(COLLECTIVE_COMMUNICATION);
        double maxRate = 1e12;
        double maxMs = 1e9;

        scalar(OUTPUT_TOKENS_PER_S, Quantity.TOKENS_PER_S, "tokens/s", maxRate, inference,
                "Output (generated) tokens per second over all requests.");
        scalar(INPUT_TOKENS_PER_S, Quantity.TOKENS_PER_S, "tokens/s", maxRate, inference,
                "Input (prompt) tokens processed per second.");
        scalar(TOTAL_TOKENS_PER_S, Quantity.TOKENS_PER_S, "tokens/s", maxRate, inference,
                "Input and output tokens per second.");
        scalar(PEAK_OUTPUT_TOKENS_PER_S, Quantity.TOKENS_PER_S, "tokens/s", maxRate, inference,
                "Highest output token rate seen in any one second of the run.");
        scalar(REQUESTS_PER_S, Quantity.NUMBER, "requests/s", maxRate, inference, "Completed requests per second.");
        scalar(GOODPUT_REQUESTS_PER_S, Quantity.NUMBER, "requests/s", maxRate, inference,
                "Requests per second that met the run's latency objectives.");
        scalar(SAMPLES_PER_S, Quantity.NUMBER, "samples/s", maxRate, both,
                "Samples (queries, sequences) completed per second.");
        scalar(SCHEDULED_SAMPLES_PER_S, Quantity.NUMBER, "samples/s", maxRate, inference,
                "Samples per second as scheduled by the load generator (MLPerf Server).");
        family(TTFT_MS, Quantity.DURATION_MS, "ms", maxMs, inference, "Time to first token, milliseconds.");
        family(TPOT_MS, Quantity.DURATION_MS, "ms", maxMs, inference,
                "Time per output token after the first: (latency - ttft) / (output tokens - 1), milliseconds.");
        family(ITL_MS, Quantity.DURATION_MS, "ms", maxMs, inference,
                "Inter-token latency: the gaps between successive tokens, milliseconds.");
        family(E2E_MS, Quantity.DURATION_MS, "ms", maxMs, inference, "End-to-end request latency, milliseconds.");
        family(OUTPUT_TOKENS_PER_S_PER_USER, Quantity.TOKENS_PER_S, "tokens/s", maxRate, inference,
                "Output tokens per second seen by one request (one user).");

        scalar(TFLOPS_PER_ACCELERATOR, Quantity.COMPUTE_TFLOPS, "TFLOPS", 100_000, training,
                "Achieved model TFLOP/s per accelerator, median over steady-state steps.");
        spec(MFU_PCT, Quantity.PERCENT, "%", training, "Model FLOPS utilization, %, median over steady-state steps.",
                f -> f.range(0, 100));
        scalar(TOKENS_PER_S_PER_ACCELERATOR, Quantity.TOKENS_PER_S, "tokens/s", maxRate, training,
                "Training tokens per second per accelerator, median over steady-state steps.");
        scalar(STEP_TIME_MS, Quantity.DURATION_MS, "ms", maxMs, training,
                "Time per training step (iteration), median over steady-state steps.");
        scalar(TIME_TO_TRAIN_MINUTES, Quantity.DURATION_MINUTES, "minutes", 1e8, training,
                "Wall-clock time to train to the target quality (MLPerf Training: run_stop - run_start).");
        spec(LINEAR_SPEEDUP, Quantity.RATIO, "ratio", Set.of(TRAINING_SCALING),
                "Speed-up from conditions.baseline_accelerators to conditions.accelerators, as a fraction of linear.",
                f -> f.range(0, 1).positive());
        spec(EFFECTIVE_TRAINING_TIME_PCT, Quantity.PERCENT, "%", Set.of(TRAINING_STABILITY),
                "Share of wall-clock time spent making training progress, %.", f -> f.range(0, 100));
        scalar(MTBF_HOURS, Quantity.DURATION_HOURS, "hours", 1_000_000, Set.of(TRAINING_STABILITY),
                "Mean time between job-interrupting failures, hours.");
        scalar(RECOVERY_MINUTES, Quantity.DURATION_MINUTES, "minutes", 1_000_000, Set.of(TRAINING_STABILITY),
                "Time to resume training after a failure, minutes.");

        scalar(BUSBW_GBPS, Quantity.BANDWIDTH_GBPS, "Gbps", 1e7, collective,
                "Bus bandwidth as nccl-tests averages it over the message sizes run, Gbit/s.");
        scalar(PEAK_BUSBW_GBPS, Quantity.BANDWIDTH_GBPS, "Gbps", 1e7, collective,
                "Highest bus bandwidth of any message size, Gbit/s.");
        scalar(PEAK_ALGBW_GBPS, Quantity.BANDWIDTH_GBPS, "Gbps", 1e7, collective,
                "Highest algorithm bandwidth of any message size, Gbit/s.");
    }

    private MetricKeys() {
    }

    private static void scalar(String name, Quantity q, String unit, double plausibleMax, Set<String> kinds, String doc) {
        add(new Spec(name, false, Field.number(name, q, doc).plausibleMax(plausibleMax), unit, kinds, doc));
    }

    private static void family(String name, Quantity q, String unit, double plausibleMax, Set<String> kinds, String doc) {
        add(new Spec(name, true, Field.number(name, q, doc).plausibleMax(plausibleMax), unit, kinds, doc));
    }

    /** A scalar key with a range of its own (a percentage, a ratio) rather than a plausible maximum. */
    private static void spec(String name, Quantity q, String unit, Set<String> kinds, String doc,
                             java.util.function.UnaryOperator<Field> range) {
        add(new Spec(name, false, range.apply(Field.number(name, q, doc)), unit, kinds, doc));
    }

    private static void add(Spec s) {
        SPECS.put(s.name(), s);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }

    /** Every key, scalars and families, in documentation order. */
    public static Map<String, Spec> all() {
        return Collections.unmodifiableMap(SPECS);
    }

    /** The spec of a scalar key or of a family ({@code ttft_ms}), or null. */
    public static Spec named(String name) {
        return SPECS.get(name);
    }

    /**
     * The spec a full measurement key belongs to: a scalar key, or a family with a valid statistic
     * ({@code ttft_ms.p99}); null when the key is not in the vocabulary.
     */
    public static Spec spec(String key) {
        int dot = key.indexOf('.');
        if (dot < 0) {
            Spec s = SPECS.get(key);
            return s != null && !s.distribution() ? s : null;
        }
        Spec s = SPECS.get(key.substring(0, dot));
        return s != null && s.distribution() && isStat(key.substring(dot + 1)) ? s : null;
    }

    public static boolean isKnown(String key) {
        return spec(key) != null;
    }

    /** {@code ttft_ms} for {@code ttft_ms.p99}; the key itself for a scalar. */
    public static String familyOf(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }

    /** {@code p99} for {@code ttft_ms.p99}; empty for a scalar. */
    public static String statOf(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? "" : key.substring(dot + 1);
    }

    public static String key(String family, String stat) {
        return family + "." + stat;
    }

    /** True for {@code mean}, {@code std}, {@code min}, {@code max} and canonical percentiles {@code p1}..{@code p99.999}. */
    public static boolean isStat(String stat) {
        if (stat.equals(MEAN) || stat.equals(STD) || stat.equals(MIN) || stat.equals(MAX)) {
            return true;
        }
        double p = percentileOf(stat);
        return !Double.isNaN(p) && stat.equals(percentile(p));
    }

    /**
     * The canonical statistic of a percentile: {@code p50}, {@code p99}, {@code p99.9}. Trailing zeros go, so
     * MLPerf's "99.90 percentile" and vLLM's {@code p99.9} meet on one key.
     */
    public static String percentile(double p) {
        BigDecimal bd = BigDecimal.valueOf(p).stripTrailingZeros();
        if (bd.scale() < 0) {
            bd = bd.setScale(0);
        }
        return "p" + bd.toPlainString();
    }

    /** The percentile a statistic names ({@code p99.9} is 99.9), or NaN when it is not one (0 and 100 are not). */
    public static double percentileOf(String stat) {
        Matcher m = PERCENTILE.matcher(stat);
        if (!m.matches()) {
            return Double.NaN;
        }
        double p = Double.parseDouble(m.group(1));
        return p > 0 && p < 100 ? p : Double.NaN;
    }

    /** The statistics a family accepts, for messages. */
    public static String statsDoc() {
        return "mean, std, min, max, or a percentile such as p50 (the median), p90, p99, p99.9";
    }
}
