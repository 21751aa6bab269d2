package dev.cca.result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Rankings and group aggregates of a catalog's rows: pure functions of the rows. */
public final class BatchStatistics {

    /** Shown for rows without a value in a grouping field. */
    public static final String NONE = "(none)";

    private BatchStatistics() {
    }

    /**
     * Ranks scenario {@code s}: by score rounded to two decimals (what reports print, so that centers that look
     * tied are tied), highest first, ties sharing the best rank of the group ("1224" competition ranking) and
     * listed by id, then input order. Centers without a score come last, unranked ties among themselves.
     */
    public static BatchResult.Ranking rank(List<BatchRow> rows, int s, String scenario) {
        int n = rows.size();
        Integer[] idx = new Integer[n];
        long[] key = new long[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
            float v = rows.get(i).scenario()[s];
            key[i] = Float.isNaN(v) ? Long.MIN_VALUE : Math.round(v * 100.0);
        }
        Arrays.sort(idx, Comparator.<Integer>comparingLong(i -> -key[i])
                .thenComparing(i -> rows.get(i).id())
                .thenComparingInt(i -> i));
        int[] order = new int[n];
        int[] rank = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = idx[k];
            rank[k] = k > 0 && key[idx[k]] == key[idx[k - 1]] ? rank[k - 1] : k + 1;
        }
        return new BatchResult.Ranking(scenario, order, rank);
    }

    /**
     * Count, mean, median, minimum, maximum and grade distribution of each value of each grouping field, per
     * scenario, plus the whole catalog as field {@code all}. Groups are ordered by field, then value.
     */
    public static List<BatchResult.Aggregate> aggregate(List<BatchRow> rows, List<String> fields,
                                                        List<BatchResult.ScenarioInfo> scenarios, int maxGrade) {
        List<BatchResult.Aggregate> out = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            out.add(stats("all", "all", scenarios.get(s).id(), rows, s, maxGrade));
        }
        for (int g = 0; g < fields.size(); g++) {
            Map<String, List<BatchRow>> byValue = new TreeMap<>();
            for (BatchRow r : rows) {
                String v = r.group(g);
                byValue.computeIfAbsent(v == null ? NONE : v, k -> new ArrayList<>()).add(r);
            }
            for (var e : byValue.entrySet()) {
                for (int s = 0; s < scenarios.size(); s++) {
                    out.add(stats(fields.get(g), e.getKey(), scenarios.get(s).id(), e.getValue(), s, maxGrade));
                }
            }
        }
        return out;
    }

    private static BatchResult.Aggregate stats(String field, String value, String scenario, List<BatchRow> rows, int s,
                                               int maxGrade) {
        float[] v = new float[rows.size()];
        int n = 0;
        int[] grades = new int[maxGrade + 1];
        double sum = 0;
        for (BatchRow r : rows) {
            float x = r.scenario()[s];
            int g = r.grade()[s];
            if (g >= 0 && g <= maxGrade) {
                grades[g]++;
            }
            if (!Float.isNaN(x)) {
                v[n++] = x;
                sum += x;
            }
        }
        if (n == 0) {
            return new BatchResult.Aggregate(field, value, scenario, rows.size(), Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, grades);
        }
        float[] sorted = Arrays.copyOf(v, n);
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + (double) sorted[n / 2]) / 2;
        return new BatchResult.Aggregate(field, value, scenario, rows.size(), sum / n, median, sorted[0], sorted[n - 1],
                grades);
    }
}
