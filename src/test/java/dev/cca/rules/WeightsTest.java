package dev.cca.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.engine.Assessor;
import dev.cca.model.Evidence;
import dev.cca.model.Field;
import dev.cca.model.MetricCatalog;
import dev.cca.model.ProfileSchema;
import dev.cca.result.CenterResult;
import dev.cca.testing.Profiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WeightsTest {

    private static final RuleSet RULES = RuleSetLoader.loadDefault();

    @Test
    void the_shares_of_each_scenario_score_add_up_to_the_whole() {
        for (RuleSet.Scenario s : RULES.scenarios()) {
            double sum = Weights.terms(RULES, s.id()).stream().mapToDouble(Weights.Term::share).sum();
            assertEquals(1.0, sum, 1e-12, s.id());
        }
    }

    /**
     * The share {@code cca rules show} prints is the engine's: a center that has only one metric, at its
     * curve's best and declared, scores that metric's share times 100 times the declared factor. Checked for
     * every metric that a profile states directly (no normalisation, no missing-value exclusion).
     */
    @Test
    void a_metric_alone_at_its_best_scores_its_share_of_the_scenario() {
        Assessor assessor = new Assessor(RULES);
        double declared = RULES.evidence().factor(Evidence.DECLARED);
        int checked = 0;
        for (RuleSet.Scenario s : RULES.scenarios()) {
            for (Map.Entry<String, Double> e : Weights.metricShares(RULES, s.id()).entrySet()) {
                String best = bestValue(e.getKey());
                if (best == null) {
                    continue;
                }
                String yaml = "cca: center-profile/v1\nid: one\nname: One\n" + nested(e.getKey(), best);
                CenterResult r = assessor.assess(Profiles.valid(yaml), Profiles.TODAY, List.of(), List.of());
                assertEquals(e.getValue() * 100 * declared, r.scenario(s.id()).score(), 1e-6, s.id() + " " + e.getKey());
                checked++;
            }
        }
        assertTrue(checked >= 30, "checked " + checked);
    }

    /** A value that scores 100 on every curve that uses {@code metric} alone, or null when there is none. */
    private static String bestValue(String metric) {
        Field f = ProfileSchema.field(metric);
        if (f == null || !f.conditions().isEmpty()) {
            return null;
        }
        List<Double> needed = new ArrayList<>();
        for (RuleSet.Indicator ind : RULES.indicators().values()) {
            for (RuleSet.MetricRule m : ind.metrics()) {
                if (!m.metric().equals(metric)) {
                    continue;
                }
                if (!m.normalize().isNone() || m.missing() == RuleSet.Missing.EXCLUDE || !m.items().isEmpty()) {
                    return null;
                }
                needed.add(m.curve().valueFor(100));
            }
        }
        return switch (MetricCatalog.get(metric).type()) {
            case BOOLEAN -> "true";
            case ID_LIST -> {
                RuleSet.ReferenceList ref = RULES.references().get(metric);
                yield ref == null ? null : "[" + String.join(", ", ref.items().stream().map(RuleSet.ReferenceItem::id).toList()) + "]";
            }
            case NUMBER -> needed.stream().anyMatch(d -> !Double.isFinite(d)) || needed.size() != 1 ? null
                    : dev.cca.model.Numbers.format(needed.get(0));
            default -> null;
        };
    }

    private static String nested(String path, String value) {
        String[] parts = path.split("\\.");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            sb.append("  ".repeat(i)).append(parts[i]).append(':');
            sb.append(i == parts.length - 1 ? " " + value + "\n" : "\n");
        }
        return sb.toString();
    }

    @Property(tries = 200)
    void raising_one_weight_raises_its_share_and_the_shares_still_add_up(@ForAll @IntRange(min = 0, max = 27) int use,
                                                                         @ForAll @DoubleRange(min = 1.01, max = 20) double factor) {
        RuleSet.Table t = RULES.tables().get(use % RULES.tables().size());
        String scenario = RULES.scenarios().get(use % 2).id();
        List<RuleSet.IndicatorUse> uses = t.uses(scenario).stream().filter(u -> !u.informative()).toList();
        RuleSet.IndicatorUse target = uses.get(use % uses.size());
        double before = Weights.indicatorShares(RULES, scenario).get(target.indicator());
        RuleSet raised = withUseWeight(t.id(), scenario, target.indicator(), target.weight() * factor);
        double after = Weights.indicatorShares(raised, scenario).get(target.indicator());
        assertTrue(after > before, before + " -> " + after);
        double sum = Weights.terms(raised, scenario).stream().mapToDouble(Weights.Term::share).sum();
        assertEquals(1.0, sum, 1e-12);
    }

    private static RuleSet withUseWeight(String table, String scenario, String indicator, double w) {
        List<RuleSet.Table> tables = new ArrayList<>();
        for (RuleSet.Table t : RULES.tables()) {
            if (!t.id().equals(table)) {
                tables.add(t);
                continue;
            }
            Map<String, List<RuleSet.IndicatorUse>> uses = new java.util.LinkedHashMap<>(t.uses());
            uses.put(scenario, t.uses(scenario).stream().map(u -> u.indicator().equals(indicator) && !u.informative()
                    ? new RuleSet.IndicatorUse(u.indicator(), w, false, u.cite()) : u).toList());
            tables.add(new RuleSet.Table(t.id(), t.label(), t.weights(), uses, t.cite()));
        }
        RuleSet r = RULES;
        return new RuleSet(r.id(), r.version(), r.title(), r.sha256(), r.citations(), r.evidence(), r.missing(), r.grades(),
                r.scenarios(), tables, r.indicators(), r.references(), r.caps(), r.fit(), r.catalogs());
    }
}
