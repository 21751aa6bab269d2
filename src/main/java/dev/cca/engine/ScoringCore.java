package dev.cca.engine;

import dev.cca.rules.RuleSet;

/**
 * The columnar scoring core. Every stage is a loop over primitive arrays of one chunk: curves per term,
 * weighted means per indicator, table and scenario, then grades and caps. There is no per-center object,
 * no boxing and no map lookup here; a single assessment is a chunk of one row through the same code.
 *
 * <p>Cost: about (terms + indicator uses + tables) passes over the chunk. Chunks of a few thousand rows
 * keep every array in cache, so the passes run at memory-bandwidth-free speed; see the JMH benchmark
 * {@code ScoringCoreBenchmark} for measured rates.
 */
public final class ScoringCore {

    private ScoringCore() {
    }

    public static void score(Plan p, Batch in, Scores out) {
        int n = in.size;
        if (n > out.capacity) {
            throw new IllegalArgumentException("scores hold " + out.capacity + " rows, batch has " + n);
        }
        out.size = n;
        terms(p, in, out, n);
        indicators(p, out, n);
        aggregate(p, in, out);
    }

    /**
     * Recomputes tables, scenarios, grades and caps from the indicator scores already in {@code out}. Gap
     * analysis calls this after setting an indicator to its best score, so that "what if" answers come from
     * the same arithmetic as the scores themselves.
     */
    public static void aggregate(Plan p, Batch in, Scores out) {
        int n = out.size;
        for (int s = 0; s < p.scenarioIds.length; s++) {
            tables(p, in, out, s, n);
            scenario(p, out, s, n);
            grades(p, in, out, s, n);
        }
    }

    /** Curve, then evidence factor. NaN (missing) passes through both untouched. */
    private static void terms(Plan p, Batch in, Scores out, int n) {
        double[] factor = p.evidenceFactor;
        for (int t = 0; t < p.termColumn.length; t++) {
            int c = p.termColumn[t];
            double[] score = out.term[t];
            p.termCurve[t].evalInto(in.value[c], score, n);
            byte[] ev = in.evidence[c];
            for (int i = 0; i < n; i++) {
                score[i] *= factor[ev[i]];
            }
        }
    }

    private static void indicators(Plan p, Scores out, int n) {
        double[] num = out.num;
        double[] den = out.den;
        double[] pres = out.present;
        double missingIndicator = p.indicatorExcludeMissing ? Double.NaN : 0.0;
        for (int k = 0; k < p.indTermFrom.length; k++) {
            java.util.Arrays.fill(num, 0, n, 0.0);
            java.util.Arrays.fill(den, 0, n, 0.0);
            java.util.Arrays.fill(pres, 0, n, 0.0);
            for (int t = p.indTermFrom[k]; t < p.indTermTo[k]; t++) {
                double w = p.termWeight[t];
                double wMissing = p.termExcludeMissing[t] ? 0.0 : w;
                double[] score = out.term[t];
                for (int i = 0; i < n; i++) {
                    double s = score[i];
                    if (s == s) {
                        num[i] += w * s;
                        den[i] += w;
                        pres[i] += 1.0;
                    } else {
                        den[i] += wMissing;
                    }
                }
            }
            double[] ind = out.indicator[k];
            for (int i = 0; i < n; i++) {
                ind[i] = pres[i] > 0 ? num[i] / den[i] : missingIndicator;
            }
        }
    }

    private static void tables(Plan p, Batch in, Scores out, int s, int n) {
        double[] num = out.num;
        double[] den = out.den;
        for (int t = 0; t < p.tableIds.length; t++) {
            java.util.Arrays.fill(num, 0, n, 0.0);
            java.util.Arrays.fill(den, 0, n, 0.0);
            int[] uses = p.useIndicator[s][t];
            double[] weights = p.useWeight[s][t];
            for (int u = 0; u < uses.length; u++) {
                double w = weights[u];
                double[] ind = out.indicator[uses[u]];
                for (int i = 0; i < n; i++) {
                    double x = ind[i];
                    if (x == x) {
                        num[i] += w * x;
                        den[i] += w;
                    }
                }
            }
            double[] tab = out.table[s][t];
            for (int i = 0; i < n; i++) {
                tab[i] = den[i] > 0 ? num[i] / den[i] : Double.NaN;
            }
            // Evidence coverage: nominal weight share of terms backed by measured (1) or audited (2) values.
            double[] cov = out.coverage[s][t];
            java.util.Arrays.fill(cov, 0, n, 0.0);
            int[] terms = p.coverageTerm[s][t];
            double[] cw = p.coverageWeight[s][t];
            for (int k = 0; k < terms.length; k++) {
                byte[] ev = in.evidence[p.termColumn[terms[k]]];
                double w = cw[k];
                for (int i = 0; i < n; i++) {
                    int e = ev[i];
                    cov[i] += (e == 1 || e == 2) ? w : 0.0;
                }
            }
        }
    }

    private static void scenario(Plan p, Scores out, int s, int n) {
        double[] num = out.num;
        double[] den = out.den;
        java.util.Arrays.fill(num, 0, n, 0.0);
        java.util.Arrays.fill(den, 0, n, 0.0);
        double[] cov = out.scenarioCoverage[s];
        java.util.Arrays.fill(cov, 0, n, 0.0);
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
            double share = w / totalW;
            for (int i = 0; i < n; i++) {
                double x = tab[i];
                if (x == x) {
                    num[i] += geo ? w * Math.log(x) : w * x;
                    den[i] += w;
                }
                cov[i] += share * tcov[i];
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
        for (int i = 0; i < n; i++) {
            double v = sc[i];
            int g = p.lowestGrade;
            if (v == v) {
                for (int k = 0; k < p.gradeMin.length; k++) {
                    if (v >= p.gradeMin[k]) {
                        g = p.gradeNumber[k];
                        break;
                    }
                }
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
                    // A capability list with no items counts as missing; a number 0 does not.
                    double present = p.capListColumn[c] ? Double.MIN_VALUE : 0.0;
                    for (int i = 0; i < n; i++) {
                        if (!(v[i] >= present)) {
                            apply(grade, held, i, max, bit);
                        }
                    }
                }
                case METRIC_BELOW -> {
                    double[] v = in.value[p.capColumn[c]];
                    for (int i = 0; i < n; i++) {
                        if (!(v[i] >= th)) {
                            apply(grade, held, i, max, bit);
                        }
                    }
                }
                case METRIC_AT_LEAST -> {
                    double[] v = in.value[p.capColumn[c]];
                    for (int i = 0; i < n; i++) {
                        if (v[i] >= th) {
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

    private static void apply(int[] grade, long[] held, int i, int max, long bit) {
        held[i] |= bit;
        if (grade[i] > max) {
            grade[i] = max;
        }
    }
}
