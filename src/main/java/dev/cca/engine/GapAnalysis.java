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
        if (scoreWith(s, c, best, ev) < target - 1e-9) {
            restore(c, v0, e0);
            return null;
        }
        double worst = v0 == v0 ? v0 : (up ? 0 : best * 1e6 + 1e6);
        double lo = up ? worst : best;
        double hi = up ? best : worst;
        for (int i = 0; i < 80; i++) {
            double mid = (lo + hi) / 2;
            boolean enough = scoreWith(s, c, mid, ev) >= target - 1e-9;
            if (up == enough) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        double needed = up ? hi : lo;
        restore(c, v0, e0);
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
        if (current == current && (up ? raw <= current : raw >= current)) {
            return null;
        }
        double effort = current == current && current != 0 ? Math.abs(raw / current - 1) : 10;
        RuleSet.Indicator ind = plan.rules.indicators().get(plan.indicatorIds[plan.termIndicator[term]]);
        Label label = rule.label() != null ? rule.label() : new Label(col.metric(), col.metric());
        return new Candidate(new Gaps.MetricTarget(col.metric(), label, ind.id(), current, raw, unit, up), effort);
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

    private double scoreWith(int s, int c, double v, byte ev) {
        batch.set(c, 0, v, ev);
        ScoringCore.score(plan, batch, scores);
        return scores.scenario[s][0];
    }

    private void restore(int c, double v, byte e) {
        batch.set(c, 0, v, e);
        ScoringCore.score(plan, batch, scores);
    }

    /** Points gained if every value that is present were backed by a measurement. */
    private double evidenceGain(int s, double current) {
        int nc = plan.columns.length;
        byte[] saved = new byte[nc];
        for (int c = 0; c < nc; c++) {
            saved[c] = batch.evidence[c][0];
            if (saved[c] != 0) {
                batch.evidence[c][0] = Evidence.MEASURED.code();
            }
        }
        ScoringCore.score(plan, batch, scores);
        double gain = scores.scenario[s][0] - current;
        for (int c = 0; c < nc; c++) {
            batch.evidence[c][0] = saved[c];
        }
        ScoringCore.score(plan, batch, scores);
        return gain == gain ? Math.max(0, gain) : 0;
    }
}
