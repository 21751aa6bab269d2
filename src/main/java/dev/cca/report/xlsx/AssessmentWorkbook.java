package dev.cca.report.xlsx;

import dev.cca.diag.Diagnostic;
import dev.cca.report.RenderOptions;
import dev.cca.report.Renderer;
import dev.cca.report.Words;
import dev.cca.result.AssessmentResult;
import dev.cca.result.BenchmarkSummary;
import dev.cca.result.CenterResult;
import dev.cca.result.Finding;
import dev.cca.result.FitResult;
import dev.cca.result.Gaps;
import dev.cca.result.IndicatorResult;
import dev.cca.result.MetricResult;
import dev.cca.result.ScenarioResult;
import dev.cca.result.TableResult;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The rating workbook of {@code cca assess -o report.xlsx}, which a reviewer reads without the Markdown beside
 * it: Summary (identity, rule set, reference date, each scenario's grade and table scores, fit, caps, and two
 * native charts: table scores per scenario, and per scenario each indicator's points against the weight it
 * carries), Indicators (every indicator and metric with value, unit, evidence, curve score, factor, weight and
 * points, as numbers with number formats), Gaps (the improvement plan by gain and the value each metric must
 * reach), Evidence (every benchmark run and the evidence of every value) and Checks (every finding about the
 * inputs). Several centers share the sheets: one Summary block each (the first {@value #MAX_DETAILED}), a center
 * column in the others.
 */
public final class AssessmentWorkbook implements Renderer<AssessmentResult> {

    /** Centers that get a Summary block with charts; the other sheets hold every center. */
    static final int MAX_DETAILED = 200;
    /** Rows a chart of table scores takes, and per indicator in a chart of points and weights. */
    private static final int TABLE_CHART_ROWS = 16;
    /** Column widths of the Summary sheet, in characters: labels, then the columns of the grade table. */
    private static final int[] SUMMARY_WIDTHS = {30, 11, 9, 14, 13, 20, 14, 14, 14, 12, 12, 28};

    @Override
    public void render(AssessmentResult r, RenderOptions o, OutputStream out) throws IOException {
        try (Book b = new Book(o.lang())) {
            boolean several = r.centers().size() != 1;
            CenterResult only = several ? null : r.centers().get(0);
            String who = only != null ? only.name() + " (" + only.id() + ")" : b.word("centers-n", r.centers().size());
            String rules = r.rules().id() + " " + r.rules().version();
            Print.Footer footer = new Print.Footer(who, rules);
            b.properties(b.word("assessment") + ": " + who, AssessmentResult.FORMAT, r.tool().name() + " " + r.tool().version(),
                    rules + " sha256:" + r.rules().sha256(), created(r));
            summary(b, r, footer);
            indicators(b, r, footer, several);
            gaps(b, r, footer, several);
            evidence(b, r, footer, several);
            checks(b, r, footer, several);
            if (r.peers() != null && r.peers().robustness() != null) {
                List<AnalysisSheets.Scenario> scen = new ArrayList<>();
                for (ScenarioResult s : r.centers().isEmpty() ? List.<ScenarioResult>of() : r.centers().get(0).scenarios()) {
                    scen.add(new AnalysisSheets.Scenario(s.id(), s.label()));
                }
                List<AnalysisSheets.Center> centers = new ArrayList<>();
                for (int i = 0; i < r.centers().size(); i++) {
                    CenterResult c = r.centers().get(i);
                    float[] score = new float[c.scenarios().size()];
                    for (int k = 0; k < score.length; k++) {
                        score[k] = (float) c.scenarios().get(k).score();
                    }
                    centers.add(new AnalysisSheets.Center(i, c.id(), c.name(), score));
                }
                AnalysisSheets.robustness(b, footer, scen, centers, r.peers().robustness(), r.peers().standing(), 0);
                AnalysisSheets.sensitivity(b, footer, scen, r.peers().robustness());
            }
            if (r.gate() != null && r.gate().configured()) {
                AnalysisSheets.gate(b, footer, r.gate());
            }
            b.write(out);
        }
    }

    /** The creation date the document properties carry: the reference date, so it follows the input. */
    static LocalDate created(AssessmentResult r) {
        String latest = r.asOf();
        if (latest == null) {
            for (CenterResult c : r.centers()) {
                if (c.referenceDate() != null && (latest == null || c.referenceDate().compareTo(latest) > 0)) {
                    latest = c.referenceDate();
                }
            }
        }
        try {
            return latest == null ? null : LocalDate.parse(latest);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    // ---- Summary ------------------------------------------------------------------------------------------

    private static void summary(Book b, AssessmentResult r, Print.Footer footer) {
        Grid g = new Grid(b, b.word("sheet.summary"), footer);
        g.paginate();
        // Several small tables share these columns, so they have fixed widths and long texts span merged cells.
        for (int c = 0; c < SUMMARY_WIDTHS.length; c++) {
            g.fixedWidth(c, SUMMARY_WIDTHS[c]);
        }
        if (r.centers().size() != 1) {
            overview(g, r);
        }
        int shown = 0;
        for (CenterResult c : r.centers()) {
            if (shown == MAX_DETAILED) {
                g.skip(1);
                g.remark(b.word("details-limit", MAX_DETAILED));
                break;
            }
            if (shown++ > 0 || r.centers().size() != 1) {
                g.newPage();
            }
            centerBlock(g, r, c);
        }
        if (r.centers().isEmpty()) {
            g.title(b.word("assessment"));
            g.remark(b.word("no-centers"));
        }
        g.finish();
    }

    /** Several centers: one line each, first, so the sheet opens on the comparison. */
    private static void overview(Grid g, AssessmentResult r) {
        Book b = g.book;
        g.title(b.word("assessment") + ": " + b.word("centers-n", r.centers().size()));
        rulesPairs(g, r);
        g.skip(1);
        List<ScenarioResult> first = r.centers().isEmpty() ? List.of() : r.centers().get(0).scenarios();
        List<String> h = new ArrayList<>(List.of(b.word("center-id"), b.word("name")));
        for (ScenarioResult s : first) {
            h.add(s.label().get(b.lang) + " · " + b.word("score"));
            h.add(s.label().get(b.lang) + " · " + b.word("grade"));
        }
        g.header(h.toArray(String[]::new));
        int top = g.rowIndex();
        for (CenterResult c : r.centers()) {
            g.row();
            g.text(0, c.id());
            g.text(1, c.name());
            int col = 2;
            for (ScenarioResult s : c.scenarios()) {
                g.num(col++, s.score(), b.styles.score);
                if (s.rated()) {
                    gradeCell(g, col++, s);
                } else {
                    g.text(col++, status(b, s));
                }
            }
        }
        for (int i = 0; i < first.size(); i++) {
            g.scoreRange(top, g.rowIndex() - 1, 2 + 2 * i);
        }
    }

    private static void rulesPairs(Grid g, AssessmentResult r) {
        Book b = g.book;
        g.pair(b.word("rule-set"), r.rules().id() + " " + r.rules().version());
        g.pair(b.word("rule-sha"), r.rules().sha256());
        g.pair(b.word("rule-source"), r.rules().source());
        g.pair(b.word("tool"), r.tool().name() + " " + r.tool().version());
        if (r.asOf() != null) {
            g.pairDate(b.word("as-of"), r.asOf());
        } else if (r.referenceDate() != null) {
            g.pair(b.word("as-of"), b.word("reference-today", r.referenceDate()));
        }
    }

    private static void centerBlock(Grid g, AssessmentResult r, CenterResult c) {
        Book b = g.book;
        g.title(b.word("assessment") + ": " + c.name() + " (" + c.id() + ")");
        g.pair(b.word("center-id"), c.id());
        g.pair(b.word("name"), c.name());
        g.pair(b.word("name-en"), c.nameEn());
        g.pair(b.word("province-city"), join(" ", c.province(), c.city()));
        g.pair(b.word("hub"), b.value("hub", c.hub()));
        g.pair(b.word("operator"), c.operatorName());
        g.pair(b.word("operator-type"), b.value("operator", c.operatorType()));
        List<String> claims = new ArrayList<>();
        for (String s : c.claimedScenarios()) {
            claims.add(b.value("claim", s));
        }
        g.pair(b.word("claims"), String.join(b.lang.equals("zh") ? "、" : ", ", claims));
        g.pairDate(b.word("assessed-on"), c.assessedOn());
        g.pairDate(b.word("reference-date"), c.referenceDate());
        g.pair(b.word("profile"), c.sourceFile() + ":" + c.sourceLine());
        rulesPairs(g, r);
        // What a missing value means, so a reader of a partial profile knows what its scores say.
        g.row();
        g.across(0, SUMMARY_WIDTHS.length - 1, Words.missingPolicy(r.rules().policy(), b.options), b.styles.note);

        // Grades and table scores, one row per scenario.
        g.skip(1);
        List<TableResult> tables = c.scenarios().isEmpty() ? List.of() : c.scenarios().get(0).tables();
        int headerRow = g.rowIndex();
        List<String> h = new ArrayList<>(List.of(b.word("scenario"), b.word("score"), b.word("grade"), b.word("grade-name"),
                b.word("grade-before-caps"), b.word("status")));
        for (TableResult t : tables) {
            h.add(t.label().get(b.lang));
        }
        h.add(b.word("evidence-coverage"));
        h.add(b.word("reported"));
        h.add(b.word("caps"));
        g.row();
        for (int k = 0; k < h.size(); k++) {
            g.text(k, h.get(k), b.styles.headerWrap);
        }
        int firstTable = 6;
        for (ScenarioResult s : c.scenarios()) {
            g.row();
            g.text(0, s.label().get(b.lang), b.styles.label);
            g.num(1, s.score(), b.styles.scoreBold);
            gradeCell(g, 2, s);
            if (s.rated()) {
                g.text(3, s.gradeLabel().get(b.lang));
                g.integer(4, s.uncappedGrade(), b.styles.integerCentered);
            }
            g.text(5, status(b, s));
            int col = firstTable;
            for (TableResult t : s.tables()) {
                g.num(col++, t.score(), b.styles.score);
            }
            g.num(col++, s.evidenceCoverage(), b.styles.percent);
            g.num(col++, s.reportedShare(), b.styles.percent);
            List<String> caps = new ArrayList<>();
            for (ScenarioResult.CapResult cap : s.caps()) {
                caps.add(cap.id() + (cap.lowered() ? " ▼" : ""));
            }
            g.wrap(col, caps.isEmpty() ? null : String.join(", ", caps));
        }
        int lastScenarioRow = g.rowIndex() - 1;
        g.scoreRange(headerRow + 1, lastScenarioRow, 1);
        for (int t = 0; t < tables.size(); t++) {
            g.scoreRange(headerRow + 1, lastScenarioRow, firstTable + t);
        }

        // Scenario fit.
        if (!c.fit().isEmpty()) {
            g.skip(1);
            g.row();
            g.text(0, b.word("fit"), b.styles.header);
            g.text(1, b.word("claimed"), b.styles.header);
            g.text(2, b.word("fit-short"), b.styles.header);
            g.across(3, 8, b.word("why"), b.styles.header);
            g.across(9, 11, b.word("scored-as"), b.styles.header);
            for (FitResult f : c.fit()) {
                g.row();
                g.text(0, f.label().get(b.lang), b.styles.labelWrap);
                g.text(1, f.claimed() ? b.word("yes") : "");
                g.text(2, b.value("fit", f.fit()), b.styles.label);
                g.across(3, 8, f.note().get(b.lang));
                ScenarioResult scored = c.scenario(f.scoredAs());
                if (scored != null) {
                    g.across(9, 11, scored.label().get(b.lang) + " · " + (scored.rated()
                            ? b.word("grade") + " " + scored.grade() : status(b, scored)));
                }
            }
        }

        // Caps whose condition holds.
        if (c.scenarios().stream().anyMatch(s -> !s.caps().isEmpty())) {
            g.skip(1);
            g.row();
            g.text(0, b.word("scenario"), b.styles.header);
            g.across(1, 3, b.word("cap"), b.styles.header);
            g.text(4, b.word("max-grade"), b.styles.header);
            g.text(5, b.word("lowered"), b.styles.header);
            g.across(6, 11, b.word("reason"), b.styles.header);
            for (ScenarioResult s : c.scenarios()) {
                for (ScenarioResult.CapResult cap : s.caps()) {
                    g.row();
                    g.text(0, s.label().get(b.lang), b.styles.label);
                    g.across(1, 3, cap.id());
                    g.integer(4, cap.maxGrade(), b.styles.integerCentered);
                    g.bool(5, cap.lowered());
                    g.across(6, 11, cap.label().get(b.lang));
                }
            }
        }

        // Chart: table scores per scenario, from the grade table above.
        int lastCol = Math.max(12, firstTable + tables.size() + 3);
        if (!tables.isEmpty() && !c.scenarios().isEmpty()) {
            g.skip(1);
            g.keepTogether(TABLE_CHART_ROWS + 1);
            int top = g.rowIndex();
            List<Charts.Series> series = new ArrayList<>();
            int k = 0;
            for (ScenarioResult s : c.scenarios()) {
                double[] v = new double[tables.size()];
                for (int t = 0; t < v.length; t++) {
                    v[t] = t < s.tables().size() ? s.tables().get(t).score() : Double.NaN;
                }
                int row = headerRow + 1 + k;
                series.add(new Charts.Series(s.label().get(b.lang), v,
                        new CellRangeAddress(row, row, firstTable, firstTable + tables.size() - 1), Charts.SERIES[k % Charts.SERIES.length]));
                k++;
            }
            String[] cats = tables.stream().map(t -> t.label().get(b.lang)).toArray(String[]::new);
            Charts.bar(g.sheet(), new Charts.Spec(b.word("chart.tables"), 0, top, 7, top + TABLE_CHART_ROWS, false, false, 100, true, true),
                    g.sheet().getSheetName(), cats, new CellRangeAddress(headerRow, headerRow, firstTable, firstTable + tables.size() - 1),
                    series);
            g.skip(TABLE_CHART_ROWS + 1);
        }

        // Per scenario: indicators by the weight they carry, and a chart of points earned against that weight.
        for (ScenarioResult s : c.scenarios()) {
            List<Weighted> rows = weighted(s);
            if (rows.isEmpty()) {
                continue;
            }
            g.keepTogether(rows.size() + 3);
            g.heading(b.word("weights-of", s.label().get(b.lang)));
            int hr = g.rowIndex();
            g.row();
            g.text(0, b.word("indicator"), b.styles.header);
            g.across(1, 2, b.word("table"), b.styles.header);
            g.text(3, b.word("weight-in-scenario"), b.styles.headerWrap);
            g.text(4, b.word("score"), b.styles.header);
            g.text(5, b.word("points"), b.styles.header);
            g.text(6, b.word("points-short"), b.styles.headerWrap);
            for (Weighted w : rows) {
                g.row();
                g.text(0, w.indicator().label().get(b.lang), b.styles.wrap);
                g.across(1, 2, w.table().label().get(b.lang));
                g.num(3, w.weight(), b.styles.percent);
                g.num(4, w.indicator().score(), b.styles.score);
                g.num(5, w.points(), b.styles.factor);
                g.num(6, w.weight() * 100 - w.points(), b.styles.factor);
            }
            int first = hr + 1;
            int last = g.rowIndex() - 1;
            g.scoreRange(first, last, 4);
            g.skip(1);
            int height = Math.max(10, (int) Math.ceil(rows.size() * 0.9) + 5);
            g.keepTogether(height + 1);
            int top = g.rowIndex();
            String[] cats = rows.stream().map(w -> w.indicator().label().get(b.lang)).toArray(String[]::new);
            double[] earned = rows.stream().mapToDouble(Weighted::points).toArray();
            double[] missing = rows.stream().mapToDouble(w -> w.weight() * 100 - w.points()).toArray();
            Charts.bar(g.sheet(), new Charts.Spec(b.word("chart.weights", s.label().get(b.lang)), 0, top, lastCol, top + height,
                            true, true, Double.NaN, false, true), g.sheet().getSheetName(), cats, new CellRangeAddress(first, last, 0, 0),
                    List.of(new Charts.Series(b.word("points"), earned, new CellRangeAddress(first, last, 5, 5), Charts.EARNED),
                            new Charts.Series(b.word("points-short"), missing, new CellRangeAddress(first, last, 6, 6), Charts.SHORT)));
            g.skip(height + 1);
        }
    }

    /** An indicator with the share of the scenario score it carries and the scenario points it earns. */
    private record Weighted(TableResult table, IndicatorResult indicator, double weight, double points) {
    }

    /** The weighted indicators of a scenario, heaviest first (then in rule-set order). */
    static List<Weighted> weighted(ScenarioResult s) {
        List<Weighted> out = new ArrayList<>();
        for (TableResult t : s.tables()) {
            for (IndicatorResult i : t.indicators()) {
                if (i.informative() || i.share() <= 0 || t.share() <= 0) {
                    continue;
                }
                double w = t.share() * i.share();
                double score = Double.isNaN(i.score()) ? 0 : i.score();
                out.add(new Weighted(t, i, w, w * score));
            }
        }
        out.sort(Comparator.comparingDouble(Weighted::weight).reversed());
        return out;
    }

    /** The grade, marked when a cap lowered it; nothing for a scenario without a grade (not claimed, too little data). */
    private static void gradeCell(Grid g, int col, ScenarioResult s) {
        if (s.rated()) {
            g.num(col, s.grade(), s.uncappedGrade() != s.grade() ? g.book.styles.gradeCapped : g.book.styles.grade);
        }
    }

    /**
     * The scenario's status as a reader needs it: graded, capped from the grade the score earned, not claimed, or
     * insufficient data with the share reported.
     */
    static String status(Book b, ScenarioResult s) {
        if (!s.rated()) {
            return Words.unrated(s.status(), s.reportedShare(), b.options, false);
        }
        return s.uncappedGrade() != s.grade() ? b.word("capped-from", s.uncappedGrade()) : b.word("rated");
    }

    // ---- Indicators ---------------------------------------------------------------------------------------

    private static void indicators(Book b, AssessmentResult r, Print.Footer footer, boolean several) {
        Grid g = new Grid(b, b.word("sheet.indicators"), footer);
        int c0 = several ? 1 : 0;
        List<String> h = new ArrayList<>();
        if (several) {
            h.add(b.word("center-id"));
        }
        h.addAll(List.of(b.word("scenario"), b.word("table"), b.word("level"), b.word("id"), b.word("name-zh"), b.word("name-en"),
                b.word("value"), b.word("unit"), b.word("scored-value"), b.word("scored-unit"), b.word("evidence"), b.word("source"),
                b.word("curve-score"), b.word("factor"), b.word("score"), b.word("weight"), b.word("share"), b.word("points"),
                b.word("status"), b.word("note")));
        // Wide enough to read, narrow enough that twenty columns print on one page width.
        int[] widths = {10, 14, 10, 22, 16, 22, 12, 7, 10, 8, 9, 24, 7, 7, 7, 7, 7, 7, 11, 28};
        if (several) {
            g.fixedWidth(0, 16);
        }
        for (int k = 0; k < widths.length; k++) {
            g.fixedWidth(c0 + k, widths[k]);
        }
        String[] header = h.toArray(String[]::new);
        g.tableHeader(1, header.length - 1, c0, true, () -> g.header(header));
        for (CenterResult c : r.centers()) {
            for (ScenarioResult s : c.scenarios()) {
                for (TableResult t : s.tables()) {
                    for (IndicatorResult i : t.indicators()) {
                        g.row();
                        if (several) {
                            g.text(0, c.id());
                        }
                        g.text(c0, s.label().get(b.lang));
                        g.text(c0 + 1, t.label().get(b.lang));
                        g.text(c0 + 2, b.word("level.indicator"), b.styles.label);
                        g.text(c0 + 3, i.id(), b.styles.label);
                        g.text(c0 + 4, i.label().zh(), b.styles.label);
                        g.text(c0 + 5, i.label().en(), b.styles.label);
                        g.num(c0 + 14, i.score(), b.styles.scoreBold);
                        g.num(c0 + 15, i.weight(), b.styles.decimal);
                        if (!i.informative()) {
                            g.num(c0 + 16, i.share(), b.styles.percent);
                            g.num(c0 + 17, i.contribution(), b.styles.factor);
                        }
                        g.text(c0 + 18, i.informative() ? b.word("informative") : i.assessed() ? null : b.word("not-assessed"));
                        for (MetricResult m : i.metrics()) {
                            metricRow(g, c, s, t, m, c0, several);
                        }
                    }
                }
            }
        }
        g.endTable(c0 + 12, c0 + 14);
        g.finish();
    }

    private static void metricRow(Grid g, CenterResult c, ScenarioResult s, TableResult t, MetricResult m, int c0,
                                  boolean several) {
        Book b = g.book;
        g.row();
        if (several) {
            g.text(0, c.id());
        }
        g.text(c0, s.label().get(b.lang));
        g.text(c0 + 1, t.label().get(b.lang));
        g.text(c0 + 2, b.word("level.metric"));
        g.text(c0 + 3, m.metric());
        g.text(c0 + 4, m.label().zh());
        g.text(c0 + 5, m.label().en());
        if (!Double.isNaN(m.value())) {
            g.value(c0 + 6, m.value());
        } else if (m.valueText() != null) {
            g.text(c0 + 6, m.valueText());
        }
        g.text(c0 + 7, emptyToNull(m.unit()));
        if (m.valueText() != null) {
            g.value(c0 + 8, m.normalizedValue());
            g.text(c0 + 9, emptyToNull(m.normalizedUnit()));
        }
        if (m.evidence() != null) {
            String ev = b.value("evidence", m.evidence());
            g.text(c0 + 10, m.stale() ? ev + " (" + b.word("stale") + ")" : ev);
        }
        g.text(c0 + 11, m.origin() == null ? null : m.origin().get(b.lang));
        g.num(c0 + 12, m.curveScore(), b.styles.score);
        g.num(c0 + 13, m.evidenceFactor(), b.styles.factor);
        g.num(c0 + 14, m.score(), b.styles.score);
        g.num(c0 + 15, m.weight(), b.styles.decimal);
        g.num(c0 + 16, m.share(), b.styles.percent);
        g.num(c0 + 17, m.contribution(), b.styles.factor);
        g.text(c0 + 18, b.value("status", m.status()));
        List<String> note = new ArrayList<>();
        if (m.missingReason() != null) {
            note.add(m.missingReason());
        }
        if (m.note() != null) {
            note.add(m.note().get(b.lang));
        }
        for (MetricResult.Superseded sup : m.superseded()) {
            note.add(b.word("supersedes", sup.valueText() + " (" + b.value("evidence", sup.evidence()) + ", " + sup.origin().get(b.lang) + ")"));
        }
        g.text(c0 + 19, note.isEmpty() ? null : String.join("; ", note));
    }

    // ---- Gaps ---------------------------------------------------------------------------------------------

    private static void gaps(Book b, AssessmentResult r, Print.Footer footer, boolean several) {
        Grid g = new Grid(b, b.word("sheet.gaps"), footer);
        int c0 = several ? 1 : 0;
        if (several) {
            g.fixedWidth(0, 16);
        }
        // The three tables share these columns: scenario and its grade, then what to change, then how.
        int[] widths = {10, 8, 8, 9, 26, 24, 9, 10, 60};
        for (int k = 0; k < widths.length; k++) {
            g.fixedWidth(c0 + k, widths[k]);
        }
        // 1. Indicators by the points bringing each to 100 would add, with the grade that is next.
        g.heading(b.word("gaps.indicators"));
        String[] header1 = withCenter(b, several, "scenario", "score", "next-grade", "score-needed", "indicator", "indicator-id",
                "score", "potential", "improve");
        g.tableHeader(1, header1.length - 1, 0, true, () -> g.header(header1));
        for (CenterResult c : r.centers()) {
            for (ScenarioResult s : c.scenarios()) {
                Gaps gp = s.gaps();
                List<Gaps.IndicatorGap> list = gp.indicators().isEmpty() ? java.util.Collections.singletonList(null) : gp.indicators();
                for (Gaps.IndicatorGap i : list) {
                    gapStart(g, c, s, c0, several);
                    if (i != null) {
                        g.text(c0 + 4, i.label().get(b.lang));
                        g.text(c0 + 5, i.id());
                        g.num(c0 + 6, i.score(), b.styles.score);
                        g.num(c0 + 7, i.potential(), b.styles.score);
                        g.text(c0 + 8, i.improve().get(b.lang));
                    }
                }
            }
        }
        g.endTable(c0 + 1, c0 + 6);

        // 2. Single metrics that lift the center one grade on their own, with the value needed.
        g.skip(1);
        g.heading(b.word("gaps.targets"));
        String[] header2 = withCenter(b, several, "scenario", "score", "next-grade", "score-needed", "metric", "metric-id", "now",
                "needed", "direction");
        g.tableHeader(1, header2.length - 1, 0, false, () -> g.header(header2));
        boolean anyTarget = false;
        for (CenterResult c : r.centers()) {
            for (ScenarioResult s : c.scenarios()) {
                for (Gaps.MetricTarget t : s.gaps().targets()) {
                    anyTarget = true;
                    gapStart(g, c, s, c0, several);
                    g.text(c0 + 4, t.label().get(b.lang));
                    g.text(c0 + 5, t.metric());
                    g.value(c0 + 6, t.current());
                    g.value(c0 + 7, t.target());
                    String unit = emptyToNull(t.unit());
                    g.text(c0 + 8, b.word(t.higherIsBetter() ? "at-least" : "at-most") + (unit == null ? "" : " · " + unit));
                }
            }
        }
        if (!anyTarget) {
            g.remark(b.word("gaps.none"));
        }
        g.endTable(c0 + 1);

        // 3. What holds a grade down whatever the score, and what measuring the declared values would be worth.
        g.skip(1);
        g.row();
        String[] head3 = withCenter(b, several, "scenario", "score", "next-grade", "score-needed");
        for (int k = 0; k < head3.length; k++) {
            g.text(k, head3[k], b.styles.header);
        }
        g.across(c0 + 4, c0 + 5, b.word("lift-cap"), b.styles.header);
        g.across(c0 + 6, c0 + 7, b.word("evidence-gain"), b.styles.header);
        g.text(c0 + 8, b.word("reason"), b.styles.header);
        for (CenterResult c : r.centers()) {
            for (ScenarioResult s : c.scenarios()) {
                Gaps gp = s.gaps();
                List<ScenarioResult.CapResult> caps = gp.blockingCaps().isEmpty()
                        ? java.util.Collections.singletonList(null) : gp.blockingCaps();
                for (ScenarioResult.CapResult cap : caps) {
                    gapStart(g, c, s, c0, several);
                    if (cap != null) {
                        g.across(c0 + 4, c0 + 5, cap.id());
                        g.text(c0 + 8, cap.label().get(b.lang));
                    }
                    g.num(c0 + 6, gp.evidenceGain(), b.styles.score);
                }
            }
        }
        g.finish();
    }

    /** A new row of the Gaps sheet with the scenario, its score and the grade that is next. */
    private static void gapStart(Grid g, CenterResult c, ScenarioResult s, int c0, boolean several) {
        Book b = g.book;
        Gaps gp = s.gaps();
        g.row();
        if (several) {
            g.text(0, c.id());
        }
        g.text(c0, s.label().get(b.lang), b.styles.label);
        g.num(c0 + 1, s.score(), b.styles.score);
        if (gp.nextGrade() > 0) {
            g.integer(c0 + 2, gp.nextGrade(), b.styles.integerCentered);
            g.num(c0 + 3, gp.nextGradeScore(), b.styles.score);
        } else {
            g.text(c0 + 2, b.word("top-grade"));
        }
    }

    /** Header words for {@code keys}, after a center column when there are several centers. */
    private static String[] withCenter(Book b, boolean several, String... keys) {
        List<String> h = new ArrayList<>();
        if (several) {
            h.add(b.word("center-id"));
        }
        for (String k : keys) {
            h.add(b.word(k));
        }
        return h.toArray(String[]::new);
    }

    // ---- Evidence -----------------------------------------------------------------------------------------

    private static void evidence(Book b, AssessmentResult r, Print.Footer footer, boolean several) {
        Grid g = new Grid(b, b.word("sheet.evidence"), footer);
        int c0 = several ? 1 : 0;
        if (several) {
            g.fixedWidth(0, 16);
        }
        int[] widths = {36, 12, 12, 11, 22, 8, 24, 24, 44};
        for (int k = 0; k < widths.length; k++) {
            g.fixedWidth(c0 + k, widths[k]);
        }
        g.heading(b.word("runs"));
        String[] header = withCenter(b, several, "file", "tool", "kind", "date", "conditions", "used", "metrics-set", "unused",
                "notes");
        g.tableHeader(1, header.length - 1, 0, true, () -> g.header(header));
        boolean any = false;
        for (CenterResult c : r.centers()) {
            for (BenchmarkSummary run : c.benchmarks()) {
                any = true;
                g.row();
                if (several) {
                    g.text(0, c.id());
                }
                g.text(c0, run.file());
                g.text(c0 + 1, run.tool());
                g.text(c0 + 2, run.kind());
                if (run.date() == null) {
                    g.text(c0 + 3, b.word("undated"));
                } else {
                    g.date(c0 + 3, run.date());
                }
                StringBuilder cond = new StringBuilder();
                run.conditions().forEach((k, v) -> cond.append(cond.length() == 0 ? "" : ", ").append(k).append('=').append(v));
                g.text(c0 + 4, cond.toString());
                g.bool(c0 + 5, !run.metrics().isEmpty());
                g.text(c0 + 6, String.join(", ", run.metrics()));
                g.text(c0 + 7, String.join(", ", run.unused().stream().map(dev.cca.result.BenchmarkSummary.Unused::text).toList()));
                g.text(c0 + 8, run.notes().isEmpty() ? null
                        : String.join(b.lang.equals("zh") ? "；" : "; ", run.notes().stream().map(n -> n.get(b.lang)).toList()));
            }
        }
        if (!any) {
            g.remark(b.word("no-runs"));
        }
        g.endTable();

        // Every value that scored, with its evidence: level, source, age, and what it replaced.
        g.skip(1);
        g.heading(b.word("values-evidence"));
        String[] header2 = withCenter(b, several, "metric-id", "value", "unit", "evidence", "source", "age-days", "factor", "metric",
                "replaced");
        g.tableHeader(1, header2.length - 1, 0, false, () -> g.header(header2));
        for (CenterResult c : r.centers()) {
            Map<String, MetricResult> seen = new LinkedHashMap<>();
            for (ScenarioResult s : c.scenarios()) {
                for (TableResult t : s.tables()) {
                    for (IndicatorResult i : t.indicators()) {
                        for (MetricResult m : i.metrics()) {
                            if (m.valueText() != null) {
                                seen.putIfAbsent(m.metric(), m);
                            }
                        }
                    }
                }
            }
            for (MetricResult m : seen.values()) {
                g.row();
                if (several) {
                    g.text(0, c.id());
                }
                g.text(c0, m.metric());
                if (!Double.isNaN(m.value())) {
                    g.value(c0 + 1, m.value());
                } else {
                    g.text(c0 + 1, m.valueText());
                }
                g.text(c0 + 2, emptyToNull(m.unit()));
                String ev = b.value("evidence", m.evidence());
                g.text(c0 + 3, ev != null && m.stale() ? ev + " (" + b.word("stale") + ")" : ev);
                g.text(c0 + 4, m.origin() == null ? null : m.origin().get(b.lang));
                if (m.ageDays() >= 0) {
                    g.integer(c0 + 5, m.ageDays());
                }
                g.num(c0 + 6, m.evidenceFactor(), b.styles.factor);
                g.text(c0 + 7, m.label().get(b.lang));
                List<String> rep = new ArrayList<>();
                for (MetricResult.Superseded sup : m.superseded()) {
                    rep.add(sup.valueText() + " (" + b.value("evidence", sup.evidence()) + ", " + sup.origin().get(b.lang) + ")");
                }
                g.text(c0 + 8, rep.isEmpty() ? null : String.join("; ", rep));
            }
        }
        g.endTable();

        // Every file read, with its SHA-256: the result can be tied to the exact inputs.
        if (!r.inputs().isEmpty()) {
            g.skip(1);
            g.heading(b.word("inputs"));
            g.row();
            g.across(c0, c0 + 3, b.word("file"), b.styles.header);
            g.across(c0 + 4, c0 + 8, "SHA-256", b.styles.header);
            for (dev.cca.result.InputDigest d : r.inputs()) {
                g.row();
                g.across(c0, c0 + 3, d.file());
                g.across(c0 + 4, c0 + 8, d.sha256());
            }
        }
        g.finish();
    }

    // ---- Checks -------------------------------------------------------------------------------------------

    private static void checks(Book b, AssessmentResult r, Print.Footer footer, boolean several) {
        Grid g = new Grid(b, b.word("sheet.checks"), footer);
        int c0 = several ? 1 : 0;
        if (several) {
            g.fixedWidth(0, 16);
        }
        int[] widths = {16, 12, 22, 26, 6, 7, 20, 10, 10, 10, 8, 60};
        for (int k = 0; k < widths.length; k++) {
            g.fixedWidth(c0 + k, widths[k]);
        }
        String[] header = withCenter(b, several, "check", "outcome", "metric-id", "file", "line", "column-no", "key-path", "stated",
                "bound", "scored-value", "unit", "message");
        g.tableHeader(1, header.length - 1, 0, true, () -> g.header(header));
        int rows = 0;
        for (CenterResult c : r.centers()) {
            // What the checks stage found about the claims, with the numbers it compared; then the other warnings.
            for (Finding f : c.findings()) {
                g.row();
                if (several) {
                    g.text(0, c.id());
                }
                g.text(c0, f.check(), f.outcome().adjusts() ? b.styles.label : b.styles.text);
                g.text(c0 + 1, b.lang.equals("zh") ? f.outcome().zh() : f.outcome().id());
                g.text(c0 + 2, f.metric());
                location(g, f.location(), c0 + 3, b.lang);
                g.value(c0 + 7, f.stated());
                g.value(c0 + 8, f.bound());
                g.value(c0 + 9, f.scored());
                g.text(c0 + 10, emptyToNull(f.unit()));
                g.text(c0 + 11, f.message().get(b.lang));
                rows++;
            }
            for (Diagnostic d : c.warnings()) {
                diagnosticRow(g, several ? c.id() : null, d, c0);
                rows++;
            }
            for (FitResult f : c.fit()) {
                if (f.warning() != null) {
                    diagnosticRow(g, several ? c.id() : null, Diagnostic.warning(
                            dev.cca.diag.Location.of(c.sourceFile(), c.sourceLine(), 0).withPath("scenarios"), f.warning()), c0);
                    rows++;
                }
            }
        }
        for (Diagnostic d : r.problems()) {
            diagnosticRow(g, several ? "" : null, d, c0);
            rows++;
        }
        if (rows == 0) {
            g.remark(b.word("no-findings"));
        }
        g.endTable();
        g.finish();
    }

    /** A warning or error about an input, in the columns of the findings: severity for the check, the place, the message. */
    static void diagnosticRow(Grid g, String center, Diagnostic d, int c0) {
        Book b = g.book;
        g.row();
        if (center != null) {
            g.text(0, center);
        }
        g.text(c0, b.value("severity", d.severity().label()), d.isError() ? b.styles.label : b.styles.text);
        location(g, d.location(), c0 + 3, b.lang);
        g.text(c0 + 11, d.message(b.lang));
    }

    /** File, line, column and key path (a described path in {@code lang}) in four columns from {@code c}. */
    private static void location(Grid g, dev.cca.diag.Location l, int c, String lang) {
        g.text(c, l.file().isEmpty() ? null : l.file());
        if (l.line() > 0) {
            g.integer(c + 1, l.line());
        }
        if (l.column() > 0) {
            g.integer(c + 2, l.column());
        }
        g.text(c + 3, emptyToNull(l.path(lang)));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The parts that are not blank, joined by {@code sep}; null when none is left. */
    private static String join(String sep, String... parts) {
        String s = String.join(sep, java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
        return s.isEmpty() ? null : s;
    }
}
