package dev.cca.engine;

import dev.cca.check.ClaimChecks;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.Location;
import dev.cca.model.CenterProfile;
import dev.cca.model.Datum;
import dev.cca.model.Evidence;
import dev.cca.model.Field;
import dev.cca.model.MetricCatalog;
import dev.cca.model.Numbers;
import dev.cca.result.BenchmarkSummary;
import dev.cca.result.CenterResult;
import dev.cca.result.FitResult;
import dev.cca.result.Gaps;
import dev.cca.result.IndicatorResult;
import dev.cca.result.MetricResult;
import dev.cca.result.ScenarioResult;
import dev.cca.result.ScenarioStatus;
import dev.cca.result.TableResult;
import dev.cca.rules.Label;
import dev.cca.rules.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Assesses single centers in full detail: scores a one-row chunk through the columnar core, then explains
 * every number (value, evidence, curve, weight, share, contribution), finds the gaps and judges scenario fit.
 * Thread-safe: each call uses its own chunk.
 */
public final class Assessor {

    private final RuleSet rules;
    private final Plan plan;

    public Assessor(RuleSet rules) {
        this.rules = rules;
        this.plan = Plan.compile(rules);
    }

    public Plan plan() {
        return plan;
    }

    public RuleSet rules() {
        return rules;
    }

    /**
     * @param referenceDate the date evidence ages against ({@code --as-of}, else today)
     * @param scenarios the scoring scenarios to report (empty for all)
     * @param warnings  problems found while reading and checking the profile, to carry into the result; the
     *                  result's warnings are these followed by the scenario-fit warnings
     */
    public CenterResult assess(CenterProfile p, LocalDate referenceDate, List<String> scenarios, List<Diagnostic> warnings) {
        return assess(p, referenceDate, scenarios, warnings, List.of());
    }

    /** @param benchmarks the benchmark runs applied to the profile before, to show in the result */
    public CenterResult assess(CenterProfile p, LocalDate referenceDate, List<String> scenarios,
                               List<Diagnostic> warnings, List<BenchmarkSummary> benchmarks) {
        return assess(p, referenceDate, scenarios, warnings, benchmarks, ClaimChecks.Report.NONE);
    }

    /**
     * @param checks what the checks stage found about the profile (already applied to it): shown in the result,
     *               and a scenario fit that depends on a contradicted claim cannot be judged
     */
    public CenterResult assess(CenterProfile p, LocalDate referenceDate, List<String> scenarios,
                               List<Diagnostic> warnings, List<BenchmarkSummary> benchmarks, ClaimChecks.Report checks) {
        LocalDate ref = referenceDate;
        Batch batch = new Batch(plan, 1);
        Scores scores = new Scores(plan, 1);
        Extractor ex = new Extractor(plan);
        ex.fill(p, 0, batch, ref);
        batch.setSize(1);
        ScoringCore.score(plan, batch, scores);

        int nc = plan.columnCount();
        Extractor.Cell[] cells = new Extractor.Cell[nc];
        double[] factors = new double[nc];
        for (int c = 0; c < nc; c++) {
            cells[c] = new Extractor.Cell();
            ex.extract(p, c, ref, cells[c]);
            factors[c] = cells[c].factor;
        }
        List<Diagnostic> allWarnings = new ArrayList<>(warnings);

        GapAnalysis gaps = new GapAnalysis(plan, batch, scores, factors);
        List<ScenarioResult> out = new ArrayList<>();
        for (int s = 0; s < plan.scenarioCount(); s++) {
            if (!scenarios.isEmpty() && !scenarios.contains(plan.scenarioId(s))) {
                continue;
            }
            out.add(scenario(p, s, scores, cells, gaps));
        }
        List<FitResult> fit = new FitEvaluator(plan).evaluate(p, batch, scores, 0, checks.contradicted());
        allWarnings.addAll(FitEvaluator.warnings(p, fit));
        return new CenterResult(p.id(), p.name(), p.text("name_en"), p.text("region.province"), p.text("region.city"),
                p.text("hub"), p.text("operator.name"), p.text("operator.type"), p.origin().file(), p.origin().line(),
                p.assessedOn() == null ? null : p.assessedOn().toString(), ref == null ? null : ref.toString(),
                p.scenarios(), out, fit, benchmarks, checks.findings(), allWarnings);
    }

    private ScenarioResult scenario(CenterProfile profile, int s, Scores sc, Extractor.Cell[] cells, GapAnalysis gapAnalysis) {
        RuleSet.Scenario def = rules.scenarios().get(s);
        boolean geometric = def.combine() == RuleSet.Combine.WEIGHTED_GEOMETRIC_MEAN;
        double presentTableWeight = 0;
        for (int t = 0; t < plan.tableCount(); t++) {
            if (plan.tableWeight[s][t] > 0 && sc.table(s, t, 0) == sc.table(s, t, 0)) {
                presentTableWeight += plan.tableWeight[s][t];
            }
        }
        List<TableResult> tables = new ArrayList<>();
        for (int t = 0; t < plan.tableCount(); t++) {
            RuleSet.Table tdef = rules.tables().get(t);
            double tw = plan.tableWeight[s][t];
            double tscore = sc.table(s, t, 0);
            double tshare = tw > 0 && tscore == tscore ? tw / presentTableWeight : 0;
            double presentIndicatorWeight = 0;
            for (RuleSet.IndicatorUse u : tdef.uses(def.id())) {
                double x = sc.indicator(plan.indicatorIndex(u.indicator()), 0);
                if (!u.informative() && x == x) {
                    presentIndicatorWeight += u.weight();
                }
            }
            List<IndicatorResult> inds = new ArrayList<>();
            for (RuleSet.IndicatorUse u : tdef.uses(def.id())) {
                int k = plan.indicatorIndex(u.indicator());
                double x = sc.indicator(k, 0);
                double share = !u.informative() && x == x && presentIndicatorWeight > 0 ? u.weight() / presentIndicatorWeight : 0;
                inds.add(indicator(profile, k, u, x, share, sc, cells));
            }
            tables.add(new TableResult(tdef.id(), tdef.label(), tw, tshare, tscore,
                    geometric ? Double.NaN : tshare * (tscore == tscore ? tscore : 0), sc.coverage(s, t, 0), inds));
        }
        int grade = sc.grade(s, 0);
        List<ScenarioResult.CapResult> caps = new ArrayList<>();
        long held = sc.capsHeld(s, 0);
        for (int c = 0; c < plan.caps.length; c++) {
            if ((held & (1L << c)) != 0) {
                RuleSet.Cap cap = plan.caps[c];
                caps.add(new ScenarioResult.CapResult(cap.id(), cap.label(), cap.maxGrade(),
                        cap.maxGrade() < sc.uncappedGrade(s, 0) && grade == Math.min(sc.uncappedGrade(s, 0), cap.maxGrade())));
            }
        }
        RuleSet.Grade g = rules.grade(grade);
        Gaps gaps = gapAnalysis.analyse(s, caps);
        return new ScenarioResult(def.id(), def.label(), ScenarioStatus.fromCode(sc.status(s, 0)), sc.reported(s, 0),
                sc.scenario(s, 0), grade, g == null ? Label.EMPTY : g.label(),
                sc.uncappedGrade(s, 0), caps, sc.scenarioCoverage(s, 0),
                geometric ? "weighted-geometric-mean" : "weighted-mean", tables, gaps);
    }

    private IndicatorResult indicator(CenterProfile profile, int k, RuleSet.IndicatorUse use, double score, double share,
                                      Scores sc, Extractor.Cell[] cells) {
        RuleSet.Indicator def = rules.indicators().get(plan.indicatorId(k));
        double den = 0;
        boolean assessed = false;
        for (int t = plan.termFrom(k); t < plan.termTo(k); t++) {
            double v = sc.term(t, 0);
            if (v == v) {
                den += plan.termWeight[t];
                assessed = true;
            } else if (!plan.termExcludeMissing[t]) {
                den += plan.termWeight[t];
            }
        }
        List<MetricResult> metrics = new ArrayList<>();
        for (int t = plan.termFrom(k); t < plan.termTo(k); t++) {
            metrics.add(metric(profile, t, sc.term(t, 0), den, cells[plan.termColumn(t)]));
        }
        return new IndicatorResult(def.id(), def.label(), use.weight(), share, use.informative(), score,
                share * (score == score ? score : 0), assessed, def.improve(), metrics);
    }

    private MetricResult metric(CenterProfile profile, int t, double score, double indicatorDen, Extractor.Cell cell) {
        RuleSet.MetricRule r = plan.termRule(t);
        Column col = plan.column(plan.termColumn(t));
        MetricCatalog.Entry entry = MetricCatalog.get(r.metric());
        boolean present = score == score;
        String status;
        if (present) {
            status = "ok";
        } else if (cell.datum == null) {
            status = plan.termExcludeMissing[t] ? "excluded" : "missing";
        } else if (cell.stale) {
            status = "stale-ignored";
        } else {
            status = "needs-condition";
        }
        double weightInDen = present || !plan.termExcludeMissing[t] ? r.weight() : 0;
        double share = indicatorDen > 0 ? weightInDen / indicatorDen : 0;
        double contribution = present ? share * score : 0;
        Datum d = cell.datum;
        String unit = entry == null ? "" : entry.type() == Field.Type.ID_LIST ? "" : entry.unit();
        String normUnit = col.mode() == Column.Mode.COVERAGE ? "share of reference list"
                : col.normalize().isNone() ? unit : col.normalize().unit();
        List<MetricResult.Superseded> superseded = new ArrayList<>();
        for (Datum old : profile.superseded(r.metric())) {
            superseded.add(new MetricResult.Superseded(old.display() + (unit.isEmpty() ? "" : " " + unit), old.evidence().id(),
                    origin(old.origin(), r.metric())));
        }
        Label label = r.label() != null ? r.label() : new Label(r.metric(), r.metric());
        byte ev = cell.evidence;
        double curveScore = present ? r.curve().eval(cell.value) : Double.NaN;
        Evidence level = ev == 0 ? (d == null ? null : d.evidence()) : Evidence.fromCode(ev);
        return new MetricResult(r.metric(), label, d == null ? null : d.display(), cell.raw, unit,
                cell.value, normUnit, level == null ? null : level.id(), d == null ? null : d.claimed().id(),
                d == null ? null : d.unearned(), ev == 0 ? Double.NaN : cell.strength,
                ev == 0 ? Double.NaN : rules.evidence().factor(level, cell.strength), d == null ? null : origin(d.origin(), r.metric()),
                d == null || d.note() == null ? null : new Label(d.note(), d.note("zh")), cell.ageDays, cell.stale, new Label(r.curve().describe(), r.curve().describe("zh")), curveScore,
                present ? score : Double.NaN, r.weight(), share, contribution, status, cell.missingReason,
                d == null ? List.of() : d.provenance(), superseded);
    }

    /**
     * "file:line:column", with the key path when it is not the metric's own (a benchmark's key, say), in each
     * language: a described path (the steps of a training log a median was taken over) is in the report's.
     */
    static Label origin(Location l, String metric) {
        if (l == null) {
            return null;
        }
        String where = l.prefix();
        if (l.path().isEmpty() || l.path().equals(metric)) {
            return new Label(where, where);
        }
        String en = where + " (" + l.path() + ")";
        return new Label(en, l.described() == null ? en : where + " (" + l.path("zh") + ")");
    }

    /** The score rounded as reports print it, for messages. */
    static String fmt(double v) {
        return Numbers.score(v);
    }
}
