package dev.cca.result;

import dev.cca.rules.Label;
import java.util.List;

/**
 * Standing among peers: where each center stands among the centers of its scale class in each scenario, beside
 * its absolute grade, as SemiAnalysis's ClusterMAX ranks GPU clouds against each other. Scale classes come from
 * the rule set ({@code robustness.peers}: the CAICT report's E-level and 100-PFLOPS-level centers by default).
 *
 * <p>Per-center numbers are columnar, indexed like {@link Robustness}: by {@link BatchResult#rows()} for a
 * catalog, by {@link AssessmentResult#centers()} for {@code cca assess --peers}.
 *
 * @param metric     the metric that decides a center's class, or null when every center is in one class
 * @param classes    the classes, largest scale first; the last is {@link #UNKNOWN} when some center's scale is not given
 * @param scaleClass per center: its index in {@code classes}
 * @param scenarios  one per scoring scenario
 */
public record PeerStanding(String metric, List<ScaleClass> classes, byte[] scaleClass, List<ScenarioStanding> scenarios) {

    /** The id of the class of centers whose scale is not given. */
    public static final String UNKNOWN = "unknown";

    /** A scale class: its id, names, and the least value of the metric it takes (NaN for {@link #UNKNOWN}). */
    public record ScaleClass(String id, Label label, double atLeast) {
    }

    /**
     * @param rank       per center: its rank among all rated centers (0 when not rated)
     * @param of         rated centers in the scenario
     * @param classRank  per center: its rank ("1224" competition ranking on the score at two decimals) among the
     *                   rated centers of its class, 0 when not rated
     * @param classSize  per center: rated centers in its class (itself included)
     * @param percentile per center: the share of the other rated centers of its class that score lower, ties counted
     *                   half, 0-100; NaN when not rated or alone in its class
     */
    public record ScenarioStanding(String scenario, int[] rank, int of, int[] classRank, int[] classSize, float[] percentile) {

        ScenarioStanding select(int[] rows) {
            int n = rows.length;
            int[] r = new int[n];
            int[] cr = new int[n];
            int[] cs = new int[n];
            float[] pc = new float[n];
            for (int k = 0; k < n; k++) {
                r[k] = rank[rows[k]];
                cr[k] = classRank[rows[k]];
                cs[k] = classSize[rows[k]];
                pc[k] = percentile[rows[k]];
            }
            return new ScenarioStanding(scenario, r, of, cr, cs, pc);
        }
    }

    public ScaleClass classOf(int i) {
        return classes.get(scaleClass[i]);
    }

    /** The same standing for some centers only ({@code rows[k]} becomes center {@code k}). */
    public PeerStanding select(int[] rows) {
        byte[] sc = new byte[rows.length];
        for (int k = 0; k < rows.length; k++) {
            sc[k] = scaleClass[rows[k]];
        }
        return new PeerStanding(metric, classes, sc, scenarios.stream().map(s -> s.select(rows)).toList());
    }
}
