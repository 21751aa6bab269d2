package dev.cca.result;

import dev.cca.rules.Label;
import java.util.List;

/**
 * How far the grades and ranks of a catalog hold when the rule set's judgements vary: an uncertainty and
 * sensitivity analysis ({@code --robustness N}) of N re-scorings with other weights, the other aggregation of
 * tables and the other missing-data policy. What every writer reads (Markdown, JSON, a workbook's interval chart).
 *
 * <p>Per-center numbers are columnar: {@code scenarios().get(s).rankLow()[i]} is center {@code i}'s, where
 * {@code i} is its index in {@link BatchResult#rows()} (for a catalog) or in {@link AssessmentResult#centers()}
 * (for {@code cca assess --peers}). A center without a score in a scenario is not rated there: it takes part in
 * no rank, and its entries are NaN (floats) or 0 (ints).
 *
 * @param settings  what was varied, how often, and how the percentiles were computed
 * @param scenarios one per scoring scenario of the rule set, in its order
 */
public record Robustness(Settings settings, List<ScenarioStats> scenarios) {

    /**
     * @param variations       re-scorings
     * @param seed             the random seed; the same seed gives the same numbers
     * @param distribution     {@code uniform-factor} or {@code dirichlet}
     * @param spread           uniform-factor: each weight times a factor in [1 - spread, 1 + spread]
     * @param concentration    dirichlet: the concentration around the nominal shares
     * @param aggregation      the aggregations a variation picks from ({@code weighted-mean}, {@code weighted-geometric-mean})
     * @param metricMissing    the missing-data policies of metrics a variation picks from ({@code zero}, {@code exclude})
     * @param indicatorMissing the same for indicators
     * @param lowPercentile    the intervals run from this percentile ...
     * @param highPercentile   ... to this one
     * @param scoreBins        per center, the bins of the score histogram: intervals are exact to 0.01 points for a
     *                         center whose scores span fewer than {@code scoreBins} hundredths, else within one bin
     * @param rankBins         the same for ranks (exact when a center's ranks span fewer than this many places)
     */
    public record Settings(int variations, long seed, String distribution, double spread, double concentration,
                           List<String> aggregation, List<String> metricMissing, List<String> indicatorMissing,
                           int lowPercentile, int highPercentile, int scoreBins, int rankBins) {
    }

    /**
     * One judgement that varies, and how much of the ranking's variation it explains on its own.
     *
     * @param id         a stable name: {@code weight:METRIC@INDICATOR}, {@code weight:INDICATOR@TABLE/SCENARIO},
     *                   {@code weight:TABLE/SCENARIO}, {@code aggregation}, {@code missing:metric}, {@code missing:indicator}
     * @param kind       {@code metric-weight}, {@code indicator-weight}, {@code table-weight}, {@code aggregation} or
     *                   {@code missing}
     * @param label      what it is, in both languages
     * @param firstOrder its first-order sensitivity index (0-1) on the mean shift in ranks
     * @param givenChoices for a weight, its first-order index once the effect of the discrete choices (aggregation,
     *                   missing-data policy) is removed: which weights matter whichever way the choices go; NaN for a
     *                   choice, or when no choice varies
     */
    public record Factor(String id, String kind, Label label, double firstOrder, double givenChoices) {
    }

    /**
     * One scenario's numbers.
     *
     * @param rated         centers with a score in this scenario (the others are in no rank)
     * @param meanRankShift the average over variations of the mean absolute change of a center's rank (the OECD/JRC
     *                      Handbook's average shift in ranks)
     * @param noiseFloor    first-order indices below this are what chance alone gives with this many variations
     * @param sensitivity   the factors: the choices, most influential first, then the weights, most influential given the
     *                      choices first
     * @param gradeHeld     per center: the share (0-1) of variations in which it kept its grade
     * @param scoreLow      per center: the low percentile of its score, or its score when lower
     * @param scoreHigh     per center: the high percentile of its score, or its score when higher
     * @param rank          per center: its rank under the rule set's judgements, among rated centers
     * @param rankLow       per center: the best (smallest) rank of its interval, widened to include {@code rank}
     * @param rankHigh      per center: the worst (largest) rank of its interval, widened to include {@code rank}
     * @param settled       per center: whether its rank interval overlaps no other rated center's, so that its place
     *                      in the order is settled; where false, it is tied with its neighbours within their intervals
     */
    public record ScenarioStats(String scenario, int rated, double meanRankShift, double noiseFloor, List<Factor> sensitivity,
                                float[] gradeHeld, float[] scoreLow, float[] scoreHigh, int[] rank, int[] rankLow,
                                int[] rankHigh, boolean[] settled) {

        public boolean isRated(int i) {
            return rank[i] > 0;
        }

        /** The same numbers for some centers only ({@code rows[k]} becomes center {@code k}). */
        public ScenarioStats select(int[] rows) {
            int n = rows.length;
            float[] gh = new float[n];
            float[] sl = new float[n];
            float[] sh = new float[n];
            int[] rk = new int[n];
            int[] rl = new int[n];
            int[] rh = new int[n];
            boolean[] st = new boolean[n];
            for (int k = 0; k < n; k++) {
                int i = rows[k];
                gh[k] = gradeHeld[i];
                sl[k] = scoreLow[i];
                sh[k] = scoreHigh[i];
                rk[k] = rank[i];
                rl[k] = rankLow[i];
                rh[k] = rankHigh[i];
                st[k] = settled[i];
            }
            return new ScenarioStats(scenario, rated, meanRankShift, noiseFloor, sensitivity, gh, sl, sh, rk, rl, rh, st);
        }
    }

    /** The same analysis for some centers only ({@code rows[k]} becomes center {@code k}). */
    public Robustness select(int[] rows) {
        return new Robustness(settings, scenarios.stream().map(s -> s.select(rows)).toList());
    }
}
