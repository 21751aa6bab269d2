package dev.cca.engine;

import dev.cca.rules.RuleSet;
import java.util.Arrays;

/**
 * Re-scores a kept catalog ({@link CatalogColumns}) under other judgements: other weights, the other missing-data
 * policy, the other aggregation of tables. Weights never change a curve, so every term's curve score times its
 * evidence factor is computed once, here, and kept per chunk; a re-scoring is then the indicator sums over those
 * term scores followed by the core's own table, scenario, grade and cap passes ({@link ScoringCore#aggregate}) on a
 * {@link Variation}'s copy of the plan. Nothing is allocated per re-scoring.
 *
 * <p>Under the rule set's own judgements the arithmetic is the catalog path's, operation for operation (the same
 * sums in the same order, the same reciprocal where the core multiplies by one), so a variation that changes nothing
 * reproduces the catalog's scores bit for bit. Memory: 8 bytes per term per center (about 0.4 KB per center with the
 * default rule set) on top of the kept columns.
 */
public final class Rescorer {

    private final Plan base;
    private final CatalogColumns catalog;
    /** [chunk][term][row]: curve score x evidence factor; 0 for a missing cell (its factor is 0). */
    private final double[][][] termScore;
    /**
     * Indicators of at most {@value #MASKED_TERMS} metrics: per chunk and row, bit j set when the indicator's j-th
     * metric is measured or audited ({@code measured}), or has a value at all ({@code present}). A variation's
     * evidence coverage and counted denominator are then one table look-up per indicator and row instead of one
     * pass per metric.
     */
    private static final int MASKED_TERMS = 8;
    private final boolean[] masked;
    private final byte[][][] measured;
    private final byte[][][] present;

    // The flat layout of variable weights: terms, then indicator uses (scenario, table, use), then tables
    // (scenario, table). Members of one group (whose weights are relative to each other) are contiguous.
    private final int weightCount;
    private final int useOffset;
    private final int tableOffset;
    private final int[] groupFrom;
    private final int[] groupTo;
    private final double[] nominal;

    /** True when every measured or audited cell of indicator {@code k} in the catalog has full strength. */
    private static boolean fresh(CatalogColumns catalog, Plan p, int k) {
        for (int c = 0; c < catalog.chunkCount(); c++) {
            Batch b = catalog.chunk(c);
            for (int t = p.indTermFrom[k]; t < p.indTermTo[k]; t++) {
                byte[] ev = b.evidence[p.termColumn[t]];
                float[] st = b.strength[p.termColumn[t]];
                for (int i = 0; i < b.size; i++) {
                    if ((ev[i] == 1 || ev[i] == 2) && st[i] != 1f) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    public Rescorer(CatalogColumns catalog) {
        this.catalog = catalog;
        this.base = catalog.plan();
        Plan p = base;
        int nt = p.termCount();
        this.termScore = new double[catalog.chunkCount()][][];
        double[] curve = new double[CatalogColumns.CHUNK];
        for (int c = 0; c < termScore.length; c++) {
            Batch b = catalog.chunk(c);
            int n = b.size;
            termScore[c] = new double[nt][n];
            for (int t = 0; t < nt; t++) {
                int col = p.termColumn[t];
                p.termCurve[t].evalInto(b.value[col], curve, n);
                byte[] ev = b.evidence[col];
                float[] st = b.strength[col];
                double[] out = termScore[c][t];
                for (int i = 0; i < n; i++) {
                    int e = ev[i];
                    out[i] = e == 0 ? 0.0 : curve[i] * (p.evidenceBase[e] + p.evidencePremium[e] * st[i]);
                }
            }
        }
        int ni = p.indicatorCount();
        this.masked = new boolean[ni];
        this.measured = new byte[termScore.length][ni][];
        this.present = new byte[termScore.length][ni][];
        for (int k = 0; k < ni; k++) {
            // A mask says measured or not; evidence that has aged (strength below 1) counts by its strength, which a
            // mask cannot hold, so such an indicator takes the per-metric passes.
            masked[k] = p.indTermTo[k] - p.indTermFrom[k] <= MASKED_TERMS && fresh(catalog, p, k);
        }
        for (int c = 0; c < termScore.length; c++) {
            Batch b = catalog.chunk(c);
            for (int k = 0; k < ni; k++) {
                if (!masked[k]) {
                    continue;
                }
                byte[] m = measured[c][k] = new byte[b.size];
                byte[] pr = present[c][k] = new byte[b.size];
                for (int t = p.indTermFrom[k]; t < p.indTermTo[k]; t++) {
                    int bit = 1 << (t - p.indTermFrom[k]);
                    byte[] ev = b.evidence[p.termColumn[t]];
                    for (int i = 0; i < b.size; i++) {
                        int e = ev[i];
                        m[i] |= (byte) (e == 1 || e == 2 ? bit : 0);
                        pr[i] |= (byte) (e != 0 ? bit : 0);
                    }
                }
            }
        }
        int ns = p.scenarioCount();
        int ntab = p.tableCount();
        int uses = 0;
        for (int s = 0; s < ns; s++) {
            for (int t = 0; t < ntab; t++) {
                uses += p.useIndicator[s][t].length;
            }
        }
        this.useOffset = nt;
        this.tableOffset = nt + uses;
        this.weightCount = tableOffset + ns * ntab;
        this.nominal = new double[weightCount];
        int groups = p.indicatorCount() + ns * ntab + ns;
        this.groupFrom = new int[groups];
        this.groupTo = new int[groups];
        int g = 0;
        for (int k = 0; k < p.indicatorCount(); k++, g++) {
            groupFrom[g] = p.indTermFrom[k];
            groupTo[g] = p.indTermTo[k];
        }
        System.arraycopy(p.termWeight, 0, nominal, 0, nt);
        int j = useOffset;
        for (int s = 0; s < ns; s++) {
            for (int t = 0; t < ntab; t++, g++) {
                groupFrom[g] = j;
                for (double w : p.useWeight[s][t]) {
                    nominal[j++] = w;
                }
                groupTo[g] = j;
            }
        }
        for (int s = 0; s < ns; s++, g++) {
            groupFrom[g] = j;
            for (int t = 0; t < ntab; t++) {
                nominal[j++] = p.tableWeight[s][t];
            }
            groupTo[g] = j;
        }
    }

    public Plan plan() {
        return base;
    }

    public CatalogColumns catalog() {
        return catalog;
    }

    // ---- the layout of variable weights ---------------------------------------------------------------------

    /** Weights a variation may change: every metric weight, indicator-use weight and table weight. */
    public int weightCount() {
        return weightCount;
    }

    /** The rule set's value of weight {@code j}. */
    public double nominalWeight(int j) {
        return nominal[j];
    }

    /** Groups of weights that are relative to each other: an indicator's metrics, a table column, a scenario's tables. */
    public int groupCount() {
        return groupFrom.length;
    }

    public int groupFrom(int g) {
        return groupFrom[g];
    }

    public int groupTo(int g) {
        return groupTo[g];
    }

    /** What weight {@code j} is. */
    public enum WeightKind { METRIC, INDICATOR, TABLE }

    /** Where weight {@code j} sits: its kind, and for each kind the indices that name it. */
    public record WeightPlace(WeightKind kind, int term, int scenario, int table, int indicator) {
    }

    public WeightPlace place(int j) {
        Plan p = base;
        if (j < useOffset) {
            return new WeightPlace(WeightKind.METRIC, j, -1, -1, p.termIndicator[j]);
        }
        if (j < tableOffset) {
            int k = j - useOffset;
            for (int s = 0; s < p.scenarioCount(); s++) {
                for (int t = 0; t < p.tableCount(); t++) {
                    int[] uses = p.useIndicator[s][t];
                    if (k < uses.length) {
                        return new WeightPlace(WeightKind.INDICATOR, -1, s, t, uses[k]);
                    }
                    k -= uses.length;
                }
            }
        }
        int k = j - tableOffset;
        return new WeightPlace(WeightKind.TABLE, -1, k / p.tableCount(), k % p.tableCount(), -1);
    }

    /** Whether term {@code t}'s missing-data policy is its own (a {@code missing:} on the metric), not the rule set's. */
    public boolean termHasOwnMissing(int t) {
        return base.termRule[t].missing() != null;
    }

    // ---- re-scoring --------------------------------------------------------------------------------------

    /** A fresh set of judgements, the rule set's own, for one thread. */
    public Variation variation() {
        return new Variation(this);
    }

    /** Output arrays for one chunk, for one thread. */
    public Scores scratch() {
        return new Scores(base, CatalogColumns.CHUNK, false);
    }

    /**
     * Scores chunk {@code c} of the catalog under {@code v} into {@code out}: its indicator, table and scenario scores,
     * grades and caps. Not its ratings: whether a scenario is rated (claimed, and with enough of the rule set's
     * weight reported) is the rule set's judgement of the data, the same under every variation, so the statuses and
     * reported shares {@code out} holds after this are not meaningful.
     */
    public void score(Variation v, int c, Scores out) {
        Batch b = catalog.chunk(c);
        int n = b.size;
        out.size = n;
        indicators(v, c, b, out, n);
        ScoringCore.aggregate(v.plan, b, out, false);
    }

    /**
     * The indicator pass of {@link ScoringCore} over kept term scores: the catalog path's arithmetic (a running sum
     * of weight x term score, the denominator fixed or counting present metrics) when an indicator with no value
     * scores 0, the explaining path's (present metrics counted, no value is NaN) when it is left out. Coverage and
     * the counted denominator come from the variation's tables ({@link Variation#commit}) where the indicator is
     * masked: the same sums, in the same order, as the core's passes.
     */
    private void indicators(Variation v, int c, Batch b, Scores out, int n) {
        Plan p = v.plan;
        double[][] ts = termScore[c];
        double[] num = out.num;
        double[] den = out.den;
        double[] pres = out.present;
        double[] denW = v.denW;
        double[] covW = v.covW;
        boolean lean = !p.indicatorExcludeMissing;
        for (int k = 0; k < p.indTermFrom.length; k++) {
            double[] cov = out.indicatorCoverage[k];
            double termSum = p.indTermWeightSum[k];
            boolean counted = lean && p.indHasExcluded[k];
            boolean table = lean && masked[k];
            if (counted && !table) {
                // The denominator: the weights of metrics scored 0 when missing, then (in term order, as the core adds
                // them in a pass of their own) those of present metrics that drop out when missing.
                double fixed = 0;
                for (int t = p.indTermFrom[k]; t < p.indTermTo[k]; t++) {
                    fixed += p.termExcludeMissing[t] ? 0.0 : p.termWeight[t];
                }
                Arrays.fill(den, 0, n, fixed);
            }
            for (int t = p.indTermFrom[k]; t < p.indTermTo[k]; t++) {
                double[] x = ts[t];
                byte[] ev = b.evidence[p.termColumn[t]];
                float[] st = b.strength[p.termColumn[t]];
                double w = p.termWeight[t];
                covW[1] = w / termSum;
                covW[2] = w / termSum;
                boolean first = t == p.indTermFrom[k];
                if (lean) {
                    // 0 + w * x is w * x exactly, so the first term needs no cleared sum.
                    if (first) {
                        for (int i = 0; i < n; i++) {
                            num[i] = w * x[i];
                        }
                    } else {
                        for (int i = 0; i < n; i++) {
                            num[i] += w * x[i];
                        }
                    }
                    if (table) {
                        continue;
                    }
                    if (first) {
                        Arrays.fill(cov, 0, n, 0.0);
                    }
                    for (int i = 0; i < n; i++) {
                        cov[i] += covW[ev[i]] * st[i];
                    }
                    if (counted && p.termExcludeMissing[t]) {
                        for (int i = 0; i < n; i++) {
                            den[i] += ev[i] != 0 ? w : 0.0;
                        }
                    }
                } else {
                    denW[0] = p.termExcludeMissing[t] ? 0.0 : w;
                    denW[1] = w;
                    denW[2] = w;
                    denW[3] = w;
                    if (first) {
                        for (int i = 0; i < n; i++) {
                            int e = ev[i];
                            num[i] = w * x[i];
                            den[i] = denW[e];
                            pres[i] = PRESENT[e];
                            cov[i] = covW[e] * st[i];
                        }
                    } else {
                        for (int i = 0; i < n; i++) {
                            int e = ev[i];
                            num[i] += w * x[i];
                            den[i] += denW[e];
                            pres[i] += PRESENT[e];
                            cov[i] += covW[e] * st[i];
                        }
                    }
                }
            }
            if (table) {
                double[] ct = v.coverageTable[k];
                byte[] m = measured[c][k];
                for (int i = 0; i < n; i++) {
                    cov[i] = ct[m[i] & 0xFF];
                }
                if (counted) {
                    double[] dt = v.denominatorTable[k];
                    byte[] pr = present[c][k];
                    for (int i = 0; i < n; i++) {
                        den[i] = dt[pr[i] & 0xFF];
                    }
                }
            }
            double[] ind = out.indicator[k];
            if (lean && !counted) {
                double inv = 1.0 / p.indTermWeightSum[k];
                for (int i = 0; i < n; i++) {
                    ind[i] = num[i] * inv;
                }
            } else if (lean) {
                for (int i = 0; i < n; i++) {
                    ind[i] = den[i] > 0 ? num[i] / den[i] : 0.0;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    ind[i] = pres[i] > 0 ? num[i] / den[i] : Double.NaN;
                }
            }
        }
    }

    /** 1 when the cell has a value, by evidence code. */
    private static final double[] PRESENT = {0, 1, 1, 1};

    /**
     * One set of judgements: every variable weight, the missing-data policy of metrics without their own and of
     * indicators, and how tables combine. Starts as the rule set's own; change it with the setters, then
     * {@link #commit}. One per thread: it owns a copy of the plan's weight arrays.
     */
    public static final class Variation {
        private final Rescorer r;
        final Plan plan;
        final double[] denW = new double[4];
        final double[] covW = new double[4];
        /** Per masked indicator, by mask of measured or audited metrics: the indicator's evidence coverage. */
        final double[][] coverageTable;
        /** Per masked indicator, by mask of present metrics: the counted denominator (see {@link #commit}). */
        final double[][] denominatorTable;

        Variation(Rescorer r) {
            this.r = r;
            this.plan = r.base.variable();
            int ni = plan.indicatorCount();
            this.coverageTable = new double[ni][];
            this.denominatorTable = new double[ni][];
            for (int k = 0; k < ni; k++) {
                if (r.masked[k]) {
                    coverageTable[k] = new double[1 << (plan.indTermTo[k] - plan.indTermFrom[k])];
                    denominatorTable[k] = new double[coverageTable[k].length];
                }
            }
            commit();
        }

        /** Sets weight {@code j} of the flat layout ({@link Rescorer#place}). Takes effect at {@link #commit}. */
        public void weight(int j, double w) {
            Plan p = plan;
            if (j < r.useOffset) {
                p.termWeight[j] = w;
                return;
            }
            if (j < r.tableOffset) {
                int k = j - r.useOffset;
                for (int s = 0; s < p.scenarioCount(); s++) {
                    for (int t = 0; t < p.tableCount(); t++) {
                        double[] uw = p.useWeight[s][t];
                        if (k < uw.length) {
                            uw[k] = w;
                            return;
                        }
                        k -= uw.length;
                    }
                }
            }
            int k = j - r.tableOffset;
            p.tableWeight[k / p.tableCount()][k % p.tableCount()] = w;
        }

        /** The policy of every metric without its own {@code missing:}. */
        public void metricMissing(RuleSet.Missing m) {
            for (int t = 0; t < plan.termCount(); t++) {
                if (!r.termHasOwnMissing(t)) {
                    plan.termExcludeMissing[t] = m == RuleSet.Missing.EXCLUDE;
                }
            }
        }

        public void indicatorMissing(RuleSet.Missing m) {
            plan.indicatorExcludeMissing = m == RuleSet.Missing.EXCLUDE;
        }

        /** How every scenario combines its tables. */
        public void combine(RuleSet.Combine c) {
            Arrays.fill(plan.geometric, c == RuleSet.Combine.WEIGHTED_GEOMETRIC_MEAN);
        }

        /**
         * An indicator's look-up tables, each entry the sum the core's passes would form for that mask: coverage adds,
         * from 0 and in term order, each measured or audited metric's weight over the indicator's; the counted
         * denominator starts at the weights of the metrics scored 0 when missing, then adds, in term order, those of
         * present metrics that drop out when missing.
         */
        private void tables(int k) {
            Plan p = plan;
            int from = p.indTermFrom[k];
            int m = p.indTermTo[k] - from;
            double termSum = p.indTermWeightSum[k];
            double fixed = 0;
            for (int t = from; t < from + m; t++) {
                fixed += p.termExcludeMissing[t] ? 0.0 : p.termWeight[t];
            }
            double[] ct = coverageTable[k];
            double[] dt = denominatorTable[k];
            for (int mask = 0; mask < ct.length; mask++) {
                double cov = 0;
                double den = fixed;
                for (int j = 0; j < m; j++) {
                    boolean on = (mask & (1 << j)) != 0;
                    double w = p.termWeight[from + j];
                    cov += on ? w / termSum : 0.0;
                    if (p.termExcludeMissing[from + j]) {
                        den += on ? w : 0.0;
                    }
                }
                ct[mask] = cov;
                dt[mask] = den;
            }
        }

        /** Back to the rule set's own judgements (committed). */
        public void reset() {
            Plan b = r.base;
            System.arraycopy(b.termWeight, 0, plan.termWeight, 0, b.termWeight.length);
            System.arraycopy(b.termExcludeMissing, 0, plan.termExcludeMissing, 0, b.termExcludeMissing.length);
            System.arraycopy(b.geometric, 0, plan.geometric, 0, b.geometric.length);
            plan.indicatorExcludeMissing = b.indicatorExcludeMissing;
            for (int s = 0; s < b.scenarioCount(); s++) {
                System.arraycopy(b.tableWeight[s], 0, plan.tableWeight[s], 0, b.tableCount());
                for (int t = 0; t < b.tableCount(); t++) {
                    System.arraycopy(b.useWeight[s][t], 0, plan.useWeight[s][t], 0, b.useWeight[s][t].length);
                }
            }
            commit();
        }

        /**
         * Recomputes the sums the core divides by. A group whose weights are the rule set's keeps the plan's own sum,
         * so that unchanged judgements give unchanged scores to the last bit.
         */
        public void commit() {
            Plan p = plan;
            Plan b = r.base;
            for (int k = 0; k < p.indTermFrom.length; k++) {
                double sum = 0;
                boolean excluded = false;
                for (int t = p.indTermFrom[k]; t < p.indTermTo[k]; t++) {
                    sum += p.termWeight[t];
                    excluded |= p.termExcludeMissing[t];
                }
                p.indTermWeightSum[k] = sum;
                p.indHasExcluded[k] = excluded;
                if (r.masked[k]) {
                    tables(k);
                }
            }
            for (int s = 0; s < p.scenarioCount(); s++) {
                for (int t = 0; t < p.tableCount(); t++) {
                    double[] uw = p.useWeight[s][t];
                    if (Arrays.equals(uw, b.useWeight[s][t])) {
                        p.useWeightSum[s][t] = b.useWeightSum[s][t];
                    } else {
                        double sum = 0;
                        for (double w : uw) {
                            sum += w;
                        }
                        p.useWeightSum[s][t] = sum;
                    }
                }
            }
        }
    }
}
