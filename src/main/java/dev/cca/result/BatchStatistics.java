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
    public static BatchResult.Ranking rank(BatchRows rows, int s, String scenario) {
        return rank(rows, s, scenario, idOrder(rows));
    }

    /**
     * The rows in the order of their ids, then of their positions (the order tied centers are listed in): {@code
     * order[k]} is the row of the k-th id. One sort of the ids, shared by the rankings of every scenario; a catalog
     * whose ids come in order (as most exports write them) sorts in one pass.
     */
    public static int[] idOrder(BatchRows rows) {
        int n = rows.size();
        Integer[] byId = new Integer[n];
        for (int i = 0; i < n; i++) {
            byId[i] = i;
        }
        Arrays.sort(byId, Comparator.<Integer, String>comparing(rows::id, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(i -> i));
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = byId[k];
        }
        return order;
    }

    /** As {@link #rank(BatchRows, int, String)}, with the rows' {@link #idOrder}. */
    public static BatchResult.Ranking rank(BatchRows rows, int s, String scenario, int[] idOrder) {
        int n = rows.size();
        // One primitive sort of (inverted score << 32 | position in id order): ties come out by id, then row.
        long[] packed = new long[n];
        for (int k = 0; k < n; k++) {
            int i = idOrder[k];
            float v = rows.scenario(i, s);
            long inverted = Float.isNaN(v) ? 10_001 : 10_000 - Math.round(v * 100.0);
            if (!rows.rated(i, s)) {
                inverted += UNRATED_OFFSET * rows.statusCode(i, s);
            }
            packed[k] = (inverted << 32) | k;
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
            boolean rated = key < UNRATED_OFFSET;
            for (int j = k; j < end; j++) {
                order[j] = idOrder[(int) packed[j]];
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
     * @param classes the classes a row's {@link BatchRows#scaleClass} indexes; a row of class -1 goes to an added
     *                class {@link PeerStanding#UNKNOWN}
     */
    public static PeerStanding standing(BatchRows rows, String metric, List<PeerStanding.ScaleClass> classes,
                                        List<BatchResult.ScenarioInfo> scenarios, dev.cca.rules.Label unknownLabel) {
        int n = rows.size();
        List<PeerStanding.ScaleClass> all = new ArrayList<>(classes);
        byte[] cls = new byte[n];
        boolean unknown = false;
        for (int i = 0; i < n; i++) {
            int c = rows.scaleClass(i);
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
                float v = rows.scenario(i, s);
                if (Float.isNaN(v) || !rows.rated(i, s)) {
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
     * little data are counted apart. Linear in the rows: each field's rows are bucketed by value once (a counting
     * sort over the values' pool indexes), and each median is a selection, not a sort.
     */
    public static List<BatchResult.Aggregate> aggregate(BatchRows rows, List<String> fields,
                                                        List<BatchResult.ScenarioInfo> scenarios, int maxGrade) {
        List<BatchResult.Aggregate> out = new ArrayList<>();
        int n = rows.size();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        float[] scratch = new float[n];
        for (int s = 0; s < scenarios.size(); s++) {
            out.add(stats("all", "all", scenarios.get(s).id(), rows, all, 0, n, s, maxGrade, scratch));
        }
        BatchRows.Pool pool = rows.pool();
        int[] order = new int[n];
        for (int g = 0; g < fields.size(); g++) {
            // Bucket the rows by the pool index of their value (index 0 for none, index + 1 for a value), in row order.
            int values = pool.size() + 1;
            int[] start = new int[values + 1];
            for (int i = 0; i < n; i++) {
                start[rows.groupIndex(i, g) + 2]++;
            }
            for (int v = 0; v < values; v++) {
                start[v + 1] += start[v];
            }
            int[] next = java.util.Arrays.copyOf(start, values);
            for (int i = 0; i < n; i++) {
                order[next[rows.groupIndex(i, g) + 1]++] = i;
            }
            // Groups by value as shown (absent as NONE, merged with a value spelled so), in the order of their text.
            Map<String, List<Integer>> byValue = new TreeMap<>();
            for (int v = 0; v < values; v++) {
                if (start[v + 1] > start[v]) {
                    byValue.computeIfAbsent(v == 0 ? NONE : pool.get(v - 1), k -> new ArrayList<>()).add(v);
                }
            }
            for (var e : byValue.entrySet()) {
                int[] members = order;
                int from = start[e.getValue().get(0)];
                int to = start[e.getValue().get(0) + 1];
                if (e.getValue().size() > 1) {
                    // The absent value and a value written as NONE: one group, its rows in row order.
                    int count = 0;
                    for (int v : e.getValue()) {
                        count += start[v + 1] - start[v];
                    }
                    members = new int[count];
                    int k = 0;
                    for (int v : e.getValue()) {
                        for (int j = start[v]; j < start[v + 1]; j++) {
                            members[k++] = order[j];
                        }
                    }
                    java.util.Arrays.sort(members);
                    from = 0;
                    to = count;
                }
                for (int s = 0; s < scenarios.size(); s++) {
                    out.add(stats(fields.get(g), e.getKey(), scenarios.get(s).id(), rows, members, from, to, s, maxGrade, scratch));
                }
            }
        }
        return out;
    }

    /** The statistics of rows {@code members[from..to)}; {@code scratch} holds at least {@code to - from} values. */
    private static BatchResult.Aggregate stats(String field, String value, String scenario, BatchRows rows, int[] members,
                                               int from, int to, int s, int maxGrade, float[] scratch) {
        int n = 0;
        int[] grades = new int[maxGrade + 1];
        int[] byStatus = new int[ScenarioStatus.values().length];
        double sum = 0;
        for (int j = from; j < to; j++) {
            int r = members[j];
            byStatus[rows.statusCode(r, s)]++;
            if (!rows.rated(r, s)) {
                continue;
            }
            float x = rows.scenario(r, s);
            int g = rows.grade(r, s);
            if (g >= 0 && g <= maxGrade) {
                grades[g]++;
            }
            if (!Float.isNaN(x)) {
                scratch[n++] = x;
                sum += x;
            }
        }
        int count = to - from;
        if (n == 0) {
            return new BatchResult.Aggregate(field, value, scenario, count, byStatus[0], byStatus[1], byStatus[2],
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, grades);
        }
        float min = Selection.min(scratch, n);
        float max = Selection.max(scratch, n);
        double median = Selection.median(scratch, n);
        return new BatchResult.Aggregate(field, value, scenario, count, byStatus[0], byStatus[1], byStatus[2], sum / n,
                median, min, max, grades);
    }
}
