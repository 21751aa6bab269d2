package dev.cca.engine;

import dev.cca.model.Evidence;
import dev.cca.model.Field;
import dev.cca.model.MetricCatalog;
import dev.cca.rules.RuleSet;
import java.util.HashMap;
import java.util.Map;

/**
 * A deliberately plain, row-at-a-time scorer written straight from the rule-set definitions, with maps and
 * objects everywhere. It shares nothing with the columnar core but the column order, so when the two agree
 * on random inputs the core's arithmetic is right.
 */
final class NaiveScorer {

    record Result(double[] scenario, int[] grade, Map<String, Double> indicators, double[] reported) {
    }

    private final RuleSet rules;
    private final Plan plan;

    NaiveScorer(Plan plan) {
        this.plan = plan;
        this.rules = plan.rules();
    }

    Result score(double[] value, byte[] evidence) {
        Map<String, Double> indicatorScore = new HashMap<>();
        // Share of an indicator's weight with a value; a missing alternative (missing: exclude) does not count against it.
        Map<String, Double> indicatorReported = new HashMap<>();
        int t = 0;
        for (RuleSet.Indicator ind : rules.indicators().values()) {
            double num = 0;
            double den = 0;
            double presentWeight = 0;
            double countedWeight = 0;
            boolean any = false;
            for (RuleSet.MetricRule r : ind.metrics()) {
                int col = plan.termColumn(t++);
                double x = value[col];
                RuleSet.Missing policy = r.missing() != null ? r.missing() : rules.missing().metric();
                if (Double.isNaN(x)) {
                    if (policy == RuleSet.Missing.ZERO) {
                        den += r.weight();
                        countedWeight += r.weight();
                    }
                    continue;
                }
                presentWeight += r.weight();
                countedWeight += r.weight();
                any = true;
                double factor = rules.evidence().factor(Evidence.fromCode(evidence[col]));
                num += r.weight() * r.curve().eval(x) * factor;
                den += r.weight();
            }
            double s = any ? num / den : rules.missing().indicator() == RuleSet.Missing.ZERO ? 0 : Double.NaN;
            indicatorScore.put(ind.id(), s);
            indicatorReported.put(ind.id(), countedWeight > 0 ? presentWeight / countedWeight : 0.0);
        }
        int ns = rules.scenarios().size();
        double[] scen = new double[ns];
        int[] grade = new int[ns];
        double[] reported = new double[ns];
        for (int si = 0; si < ns; si++) {
            RuleSet.Scenario sc = rules.scenarios().get(si);
            double num = 0;
            double den = 0;
            double coverage = 0;
            double totalTableWeight = rules.tables().stream().mapToDouble(x -> x.weight(sc.id())).sum();
            for (RuleSet.Table table : rules.tables()) {
                double tw = table.weight(sc.id());
                double tn = 0;
                double td = 0;
                double tableWeightSum = table.uses(sc.id()).stream().filter(u -> !u.informative()).mapToDouble(RuleSet.IndicatorUse::weight).sum();
                double tcov = 0;
                double trep = 0;
                for (RuleSet.IndicatorUse u : table.uses(sc.id())) {
                    if (u.informative() || u.weight() <= 0) {
                        continue;
                    }
                    trep += u.weight() / tableWeightSum * indicatorReported.get(u.indicator());
                    double s = indicatorScore.get(u.indicator());
                    if (!Double.isNaN(s)) {
                        tn += u.weight() * s;
                        td += u.weight();
                    }
                    RuleSet.Indicator ind = rules.indicators().get(u.indicator());
                    double mw = ind.metrics().stream().mapToDouble(RuleSet.MetricRule::weight).sum();
                    int first = plan.termFrom(plan.indicatorIndex(u.indicator()));
                    for (int k = 0; k < ind.metrics().size(); k++) {
                        int col = plan.termColumn(first + k);
                        byte e = evidence[col];
                        if (!Double.isNaN(value[col]) && (e == Evidence.MEASURED.code() || e == Evidence.AUDITED.code())) {
                            tcov += u.weight() / tableWeightSum * ind.metrics().get(k).weight() / mw;
                        }
                    }
                }
                coverage += tw / totalTableWeight * tcov;
                if (tw > 0) {
                    reported[si] += tw / totalTableWeight * trep;
                }
                if (tw > 0 && td > 0) {
                    double ts = tn / td;
                    num += sc.combine() == RuleSet.Combine.WEIGHTED_GEOMETRIC_MEAN ? tw * Math.log(ts) : tw * ts;
                    den += tw;
                }
            }
            double score = den > 0 ? num / den : Double.NaN;
            if (sc.combine() == RuleSet.Combine.WEIGHTED_GEOMETRIC_MEAN && !Double.isNaN(score)) {
                score = Math.exp(score);
            }
            scen[si] = score;
            int g = rules.gradesDescending().get(rules.grades().size() - 1).grade();
            for (RuleSet.Grade gr : rules.gradesDescending()) {
                if (score >= gr.min()) {
                    g = gr.grade();
                    break;
                }
            }
            for (RuleSet.Cap cap : rules.caps()) {
                if (cap.scenarios().contains(sc.id()) && holds(cap.when(), value, indicatorScore, coverage)) {
                    g = Math.min(g, cap.maxGrade());
                }
            }
            grade[si] = g;
        }
        return new Result(scen, grade, indicatorScore, reported);
    }

    private boolean holds(RuleSet.Condition c, double[] value, Map<String, Double> ind, double coverage) {
        switch (c.kind()) {
            case EVIDENCE_COVERAGE_BELOW:
                return coverage < c.threshold();
            case INDICATOR_BELOW: {
                double s = ind.get(c.target());
                return Double.isNaN(s) || s < c.threshold();
            }
            default: {
                double v = value[plan.conditionColumn(c)];
                boolean list = MetricCatalog.get(c.target()).type() == Field.Type.ID_LIST;
                if (c.kind() == RuleSet.Condition.Kind.METRIC_MISSING) {
                    return Double.isNaN(v) || (list && v == 0);
                }
                if (c.kind() == RuleSet.Condition.Kind.METRIC_BELOW) {
                    return Double.isNaN(v) || v < c.threshold();
                }
                return !Double.isNaN(v) && v >= c.threshold();
            }
        }
    }
}
