package dev.cca.rules;

import dev.cca.diag.Code;
import dev.cca.diag.Severity;
import dev.cca.diag.RuleCode;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.Localized;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.input.Node;
import dev.cca.input.SourceFile;
import dev.cca.model.Evidence;
import dev.cca.model.Field;
import dev.cca.model.MetricCatalog;
import dev.cca.model.Numbers;
import dev.cca.model.ProfileSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code cca rules lint}: what a rule set that loads can still get wrong. The loader already rejects what
 * cannot be scored (unknown keys and metrics, curves that turn back, weights that sum to zero); lint holds a
 * loaded rule set to the project's standard as well:
 *
 * <ul>
 *   <li>every indicator of the report's three tables is weighted in each scenario column the report lists it;</li>
 *   <li>no weight is zero (an entry that never counts), and every table weighs in each scenario it has indicators for;</li>
 *   <li>curves tell centers apart (not flat) and give their best score to a value the metric can take;</li>
 *   <li>every grade can be reached, and every cap can hold and can lower a grade;</li>
 *   <li>every number is cited: a missing {@code cite}, a warning when loading, is an error here.</li>
 * </ul>
 *
 * When the rule set does not load, its loading problems are the findings: the checks above need a rule set.
 */
public final class RuleSetLint {

    /** What lint found: the located problems, and the rule set when it loaded. */
    public record Report(RuleSet rules, RuleSource source, List<Diagnostic> problems) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Diagnostic::isError);
        }
    }

    private final RuleSet rs;
    private final RuleSource src;
    private final Problems out;

    private RuleSetLint(RuleSet rs, RuleSource src, Problems out) {
        this.rs = rs;
        this.src = src;
        this.out = out;
    }

    /**
     * @param citedByCode citation ids that the code names in its findings (the checks stage): they count as
     *                    cited, and a rule set must define them
     */
    public static Report lint(SourceFile file, java.util.Collection<String> citedByCode) {
        return lint(file, citedByCode, dev.cca.input.Limits.DEFAULT);
    }

    /** {@link #lint(SourceFile, java.util.Collection)}, the file and those it extends read with {@code limits}. */
    public static Report lint(SourceFile file, java.util.Collection<String> citedByCode, dev.cca.input.Limits limits) {
        Problems loading = new Problems();
        RuleSetLoader.Loaded loaded = RuleSetLoader.read(file, loading, limits);
        Problems out = new Problems();
        for (Diagnostic d : loading.all()) {
            out.add(!d.isError() && d.code() == RuleCode.NO_CITE ? new Diagnostic(Severity.ERROR, d.location(), d.code(), d.message(), d.zh()) : d);
        }
        if (loaded.rules() != null) {
            RuleSetLint l = new RuleSetLint(loaded.rules(), loaded.source(), out);
            l.reportTables();
            l.weights();
            l.curves();
            l.grades();
            l.caps();
            l.citations(citedByCode);
        }
        return new Report(loaded.rules(), loaded.source(), out.all());
    }

    // ---- the report's tables --------------------------------------------------------------------------

    private void reportTables() {
        Map<Integer, RuleSet.Table> byReport = new LinkedHashMap<>();
        for (ReportTables.Cell c : ReportTables.CELLS) {
            if (byReport.containsKey(c.table())) {
                continue;
            }
            RuleSet.Table t = null;
            for (RuleSet.Table x : rs.tables()) {
                if (ReportTables.plain(x.label().zh()).equals(c.tableZh())) {
                    t = x;
                }
            }
            byReport.put(c.table(), t);
            if (t == null) {
                error(src.keyAt("tables", "tables"), RuleCode.REPORT_TABLE_NOT_HERE, c.table(), c.tableZh(), c.tableEn());
            }
        }
        for (ReportTables.Cell c : ReportTables.CELLS) {
            RuleSet.Table t = byReport.get(c.table());
            if (t == null) {
                continue;
            }
            RuleSet.IndicatorUse found = null;
            for (RuleSet.IndicatorUse u : t.uses(c.scenario())) {
                RuleSet.Indicator ind = rs.indicators().get(u.indicator());
                if (ind != null && ReportTables.plain(ind.label().zh()).equals(c.zh())) {
                    found = u;
                }
            }
            String where = "table " + c.table() + " " + c.tableZh() + ", " + c.scenario() + " column";
            if (found == null) {
                error(src.at(src.nearest("tables", t.id(), c.scenario()), "tables." + t.id() + "." + c.scenario()),
                        RuleCode.REPORT_LISTS_THIS_RULE, c.zh(), c.en(), where);
            } else if (found.informative()) {
                error(src.at(src.nearest("tables", t.id(), c.scenario(), found.indicator()),
                        "tables." + t.id() + "." + c.scenario()), RuleCode.KEY_INDICATOR_REPORT_BUT, c.zh(), c.en(), where);
            }
        }
    }

    // ---- weights ------------------------------------------------------------------------------------------

    private void weights() {
        for (RuleSet.Table t : rs.tables()) {
            for (RuleSet.Scenario s : rs.scenarios()) {
                String col = "tables." + t.id() + "." + s.id();
                boolean weighted = false;
                for (RuleSet.IndicatorUse u : t.uses(s.id())) {
                    if (u.informative()) {
                        continue;
                    }
                    if (u.weight() > 0) {
                        weighted = true;
                    } else {
                        error(src.at(src.nearest("tables", t.id(), s.id(), u.indicator(), "weight"), col),
                                RuleCode.INDICATOR_HAS_WEIGHT_NEVER, u.indicator());
                    }
                }
                if (weighted && !(t.weight(s.id()) > 0)) {
                    error(src.at(src.nearest("tables", t.id(), "weight", s.id()), "tables." + t.id() + ".weight." + s.id()),
                            RuleCode.TABLE_WEIGHS_SO_NONE, t.id(), s.id());
                } else if (!weighted && t.weight(s.id()) > 0) {
                    warning(src.at(src.nearest("tables", t.id(), "weight", s.id()), "tables." + t.id() + ".weight." + s.id()),
                            RuleCode.TABLE_HAS_WEIGHT_BUT, t.id(), s.id());
                }
            }
        }
        for (RuleSet.Indicator ind : rs.indicators().values()) {
            for (int i = 0; i < ind.metrics().size(); i++) {
                RuleSet.MetricRule m = ind.metrics().get(i);
                if (!(m.weight() > 0) && ind.metrics().size() > 1) {
                    error(metricAt(ind, i, "weight"), RuleCode.METRIC_HAS_WEIGHT_NEVER, m.metric());
                }
            }
        }
        for (RuleSet.ReferenceList ref : rs.references().values()) {
            double sum = ref.items().stream().mapToDouble(RuleSet.ReferenceItem::weight).sum();
            if (!ref.items().isEmpty() && !(sum > 0)) {
                error(src.keyAt("references." + ref.metric(), "references", ref.metric()), RuleCode.ITEMS_THIS_REFERENCE_LIST);
            }
        }
    }

    // ---- curves -------------------------------------------------------------------------------------------

    private void curves() {
        for (RuleSet.Indicator ind : rs.indicators().values()) {
            for (int i = 0; i < ind.metrics().size(); i++) {
                RuleSet.MetricRule m = ind.metrics().get(i);
                Curve c = m.curve();
                if (c == null) {
                    continue;
                }
                Location at = metricAt(ind, i, "curve");
                if (c.isFlat()) {
                    error(at, RuleCode.CURVE_GIVES_EVERY_VALUE, m.metric(), Numbers.format(c.maxScore()));
                    continue;
                }
                if (c.maxScore() < 100) {
                    warning(at, RuleCode.BEST_VALUE_SCORES_ONLY, m.metric(), Numbers.format(c.maxScore()));
                }
                Field f = m.normalize().isNone() ? ProfileSchema.field(m.metric()) : null;
                if (f != null && f.type() == Field.Type.NUMBER && c instanceof Curve.Points p) {
                    outOfRange(at, m, p, f);
                }
            }
        }
    }

    /** A curve whose best score lies at a value the field cannot take: no center can earn it. */
    private void outOfRange(Location at, RuleSet.MetricRule m, Curve.Points c, Field f) {
        double[] xs = c.xs();
        double[] ys = c.ys();
        double best = c.maxScore();
        double lo = f.min();
        double hi = Math.min(f.max(), f.plausibleMax());
        String range = Numbers.format(lo) + (Double.isInfinite(hi) ? " and above" : "-" + Numbers.format(hi))
                + (f.quantity().unit().isEmpty() ? "" : " " + f.quantity().unit());
        if (c.rises()) {
            double first = Double.NaN;
            for (int i = 0; i < xs.length; i++) {
                if (ys[i] == best) {
                    first = xs[i];
                    break;
                }
            }
            if (first > hi) {
                error(at, RuleCode.CURVE_GIVES_BEST_SCORE, Numbers.format(best), Numbers.format(first), m.metric(), range);
            }
        } else {
            double last = c instanceof Curve.Steps ? Math.nextDown(xs[0]) : Double.NaN;
            for (int i = 0; i < xs.length && c instanceof Curve.Linear; i++) {
                if (ys[i] == best) {
                    last = xs[i];
                }
            }
            if (last < lo || (f.minExclusive() && last <= lo)) {
                error(at, RuleCode.CURVE_GIVES_BEST_SCORE_2, Numbers.format(best), Numbers.format(last), m.metric(), range);
            }
        }
    }

    // ---- grades -------------------------------------------------------------------------------------------

    private void grades() {
        Map<Integer, List<String>> unreachable = new LinkedHashMap<>();
        Map<String, Double> best = new LinkedHashMap<>();
        for (RuleSet.Scenario s : rs.scenarios()) {
            double b = bestScore(s);
            best.put(s.id(), b);
            for (RuleSet.Grade g : rs.grades()) {
                if (g.min() > b + 1e-9) {
                    unreachable.computeIfAbsent(g.grade(), k -> new ArrayList<>()).add(s.id());
                }
            }
        }
        for (Map.Entry<Integer, List<String>> e : unreachable.entrySet()) {
            RuleSet.Grade g = rs.grade(e.getKey());
            List<String> where = new ArrayList<>();
            List<String> whereZh = new ArrayList<>();
            for (String s : e.getValue()) {
                String top = Numbers.format(Math.floor(best.get(s) * 10) / 10);
                where.add(s + " (best " + top + ")");
                whereZh.add(s + "（最高 " + top + "）");
            }
            error(src.at(src.nearest("grades", String.valueOf(g.grade()), "min"), "grades"), RuleCode.GRADE_UNREACHABLE, g.grade(),
                    g.label(), Numbers.format(g.min()), Localized.of(String.join(" or ", where), String.join(" 或 ", whereZh)));
        }
    }

    /** The highest score scenario {@code s} can give: every metric at its curve's best, with the best evidence. */
    private double bestScore(RuleSet.Scenario s) {
        double factor = 0;
        for (Evidence e : Evidence.values()) {
            factor = Math.max(factor, rs.evidence().factor(e));
        }
        double num = 0;
        double den = 0;
        for (RuleSet.Table t : rs.tables()) {
            double useSum = 0;
            double tableBest = 0;
            for (RuleSet.IndicatorUse u : t.uses(s.id())) {
                RuleSet.Indicator ind = rs.indicators().get(u.indicator());
                if (u.informative() || ind == null || !(u.weight() > 0)) {
                    continue;
                }
                double ms = 0;
                double mb = 0;
                for (RuleSet.MetricRule m : ind.metrics()) {
                    ms += m.weight();
                    mb += m.weight() * (m.curve() == null ? 0 : m.curve().maxScore()) * factor;
                }
                useSum += u.weight();
                tableBest += u.weight() * (ms > 0 ? mb / ms : 0);
            }
            double w = t.weight(s.id());
            if (useSum > 0 && w > 0) {
                double tb = tableBest / useSum;
                num += s.combine() == RuleSet.Combine.WEIGHTED_GEOMETRIC_MEAN ? w * Math.log(Math.max(tb, 1e-300)) : w * tb;
                den += w;
            }
        }
        if (!(den > 0)) {
            return 0;
        }
        return s.combine() == RuleSet.Combine.WEIGHTED_GEOMETRIC_MEAN ? Math.exp(num / den) : num / den;
    }

    // ---- caps ---------------------------------------------------------------------------------------------

    private void caps() {
        int top = rs.grades().stream().mapToInt(RuleSet.Grade::grade).max().orElse(0);
        for (RuleSet.Cap cap : rs.caps()) {
            String p = "caps." + cap.id();
            if (cap.maxGrade() >= top && top > 0) {
                error(src.at(src.nearest("caps", cap.id(), "max_grade"), p + ".max_grade"), RuleCode.MAX_GRADE_NOT_BELOW, cap.maxGrade(), top);
            }
            RuleSet.Condition c = cap.when();
            if (c == null) {
                continue;
            }
            dev.cca.diag.Message never = never(c);
            if (never != null) {
                error(src.at(src.nearest("caps", cap.id(), "when"), p + ".when"), never);
            }
        }
    }

    /** Why a cap's condition can never hold (or always holds), or null when it can go either way. */
    private static dev.cca.diag.Message never(RuleSet.Condition c) {
        double th = c.threshold();
        switch (c.kind()) {
            case EVIDENCE_COVERAGE_BELOW -> {
                return th <= 0 ? new dev.cca.diag.Message(dev.cca.diag.RuleCode.CAP_COVERAGE_NEVER, Numbers.format(th)) : null;
            }
            case INDICATOR_BELOW -> {
                if (th <= 0) {
                    return new dev.cca.diag.Message(dev.cca.diag.RuleCode.CAP_INDICATOR_NEVER, Numbers.format(th));
                }
                return th > 100 ? new dev.cca.diag.Message(dev.cca.diag.RuleCode.CAP_INDICATOR_ALWAYS, Numbers.format(th)) : null;
            }
            case METRIC_BELOW, METRIC_AT_LEAST -> {
                MetricCatalog.Entry e = MetricCatalog.get(c.target());
                if (e == null) {
                    return null;
                }
                Field f = ProfileSchema.field(c.target());
                double lo = f == null ? 0 : f.min();
                double hi = f == null ? Double.POSITIVE_INFINITY : Math.min(f.max(), f.plausibleMax());
                if (e.type() == Field.Type.BOOLEAN) {
                    lo = 0;
                    hi = 1;
                } else if (e.type() == Field.Type.ID_LIST) {
                    lo = 0;
                    hi = Double.POSITIVE_INFINITY;
                }
                String unit = e.unit().isEmpty() ? "" : " " + e.unit();
                if (c.kind() == RuleSet.Condition.Kind.METRIC_BELOW && th <= lo) {
                    return new dev.cca.diag.Message(dev.cca.diag.RuleCode.CAP_BELOW_NEVER, c.target(), Numbers.format(th) + unit, Numbers.format(lo));
                }
                if (c.kind() == RuleSet.Condition.Kind.METRIC_AT_LEAST && th > hi) {
                    return new dev.cca.diag.Message(dev.cca.diag.RuleCode.CAP_AT_LEAST_NEVER, c.target(), Numbers.format(th) + unit, Numbers.format(hi));
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    // ---- citations ----------------------------------------------------------------------------------------

    private void citations(java.util.Collection<String> citedByCode) {
        Set<String> used = new LinkedHashSet<>(citedByCode);
        collectCites(src.root(), used);
        for (String id : citedByCode) {
            if (!rs.citations().containsKey(id)) {
                error(src.keyAt("citations", "citations"), RuleCode.CHECKS_CLAIMS_CITE_WHICH, id);
            }
        }
        for (String id : rs.citations().keySet()) {
            if (!used.contains(id)) {
                warning(src.keyAt("citations." + id, "citations", id), RuleCode.CITATION_NEVER_CITED, id);
            }
        }
    }

    private static void collectCites(Node n, Set<String> used) {
        if (n instanceof Node.MapNode m) {
            for (Node.Entry e : m.entries()) {
                if (e.key().equals("cite")) {
                    if (e.value() instanceof Node.ScalarNode s) {
                        used.add(s.text());
                    } else if (e.value() instanceof Node.ListNode l) {
                        for (Node i : l.items()) {
                            if (i instanceof Node.ScalarNode s) {
                                used.add(s.text());
                            }
                        }
                    }
                } else {
                    collectCites(e.value(), used);
                }
            }
        } else if (n instanceof Node.ListNode l) {
            for (Node i : l.items()) {
                collectCites(i, used);
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private Location metricAt(RuleSet.Indicator ind, int i, String key) {
        String p = "indicators." + ind.id() + ".metrics[" + i + "]";
        return src.at(src.nearest("indicators", ind.id(), "metrics", "[" + i + "]", key), p + "." + key);
    }

    private void error(Location at, Code code, Object... args) {
        out.error(at, code, args);
    }

    private void error(Location at, dev.cca.diag.Message m) {
        out.error(at, m);
    }

    private void warning(Location at, Code code, Object... args) {
        out.warning(at, code, args);
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}
