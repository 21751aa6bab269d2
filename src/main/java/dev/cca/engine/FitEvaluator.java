package dev.cca.engine;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Localized;
import dev.cca.diag.Location;
import dev.cca.diag.Message;
import dev.cca.diag.ProfileCode;
import dev.cca.model.CenterProfile;
import dev.cca.result.FitResult;
import dev.cca.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Judges which target scenarios (pre-training, fine-tuning, inference) a center can serve at its scale,
 * from the rule set's fit levels, and warns when a claimed scenario is out of reach or cannot be judged.
 *
 * <p>The fit rules are compiled once: each condition to the column or indicator it reads, and each warning a
 * claimed scenario can earn to its text in both languages, so that a catalog's centers are judged by index and
 * warned by placing a finished text ({@link #warn}).
 */
final class FitEvaluator {

    /** What {@link #decide} found: no level held (an index of a level is the level that held, from 0). */
    private static final int NO_LEVEL = -1;

    private static final Localized CONTRADICTS = Localized.of(" (the profile's value contradicts its inventory)",
            "（档案中的值与其加速卡清单矛盾）");

    private final Plan plan;
    private final Rule[] rules;

    FitEvaluator(Plan plan) {
        this.plan = plan;
        List<RuleSet.FitRule> fit = plan.rules.fit();
        this.rules = new Rule[fit.size()];
        for (int r = 0; r < rules.length; r++) {
            rules[r] = new Rule(plan, fit.get(r));
        }
    }

    /** A condition with what it reads: a column or an indicator (-1 when neither). */
    private record Test(RuleSet.Condition condition, int column, int indicator) {
    }

    /** A fit rule compiled: its levels' tests, flat, and the warnings it can give a center that claims its scenario. */
    private static final class Rule {
        final RuleSet.FitRule rule;
        final Localized scenario;
        /** Level l's tests are tests[from[l]] to tests[from[l + 1]]. */
        final Test[] tests;
        final int[] from;
        /** Per level, the warning of a center placed there (none or limited), or null; as texts without a place. */
        final Diagnostic[] placed;
        /** Per test, the warning of a center it cannot judge: its metric not given, or contradicted. */
        final Diagnostic[] notGiven;
        final Diagnostic[] contradicted;

        Rule(Plan plan, RuleSet.FitRule rule) {
            this.rule = rule;
            this.scenario = Localized.of(rule.scenario(), rule.label() == null ? rule.scenario() : rule.label().get("zh"));
            List<RuleSet.FitLevel> levels = rule.levels();
            this.from = new int[levels.size() + 1];
            this.placed = new Diagnostic[levels.size()];
            List<Test> all = new ArrayList<>();
            for (int l = 0; l < levels.size(); l++) {
                RuleSet.FitLevel level = levels.get(l);
                from[l] = all.size();
                for (RuleSet.Condition c : level.when()) {
                    all.add(new Test(c, c.kind() == RuleSet.Condition.Kind.INDICATOR_BELOW ? -1 : plan.conditionColumn(c),
                            c.kind() == RuleSet.Condition.Kind.INDICATOR_BELOW ? plan.indicatorIndex(c.target()) : -1));
                }
                Message m = warning(scenario, level.fit(), level, null, null);
                placed[l] = m == null ? null : Diagnostic.warning(Location.NONE, m);
            }
            from[levels.size()] = all.size();
            this.tests = all.toArray(Test[]::new);
            this.notGiven = new Diagnostic[tests.length];
            this.contradicted = new Diagnostic[tests.length];
            for (int t = 0; t < tests.length; t++) {
                String target = tests[t].condition().target();
                notGiven[t] = Diagnostic.warning(Location.NONE, warning(scenario, "unknown", null, target, Localized.EMPTY));
                contradicted[t] = Diagnostic.warning(Location.NONE, warning(scenario, "unknown", null, target, CONTRADICTS));
            }
        }
    }

    /** The warning of a claimed scenario whose fit is {@code fit}, or null when it can serve it in full. */
    private static Message warning(Localized scenario, String fit, RuleSet.FitLevel chosen, String missing, Localized why) {
        if ("none".equals(fit)) {
            return new Message(ProfileCode.FIT_NONE, scenario, chosen.note());
        } else if ("unknown".equals(fit)) {
            return new Message(ProfileCode.FIT_UNKNOWN, scenario, missing, why);
        } else if ("limited".equals(fit)) {
            return new Message(ProfileCode.FIT_LIMITED, scenario, chosen.note());
        }
        return null;
    }

    /**
     * Where the center in row {@code row} stands on {@code r}: the index of the first level whose conditions all
     * hold, {@link #NO_LEVEL} when none does, or {@code -2 - t} when test {@code t} cannot be judged (its metric has no
     * value, or its claim was {@code contradicted}) before any level held.
     */
    private int decide(Rule r, Batch batch, Scores scores, int row, Set<String> contradicted) {
        boolean checkContradicted = !contradicted.isEmpty();
        for (int l = 0; l + 1 < r.from.length; l++) {
            int result = l;
            for (int t = r.from[l]; t < r.from[l + 1]; t++) {
                Test test = r.tests[t];
                String target = test.condition().target();
                int h = checkContradicted && target != null && contradicted.contains(target) ? UNKNOWN
                        : holds(test, batch, scores, row);
                if (h == UNKNOWN) {
                    return -2 - t;
                }
                if (h == FALSE) {
                    result = NO_LEVEL;
                    break;
                }
            }
            if (result >= 0) {
                return result;
            }
        }
        return NO_LEVEL;
    }

    /**
     * The fit of the center in row {@code row} of a scored chunk.
     *
     * @param contradicted metrics whose claims the checks stage found contradicting others: a fit on them is unknown
     */
    List<FitResult> evaluate(CenterProfile p, Batch batch, Scores scores, int row, Set<String> contradicted) {
        List<FitResult> out = new ArrayList<>();
        for (Rule r : rules) {
            RuleSet.FitRule rule = r.rule;
            boolean claimed = p.scenarios().contains(rule.scenario());
            int d = decide(r, batch, scores, row, contradicted);
            RuleSet.FitLevel chosen = d >= 0 ? rule.levels().get(d) : null;
            String missing = d < NO_LEVEL ? r.tests[-2 - d].condition().target() : null;
            String fit = chosen != null ? chosen.fit() : d < NO_LEVEL ? "unknown" : null;
            Message warning = !claimed ? null : "unknown".equals(fit)
                    ? warning(r.scenario, fit, null, missing, contradicted.contains(missing) ? CONTRADICTS : Localized.EMPTY)
                    : warning(r.scenario, fit, chosen, null, null);
            out.add(new FitResult(rule.scenario(), rule.label(), fit == null ? "unknown" : fit, note(chosen, missing, contradicted),
                    claimed, rule.scoredAs(), warning));
        }
        return out;
    }

    /** What a fit result says: the level's note, or why the fit cannot be judged ({@code missing} not given or contradicted). */
    static dev.cca.rules.Label note(RuleSet.FitLevel chosen, String missing, Set<String> contradicted) {
        return chosen != null ? chosen.note()
                : contradicted.contains(missing)
                ? new dev.cca.rules.Label("cannot be judged: " + missing + " contradicts the inventory (see the checks)",
                "无法判断：" + missing + " 与加速卡清单矛盾（见核查结果）")
                : new dev.cca.rules.Label("cannot be judged: " + missing + " is not given",
                "无法判断：缺少 " + missing);
    }

    /** The warnings of a center's fit: one for each claimed scenario it cannot serve in full, or cannot be judged for. */
    static List<Diagnostic> warnings(CenterProfile p, List<FitResult> fit) {
        List<Diagnostic> out = new ArrayList<>(2);
        for (FitResult f : fit) {
            if (f.warning() != null) {
                out.add(Diagnostic.warning(p.origin().withPath("scenarios"), f.warning()));
            }
        }
        return out;
    }

    /**
     * Adds to {@code out} the warnings of the fit of the center in row {@code row}: those of
     * {@link #warnings(CenterProfile, List)} of {@link #evaluate}, in their order, without judging the scenarios it
     * does not claim or building their results. A center with nothing to warn of allocates nothing.
     */
    void warn(CenterProfile p, Batch batch, Scores scores, int row, Set<String> contradicted, List<Diagnostic> out) {
        Location at = null;
        List<String> claimed = p.scenarios();
        for (Rule r : rules) {
            if (!claimed.contains(r.rule.scenario())) {
                continue;
            }
            int d = decide(r, batch, scores, row, contradicted);
            Diagnostic text = d >= 0 ? r.placed[d] : d == NO_LEVEL ? null
                    : contradicted.contains(r.tests[-2 - d].condition().target()) ? r.contradicted[-2 - d] : r.notGiven[-2 - d];
            if (text != null) {
                if (at == null) {
                    at = p.origin().withPath("scenarios");
                }
                out.add(text.at(at));
            }
        }
    }

    private static final int FALSE = 0;
    private static final int TRUE = 1;
    private static final int UNKNOWN = 2;

    /** Whether the test's condition holds: TRUE, FALSE, or UNKNOWN when its metric has no value. */
    private int holds(Test test, Batch b, Scores s, int row) {
        RuleSet.Condition c = test.condition();
        switch (c.kind()) {
            case INDICATOR_BELOW -> {
                double v = s.indicator(test.indicator(), row);
                return v >= c.threshold() ? FALSE : TRUE;
            }
            case EVIDENCE_COVERAGE_BELOW -> {
                return FALSE;
            }
            default -> {
                int col = test.column();
                double v = col < 0 ? Double.NaN : b.value(col, row);
                if (c.kind() == RuleSet.Condition.Kind.METRIC_MISSING) {
                    return v > 0 ? FALSE : TRUE;
                }
                if (v != v) {
                    return UNKNOWN;
                }
                boolean h = c.kind() == RuleSet.Condition.Kind.METRIC_AT_LEAST ? v >= c.threshold() : v < c.threshold();
                return h ? TRUE : FALSE;
            }
        }
    }
}
