package dev.cca.input.bench;

import dev.cca.diag.BenchCode;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * torchtitan training logs: the step line its metrics processor logs every {@code metrics.log_freq} steps,
 * <pre>
 * [rank0]:[titan] 2025-06-04 08:51:58,557 - root - INFO - step: 10  loss: 10.7069  grad_norm: 1.2  memory:
 * 30.99GiB(32.62%)  tps: 7,034  tflops: 407.35  mfu: 41.19%
 * </pre>
 * (one line, each field wrapped in ANSI colour codes on a terminal). Reported, as steady-state medians:
 * tflops as {@code tflops_per_accelerator}, mfu as {@code mfu_pct} and tps (tokens per second per device;
 * {@code wps} in old releases) as {@code tokens_per_s_per_accelerator}. torchtitan computes MFU against a
 * peak it looks up from the device name and falls back to an A100's for devices it does not know, so
 * {@code tflops_per_accelerator} is the value to trust on other hardware.
 */
public final class TorchtitanLogReader extends TrainingLogReader {

    public static final String FORMAT = BenchmarkTool.TORCHTITAN.id();

    /** A training step line; "validate step:" lines measure evaluation, not training. */
    private static final Pattern STEP = Pattern.compile("(?<!validate )(?<!calibration )\\bstep:\\s*(\\d{1,12})\\s+loss:");
    /** The values are taken whole, up to the next space, so that "nan" or "-3" is refused rather than skipped. */
    private static final Pattern TPS = Pattern.compile("\\b[tw]ps:\\s*(\\S{1,40})");
    private static final Pattern TFLOPS = Pattern.compile("\\btflops:\\s*(\\S{1,40})");
    private static final Pattern MFU = Pattern.compile("\\bmfu:\\s*(\\S{1,40}?)%");
    private static final Pattern DATE = Pattern.compile("\\[titan\\]\\s+(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern MESH = Pattern.compile("device mesh with \\[[^\\]]{0,200}\\],\\s*\\[([\\d,\\s]{1,100})\\]");
    private static final Pattern MODEL = Pattern.compile("Building (\\S{1,40}) (\\S{1,40}) with \\w{0,60}Args");

    private static final String TOKENS = "tps";
    private static final String TFLOPS_VALUE = "tflops";
    private static final String MFU_VALUE = "mfu";
    private static final Map<String, String> REPORTED = new LinkedHashMap<>();

    static {
        REPORTED.put(TFLOPS_VALUE, MetricKeys.TFLOPS_PER_ACCELERATOR);
        REPORTED.put(MFU_VALUE, MetricKeys.MFU_PCT);
        REPORTED.put(TOKENS, MetricKeys.TOKENS_PER_S_PER_ACCELERATOR);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String describe() {
        return "torchtitan training logs (lines 'step: N  loss: ...  tps: ...  tflops: X  mfu: Y%')";
    }

    @Override
    public boolean detect(String content) {
        if (!content.contains("loss:") || !(content.contains("tps:") || content.contains("wps:"))) {
            return false;
        }
        return TextLog.anyLine(content, l -> l.contains("loss:") && STEP.matcher(TextLog.stripAnsi(l)).find());
    }

    @Override
    String stepWord() {
        return "step";
    }

    @Override
    Map<String, String> reported() {
        return REPORTED;
    }

    @Override
    List<SteadyState.Step> steps(Iterable<TextLog.Line> lines, String file, RunConditions c, Problems problems) {
        List<SteadyState.Step> out = new ArrayList<>();
        for (TextLog.Line line : lines) {
            if (!line.matchable()) {
                continue;
            }
            String text = TextLog.stripAnsi(line.text());
            Matcher mm;
            // The cheap contains() tests keep a long log's step lines from paying for patterns they cannot match.
            if (text.contains("device mesh") && (mm = MESH.matcher(text)).find()) {
                c.count(RunConditions.ACCELERATORS, product(mm.group(1)), Location.of(file, line.number(), 1));
            }
            if (text.contains("Building ") && (mm = MODEL.matcher(text)).find()) {
                c.text(RunConditions.MODEL, mm.group(1) + " " + mm.group(2));
            }
            if (!text.contains("step:")) {
                continue;
            }
            Matcher step = STEP.matcher(text);
            if (!step.find()) {
                continue;
            }
            c.dateOnce(DATE.matcher(text));
            Map<String, Double> values = new LinkedHashMap<>();
            put(values, TOKENS, TPS.matcher(text), file, line, problems);
            put(values, TFLOPS_VALUE, TFLOPS.matcher(text), file, line, problems);
            put(values, MFU_VALUE, MFU.matcher(text), file, line, problems);
            Double mfu = values.get(MFU_VALUE);
            if (mfu != null && mfu > 100) {
                problems.error(Location.of(file, line.number(), 1).withPath("mfu"), BenchCode.MFU_OVER, mfu);
                values.remove(MFU_VALUE);
            }
            if (!values.isEmpty()) {
                out.add(new SteadyState.Step(Long.parseLong(step.group(1)), Location.of(file, line.number(), 1), values));
            }
        }
        return out;
    }

    private static void put(Map<String, Double> values, String name, Matcher m, String file, TextLog.Line line,
                            Problems problems) {
        if (m.find()) {
            Double v = value(m.group(1), name, Location.of(file, line.number(), 1).withPath(name), problems);
            if (v != null) {
                values.put(name, v);
            }
        }
    }

    /** "8" or "2, 4": the sizes of the mesh's dimensions, whose product is the number of devices. */
    private static Double product(String dims) {
        double p = 1;
        for (String d : dims.split(",")) {
            Double v = TextLog.number(d);
            if (v == null) {
                return null;
            }
            p *= v;
        }
        return p;
    }
}
