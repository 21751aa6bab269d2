package dev.cca.engine;

import dev.cca.model.CenterProfile;
import dev.cca.result.FitResult;
import dev.cca.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario fit as it was judged before {@link FitEvaluator} compiled its rules: each condition's column and indicator
 * looked up by name per record, each warning rendered per center. Kept as the reference the compiled one must agree
 * with.
 */
final class ByNameFitEvaluator {

    private final Plan plan;

    ByNameFitEvaluator(Plan plan) {
        this.plan = plan;
    }

    /**
     * The fit of the center in row {@code row} of a scored chunk.
     *
     * @param contradicted metrics whose claims the checks stage found contradicting others: a fit on them is unknown
     */
    List<FitResult> evaluate(CenterProfile p, Batch batch, Scores scores, int row, java.util.Set<String> contradicted) {
        List<FitResult> out = new ArrayList<>();
        for (RuleSet.FitRule rule : plan.rules.fit()) {
            boolean claimed = p.scenarios().contains(rule.scenario());
            String fit = null;
            RuleSet.FitLevel chosen = null;
            String missing = null;
            for (RuleSet.FitLevel level : rule.levels()) {
                Boolean holds = Boolean.TRUE;
                for (RuleSet.Condition c : level.when()) {
                    Boolean h = c.target() != null && contradicted.contains(c.target()) ? null : holds(c, batch, scores, row);
                    if (h == null) {
                        holds = null;
                        missing = c.target();
                        break;
                    }
                    if (!h) {
                        holds = Boolean.FALSE;
                        break;
                    }
                }
                if (holds == null) {
                    fit = "unknown";
                    break;
                }
                if (holds) {
                    fit = level.fit();
                    chosen = level;
                    break;
                }
            }
            dev.cca.diag.Message warning = null;
            dev.cca.diag.Localized scenario = dev.cca.diag.Localized.of(rule.scenario(),
                    rule.label() == null ? rule.scenario() : rule.label().get("zh"));
            if (claimed && "none".equals(fit)) {
                warning = new dev.cca.diag.Message(dev.cca.diag.ProfileCode.FIT_NONE, scenario, chosen.note());
            } else if (claimed && "unknown".equals(fit)) {
                warning = new dev.cca.diag.Message(dev.cca.diag.ProfileCode.FIT_UNKNOWN, scenario, missing,
                        contradicted.contains(missing) ? dev.cca.diag.Localized.of(" (the profile's value contradicts its inventory)",
                                "（档案中的值与其加速卡清单矛盾）") : dev.cca.diag.Localized.EMPTY);
            } else if (claimed && "limited".equals(fit)) {
                warning = new dev.cca.diag.Message(dev.cca.diag.ProfileCode.FIT_LIMITED, scenario, chosen.note());
            }
            out.add(new FitResult(rule.scenario(), rule.label(), fit == null ? "unknown" : fit,
                    FitEvaluator.note(chosen, missing, contradicted), claimed, rule.scoredAs(), warning));
        }
        return out;
    }

    /** True, false, or null when the condition's metric has no value. */
    private Boolean holds(RuleSet.Condition c, Batch b, Scores s, int row) {
        switch (c.kind()) {
            case INDICATOR_BELOW -> {
                double v = s.indicator(plan.indicatorIndex(c.target()), row);
                return !(v >= c.threshold());
            }
            case EVIDENCE_COVERAGE_BELOW -> {
                return false;
            }
            default -> {
                int col = plan.conditionColumn(c);
                double v = col < 0 ? Double.NaN : b.value(col, row);
                if (c.kind() == RuleSet.Condition.Kind.METRIC_MISSING) {
                    return !(v > 0);
                }
                if (v != v) {
                    return null;
                }
                return c.kind() == RuleSet.Condition.Kind.METRIC_AT_LEAST ? v >= c.threshold() : v < c.threshold();
            }
        }
    }
}
