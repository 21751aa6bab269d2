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
    /** Sort keys of unrated rows start at this multiple of their status code, after every rated key (0-10,001). */
    private static final long UNRATED_OFFSET = 20_000;

    private BatchStatistics() {
    }

    /**
     * Ranks scenario {@code s}: by score rounded to two decimals (what reports print, so that centers that look
     * tied are tied), highest first, ties sharing the best rank of the group ("1224" competition ranking) and
     * listed by id, then input order. Centers without a score come after, tied among themselves. Centers whose
     * scenario is not rated (not claimed, or too little data reported) are listed apart, after every rated one,
     * with rank 0 (no rank): by status, then score, then id.
     */
    public static BatchResult.Ranking rank(List<BatchRow> rows, int s, String scenario) {
        int n = rows.size();
        // Sort by score with a primitive sort of (inverted score << 32 | row); only runs of equal scores, usually
        // short, are then ordered by id with a comparator. A million rows rank in well under a second.
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            BatchRow row = rows.get(i);
            float v = row.scenario()[s];
            long inverted = Float.isNaN(v) ? 10_001 : 10_000 - Math.round(v * 100.0);
            if (!row.rated(s)) {
                inverted += UNRATED_OFFSET * row.status()[s];
            }
            packed[i] = (inverted << 32) | i;
        }
        Arrays.sort(packed);
        int[] order = new int[n];
        int[] rank = new int[n];
        for (int k = 0; k < n; ) {
            long key = packed[k] >>> 32;
            int end = k + 1;
            while (end < n && packed[end] >>> 32 == key) {
                end++;
            }
            if (end - k > 1) {
                Integer[] run = new Integer[end - k];
                for (int j = k; j < end; j++) {
                    run[j - k] = (int) packed[j];
                }
                Arrays.sort(run, Comparator.<Integer, String>comparing(i -> rows.get(i).id()).thenComparingInt(i -> i));
                for (int j = k; j < end; j++) {
                    order[j] = run[j - k];
                }
            } else {
                order[k] = (int) packed[k];
            }
            boolean rated = key < UNRATED_OFFSET;
            for (int j = k; j < end; j++) {
                rank[j] = rated ? k + 1 : 0;
            }
            k = end;
        }
        return new BatchResult.Ranking(scenario, order, rank);
    }

    /** Hundredths of a point: the precision reports write, at which centers tie. */
    private static final int UNITS = 10_001;

    static int units(float score) {
        return (int) Math.max(0, Math.min(UNITS - 1, Math.round(score * 100.0)));
    }

    /**
     * Standing among peers: per scenario, each rated center's rank among all rated centers and among the rated centers
     * of its scale class (a center not rated in the scenario, as not claiming it, stands nowhere in it), and its percentile in the class (the share of its other members scoring lower at two
     * decimals, ties counted half). Linear in the rows: scores at two decimals are counted, not sorted.
     *
     * @param classes the classes a row's {@link BatchRow#scaleClass()} indexes; a row of class -1 goes to an added
     *                class {@link PeerStanding#UNKNOWN}
     */
    public static PeerStanding standing(List<BatchRow> rows, String metric, List<PeerStanding.ScaleClass> classes,
                                        List<BatchResult.ScenarioInfo> scenarios, dev.cca.rules.Label unknownLabel) {
        int n = rows.size();
        List<PeerStanding.ScaleClass> all = new ArrayList<>(classes);
        byte[] cls = new byte[n];
        boolean unknown = false;
        for (int i = 0; i < n; i++) {
            int c = rows.get(i).scaleClass();
            unknown |= c < 0 || c >= classes.size();
            cls[i] = (byte) (c < 0 || c >= classes.size() ? classes.size() : c);
        }
        if (unknown) {
            all.add(new PeerStanding.ScaleClass(PeerStanding.UNKNOWN, unknownLabel, Double.NaN));
        }
        int nc = all.size();
        List<PeerStanding.ScenarioStanding> out = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            int[] hist = new int[UNITS + 1];
            int[][] classHist = new int[nc][UNITS + 1];
            int[] unit = new int[n];
            int rated = 0;
            for (int i = 0; i < n; i++) {
                float v = rows.get(i).scenario()[s];
                if (Float.isNaN(v) || !rows.get(i).rated(s)) {
                    unit[i] = -1;
                    continue;
                }
                unit[i] = units(v);
                hist[unit[i]]++;
                classHist[cls[i]][unit[i]]++;
                rated++;
            }
            // above[u]: how many score more than u hundredths, overall and per class.
            int[] above = suffixAbove(hist);
            int[][] classAbove = new int[nc][];
            int[] classSize = new int[nc];
            for (int c = 0; c < nc; c++) {
                classAbove[c] = suffixAbove(classHist[c]);
                classSize[c] = classAbove[c][0] + classHist[c][0];
            }
            int[] rank = new int[n];
            int[] classRank = new int[n];
            int[] size = new int[n];
            float[] pct = new float[n];
            for (int i = 0; i < n; i++) {
                int u = unit[i];
                if (u < 0) {
                    pct[i] = Float.NaN;
                    continue;
                }
                int c = cls[i];
                rank[i] = above[u] + 1;
                classRank[i] = classAbove[c][u] + 1;
                size[i] = classSize[c];
                int equal = classHist[c][u] - 1;
                int below = classSize[c] - classAbove[c][u] - classHist[c][u];
                pct[i] = classSize[c] < 2 ? Float.NaN : (float) (100.0 * (below + 0.5 * equal) / (classSize[c] - 1));
            }
            out.add(new PeerStanding.ScenarioStanding(scenarios.get(s).id(), rank, rated, classRank, size, pct));
        }
        return new PeerStanding(metric, List.copyOf(all), cls, out);
    }

    /** {@code out[u]} = the sum of {@code hist[u + 1 ..]}. */
    private static int[] suffixAbove(int[] hist) {
        int[] above = new int[hist.length];
        int acc = 0;
        for (int u = hist.length - 1; u >= 0; u--) {
            above[u] = acc;
            acc += hist[u];
        }
        return above;
    }

    /**
     * Count, mean, median, minimum, maximum and grade distribution of each value of each grouping field, per
     * scenario, plus the whole catalog as field {@code all}. Groups are ordered by field, then value. The
     * statistics and grade counts are over rated centers only; those not claiming the scenario and those with too
     * little data are counted apart.
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
        int[] byStatus = new int[ScenarioStatus.values().length];
        double sum = 0;
        for (BatchRow r : rows) {
            byStatus[r.status()[s]]++;
            if (!r.rated(s)) {
                continue;
            }
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
            return new BatchResult.Aggregate(field, value, scenario, rows.size(), byStatus[0], byStatus[1], byStatus[2],
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, grades);
        }
        float[] sorted = Arrays.copyOf(v, n);
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + (double) sorted[n / 2]) / 2;
        return new BatchResult.Aggregate(field, value, scenario, rows.size(), byStatus[0], byStatus[1], byStatus[2], sum / n,
                median, sorted[0], sorted[n - 1], grades);
    }
}
