package dev.cca.input.bench;

import dev.cca.diag.BenchCode;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.input.Values;
import dev.cca.model.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the measurements of one run and checks them the same way whichever reader found them: the key is
 * in the vocabulary, the value is a finite, non-negative number within the key's range, and the statistics
 * of a distribution are in order (no percentile below a lower one, none outside min..max). Problems go to the
 * caller's {@link Problems}; the readers throw once at the end.
 */
final class MeasurementSet {

    /** Relative slack for order checks: tools print rounded values, and a tie must not read as an inversion. */
    private static final double ORDER_TOLERANCE = 1e-9;

    private final Problems problems;
    private final Map<String, Measurement> byKey = new LinkedHashMap<>();

    MeasurementSet(Problems problems) {
        this.problems = problems;
    }

    /**
     * Adds {@code value} (already in the key's canonical unit). A key seen before keeps its first value, since
     * tools repeat some lines (MLPerf prints "Completed tokens per second" twice); a different repeated value
     * is a warning. Returns false when the value was refused.
     */
    boolean add(String key, double value, Location at) {
        MetricKeys.Spec spec = MetricKeys.spec(key);
        if (spec == null) {
            // A reader bug, not an input problem; reported as an error so no run leaves with it.
            problems.error(at, BenchCode.NOT_KEY_MEASUREMENT_VOCABULARY, key);
            return false;
        }
        Values.Result r = Values.check(value, spec.field());
        if (!r.ok()) {
            problems.error(at, dev.cca.diag.ProfileCode.AT_PATH, key, r.error());
            return false;
        }
        Measurement earlier = byKey.get(key);
        if (earlier != null) {
            if (!same(earlier.value(), value)) {
                problems.warning(at, BenchCode.GIVEN_AGAIN_WITH_ANOTHER, key, Numbers.format(value), spec.unit(), Numbers.format(earlier.value()), earlier.source().prefix());
            }
            return true;
        }
        byKey.put(key, new Measurement(key, value, spec.unit(), at));
        return true;
    }

    boolean isEmpty() {
        return byKey.isEmpty();
    }

    boolean has(String key) {
        return byKey.containsKey(key);
    }

    /** The measurement of {@code key} added so far, or null. */
    Measurement get(String key) {
        return byKey.get(key);
    }

    /** Checks the order of every distribution's statistics, then returns the measurements in the order added. */
    List<Measurement> finish() {
        Map<String, List<Measurement>> families = new LinkedHashMap<>();
        for (Measurement m : byKey.values()) {
            if (!m.stat().isEmpty()) {
                families.computeIfAbsent(m.family(), k -> new ArrayList<>()).add(m);
            }
        }
        families.values().forEach(this::checkOrder);
        return List.copyOf(byKey.values());
    }

    private void checkOrder(List<Measurement> stats) {
        List<Measurement> percentiles = new ArrayList<>();
        Measurement min = null;
        Measurement max = null;
        for (Measurement m : stats) {
            switch (m.stat()) {
                case MetricKeys.MIN -> min = m;
                case MetricKeys.MAX -> max = m;
                case MetricKeys.MEAN, MetricKeys.STD -> {
                    // The mean may sit anywhere between min and max; the spread has no order.
                }
                default -> percentiles.add(m);
            }
        }
        percentiles.sort(Comparator.comparingDouble(m -> MetricKeys.percentileOf(m.stat())));
        for (int i = 1; i < percentiles.size(); i++) {
            Measurement higher = percentiles.get(i);
            // Name the median when the value is below it (the inversion a reader grasps at once), else the
            // largest lower percentile it undercuts; one message per percentile.
            Measurement lower = null;
            for (int j = 0; j < i; j++) {
                Measurement candidate = percentiles.get(j);
                if (below(higher.value(), candidate.value()) && (lower == null
                        || !lower.stat().equals(MetricKeys.MEDIAN) && (candidate.stat().equals(MetricKeys.MEDIAN)
                        || candidate.value() > lower.value()))) {
                    lower = candidate;
                }
            }
            if (lower != null) {
                problems.error(higher.source(), BenchCode.PERCENTILE_BELOW_LOWER, higher.key(), show(higher), lower.key(), show(lower),
                        lower.stat().equals(MetricKeys.MEDIAN) ? dev.cca.diag.Localized.of(", the median", "，即中位数")
                                : dev.cca.diag.Localized.EMPTY);
            }
        }
        if (min != null && !percentiles.isEmpty() && below(percentiles.get(0).value(), min.value())) {
            problems.error(min.source(), BenchCode.ABOVE_MINIMUM_CANNOT_EXCEED, min.key(), show(min), percentiles.get(0).key(), show(percentiles.get(0)));
        }
        if (max != null && !percentiles.isEmpty() && below(max.value(), percentiles.get(percentiles.size() - 1).value())) {
            Measurement top = percentiles.get(percentiles.size() - 1);
            problems.error(max.source(), BenchCode.BELOW_MAXIMUM_CANNOT_BELOW, max.key(), show(max), top.key(), show(top));
        }
        if (min != null && max != null && below(max.value(), min.value())) {
            problems.error(max.source(), BenchCode.BELOW, max.key(), show(max), min.key(), show(min));
        }
    }

    private static boolean below(double a, double b) {
        return a < b - Math.abs(b) * ORDER_TOLERANCE;
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * ORDER_TOLERANCE;
    }

    private static String show(Measurement m) {
        return Numbers.format(m.value()) + " " + m.unit();
    }
}
