package dev.cca.input.bench;

import dev.cca.diag.BenchCode;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.model.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Megatron-LM training logs: the line {@code training_log} in megatron/training/training.py prints every
 * {@code --log-interval} iterations,
 * <pre>
 *  [2025-11-28 18:48:17.123456] iteration       50/    5000 | consumed samples: 51200 | elapsed time per
 *  iteration (ms): 61674.3 | throughput per GPU (TFLOP/s/GPU): 68.2 | learning rate: ... | global batch size: 1024 | ...
 * </pre>
 * (one line), possibly behind a launcher's rank prefix. Reported, as steady-state medians: the achieved
 * TFLOP/s per GPU (printed with {@code --log-throughput}), the step time, and samples per second (global
 * batch size over step time). Megatron's TFLOP/s is counted from the model's own FLOP formula, so turning it
 * into MFU needs the accelerator's peak, which the profile has and this log does not.
 */
public final class MegatronLogReader extends TrainingLogReader {

    public static final String FORMAT = BenchmarkTool.MEGATRON.id();

    private static final Pattern ITERATION = Pattern.compile("iteration\\s+(\\d{1,12})\\s*/\\s*\\d{1,12}\\s*\\|");
    private static final Pattern TIMESTAMP = Pattern.compile("\\[(\\d{4}-\\d{2}-\\d{2})[ T]\\d{2}:\\d{2}:\\d{2}");
    private static final Pattern WORLD_SIZE = Pattern.compile("using world size:\\s*(\\d{1,9})");
    /** arguments.py's first line on rank 0, in every release: {@code using world size: 16, data-parallel size: 2, ...}. */
    private static final Pattern PARALLEL = Pattern.compile("using world size:\\s*\\d{1,9},\\s*data-parallel size:\\s*\\d{1,9}");

    static final String STEP_TIME = "elapsed time per iteration (ms)";
    static final String THROUGHPUT = "throughput per GPU (TFLOP/s/GPU)";
    /**
     * AMD Primus's name for the same figure: its training_log patch (ThroughputAverageExtension) rewrites Megatron's
     * {@code throughput per GPU (TFLOP/s/GPU): X} as {@code compute per GPU (TFLOP/s/GPU): X (avg Y)}, Y a running
     * average over its own window, and {@code elapsed time per iteration (ms): X} as {@code X/Y} (ElapsedAverageExtension).
     * The instantaneous X is read; the steady state is found by this reader's own rule, never by the tool's average.
     */
    static final String PRIMUS_THROUGHPUT = "compute per GPU (TFLOP/s/GPU)";
    static final String BATCH = "global batch size";
    private static final String SAMPLES = "samples per second";
    private static final String SKIPPED = "number of skipped iterations";
    private static final String NAN = "number of nan iterations";

    private static final Map<String, String> REPORTED = new LinkedHashMap<>();

    static {
        REPORTED.put(THROUGHPUT, MetricKeys.TFLOPS_PER_ACCELERATOR);
        REPORTED.put(STEP_TIME, MetricKeys.STEP_TIME_MS);
        REPORTED.put(SAMPLES, MetricKeys.SAMPLES_PER_S);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String describe() {
        return "Megatron-LM training logs (lines 'iteration N/ M | ... | throughput per GPU (TFLOP/s/GPU): X | ...')";
    }

    @Override
    public boolean detect(String content) {
        if (content.contains("using world size:") && TextLog.anyLine(content, l -> l.contains("using world size:") && PARALLEL.matcher(l).find())) {
            // The first iteration line can come megabytes down (every rank's start-up output, dataset index
            // building, NCCL INFO lines), past what a look at a log's head sees: its start tells it.
            return true;
        }
        if (!content.contains(STEP_TIME)) {
            return false;
        }
        return TextLog.anyLine(content, l -> l.contains(STEP_TIME) && ITERATION.matcher(l).find());
    }

    @Override
    String stepWord() {
        return "iteration";
    }

    /** The instantaneous value of Primus's {@code X/avg} or {@code X (avg Y)}: the text before the average; else the whole. */
    private static String instant(String raw) {
        int slash = raw.indexOf('/');
        int paren = raw.indexOf(" (avg ");
        int cut = slash > 0 ? slash : paren > 0 ? paren : -1;
        return cut > 0 ? raw.substring(0, cut).strip() : raw;
    }

    @Override
    Map<String, String> reported() {
        return REPORTED;
    }

    @Override
    List<SteadyState.Step> steps(Iterable<TextLog.Line> lines, String file, RunConditions c, Problems problems) {
        List<SteadyState.Step> out = new ArrayList<>();
        double skipped = 0;
        double nan = 0;
        Location firstTrouble = null;
        boolean anyThroughput = false;
        for (TextLog.Line line : lines) {
            if (!line.matchable()) {
                continue;
            }
            String text = line.text();
            Matcher ws = WORLD_SIZE.matcher(text);
            if (text.contains("world size") && ws.find()) {
                c.count(RunConditions.ACCELERATORS, Double.valueOf(ws.group(1)), Location.of(file, line.number(), 1));
                continue;
            }
            if (!text.contains("iteration")) {
                continue;
            }
            Matcher im = ITERATION.matcher(text);
            if (!im.find()) {
                continue;
            }
            c.dateOnce(TIMESTAMP.matcher(text.substring(0, im.start())));
            Map<String, Double> values = new LinkedHashMap<>();
            for (String field : text.substring(im.end()).split("\\|")) {
                int colon = field.lastIndexOf(':');
                if (colon < 0) {
                    continue;
                }
                String key = field.substring(0, colon).strip();
                String raw = field.substring(colon + 1).strip();
                String label = key; // as the line names it, for the location
                if (key.equals(PRIMUS_THROUGHPUT)) {
                    if (values.containsKey(THROUGHPUT)) {
                        continue; // Megatron's own figure, when a line gives both
                    }
                    key = THROUGHPUT;
                    raw = instant(raw);
                } else if (key.equals(STEP_TIME)) {
                    raw = instant(raw);
                } else if (!key.equals(THROUGHPUT) && !key.equals(BATCH) && !key.equals(SKIPPED) && !key.equals(NAN)) {
                    continue; // losses, learning rate, norms: not performance
                }
                Location at = new Location(file, line.number(), TextLog.column(text.indexOf(field) + colon + 1), label);
                Double v = value(raw, label, at, problems);
                if (v != null) {
                    values.put(key, v);
                }
            }
            if (!values.containsKey(STEP_TIME)) {
                continue;
            }
            anyThroughput |= values.containsKey(THROUGHPUT);
            Double batch = values.get(BATCH);
            double ms = values.get(STEP_TIME);
            if (batch != null && ms > 0) {
                values.put(SAMPLES, batch / (ms / 1000.0));
                c.count(RunConditions.GLOBAL_BATCH_SIZE, batch, Location.of(file, line.number(), 1));
            }
            double s = values.getOrDefault(SKIPPED, 0.0);
            double n = values.getOrDefault(NAN, 0.0);
            if ((s > 0 || n > 0) && firstTrouble == null) {
                firstTrouble = Location.of(file, line.number(), 1);
            }
            skipped += s;
            nan += n;
            out.add(new SteadyState.Step(Long.parseLong(im.group(1)), Location.of(file, line.number(), 1), values));
        }
        if (skipped > 0 || nan > 0) {
            problems.warning(firstTrouble, BenchCode.LOG_REPORTS_SKIPPED_NAN, Numbers.format(skipped), Numbers.format(nan));
        }
        if (!out.isEmpty() && !anyThroughput) {
            problems.warning(out.get(0).at(), BenchCode.ITERATION_LINES_CARRY_NO, THROUGHPUT);
        }
        return out;
    }
}
