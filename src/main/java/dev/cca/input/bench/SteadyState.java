package dev.cca.input.bench;

import dev.cca.diag.BenchCode;
import dev.cca.diag.Location;
import dev.cca.diag.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steady-state rule for training logs. The first logged steps include compilation, CUDA graph capture,
 * data-loader start-up and allocator growth (torchtitan's own example shows step 1 at 375 tokens/s and step
 * 10 at 7,034), so they say nothing about the system's sustained rate. The rule:
 *
 * <ol>
 *   <li>each step number counts once, at its first logged line (ranks that all print the same step, or a job
 *       resumed from a checkpoint, repeat step numbers);</li>
 *   <li>of the {@code n} logged steps that remain, the first {@code max(1, ceil(n / 10))} are warm-up and
 *       are dropped;</li>
 *   <li>each value reported is the median over the steps that remain, which shrugs off the odd slow step (a
 *       checkpoint save, an evaluation) that a mean would not.</li>
 * </ol>
 *
 * A log with fewer than {@link #MIN_LOGGED_STEPS} logged steps cannot separate warm-up from steady state and
 * is refused by the readers.
 */
final class SteadyState {

    static final int MIN_LOGGED_STEPS = 3;

    /** One logged step: its number, where its line is, and the values read from it by name. */
    record Step(long number, Location at, Map<String, Double> values) {
    }

    private SteadyState() {
    }

    /** Keeps the first line of each step number, in log order. */
    static List<Step> firstOfEachStep(List<Step> all) {
        Set<Long> seen = new HashSet<>();
        List<Step> out = new ArrayList<>();
        for (Step s : all) {
            if (seen.add(s.number())) {
                out.add(s);
            }
        }
        return out;
    }

    /** How many of {@code logged} steps are warm-up: a tenth, rounded up, and at least one. */
    static int warmup(int logged) {
        return Math.max(1, (logged + 9) / 10);
    }

    /** The steps after the warm-up ({@code logged} already holds one line per step). */
    static List<Step> steady(List<Step> logged) {
        return logged.subList(Math.min(logged.size(), warmup(logged.size())), logged.size());
    }

    /**
     * Adds the median of {@code value} over the steady steps that carry it, as {@code key}. Does nothing when
     * no steady step carries it.
     */
    static void report(String key, String value, List<Step> steady, int logged, MeasurementSet m) {
        List<Step> with = new ArrayList<>();
        for (Step s : steady) {
            Double v = s.values().get(value);
            if (v != null) {
                with.add(s);
            }
        }
        if (with.isEmpty()) {
            return;
        }
        double[] v = new double[with.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = with.get(i).values().get(value);
        }
        Step first = with.get(0);
        Step last = with.get(with.size() - 1);
        Location at = first.at().withPath(new Message(BenchCode.STEADY_STATE_MEDIAN, value, first.number(), last.number(),
                with.size(), logged));
        m.add(key, median(v), at);
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
