package dev.cca.rules;

import dev.cca.model.Evidence;
import dev.cca.model.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What differs between two rule sets, entry by entry: each rule set is laid out as a flat list of
 * {@code path = value} (a weight, a curve, a cap's condition, a text), and the two lists are compared. Paths
 * name entries by their ids, not their positions, so moving an entry is not a change. The share of each
 * scenario score that each metric carries ({@link Weights}) is compared too: that is what a weight change
 * amounts to.
 */
public final class RuleSetDiff {

    /** One entry that differs; {@code before} or {@code after} is null for an entry added or removed. */
    public record Change(String path, String before, String after) {
    }

    /** A metric whose share of a scenario score moved. */
    public record ShareChange(String scenario, String metric, double before, double after) {
    }

    private RuleSetDiff() {
    }

    /** Top-level sections compared as written (the rule set's model of them is another stage's). */
    public static final List<String> AS_WRITTEN = List.of("robustness");

    public static List<Change> changes(RuleSet a, RuleSet b) {
        return changes(a, null, b, null);
    }

    /** With the sources, sections of {@link #AS_WRITTEN} are compared entry by entry too. */
    public static List<Change> changes(RuleSet a, RuleSource sa, RuleSet b, RuleSource sb) {
        Map<String, String> fa = flatten(a);
        Map<String, String> fb = flatten(b);
        for (String section : AS_WRITTEN) {
            if (sa != null) {
                sa.flatten(section).forEach((k, v) -> fa.put(k, v[0]));
            }
            if (sb != null) {
                sb.flatten(section).forEach((k, v) -> fb.put(k, v[0]));
            }
        }
        Set<String> paths = new LinkedHashSet<>(fa.keySet());
        paths.addAll(fb.keySet());
        List<Change> out = new ArrayList<>();
        for (String p : paths) {
            String x = fa.get(p);
            String y = fb.get(p);
            if (x == null ? y != null : !x.equals(y)) {
                out.add(new Change(p, x, y));
            }
        }
        return out;
    }

    /** Metrics whose share of a scenario score moved by at least {@code minDelta} (0-1). */
    public static List<ShareChange> shares(RuleSet a, RuleSet b, double minDelta) {
        List<ShareChange> out = new ArrayList<>();
        for (RuleSet.Scenario s : b.scenarios()) {
            Map<String, Double> sa = a.scenario(s.id()) == null ? Map.of() : Weights.metricShares(a, s.id());
            Map<String, Double> sb = Weights.metricShares(b, s.id());
            Set<String> metrics = new LinkedHashSet<>(sa.keySet());
            metrics.addAll(sb.keySet());
            for (String m : metrics) {
                double x = sa.getOrDefault(m, 0.0);
                double y = sb.getOrDefault(m, 0.0);
                if (Math.abs(y - x) >= minDelta) {
                    out.add(new ShareChange(s.id(), m, x, y));
                }
            }
        }
        return out;
    }

    /** The rule set as {@code path = value} entries, in the order of the file. */
    public static Map<String, String> flatten(RuleSet rs) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", rs.id());
        m.put("version", rs.version());
        label(m, "title", rs.title());
        for (Evidence e : Evidence.values()) {
            m.put("evidence.factors." + e.id(), n(rs.evidence().factor(e)));
        }
        m.put("evidence.max_age_days", String.valueOf(rs.evidence().maxAgeDays()));
        m.put("evidence.stale", rs.evidence().stale().name().toLowerCase(java.util.Locale.ROOT));
        m.put("missing.metric", rs.missing().metric().name().toLowerCase(java.util.Locale.ROOT));
        m.put("missing.indicator", rs.missing().indicator().name().toLowerCase(java.util.Locale.ROOT));
        m.put("missing.min_reported", n(rs.missing().minReported()));
        for (RuleSet.Grade g : rs.gradesDescending()) {
            String p = "grades." + g.grade();
            m.put(p + ".min", n(g.min()));
            label(m, p, g.label());
            cite(m, p, g.cite());
        }
        for (RuleSet.Scenario s : rs.scenarios()) {
            m.put("scenarios." + s.id() + ".combine", s.combine().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        for (RuleSet.Table t : rs.tables()) {
            String p = "tables." + t.id();
            label(m, p, t.label());
            for (RuleSet.Scenario s : rs.scenarios()) {
                m.put(p + ".weight." + s.id(), n(t.weight(s.id())));
                for (RuleSet.IndicatorUse u : t.uses(s.id())) {
                    String up = p + "." + s.id() + "." + u.indicator();
                    m.put(up, u.informative() ? "informative" : "weight " + n(u.weight()));
                    cite(m, up, u.cite());
                }
            }
            cite(m, p, t.cite());
        }
        for (RuleSet.Indicator ind : rs.indicators().values()) {
            String p = "indicators." + ind.id();
            label(m, p, ind.label());
            label(m, p + ".measures", ind.measures());
            label(m, p + ".why", ind.why());
            label(m, p + ".improve", ind.improve());
            for (RuleSet.MetricRule r : ind.metrics()) {
                String mp = p + ".metrics[" + r.metric() + "]";
                m.put(mp + ".weight", n(r.weight()));
                m.put(mp + ".direction", r.higherIsBetter() ? "higher" : "lower");
                m.put(mp + ".curve", r.curve() == null ? "" : r.curve().describe());
                if (!r.normalize().isNone()) {
                    m.put(mp + ".normalize", normalization(r.normalize()));
                }
                if (r.missing() != null) {
                    m.put(mp + ".missing", r.missing().name().toLowerCase(java.util.Locale.ROOT));
                }
                if (!r.items().isEmpty()) {
                    m.put(mp + ".items", String.join(", ", r.items()));
                }
                for (RuleSet.Anchor a : r.anchors()) {
                    m.put(mp + ".anchors." + n(a.value()), a.label().en());
                }
                cite(m, mp, r.cite());
            }
        }
        for (RuleSet.ReferenceList ref : rs.references().values()) {
            for (RuleSet.ReferenceItem i : ref.items()) {
                String p = "references[" + ref.metric() + "]." + i.id();
                m.put(p, "weight " + n(i.weight()) + (i.aliases().isEmpty() ? "" : ", aliases " + String.join(", ", i.aliases())));
                label(m, p, i.label());
            }
        }
        for (RuleSet.Cap c : rs.caps()) {
            String p = "caps." + c.id();
            m.put(p + ".when", c.when() == null ? "" : c.when().describe());
            m.put(p + ".max_grade", String.valueOf(c.maxGrade()));
            m.put(p + ".scenarios", String.join(", ", c.scenarios()));
            label(m, p, c.label());
            cite(m, p, c.cite());
        }
        for (RuleSet.FitRule f : rs.fit()) {
            String p = "fit." + f.scenario();
            m.put(p + ".scored_as", f.scoredAs());
            for (RuleSet.FitLevel l : f.levels()) {
                m.put(p + "." + l.fit(), l.when().isEmpty() ? "otherwise"
                        : String.join(" and ", l.when().stream().map(RuleSet.Condition::describe).toList()));
                label(m, p + "." + l.fit(), l.note());
            }
        }
        Catalogs cat = rs.catalogs();
        if (cat != null) {
            for (AcceleratorCatalog.Vendor v : cat.accelerators().vendors()) {
                m.put("vendors." + v.id(), v.label().en() + " / " + v.label().zh()
                        + (v.aliases().isEmpty() ? "" : "; aliases " + String.join(", ", v.aliases())));
            }
            for (AcceleratorCatalog.Card c : cat.accelerators().cards()) {
                m.put("accelerators." + c.id(), card(c));
                cite(m, "accelerators." + c.id(), c.cite());
            }
            for (ModelTable.Model x : cat.models().models()) {
                m.put("models." + x.id(), x.name() + ": " + n(x.totalB()) + "B" + (x.isMoe() ? ", " + n(x.activeB()) + "B active" : "")
                        + (x.aliases().isEmpty() ? "" : "; aliases " + String.join(", ", x.aliases())));
                cite(m, "models." + x.id(), x.cite());
            }
            CheckParams k = cat.checks();
            if (k != null) {
                m.put("checks.littles_law_tolerance", n(k.littlesLawTolerance()));
                m.put("checks.max_tokens_per_s_per_user", n(k.maxTokensPerSecondPerUser()));
                m.put("checks.peak_match_within", n(k.peakMatchWithin()));
                m.put("checks.peak_tolerance", n(k.peakTolerance()));
                m.put("checks.cluster_tolerance", n(k.clusterTolerance()));
                m.put("checks.scaling_per_doubling", n(k.scalingPerDoubling()));
                m.put("checks.accelerators_per_machine", n(k.acceleratorsPerMachine()));
                m.put("checks.hours_per_month", n(k.hoursPerMonth()));
                double[] more = k.optional();
                for (int i = 0; i < more.length; i++) {
                    String name = CheckParams.OPTIONAL.get(i);
                    if (!Double.isNaN(more[i])) {
                        m.put("checks." + name, n(more[i]));
                    } else if (CheckParams.SWITCHABLE.contains(name)) {
                        m.put("checks." + name, "off");
                    }
                }
                cite(m, "checks", k.cite());
            }
        }
        for (RuleSet.Citation c : rs.citations().values()) {
            m.put("citations." + c.id(), c.source() + (c.text() == null ? "" : ": " + c.text()));
        }
        return m;
    }

    /** "Huawei Ascend 910B (npu): FP16 313 TFLOPS, INT8 640 TOPS, 64 GB; aliases ...". */
    public static String card(AcceleratorCatalog.Card c) {
        List<String> f = new ArrayList<>();
        figure(f, "FP16", c.fp16Tflops(), "TFLOPS");
        figure(f, "FP16 sparse", c.fp16SparseTflops(), "TFLOPS");
        figure(f, "FP8", c.fp8Tflops(), "TFLOPS");
        figure(f, "FP8 sparse", c.fp8SparseTflops(), "TFLOPS");
        figure(f, "INT8", c.int8Tops(), "TOPS");
        figure(f, "INT8 sparse", c.int8SparseTops(), "TOPS");
        figure(f, "peak of unstated precision", c.peakUnstatedTflops(), "TFLOPS");
        figure(f, c.sram() ? "on-chip SRAM" : "memory", c.memoryGb(), "GB");
        figure(f, c.sram() ? "SRAM bandwidth" : "memory bandwidth", c.memoryBandwidthGbS(), "GB/s");
        return c.vendor() + " " + c.model() + " (" + c.kind() + "): " + String.join(", ", f)
                + (c.secondary() ? "; secondary sources" : "")
                + (c.aliases().isEmpty() ? "" : "; aliases " + String.join(", ", c.aliases()));
    }

    private static void figure(List<String> out, String name, double v, String unit) {
        if (v == v) {
            out.add(name + " " + n(v) + " " + unit);
        }
    }

    /** "divided by inference.throughput.accelerators, multiplied by inference.throughput.params_b". */
    public static String normalization(RuleSet.Normalization n) {
        List<String> parts = new ArrayList<>();
        if (!n.divideBy().isEmpty()) {
            parts.add("divided by " + String.join(", ", n.divideBy()));
        }
        if (!n.multiplyBy().isEmpty()) {
            parts.add("multiplied by " + String.join(", ", n.multiplyBy()));
        }
        if (n.divideByLookup() != null) {
            List<String> v = new ArrayList<>();
            n.divideByLookup().values().forEach((k, x) -> v.add(k + " " + n(x)));
            parts.add("divided by the value of " + n.divideByLookup().field() + " (" + String.join(", ", v) + "; otherwise "
                    + n(n.divideByLookup().fallback()) + ")");
        }
        if (n.scale() != 1.0) {
            parts.add("times " + n(n.scale()));
        }
        return String.join(", ", parts) + (n.unit() == null ? "" : " (" + n.unit() + ")");
    }

    private static void label(Map<String, String> m, String p, Label l) {
        if (l == null) {
            return;
        }
        if (l.en() != null && !l.en().isEmpty()) {
            m.put(p + ".en", l.en());
        }
        if (l.zh() != null && !l.zh().isEmpty()) {
            m.put(p + ".zh", l.zh());
        }
    }

    private static void cite(Map<String, String> m, String p, List<String> cite) {
        if (!cite.isEmpty()) {
            m.put(p + ".cite", String.join(", ", cite));
        }
    }

    private static String n(double v) {
        return Numbers.format(v);
    }
}
