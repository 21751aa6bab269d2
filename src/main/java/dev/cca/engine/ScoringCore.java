package dev.cca.engine;

import dev.cca.result.ScenarioStatus;
import dev.cca.rules.RuleSet;

/**
 * The columnar scoring core. Every stage is a loop over the primitive arrays of one chunk: curves per term,
 * then, fused into one pass per term, the evidence factor and the indicator's weighted sums; then tables,
 * scenarios, grades and caps. There is no per-center object, no boxing and no map lookup here; a single
 * assessment is a chunk of one row through the same code.
 *
 * <p>Missing data costs no branch: a missing cell has evidence code 0 and value 0, and the code indexes
 * four-entry tables: with the cell's evidence strength (how much its age has left of its premium over a
 * declaration, see {@link Batch}) they give its factor, {@code base + premium x strength}, which is 0 for code 0,
 * and its evidence-coverage weight; alone they give the weight the cell adds to the denominator and whether it
 * counts as present. The price is a few table reads per cell, which are in L1; the gain is loops whose speed
 * does not depend on where the gaps in a catalog are. Passes per chunk: one
 * or two per term (a catalog run, which keeps no term scores, fuses curve and accumulation), one per weighted
 * indicator use, and a few per table and scenario; one more per term for the reported share (over evidence
 * codes only). See {@code ScoringCoreBenchmark} and {@code src/bench/core.sh} for measured rates.
 */
public final class ScoringCore {

    /** Added to a term score to mark it missing (NaN) or not (0), by evidence code. */
    private static final double[] NAN_IF_MISSING = {Double.NaN, 0, 0, 0};
    /** 1 when the cell has a value, by evidence code. */
    private static final double[] PRESENT = {0, 1, 1, 1};

    private ScoringCore() {
    }

    public static void score(Plan p, Batch in, Scores out) {
        int n = in.size;
        if (n > out.capacity) {
            throw new IllegalArgumentException("scores hold " + out.capacity + " rows, batch has " + n);
        }
        out.size = n;
        indicators(p, in, out, n);
        reported(p, in, out, n);
        aggregate(p, in, out);
    }

    /**
     * Recomputes tables, scenarios, grades and caps from the indicator scores already in {@code out}. Gap
     * analysis calls this after setting an indicator to its best score, so that "what if" answers come from
     * the same arithmetic as the scores themselves.
     */
    public static void aggregate(Plan p, Batch in, Scores out) {
        aggregate(p, in, out, true);
    }

    /**
     * As {@link #aggregate(Plan, Batch, Scores)}; without {@code ratings}, the reported shares and statuses are left
     * alone (a re-scoring under other weights keeps the rule set's ratings, see {@link Rescorer}).
     */
    static void aggregate(Plan p, Batch in, Scores out, boolean ratings) {
        int n = out.size;
        for (int s = 0; s < p.scenarioIds.length; s++) {
            tables(p, out, s, n, ratings);
            scenario(p, out, s, n, ratings);
            grades(p, in, out, s, n);
            if (ratings) {
                status(p, in, out, s, n);
            }
        }
    }

    /** Per indicator: each term's curve into scratch, then one fused pass that weights and sums it. */
    private static void indicators(Plan p, Batch in, Scores out, int n) {
        double[] num = out.num;
        double[] den = out.den;
        double[] pres = out.present;
        double[] curve = out.curve;
        double missingIndicator = p.indicatorExcludeMissing ? Double.NaN : 0.0;
        double[] denW = new double[4];
        double[] covW = new double[4];
        double[] base = p.evidenceBase.clone();
        base[0] = 0.0;  // a missing cell's factor is 0
        double[] premium = p.evidencePremium.clone();
        premium[0] = 0.0;
        // A catalog run needs neither each term's score nor, when an indicator with no value scores 0 (the default),
        // a count of present metrics: with every missing metric weighing in at 0, such an indicator's mean is 0
        // anyway (and if all its metrics are excluded, den is 0 and the check below gives the same 0).
        boolean lean = !out.keepTerms && !p.indicatorExcludeMissing;
        for (int k = 0; k < p.indTermFrom.length; k++) {
            double[] cov = out.indicatorCoverage[k];
            double termSum = p.indTermWeightSum[k];
            for (int t = p.indTermFrom[k]; t < p.indTermTo[k]; t++) {
                int c = p.termColumn[t];
                double[] x = in.value[c];
                byte[] ev = in.evidence[c];
                float[] st = in.strength[c];
                double w = p.termWeight[t];
                denW[0] = p.termExcludeMissing[t] ? 0.0 : w;
                denW[1] = w;
                denW[2] = w;
                denW[3] = w;
                for (int e = 0; e < 4; e++) {
                    covW[e] = p.evidenceEarned[e] * w / termSum;
                }
                covW[0] = 0.0;
                boolean first = t == p.indTermFrom[k];
                if (lean) {
                    if (first) {
                        java.util.Arrays.fill(num, 0, n, 0.0);
                        java.util.Arrays.fill(cov, 0, n, 0.0);
                    }
                    p.termCurve[t].accumulate(x, ev, st, base, premium, w, covW, num, cov, curve, n);
                } else {
                    p.termCurve[t].evalInto(x, curve, n);
                    accumulate(curve, ev, st, base, premium, w, denW, covW, out.keepTerms ? out.term[t] : out.termScratch, num, den,
                            pres, cov, n, first);
                }
            }
            double[] ind = out.indicator[k];
            if (lean && !p.indHasExcluded[k]) {
                // Every missing metric weighs in at 0, so the denominator is the same for every center.
                double inv = 1.0 / p.indTermWeightSum[k];
                for (int i = 0; i < n; i++) {
                    ind[i] = num[i] * inv;
                }
            } else if (lean) {
                // Metrics whose weight drops out when missing: the denominator counts only those present.
                double fixed = 0;
                for (int t = p.indTermFrom[k]; t < p.indTermTo[k]; t++) {
                    fixed += p.termExcludeMissing[t] ? 0.0 : p.termWeight[t];
                }
                java.util.Arrays.fill(den, 0, n, fixed);
                for (int t = p.indTermFrom[k]; t < p.indTermTo[k]; t++) {
                    if (p.termExcludeMissing[t]) {
                        byte[] ev = in.evidence[p.termColumn[t]];
                        double w = p.termWeight[t];
                        for (int i = 0; i < n; i++) {
                            den[i] += ev[i] != 0 ? w : 0.0;
                        }
                    }
                }
                for (int i = 0; i < n; i++) {
                    ind[i] = den[i] > 0 ? num[i] / den[i] : 0.0;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    ind[i] = pres[i] > 0 ? num[i] / den[i] : missingIndicator;
                }
            }
        }
    }

    /**
     * Per indicator, the share of its weight with a value: present metrics over present plus missing ones, where a
     * missing metric whose weight drops out ({@code missing: exclude}, an alternative) does not count against it.
     * Independent of curves and evidence, so one pass over the evidence codes per term.
     */
    private static void reported(Plan p, Batch in, Scores out, int n) {
        double[] num = out.num;
        double[] den = out.den;
        for (int k = 0; k < p.indTermFrom.length; k++) {
            double[] r = out.indicatorReported[k];
            java.util.Arrays.fill(r, 0, n, 0.0);
            if (!p.indHasExcluded[k]) {
                for (int t = p.indTermFrom[k]; t < p.indTermTo[k]; t++) {
                    byte[] ev = in.evidence[p.termColumn[t]];
                    double share = p.termWeight[t] / p.indTermWeightSum[k];
                    for (int i = 0; i < n; i++) {
                        r[i] += share * PRESENT[ev[i]];
                    }
                }
                continue;
            }
            java.util.Arrays.fill(num, 0, n, 0.0);
            java.util.Arrays.fill(den, 0, n, 0.0);
            for (int t = p.indTermFrom[k]; t < p.indTermTo[k]; t++) {
                byte[] ev = in.evidence[p.termColumn[t]];
                double w = p.termWeight[t];
                double missingW = p.termExcludeMissing[t] ? 0.0 : w;
                for (int i = 0; i < n; i++) {
                    double present = PRESENT[ev[i]];
                    num[i] += w * present;
                    den[i] += present > 0 ? w : missingW;
                }
            }
            for (int i = 0; i < n; i++) {
                r[i] = den[i] > 0 ? num[i] / den[i] : 0.0;
            }
        }
    }

    /** Weighs one term into its indicator's sums, keeping the term's score and the count of present metrics. */
    private static void accumulate(double[] curve, byte[] ev, float[] st, double[] base, double[] premium, double w, double[] denW,
                                   double[] covW, double[] store, double[] num, double[] den, double[] pres, double[] cov, int n,
                                   boolean first) {
        if (first) {
            for (int i = 0; i < n; i++) {
                int e = ev[i];
                double s = st[i];
                double sc = curve[i] * (base[e] + premium[e] * s);
                store[i] = sc + NAN_IF_MISSING[e];
                num[i] = w * sc;
                den[i] = denW[e];
                pres[i] = PRESENT[e];
                cov[i] = covW[e] * s;
            }
        } else {
            for (int i = 0; i < n; i++) {
                int e = ev[i];
                double s = st[i];
                double sc = curve[i] * (base[e] + premium[e] * s);
                store[i] = sc + NAN_IF_MISSING[e];
                num[i] += w * sc;
                den[i] += denW[e];
                pres[i] += PRESENT[e];
                cov[i] += covW[e] * s;
            }
        }
    }

    private static void tables(Plan p, Scores out, int s, int n, boolean ratings) {
        double[] num = out.num;
        double[] den = out.den;
        for (int t = 0; t < p.tableIds.length; t++) {
            int[] uses = p.useIndicator[s][t];
            double[] weights = p.useWeight[s][t];
            double[] tab = out.table[s][t];
            double[] cov = out.coverage[s][t];
            double[] rep = out.tableReported[s][t];
            java.util.Arrays.fill(cov, 0, n, 0.0);
            if (ratings) {
                java.util.Arrays.fill(rep, 0, n, 0.0);
            }
            if (uses.length == 0) {
                java.util.Arrays.fill(tab, 0, n, Double.NaN);
                continue;
            }
            double wsum = p.useWeightSum[s][t];
            for (int u = 0; u < uses.length && ratings; u++) {
                double share = weights[u] / wsum;
                double[] ir = out.indicatorReported[uses[u]];
                for (int i = 0; i < n; i++) {
                    rep[i] += share * ir[i];
                }
            }
            if (!p.indicatorExcludeMissing) {
                // Indicators always have a score: a plain weighted mean.
                java.util.Arrays.fill(num, 0, n, 0.0);
                for (int u = 0; u < uses.length; u++) {
                    double w = weights[u] / wsum;
                    double[] ind = out.indicator[uses[u]];
                    double[] ic = out.indicatorCoverage[uses[u]];
                    for (int i = 0; i < n; i++) {
                        num[i] += w * ind[i];
                        cov[i] += w * ic[i];
                    }
                }
                System.arraycopy(num, 0, tab, 0, n);
            } else {
                java.util.Arrays.fill(num, 0, n, 0.0);
                java.util.Arrays.fill(den, 0, n, 0.0);
                for (int u = 0; u < uses.length; u++) {
                    double w = weights[u];
                    double share = w / wsum;
                    double[] ind = out.indicator[uses[u]];
                    double[] ic = out.indicatorCoverage[uses[u]];
                    for (int i = 0; i < n; i++) {
                        double v = ind[i];
                        if (v == v) {
                            num[i] += w * v;
                            den[i] += w;
                        }
                        cov[i] += share * ic[i];
                    }
                }
                for (int i = 0; i < n; i++) {
                    tab[i] = den[i] > 0 ? num[i] / den[i] : Double.NaN;
                }
            }
        }
    }

    private static void scenario(Plan p, Scores out, int s, int n, boolean ratings) {
        double[] num = out.num;
        double[] den = out.den;
        java.util.Arrays.fill(num, 0, n, 0.0);
        java.util.Arrays.fill(den, 0, n, 0.0);
        double[] cov = out.scenarioCoverage[s];
        double[] rep = out.reported[s];
        java.util.Arrays.fill(cov, 0, n, 0.0);
        java.util.Arrays.fill(rep, 0, n, 0.0);
        double totalW = 0;
        for (int t = 0; t < p.tableIds.length; t++) {
            totalW += p.tableWeight[s][t];
        }
        boolean geo = p.geometric[s];
        for (int t = 0; t < p.tableIds.length; t++) {
            double w = p.tableWeight[s][t];
            if (w <= 0) {
                continue;
            }
            double[] tab = out.table[s][t];
            double[] tcov = out.coverage[s][t];
            double[] trep = out.tableReported[s][t];
            double share = w / totalW;
            for (int i = 0; i < n; i++) {
                double x = tab[i];
                if (x == x) {
                    num[i] += geo ? w * Math.log(x) : w * x;
                    den[i] += w;
                }
                cov[i] += share * tcov[i];
            }
            for (int i = 0; i < n && ratings; i++) {
                rep[i] += share * trep[i];
            }
        }
        double[] sc = out.scenario[s];
        for (int i = 0; i < n; i++) {
            double v = den[i] > 0 ? num[i] / den[i] : Double.NaN;
            sc[i] = geo && v == v ? Math.exp(v) : v;
        }
    }

    private static void grades(Plan p, Batch in, Scores out, int s, int n) {
        double[] sc = out.scenario[s];
        int[] grade = out.grade[s];
        int[] uncapped = out.uncappedGrade[s];
        long[] held = out.capsHeld[s];
        double[] mins = p.gradeMin;
        int[] numbers = p.gradeNumber;
        for (int i = 0; i < n; i++) {
            double v = sc[i];
            int g = p.lowestGrade;
            for (int k = mins.length - 1; k >= 0; k--) {
                g = v >= mins[k] ? numbers[k] : g;
            }
            grade[i] = g;
            uncapped[i] = g;
            held[i] = 0L;
        }
        for (int c = 0; c < p.caps.length; c++) {
            if (!p.capApplies[c][s]) {
                continue;
            }
            RuleSet.Condition cond = p.caps[c].when();
            int max = p.caps[c].maxGrade();
            long bit = 1L << c;
            double th = cond.threshold();
            switch (cond.kind()) {
                case METRIC_MISSING -> {
                    double[] v = in.value[p.capColumn[c]];
                    byte[] ev = in.evidence[p.capColumn[c]];
                    // A capability list with no items counts as missing; a number 0 does not.
                    boolean list = p.capListColumn[c];
                    for (int i = 0; i < n; i++) {
                        if (ev[i] == 0 || (list && v[i] == 0)) {
                            apply(grade, held, i, max, bit);
                        }
                    }
                }
                case METRIC_BELOW -> {
                    double[] v = in.value[p.capColumn[c]];
                    byte[] ev = in.evidence[p.capColumn[c]];
                    for (int i = 0; i < n; i++) {
                        if (ev[i] == 0 || v[i] < th) {
                            apply(grade, held, i, max, bit);
                        }
                    }
                }
                case METRIC_AT_LEAST -> {
                    double[] v = in.value[p.capColumn[c]];
                    byte[] ev = in.evidence[p.capColumn[c]];
                    for (int i = 0; i < n; i++) {
                        if (ev[i] != 0 && v[i] >= th) {
                            apply(grade, held, i, max, bit);
                        }
                    }
                }
                case INDICATOR_BELOW -> {
                    double[] v = out.indicator[p.capIndicator[c]];
                    for (int i = 0; i < n; i++) {
                        if (!(v[i] >= th)) {
                            apply(grade, held, i, max, bit);
                        }
                    }
                }
                case EVIDENCE_COVERAGE_BELOW -> {
                    double[] v = out.scenarioCoverage[s];
                    for (int i = 0; i < n; i++) {
                        if (v[i] < th) {
                            apply(grade, held, i, max, bit);
                        }
                    }
                }
            }
        }
    }

    /**
     * A scenario the center does not claim is "not claimed"; one with less of its weight reported than the rule
     * set asks is "insufficient data"; otherwise its grade stands. The tolerance keeps a share that is exactly
     * the threshold (a sum of weight shares, say 0.5) from missing it by a rounding error.
     */
    private static void status(Plan p, Batch in, Scores out, int s, int n) {
        byte[] st = out.status[s];
        double[] rep = out.reported[s];
        int bit = 1 << s;
        double min = p.minReported - 1e-9;
        byte rated = ScenarioStatus.RATED.code();
        byte notClaimed = ScenarioStatus.NOT_CLAIMED.code();
        byte insufficient = ScenarioStatus.INSUFFICIENT_DATA.code();
        for (int i = 0; i < n; i++) {
            st[i] = (in.claims[i] & bit) == 0 ? notClaimed : rep[i] >= min ? rated : insufficient;
        }
    }

    private static void apply(int[] grade, long[] held, int i, int max, long bit) {
        held[i] |= bit;
        if (grade[i] > max) {
            grade[i] = max;
        }
    }
}
