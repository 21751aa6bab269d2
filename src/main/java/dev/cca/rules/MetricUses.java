package dev.cca.rules;

import dev.cca.model.DerivedMetrics;
import dev.cca.model.MetricCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rules of a rule set read each profile key: the indicators it is scored in, the metrics it normalises,
 * the caps and scenario-fit levels it decides, and in which scoring scenarios. Metrics derived from the
 * accelerator inventory are attributed to the inventory ({@code compute.accelerators}). {@code cca init}
 * writes these beside each key, and leaves out keys that serve only scenarios not asked for.
 */
public final class MetricUses {

    /** How a rule uses a key. */
    public enum Kind { SCORED, NORMALIZES, LOOKUP, CAP, FIT }

    /**
     * One use. {@code indicator} and {@code metric} name the scored term (for SCORED, NORMALIZES and LOOKUP),
     * {@code cap} the cap, {@code fit} the fit rule; {@code scenarios} are the scoring scenarios it matters in.
     */
    public record Use(Kind kind, String indicator, String metric, String cap, String fit, Set<String> scenarios) {
    }

    private final Map<String, List<Use>> byKey = new LinkedHashMap<>();

    private MetricUses() {
    }

    public static MetricUses of(RuleSet rs) {
        MetricUses u = new MetricUses();
        Map<String, Set<String>> indicatorScenarios = new LinkedHashMap<>();
        for (RuleSet.Table t : rs.tables()) {
            for (RuleSet.Scenario s : rs.scenarios()) {
                for (RuleSet.IndicatorUse use : t.uses(s.id())) {
                    indicatorScenarios.computeIfAbsent(use.indicator(), k -> new LinkedHashSet<>()).add(s.id());
                }
            }
        }
        for (RuleSet.Indicator ind : rs.indicators().values()) {
            Set<String> sc = indicatorScenarios.getOrDefault(ind.id(), Set.of());
            for (RuleSet.MetricRule m : ind.metrics()) {
                u.add(m.metric(), new Use(Kind.SCORED, ind.id(), m.metric(), null, null, sc));
                RuleSet.Normalization n = m.normalize();
                for (String k : n.divideBy()) {
                    u.add(k, new Use(Kind.NORMALIZES, ind.id(), m.metric(), null, null, sc));
                }
                for (String k : n.multiplyBy()) {
                    u.add(k, new Use(Kind.NORMALIZES, ind.id(), m.metric(), null, null, sc));
                }
                if (n.divideByLookup() != null) {
                    u.add(n.divideByLookup().field(), new Use(Kind.LOOKUP, ind.id(), m.metric(), null, null, sc));
                }
            }
        }
        for (RuleSet.Cap c : rs.caps()) {
            if (c.when() != null && c.when().target() != null && c.when().kind() != RuleSet.Condition.Kind.INDICATOR_BELOW) {
                u.add(c.when().target(), new Use(Kind.CAP, null, null, c.id(), null, new LinkedHashSet<>(c.scenarios())));
            }
        }
        for (RuleSet.FitRule f : rs.fit()) {
            for (RuleSet.FitLevel l : f.levels()) {
                for (RuleSet.Condition c : l.when()) {
                    if (c.target() != null && c.kind() != RuleSet.Condition.Kind.INDICATOR_BELOW) {
                        u.add(c.target(), new Use(Kind.FIT, null, null, null, f.scenario(), Set.of(f.scoredAs())));
                    }
                }
            }
        }
        return u;
    }

    private void add(String key, Use use) {
        for (String k : sources(key)) {
            List<Use> l = byKey.computeIfAbsent(k, x -> new ArrayList<>());
            if (!l.contains(use)) {
                l.add(use);
            }
        }
    }

    /** The profile keys a metric comes from: itself, or for a derived metric the inventory it is computed from. */
    private static List<String> sources(String key) {
        MetricCatalog.Entry e = MetricCatalog.get(key);
        if (e == null || !e.derived()) {
            return List.of(key);
        }
        if (key.equals(DerivedMetrics.PRICED_PEAK_TFLOPS)) {
            return List.of("operations.pricing.accelerator", "compute.accelerators");
        }
        return List.of("compute.accelerators");
    }

    /** The uses of a profile key, in rule-set order; empty when no rule reads it. */
    public List<Use> of(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** True when some rule reads the key in one of {@code scenarios}, or no rule reads it at all. */
    public boolean serves(String key, Set<String> scenarios) {
        List<Use> l = of(key);
        if (l.isEmpty()) {
            return true;
        }
        for (Use u : l) {
            for (String s : u.scenarios()) {
                if (scenarios.contains(s)) {
                    return true;
                }
            }
        }
        return false;
    }
}
