package dev.cca.engine;

import dev.cca.model.Evidence;
import dev.cca.model.MetricCatalog;
import dev.cca.model.Quantity;
import dev.cca.result.Gaps;
import dev.cca.result.ScenarioResult;
import dev.cca.rules.Curve;
import dev.cca.rules.Label;
import dev.cca.rules.RuleSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers "what should this center improve first?" for one scenario, by re-scoring a one-row chunk
 * through the same core: the points each indicator would add at its best, the single-metric values that
 * would lift the center one grade, and what measuring the declared values would be worth.
 */
final class GapAnalysis {

    private static final int MAX_INDICATORS = 5;
    private static final int MAX_TARGETS = 5;

    private final Plan plan;
    private final Batch batch;
    private final Scores scores;

    private final double[] factors;

    /**
     * {@code batch} and {@code scores} hold the center as scored; they are restored after each question.
     * {@code factors} are the center's normalisation multipliers by column (NaN where one cannot be computed).
     */
    GapAnalysis(Plan plan, Batch batch, Scores scores, double[] factors) {
        this.plan = plan;
        this.batch = batch;
        this.scores = scores;
        this.factors = factors;
    }

    Gaps analyse(int s, List<ScenarioResult.CapResult> caps) {
        double current = scores.scenario[s][0];
        int grade = scores.grade[s][0];
        int uncapped = scores.uncappedGrade[s][0];
        List<Gaps.IndicatorGap> indicators = indicatorPotential(s, current);
        List<ScenarioResult.CapResult> blocking = caps.stream().filter(ScenarioResult.CapResult::lowered).toList();
        int next = nextGrade(grade);
        double nextScore = next == 0 ? Double.NaN : plan.minScoreFor(next);
        List<Gaps.MetricTarget> targets = List.of();
        if (next != 0 && grade == uncapped) {
            targets = targets(s, nextScore);
        }
        return new Gaps(indicators, next, nextScore, targets, blocking, evidenceGain(s, current));
    }

    private int nextGrade(int grade) {
        int best = 0;
        for (int g : plan.gradeNumber) {
            if (g > grade && (best == 0 || g < best)) {
                best = g;
            }
        }
        return best;
    }

    /** Scenario points gained if each weighted indicator reached 100, largest first. */
    private List<Gaps.IndicatorGap> indicatorPotential(int s, double current) {
        Set<Integer> seen = new LinkedHashSet<>();
        for (int t = 0; t < plan.tableIds.length; t++) {
            if (plan.tableWeight[s][t] <= 0) {
                continue;
            }
            for (int ind : plan.useIndicator[s][t]) {
                seen.add(ind);
            }
        }
        List<Gaps.IndicatorGap> out = new ArrayList<>();
        for (int ind : seen) {
            double before = scores.indicator[ind][0];
            if (before >= 100) {
                continue;
            }
            scores.indicator[ind][0] = 100;
            ScoringCore.aggregate(plan, batch, scores);
            double gain = scores.scenario[s][0] - (current == current ? current : 0);
            scores.indicator[ind][0] = before;
            ScoringCore.aggregate(plan, batch, scores);
            if (gain > 0.05) {
                RuleSet.Indicator def = plan.rules.indicators().get(plan.indicatorIds[ind]);
                out.add(new Gaps.IndicatorGap(def.id(), def.label(), before, gain, def.improve()));
            }
        }
        out.sort(Comparator.comparingDouble(Gaps.IndicatorGap::potential).reversed()
                .thenComparing(Gaps.IndicatorGap::id));
        return out.size() > MAX_INDICATORS ? List.copyOf(out.subList(0, MAX_INDICATORS)) : out;
    }

    /** Values of single metrics that alone would lift the scenario score to {@code target}. */
    private List<Gaps.MetricTarget> targets(int s, double target) {
        List<Candidate> found = new ArrayList<>();
        Set<Integer> columns = new LinkedHashSet<>();
        for (int t = 0; t < plan.tableIds.length; t++) {
            if (plan.tableWeight[s][t] <= 0) {
                continue;
            }
            for (int ind : plan.useIndicator[s][t]) {
                for (int k = plan.indTermFrom[ind]; k < plan.indTermTo[ind]; k++) {
                    columns.add(plan.termColumn[k]);
                }
            }
        }
        for (int c : columns) {
            Candidate cand = solve(s, c, target);
            if (cand != null) {
                found.add(cand);
            }
        }
        found.sort(Comparator.comparingDouble((Candidate x) -> x.effort).thenComparing(x -> x.target.metric()));
        List<Gaps.MetricTarget> out = new ArrayList<>();
        for (Candidate c : found) {
            out.add(c.target);
            if (out.size() == MAX_TARGETS) {
                break;
            }
        }
        return out;
    }

    private record Candidate(Gaps.MetricTarget target, double effort) {
    }

    /** Bisection on one column's value; null when the target is out of this metric's reach. */
    private Candidate solve(int s, int c, double target) {
        double v0 = batch.value(c, 0);
        byte e0 = batch.evidence(c, 0);
        int term = firstTerm(c);
        RuleSet.MetricRule rule = plan.termRule[term];
        Curve curve = rule.curve();
        boolean up = curve.rises();
        double best = bestValue(c, up);
        if (Double.isNaN(best)) {
            return null;
        }
        byte ev = e0 != 0 ? e0 : Evidence.DECLARED.code();
        double worst = v0 == v0 ? v0 : (up ? 0 : best * 1e6 + 1e6);
        double needed = search(s, c, up ? worst : best, up ? best : worst, up, ev, target);
        if (Double.isNaN(needed)) {
            return null;
        }
        Column col = plan.columns[c];
        double factor = factors[c];
        if (!(factor > 0)) {
            return null;
        }
        double raw = needed / factor;
        double current = v0 == v0 ? v0 / factor : Double.NaN;
        String unit = unitOf(col);
        MetricCatalog.Entry entry = MetricCatalog.get(col.metric());
        if (col.mode() == Column.Mode.COVERAGE) {
            raw = Math.ceil(raw * 1000 - 1e-6) / 10;
            current = current == current ? current * 100 : Double.NaN;
        } else if (entry != null && (entry.quantity() == Quantity.COUNT || entry.type() == dev.cca.model.Field.Type.ID_LIST)) {
            raw = up ? Math.ceil(raw - 1e-9) : Math.floor(raw + 1e-9);
        }
        raw = roundSafe(raw, up);
        if (current == current && (up ? raw <= current : raw >= current)) {
            return null;
        }
        double effort = current == current && current != 0 ? Math.abs(raw / current - 1) : 10;
        RuleSet.Indicator ind = plan.rules.indicators().get(plan.indicatorIds[plan.termIndicator[term]]);
        Label label = rule.label() != null ? rule.label() : new Label(col.metric(), col.metric());
        return new Candidate(new Gaps.MetricTarget(col.metric(), label, ind.id(), current, raw, unit, up), effort);
    }

    /**
     * Four significant digits, rounded towards the safe side (up when higher is better), so that a target
     * reads like a target ("62,200 tokens/s") and does not wobble in its last digits with the search.
     */
    static double roundSafe(double v, boolean up) {
        if (!(v > 0) || Double.isInfinite(v)) {
            return v;
        }
        double scale = Math.pow(10, 3 - Math.floor(Math.log10(v)));
        double scaled = v * scale;
        double r = up ? Math.ceil(scaled - 1e-9) : Math.floor(scaled + 1e-9);
        return r / scale;
    }

    static String unitOf(Column col) {
        if (col.mode() == Column.Mode.COVERAGE) {
            return "% of the reference list";
        }
        MetricCatalog.Entry e = MetricCatalog.get(col.metric());
        if (e == null) {
            return "";
        }
        if (e.type() == dev.cca.model.Field.Type.ID_LIST) {
            return "items";
        }
        return e.unit();
    }

    private int firstTerm(int c) {
        for (int t = 0; t < plan.termColumn.length; t++) {
            if (plan.termColumn[t] == c) {
                return t;
            }
        }
        throw new IllegalStateException("column without term");
    }

    /** The value at which every curve reading this column gives its best score. */
    private double bestValue(int c, boolean up) {
        double best = Double.NaN;
        for (int t = 0; t < plan.termColumn.length; t++) {
            if (plan.termColumn[t] != c) {
                continue;
            }
            Curve curve = plan.termCurve[t];
            double v = curve.valueFor(curve.maxScore() - 1e-6);
            if (v == v) {
                best = best != best ? v : up ? Math.max(best, v) : Math.min(best, v);
            }
        }
        return best;
    }

    /** Rows scored at once by the search: one core call tries this many values of a metric. */
    private static final int PROBES = 16;
    private static final int ROUNDS = 8;
    private Batch probes;
    /** The evidence strength the probed column keeps during one search. */
    private double probeStrength = 1.0;
    private Scores probeScores;

    /**
     * The least improvement of column {@code c} within [lo, hi] that lifts scenario {@code s} to {@code target}:
     * a 16-way search, each round scoring 16 candidate values as one chunk through the core (eight rounds narrow
     * the range by 16^8, about 4e9). NaN when even the best value ({@code hi} when higher is better, {@code lo}
     * otherwise) falls short.
     */
    private double search(int s, int c, double lo, double hi, boolean up, byte ev, double target) {
        if (probes == null) {
            probes = new Batch(plan, PROBES);
            probeScores = new Scores(plan, PROBES, false);
            for (int col = 0; col < plan.columns.length; col++) {
                double v = batch.value(col, 0);
                byte e = batch.evidence(col, 0);
                double st = batch.strength(col, 0);
                for (int k = 0; k < PROBES; k++) {
                    probes.set(col, k, v, e, st);
                }
            }
            probes.setSize(PROBES);
        }
        double v0 = batch.value(c, 0);
        byte e0 = batch.evidence(c, 0);
        double s0 = batch.strength(c, 0);
        // A value the center does not have yet is probed as a fresh declaration; one it has keeps its evidence's age.
        probeStrength = e0 != 0 ? s0 : 1.0;
        try {
            if (!(probe(s, c, new double[] {up ? hi : lo}, ev)[0] >= target - 1e-9)) {
                return Double.NaN;
            }
            double[] xs = new double[PROBES];
            for (int round = 0; round < ROUNDS && hi > lo; round++) {
                for (int k = 0; k < PROBES; k++) {
                    xs[k] = up ? lo + (hi - lo) * (k + 1) / PROBES : lo + (hi - lo) * k / PROBES;
                }
                double[] sc = probe(s, c, xs, ev);
                if (up) {
                    int k = 0;
                    while (k < PROBES - 1 && !(sc[k] >= target - 1e-9)) {
                        k++;
                    }
                    double newLo = k == 0 ? lo : xs[k - 1];
                    hi = xs[k];
                    lo = newLo;
                } else {
                    int k = PROBES - 1;
                    while (k > 0 && !(sc[k] >= target - 1e-9)) {
                        k--;
                    }
                    double newHi = k == PROBES - 1 ? hi : xs[k + 1];
                    lo = xs[k];
                    hi = newHi;
                }
            }
            return up ? hi : lo;
        } finally {
            for (int k = 0; k < PROBES; k++) {
                probes.set(c, k, v0, e0, s0);
            }
        }
    }

    /** Scenario scores with column {@code c} set to each of {@code xs}. */
    private double[] probe(int s, int c, double[] xs, byte ev) {
        for (int k = 0; k < xs.length; k++) {
            probes.set(c, k, xs[k], ev, probeStrength);
        }
        probes.setSize(xs.length);
        ScoringCore.score(plan, probes, probeScores);
        double[] out = new double[xs.length];
        for (int k = 0; k < xs.length; k++) {
            out[k] = probeScores.scenario(s, k);
        }
        probes.setSize(PROBES);
        return out;
    }

    /** Points gained if every value that is present were backed by a measurement. */
    private double evidenceGain(int s, double current) {
        int nc = plan.columns.length;
        byte[] saved = new byte[nc];
        double[] savedStrength = new double[nc];
        for (int c = 0; c < nc; c++) {
            saved[c] = batch.evidence[c][0];
            savedStrength[c] = batch.strength(c, 0);
            if (saved[c] != 0) {
                batch.set(c, 0, batch.value(c, 0), Evidence.MEASURED.code(), 1.0);
            }
        }
        ScoringCore.score(plan, batch, scores);
        double gain = scores.scenario[s][0] - current;
        for (int c = 0; c < nc; c++) {
            batch.set(c, 0, batch.value(c, 0), saved[c], savedStrength[c]);
        }
        ScoringCore.score(plan, batch, scores);
        return gain == gain ? Math.max(0, gain) : 0;
    }
}
