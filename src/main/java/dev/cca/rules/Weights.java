package dev.cca.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each weight of a rule set amounts to: the share of a scenario score that one metric carries, when
 * every value is present. A metric's share is its table's share of the scenario, times its indicator's share
 * of the table column, times its own share of the indicator; an indicator used in two tables (cloud-service
 * efficiency) adds both. Weights are relative, so these shares are what a reader of the rule set needs to
 * see a weight's consequence ("MFU is 5.6% of the training score"). Under a weighted geometric mean the
 * shares are the exponents of the same terms.
 */
public final class Weights {

    private Weights() {
    }

    /** One metric's part in one scenario score, through one table. */
    public record Term(String scenario, String table, String indicator, int metricIndex, String metric,
                       double tableShare, double indicatorShare, double metricShare) {
        /** The share of the scenario score, 0-1. */
        public double share() {
            return tableShare * indicatorShare * metricShare;
        }
    }

    /** Every weighted term of scenario {@code scenario}, in table, column and metric order. */
    public static List<Term> terms(RuleSet rs, String scenario) {
        double tableSum = 0;
        for (RuleSet.Table t : rs.tables()) {
            if (weightedSum(t, scenario) > 0) {
                tableSum += t.weight(scenario);
            }
        }
        List<Term> out = new ArrayList<>();
        if (!(tableSum > 0)) {
            return out;
        }
        for (RuleSet.Table t : rs.tables()) {
            double useSum = weightedSum(t, scenario);
            if (!(useSum > 0) || !(t.weight(scenario) > 0)) {
                continue;
            }
            double ts = t.weight(scenario) / tableSum;
            for (RuleSet.IndicatorUse u : t.uses(scenario)) {
                RuleSet.Indicator ind = rs.indicators().get(u.indicator());
                if (u.informative() || ind == null || !(u.weight() > 0)) {
                    continue;
                }
                double metricSum = ind.metrics().stream().mapToDouble(RuleSet.MetricRule::weight).sum();
                for (int i = 0; i < ind.metrics().size(); i++) {
                    RuleSet.MetricRule m = ind.metrics().get(i);
                    out.add(new Term(scenario, t.id(), ind.id(), i, m.metric(), ts, u.weight() / useSum,
                            metricSum > 0 ? m.weight() / metricSum : 0));
                }
            }
        }
        return out;
    }

    /** The share of scenario {@code scenario}'s score carried by each indicator (summed over its tables). */
    public static Map<String, Double> indicatorShares(RuleSet rs, String scenario) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Term t : terms(rs, scenario)) {
            out.merge(t.indicator(), t.share(), Double::sum);
        }
        return out;
    }

    /** The share of scenario {@code scenario}'s score carried by each metric key (summed over its indicators). */
    public static Map<String, Double> metricShares(RuleSet rs, String scenario) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Term t : terms(rs, scenario)) {
            out.merge(t.metric(), t.share(), Double::sum);
        }
        return out;
    }

    /** The share of one term: {@code indicator}'s metric number {@code metricIndex}, summed over the tables. */
    public static double termShare(RuleSet rs, String scenario, String indicator, int metricIndex) {
        double s = 0;
        for (Term t : terms(rs, scenario)) {
            if (t.indicator().equals(indicator) && t.metricIndex() == metricIndex) {
                s += t.share();
            }
        }
        return s;
    }

    private static double weightedSum(RuleSet.Table t, String scenario) {
        double s = 0;
        for (RuleSet.IndicatorUse u : t.uses(scenario)) {
            if (!u.informative()) {
                s += u.weight();
            }
        }
        return s;
    }
}
