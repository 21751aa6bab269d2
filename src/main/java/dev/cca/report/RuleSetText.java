package dev.cca.report;

import dev.cca.model.Field;
import dev.cca.model.MetricCatalog;
import dev.cca.model.Numbers;
import dev.cca.model.ProfileSchema;
import dev.cca.rules.Curve;
import dev.cca.rules.Label;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetDiff;
import dev.cca.rules.RuleSource;
import dev.cca.rules.Weights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code cca rules list}, {@code show} and {@code explain} as Markdown: readable in a terminal, and on a git
 * forge when pasted into a review. Every value {@code show} prints says where it was written (file and line:
 * of the base or of the override, for a rule set that extends another).
 */
public final class RuleSetText {

    /** One rule set in {@code cca rules list}. */
    public record Listed(String id, String version, Label title, String source, String sha256, int indicators,
                         List<String> chain) {
    }

    private RuleSetText() {
    }

    public static String list(List<Listed> sets, String lang) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(w("rule-sets", lang)).append("\n\n");
        sb.append("| ").append(w("id", lang)).append(" | ").append(w("version", lang)).append(" | ").append(w("title", lang))
                .append(" | ").append(w("indicators", lang)).append(" | ").append(w("read-from", lang)).append(" | SHA-256 |\n");
        sb.append("|---|---|---|---:|---|---|\n");
        for (Listed l : sets) {
            String from = l.source();
            if (l.chain().size() > 1) {
                from += " (" + w("extends", lang) + " " + String.join(" → ", l.chain().subList(1, l.chain().size())) + ")";
            }
            sb.append("| ").append(Text.code(l.id())).append(" | ").append(Text.md(l.version())).append(" | ")
                    .append(Text.md(l.title().get(lang))).append(" | ").append(l.indicators()).append(" | ").append(Text.md(from))
                    .append(" | ").append(Text.code(l.sha256().substring(0, 12))).append(" |\n");
        }
        return sb.toString();
    }

    // ---- show -----------------------------------------------------------------------------------------

    public static String show(RuleSet rs, RuleSource src, String lang) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(Text.md(rs.id())).append(' ').append(Text.md(rs.version())).append(": ")
                .append(Text.md(rs.title().get(lang))).append("\n\n");
        sb.append(w("read-from", lang)).append(": ").append(Text.md(String.join(" → ", src.chain())))
                .append(src.extendsAnother() ? " (" + w("extends", lang) + ")" : "").append("; SHA-256 ")
                .append(Text.code(rs.sha256())).append("\n\n");

        sb.append("## ").append(w("scenarios-tables", lang)).append("\n\n");
        sb.append("| ").append(w("scenario", lang)).append(" | ").append(w("combine", lang)).append(" | ")
                .append(w("table", lang)).append(" | ").append(w("weight", lang)).append(" | ")
                .append(w("share-of-score", lang)).append(" | ").append(w("from", lang)).append(" |\n|---|---|---|---:|---:|---|\n");
        for (RuleSet.Scenario s : rs.scenarios()) {
            double sum = 0;
            for (RuleSet.Table t : rs.tables()) {
                sum += t.weight(s.id());
            }
            for (RuleSet.Table t : rs.tables()) {
                sb.append("| ").append(Text.md(s.label().get(lang))).append(" | ")
                        .append(w(s.combine() == RuleSet.Combine.WEIGHTED_MEAN ? "weighted-mean" : "weighted-geometric-mean", lang))
                        .append(" | ").append(Text.md(t.label().get(lang))).append(" | ").append(n(t.weight(s.id()))).append(" | ")
                        .append(pct(sum > 0 ? t.weight(s.id()) / sum : 0)).append(" | ")
                        .append(origin(src, "tables", t.id(), "weight", s.id())).append(" |\n");
            }
        }
        sb.append('\n');

        for (RuleSet.Scenario s : rs.scenarios()) {
            Map<String, Double> shares = Weights.indicatorShares(rs, s.id());
            for (RuleSet.Table t : rs.tables()) {
                List<RuleSet.IndicatorUse> uses = t.uses(s.id());
                if (uses.isEmpty()) {
                    continue;
                }
                double useSum = uses.stream().filter(u -> !u.informative()).mapToDouble(RuleSet.IndicatorUse::weight).sum();
                sb.append("### ").append(Text.md(s.label().get(lang))).append(": ").append(Text.md(t.label().get(lang)))
                        .append("\n\n| ").append(w("indicator", lang)).append(" | ").append(w("weight", lang)).append(" | ")
                        .append(w("share-of-table", lang)).append(" | ").append(w("share-of-score", lang)).append(" | ")
                        .append(w("from", lang)).append(" |\n|---|---:|---:|---:|---|\n");
                for (RuleSet.IndicatorUse u : uses) {
                    RuleSet.Indicator ind = rs.indicators().get(u.indicator());
                    sb.append("| ").append(Text.md(ind == null ? u.indicator() : ind.label().get(lang))).append(' ')
                            .append(Text.code(u.indicator())).append(" | ");
                    if (u.informative()) {
                        sb.append(w("informative", lang)).append(" | | | ");
                    } else {
                        sb.append(n(u.weight())).append(" | ").append(pct(useSum > 0 ? u.weight() / useSum : 0)).append(" | ")
                                .append(pct(shares.getOrDefault(u.indicator(), 0.0))).append(" | ");
                    }
                    sb.append(origin(src, "tables", t.id(), s.id(), u.indicator())).append(" |\n");
                }
                sb.append('\n');
            }
        }

        sb.append("## ").append(w("indicators", lang)).append("\n\n");
        for (RuleSet.Indicator ind : rs.indicators().values()) {
            sb.append("### ").append(Text.md(ind.label().get(lang))).append(' ').append(Text.code(ind.id())).append("\n\n");
            sb.append("| ").append(w("metric", lang)).append(" | ").append(w("weight", lang)).append(" | ")
                    .append(w("direction", lang)).append(" | ").append(w("curve", lang));
            for (RuleSet.Scenario s : rs.scenarios()) {
                sb.append(" | ").append(Text.md(s.label().get(lang)));
            }
            sb.append(" | ").append(w("from", lang)).append(" |\n|---|---:|---|---");
            sb.append("|---:".repeat(rs.scenarios().size())).append("|---|\n");
            for (int i = 0; i < ind.metrics().size(); i++) {
                RuleSet.MetricRule m = ind.metrics().get(i);
                sb.append("| ").append(Text.code(m.metric())).append(" | ").append(n(m.weight())).append(" | ")
                        .append(w(m.higherIsBetter() ? "higher" : "lower", lang)).append(" | ")
                        .append(Text.md(curve(m)));
                if (!m.normalize().isNone()) {
                    sb.append("; ").append(w("normalize", lang)).append(": ").append(Text.md(RuleSetDiff.normalization(m.normalize())));
                }
                for (RuleSet.Scenario s : rs.scenarios()) {
                    double share = Weights.termShare(rs, s.id(), ind.id(), i);
                    sb.append(" | ").append(share > 0 ? pct(share) : "—");
                }
                sb.append(" | ").append(originOf(metricOrigin(src, ind.id(), i, "weight"), metricOrigin(src, ind.id(), i, "curve")))
                        .append(" |\n");
            }
            sb.append('\n');
        }

        sb.append("## ").append(w("effective-weights", lang)).append("\n\n").append(w("effective-weights-note", lang)).append("\n\n");
        sb.append("| ").append(w("metric", lang)).append(" | ").append(w("unit", lang));
        List<Map<String, Double>> byScenario = new ArrayList<>();
        Set<String> metrics = new LinkedHashSet<>();
        for (RuleSet.Scenario s : rs.scenarios()) {
            sb.append(" | ").append(Text.md(s.label().get(lang)));
            Map<String, Double> m = Weights.metricShares(rs, s.id());
            byScenario.add(m);
            metrics.addAll(m.keySet());
        }
        sb.append(" |\n|---|---").append("|---:".repeat(rs.scenarios().size())).append("|\n");
        for (String metric : metrics) {
            MetricCatalog.Entry e = MetricCatalog.get(metric);
            sb.append("| ").append(Text.code(metric)).append(" | ").append(e == null ? "" : Text.md(e.unit()));
            for (Map<String, Double> m : byScenario) {
                Double v = m.get(metric);
                sb.append(" | ").append(v == null ? "—" : pct(v));
            }
            sb.append(" |\n");
        }
        sb.append('\n');

        sb.append("## ").append(w("grades", lang)).append("\n\n| ").append(w("grade", lang)).append(" | ")
                .append(w("min-score", lang)).append(" | ").append(w("from", lang)).append(" |\n|---|---:|---|\n");
        for (RuleSet.Grade g : rs.gradesDescending()) {
            sb.append("| ").append(g.grade()).append(' ').append(Text.md(g.label().get(lang))).append(" | ").append(n(g.min()))
                    .append(" | ").append(origin(src, "grades", String.valueOf(g.grade()), "min")).append(" |\n");
        }
        sb.append('\n');

        sb.append("## ").append(w("caps", lang)).append("\n\n| ").append(w("id", lang)).append(" | ").append(w("when", lang))
                .append(" | ").append(w("max-grade", lang)).append(" | ").append(w("scenario", lang)).append(" | ")
                .append(w("from", lang)).append(" |\n|---|---|---:|---|---|\n");
        for (RuleSet.Cap c : rs.caps()) {
            sb.append("| ").append(Text.code(c.id())).append(' ').append(Text.md(c.label().get(lang))).append(" | ")
                    .append(c.when() == null ? "" : Text.code(c.when().describe())).append(" | ").append(c.maxGrade()).append(" | ")
                    .append(Text.md(String.join(", ", c.scenarios()))).append(" | ")
                    .append(originOf(src.originAt("caps", c.id(), "when"), src.originAt("caps", c.id(), "max_grade"))).append(" |\n");
        }
        sb.append('\n');

        sb.append("## ").append(w("evidence-policy", lang)).append("\n\n");
        sb.append("| | | ").append(w("from", lang)).append(" |\n|---|---|---|\n");
        for (dev.cca.model.Evidence e : dev.cca.model.Evidence.values()) {
            sb.append("| ").append(w("factor", lang)).append(": ").append(e.id()).append(" | ").append(n(rs.evidence().factor(e)))
                    .append(" | ").append(origin(src, "evidence", "factors", e.id())).append(" |\n");
        }
        sb.append("| ").append(w("max-age", lang)).append(" | ").append(rs.evidence().maxAgeDays()).append(' ').append(w("days", lang))
                .append(" → ").append(rs.evidence().stale().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                .append(origin(src, "evidence", "max_age_days")).append(" |\n");
        sb.append("| ").append(w("missing-policy", lang)).append(" | ").append(w("metric", lang)).append(": ")
                .append(rs.missing().metric().name().toLowerCase(java.util.Locale.ROOT)).append(", ").append(w("indicator", lang))
                .append(": ").append(rs.missing().indicator().name().toLowerCase(java.util.Locale.ROOT)).append(" | ")
                .append(origin(src, "missing")).append(" |\n");
        sb.append("| ").append(w("min-reported", lang)).append(" | ").append(pct(rs.missing().minReported())).append(" | ")
                .append(origin(src, "missing", "min_reported")).append(" |\n\n");

        sb.append("## ").append(w("fit", lang)).append("\n\n");
        for (RuleSet.FitRule f : rs.fit()) {
            sb.append("- ").append(Text.md(f.label().get(lang))).append(' ').append(Text.code(f.scenario())).append(" (")
                    .append(w("scored-as", lang)).append(' ').append(Text.code(f.scoredAs())).append("): ");
            List<String> levels = new ArrayList<>();
            for (RuleSet.FitLevel l : f.levels()) {
                levels.add(l.fit() + " " + (l.when().isEmpty() ? w("otherwise", lang)
                        : "`" + String.join(" & ", l.when().stream().map(RuleSet.Condition::describe).toList()) + "`"));
            }
            sb.append(String.join("; ", levels)).append(" (").append(origin(src, "fit", f.scenario())).append(")\n");
        }
        sb.append('\n');

        dev.cca.rules.Catalogs cat = rs.catalogs();
        if (cat != null && !cat.accelerators().isEmpty()) {
            sb.append("## ").append(w("accelerator-catalog", lang)).append("\n\n| ").append(w("id", lang)).append(" | ")
                    .append(w("accelerator", lang)).append(" | ").append(w("citations", lang)).append(" | ").append(w("from", lang))
                    .append(" |\n|---|---|---|---|\n");
            for (dev.cca.rules.AcceleratorCatalog.Card c : cat.accelerators().cards()) {
                sb.append("| ").append(Text.code(c.id())).append(" | ").append(Text.md(RuleSetDiff.card(c))).append(" | ")
                        .append(Text.md(String.join(", ", c.cite()))).append(" | ").append(origin(src, "accelerators", c.id())).append(" |\n");
            }
            sb.append('\n');
        }
        if (cat != null && !cat.models().isEmpty()) {
            sb.append("## ").append(w("model-table", lang)).append("\n\n| ").append(w("id", lang)).append(" | ")
                    .append(w("model", lang)).append(" | ").append(w("params-total", lang)).append(" | ").append(w("params-active", lang))
                    .append(" | ").append(w("citations", lang)).append(" | ").append(w("from", lang)).append(" |\n|---|---|---:|---:|---|---|\n");
            for (dev.cca.rules.ModelTable.Model x : cat.models().models()) {
                sb.append("| ").append(Text.code(x.id())).append(" | ").append(Text.md(x.name())).append(" | ").append(n(x.totalB()))
                        .append(" | ").append(x.isMoe() ? n(x.activeB()) : "").append(" | ").append(Text.md(String.join(", ", x.cite())))
                        .append(" | ").append(origin(src, "models", x.id())).append(" |\n");
            }
            sb.append('\n');
        }
        if (cat != null && cat.checks() != null) {
            sb.append("## ").append(w("check-params", lang)).append("\n\n| | | ").append(w("from", lang)).append(" |\n|---|---:|---|\n");
            for (Map.Entry<String, String> e : RuleSetDiff.flatten(rs).entrySet()) {
                if (e.getKey().startsWith("checks.") && !e.getKey().endsWith(".cite")) {
                    String key = e.getKey().substring("checks.".length());
                    String from = cat.checks().defaulted().contains(key) ? Text.md(w("check-param-defaulted", lang))
                            : origin(src, "checks", key);
                    sb.append("| ").append(Text.code(key)).append(" | ").append(Text.md(e.getValue())).append(" | ")
                            .append(from).append(" |\n");
                }
            }
            sb.append('\n');
        }

        for (String section : RuleSetDiff.AS_WRITTEN) {
            Map<String, String[]> entries = src.flatten(section);
            if (entries.isEmpty()) {
                continue;
            }
            sb.append("## ").append(Text.code(section)).append("\n\n| | | ").append(w("from", lang)).append(" |\n|---|---|---|\n");
            for (Map.Entry<String, String[]> e : entries.entrySet()) {
                sb.append("| ").append(Text.code(e.getKey().substring(section.length() + 1))).append(" | ").append(Text.md(e.getValue()[0]))
                        .append(" | ").append(Text.md(e.getValue()[1])).append(" |\n");
            }
            sb.append('\n');
        }

        sb.append("## ").append(w("references", lang)).append("\n\n");
        for (RuleSet.ReferenceList ref : rs.references().values()) {
            List<String> items = new ArrayList<>();
            for (RuleSet.ReferenceItem i : ref.items()) {
                items.add(Text.code(i.id()) + " " + n(i.weight()));
            }
            sb.append("- ").append(Text.code(ref.metric())).append(": ").append(String.join(", ", items)).append(" (")
                    .append(origin(src, "references", ref.metric())).append(")\n");
        }
        return sb.toString();
    }

    // ---- explain --------------------------------------------------------------------------------------

    public static String explain(RuleSet rs, RuleSource src, RuleSet.Indicator ind, String lang) {
        StringBuilder sb = new StringBuilder();
        Label other = new Label(ind.label().zh(), ind.label().en());
        sb.append("# ").append(Text.md(ind.label().get(lang)));
        if (!other.get(lang).equals(ind.label().get(lang))) {
            sb.append(" (").append(Text.md(other.get(lang))).append(')');
        }
        sb.append(' ').append(Text.code(ind.id())).append("\n\n");
        if (!ind.measures().get(lang).isEmpty()) {
            sb.append("**").append(w("measures", lang)).append("**: ").append(Text.md(ind.measures().get(lang))).append("\n\n");
        }
        if (!ind.why().get(lang).isEmpty()) {
            sb.append("**").append(w("why", lang)).append("**: ").append(Text.md(ind.why().get(lang))).append("\n\n");
        }

        sb.append("## ").append(w("where-counts", lang)).append("\n\n");
        boolean any = false;
        for (RuleSet.Scenario s : rs.scenarios()) {
            double total = 0;
            for (RuleSet.Table t : rs.tables()) {
                for (RuleSet.IndicatorUse u : t.uses(s.id())) {
                    if (!u.indicator().equals(ind.id())) {
                        continue;
                    }
                    any = true;
                    double useSum = t.uses(s.id()).stream().filter(x -> !x.informative()).mapToDouble(RuleSet.IndicatorUse::weight).sum();
                    sb.append("- ").append(Text.md(t.label().get(lang))).append(", ").append(Text.md(s.label().get(lang))).append(' ')
                            .append(w("column", lang)).append(": ");
                    if (u.informative()) {
                        sb.append(w("informative", lang));
                    } else {
                        sb.append(w("weight", lang)).append(' ').append(n(u.weight())).append(" / ").append(n(useSum)).append(" (")
                                .append(pct(useSum > 0 ? u.weight() / useSum : 0)).append(')');
                    }
                    sb.append('\n');
                }
            }
            total = Weights.indicatorShares(rs, s.id()).getOrDefault(ind.id(), 0.0);
            if (total > 0) {
                sb.append("- **").append(pct(total)).append("** ").append(zh(lang) ? "占" + s.label().get(lang) + "得分"
                        : "of the " + s.label().get(lang).toLowerCase(java.util.Locale.ROOT) + " score").append('\n');
            }
        }
        if (!any) {
            sb.append("- ").append(w("none", lang)).append('\n');
        }
        sb.append('\n');

        sb.append("## ").append(w("metrics", lang)).append("\n\n");
        Set<String> cited = new LinkedHashSet<>();
        for (int i = 0; i < ind.metrics().size(); i++) {
            RuleSet.MetricRule m = ind.metrics().get(i);
            sb.append("### ").append(Text.code(m.metric()));
            if (m.label() != null) {
                sb.append(": ").append(Text.md(m.label().get(lang)));
            }
            sb.append("\n\n");
            Field f = ProfileSchema.field(m.metric());
            MetricCatalog.Entry e = MetricCatalog.get(m.metric());
            if (e != null) {
                sb.append("- ").append(w("profile-key", lang)).append(": ").append(Text.code(m.metric()))
                        .append(e.unit().isEmpty() ? "" : " (" + Text.md(e.unit()) + ")").append(": ").append(Text.md(e.doc()))
                        .append(f == null ? "" : "").append('\n');
            }
            sb.append("- ").append(w("weight", lang)).append(' ').append(n(m.weight())).append(" / ")
                    .append(n(ind.metrics().stream().mapToDouble(RuleSet.MetricRule::weight).sum()));
            for (RuleSet.Scenario s : rs.scenarios()) {
                double share = Weights.termShare(rs, s.id(), ind.id(), i);
                if (share > 0) {
                    sb.append("; ").append(pct(share)).append(' ').append(zh(lang) ? "占" + s.label().get(lang) + "得分"
                            : "of the " + s.label().get(lang).toLowerCase(java.util.Locale.ROOT) + " score");
                }
            }
            sb.append('\n');
            sb.append("- ").append(w("direction", lang)).append(": ").append(w(m.higherIsBetter() ? "higher" : "lower", lang)).append('\n');
            if (!m.normalize().isNone()) {
                sb.append("- ").append(w("normalize", lang)).append(": ").append(Text.md(RuleSetDiff.normalization(m.normalize()))).append('\n');
            }
            sb.append("- ").append(w("curve", lang)).append(": ").append(Text.md(curve(m))).append(" (")
                    .append(originOf(metricOrigin(src, ind.id(), i, "curve"), "")).append(")\n\n");
            String unit = m.normalize().unit() != null ? m.normalize().unit() : e == null ? "" : e.unit();
            sb.append("| ").append(w("value", lang)).append(unit.isEmpty() ? "" : " (" + Text.md(unit) + ")").append(" | ")
                    .append(w("curve-score", lang)).append(" |\n|---:|---:|\n");
            for (double[] pt : (m.curve() == null ? List.<double[]>of() : m.curve().samplePoints())) {
                sb.append("| ").append(n(pt[0])).append(" | ").append(Numbers.score(pt[1])).append(" |\n");
            }
            sb.append('\n');
            if (!m.anchors().isEmpty()) {
                sb.append("**").append(w("anchors", lang)).append("**:\n\n");
                for (RuleSet.Anchor a : m.anchors()) {
                    sb.append("- ").append(n(a.value())).append(unit.isEmpty() ? "" : " " + Text.md(unit)).append(" → ")
                            .append(Numbers.score(m.curve().eval(a.value()))).append(": ").append(Text.md(a.label().get(lang)));
                    if (!a.cite().isEmpty()) {
                        sb.append(" [").append(Text.md(String.join(", ", a.cite()))).append(']');
                    }
                    sb.append('\n');
                    cited.addAll(a.cite());
                }
                sb.append('\n');
            }
            cited.addAll(m.cite());
        }

        List<String> naming = new ArrayList<>();
        for (RuleSet.Cap c : rs.caps()) {
            if (c.when() != null && names(c.when(), ind)) {
                naming.add(Text.code(c.id()) + ": " + Text.md(c.label().get(lang)));
                cited.addAll(c.cite());
            }
        }
        for (RuleSet.FitRule f : rs.fit()) {
            for (RuleSet.FitLevel l : f.levels()) {
                if (l.when().stream().anyMatch(c -> names(c, ind))) {
                    naming.add(Text.code(f.scenario() + " " + l.fit()) + ": " + Text.md(l.note().get(lang)));
                }
            }
        }
        if (!naming.isEmpty()) {
            sb.append("## ").append(w("caps-naming", lang)).append("\n\n");
            for (String s : naming) {
                sb.append("- ").append(s).append('\n');
            }
            sb.append('\n');
        }

        sb.append("## ").append(w("citations", lang)).append("\n\n");
        for (String id : cited) {
            RuleSet.Citation c = rs.citations().get(id);
            sb.append("- ").append(Text.code(id));
            if (c != null) {
                sb.append(": ").append(Text.md(c.source()));
                if (c.text() != null && !c.text().isEmpty()) {
                    sb.append(". ").append(Text.md(c.text()));
                }
            }
            sb.append('\n');
        }
        sb.append('\n');
        if (!ind.improve().get(lang).isEmpty()) {
            sb.append("## ").append(w("improve", lang)).append("\n\n").append(Text.md(ind.improve().get(lang))).append('\n');
        }
        return sb.toString();
    }

    /** True when a condition is about this indicator or one of its metrics. */
    private static boolean names(RuleSet.Condition c, RuleSet.Indicator ind) {
        if (c.target() == null) {
            return false;
        }
        if (c.kind() == RuleSet.Condition.Kind.INDICATOR_BELOW) {
            return c.target().equals(ind.id());
        }
        return ind.metrics().stream().anyMatch(m -> m.metric().equals(c.target()));
    }

    private static String curve(RuleSet.MetricRule m) {
        return m.curve() == null ? "" : m.curve().describe();
    }

    private static String metricOrigin(RuleSource src, String indicator, int i, String key) {
        return src.originAt("indicators", indicator, "metrics", "[" + i + "]", key);
    }

    private static String origin(RuleSource src, String... steps) {
        return originOf(src.originNear(steps), "");
    }

    /** "file:12", or "file:12, other:30" when two values of one row come from different places. */
    private static String originOf(String x, String y) {
        if (x.isEmpty()) {
            return Text.md(y);
        }
        if (y.isEmpty() || y.equals(x)) {
            return Text.md(x);
        }
        return Text.md(x + ", " + y);
    }

    static String pct(double share) {
        return Numbers.format(share * 100, share * 100 >= 10 ? 1 : 2) + "%";
    }

    private static String n(double v) {
        return Numbers.format(v);
    }

    private static boolean zh(String lang) {
        return "zh".equals(lang);
    }

    private static String w(String key, String lang) {
        return Words.get(key, lang);
    }
}
