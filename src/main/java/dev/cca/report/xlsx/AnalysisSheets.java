package dev.cca.report.xlsx;

import dev.cca.report.PeerText;
import dev.cca.result.GateReport;
import dev.cca.result.GateStatus;
import dev.cca.result.PeerStanding;
import dev.cca.result.Robustness;
import dev.cca.rules.Label;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The sheets of the analyses a run may add, the same in an assessment and a ranking workbook: Robustness (how far
 * each center's grade, score and rank hold when the rule set's judgements vary, with a chart of the score
 * intervals, and its standing among the peers of its scale class), Sensitivity (which judgements move the ranking
 * most) and Gate (what the CI gate decided, check by check).
 */
final class AnalysisSheets {

    /** Centers whose score interval the chart draws: the first of the ranking. */
    static final int CHART_CENTERS = 40;

    /**
     * A center in the order the sheet lists it.
     *
     * @param index its index in the columnar arrays of the analysis
     * @param score per scenario: its score, NaN when it has none
     */
    record Center(int index, String id, String name, float[] score) {
    }

    /** A scenario: its id and name. */
    record Scenario(String id, Label label) {
    }

    private AnalysisSheets() {
    }

    // ---- Robustness -----------------------------------------------------------------------------------------

    /**
     * Per center and scenario: rank and its interval, whether its place is settled, the share of variations that
     * kept its grade, the score and its interval; with standing among peers, its scale class, its rank in the class
     * and its percentile. A chart draws the score intervals of the first centers of {@code chartScenario}.
     */
    static void robustness(Book b, Print.Footer footer, List<Scenario> scenarios, List<Center> centers, Robustness rb,
                           PeerStanding st, int chartScenario) {
        Grid g = new Grid(b, b.word("sheet.robustness"), footer);
        g.decimals(2);
        int ns = scenarios.size();
        boolean peers = st != null;
        int per = 9 + (peers ? 3 : 0);
        g.fixedWidth(0, 18);
        g.fixedWidth(1, 24);
        for (int c = 2; c < 2 + ns * per; c++) {
            g.fixedWidth(c, 9);
        }
        g.remark(PeerText.settings(rb.settings(), b.options));

        // The chart first, above the table, over the rows it needs; its series name the table's cells below.
        int n = Math.min(CHART_CENTERS, centers.size());
        int chartTop = g.rowIndex() + 1;
        int chartRows = n == 0 ? 0 : Math.max(14, Math.min(40, n + 8));
        g.skip(chartRows + 2);
        int headerTop = g.rowIndex();
        int firstData = headerTop + 2;
        List<String> h = new ArrayList<>(List.of(b.word("center-id"), b.word("name")));
        for (int s = 0; s < ns; s++) {
            h.addAll(List.of(b.word("rank"), b.word("best-rank"), b.word("worst-rank"), b.word("settled"), b.word("grade-held"),
                    b.word("score"), b.word("score-low"), b.word("score-high"), b.word("spread")));
            if (peers) {
                h.addAll(List.of(b.word("scale-class"), b.word("class-rank"), b.word("percentile")));
            }
        }
        String[] header = h.toArray(String[]::new);
        g.tableHeader(2, header.length - 1, 2, false, () -> {
            g.row();
            for (int s = 0; s < ns; s++) {
                g.across(2 + s * per, 2 + s * per + per - 1, scenarios.get(s).label().get(b.lang), b.styles.headerCentered);
            }
            g.row();
            for (int c = 0; c < header.length; c++) {
                g.text(c, header[c], b.styles.header);
            }
        });
        for (Center c : centers) {
            int i = c.index();
            g.row();
            g.text(0, c.id());
            g.text(1, c.name());
            for (int s = 0; s < ns; s++) {
                Robustness.ScenarioStats rs = rb.scenarios().get(s);
                int col = 2 + s * per;
                if (!rs.isRated(i)) {
                    continue;
                }
                g.integer(col, rs.rank()[i], b.styles.integerCentered);
                g.integer(col + 1, rs.rankLow()[i], b.styles.integerCentered);
                g.integer(col + 2, rs.rankHigh()[i], b.styles.integerCentered);
                g.bool(col + 3, rs.settled()[i]);
                g.num(col + 4, rs.gradeHeld()[i], b.styles.percent);
                g.num(col + 5, c.score()[s], b.styles.score);
                g.num(col + 6, rs.scoreLow()[i], b.styles.score);
                g.num(col + 7, rs.scoreHigh()[i], b.styles.score);
                g.num(col + 8, rs.scoreHigh()[i] - rs.scoreLow()[i], b.styles.score);
                if (peers) {
                    PeerStanding.ScenarioStanding ss = st.scenarios().get(s);
                    g.text(col + 9, st.classOf(i).label().get(b.lang));
                    if (ss.classRank()[i] > 0) {
                        g.text(col + 10, ss.classRank()[i] + " / " + ss.classSize()[i]);
                    }
                    g.num(col + 11, ss.percentile()[i], b.styles.score);
                }
            }
        }
        int[] scores = new int[ns * 3];
        for (int s = 0; s < ns; s++) {
            scores[3 * s] = 2 + s * per + 5;
            scores[3 * s + 1] = 2 + s * per + 6;
            scores[3 * s + 2] = 2 + s * per + 7;
        }
        g.endTable(scores);

        if (n > 0 && chartScenario >= 0 && firstData + n - 1 < b.maxRows) {
            int s = chartScenario;
            int col = 2 + s * per;
            Robustness.ScenarioStats rs = rb.scenarios().get(s);
            String[] cats = new String[n];
            double[] low = new double[n];
            double[] spread = new double[n];
            for (int k = 0; k < n; k++) {
                Center c = centers.get(k);
                cats[k] = c.id();
                boolean rated = rs.isRated(c.index());
                low[k] = rated ? Math.rint(rs.scoreLow()[c.index()] * 100) / 100 : Double.NaN;
                spread[k] = rated ? Math.rint((rs.scoreHigh()[c.index()] - rs.scoreLow()[c.index()]) * 100) / 100 : Double.NaN;
            }
            int last = firstData + n - 1;
            Charts.bar(g.sheet(), new Charts.Spec(b.word("chart.intervals", scenarios.get(s).label().get(b.lang)
                                    + " (p" + rb.settings().lowPercentile() + "–p" + rb.settings().highPercentile() + ")"),
                            0, chartTop, Math.min(2 + ns * per, 16), chartTop + chartRows, true, true, 100, false, false),
                    g.sheet().getSheetName(), cats, new CellRangeAddress(firstData, last, 0, 0),
                    List.of(new Charts.Series(b.word("score-low"), low, new CellRangeAddress(firstData, last, col + 6, col + 6), null),
                            new Charts.Series(b.word("spread"), spread, new CellRangeAddress(firstData, last, col + 8, col + 8),
                                    Charts.SERIES[0])));
        }
        g.finish();
    }

    /** Per scenario, the judgements that vary, most influential first: their first-order sensitivity indices. */
    static void sensitivity(Book b, Print.Footer footer, List<Scenario> scenarios, Robustness rb) {
        Grid g = new Grid(b, b.word("sheet.sensitivity"), footer);
        int[] widths = {12, 10, 10, 40, 16, 48, 11, 11};
        for (int k = 0; k < widths.length; k++) {
            g.fixedWidth(k, widths[k]);
        }
        String[] header = {b.word("scenario"), b.word("mean-rank-shift"), b.word("noise-floor"), b.word("judgement"), b.word("kind"),
                b.word("name"), b.word("first-order"), b.word("given-choices")};
        g.tableHeader(1, header.length - 1, 0, true, () -> g.header(header));
        for (int s = 0; s < rb.scenarios().size(); s++) {
            Robustness.ScenarioStats rs = rb.scenarios().get(s);
            String label = s < scenarios.size() ? scenarios.get(s).label().get(b.lang) : rs.scenario();
            for (Robustness.Factor f : rs.sensitivity()) {
                g.row();
                g.text(0, label, b.styles.label);
                g.num(1, rs.meanRankShift(), b.styles.factor);
                g.num(2, rs.noiseFloor(), b.styles.factor);
                g.text(3, f.id());
                g.text(4, f.kind());
                g.text(5, f.label().get(b.lang));
                g.num(6, f.firstOrder(), f.firstOrder() < rs.noiseFloor() ? b.styles.factor : b.styles.factorBold);
                g.num(7, f.givenChoices(), b.styles.factor);
            }
        }
        g.endTable();
        g.finish();
    }

    // ---- Gate -----------------------------------------------------------------------------------------------

    /**
     * The gate's verdict and counts, its files with their hashes, and every outcome listed, failures first (a
     * catalog run lists the outcomes that are not a pass; the passes are counted).
     */
    static void gate(Book b, Print.Footer footer, GateReport gate) {
        Grid g = new Grid(b, b.word("sheet.gate"), footer);
        int[] widths = {10, 18, 12, 34, 8, 16, 60, 16, 11};
        for (int k = 0; k < widths.length; k++) {
            g.fixedWidth(k, widths[k]);
        }
        GateReport.Counts n = gate.counts();
        g.title(b.word("sheet.gate") + ": " + b.word(gate.passed() ? "gate-passed" : "gate-failed"));
        for (GateStatus s : GateStatus.values()) {
            long count = switch (s) {
                case PASS -> n.pass();
                case WARN -> n.warn();
                case FAIL -> n.fail();
                case WAIVED -> n.waived();
                case SKIPPED -> n.skipped();
            };
            g.pair(b.value("gate", s.id()), count);
        }
        for (GateReport.Source s : gate.sources()) {
            g.pair(b.word("file"), s.file() + "  sha256:" + s.sha256());
        }
        g.pairDate(b.word("waivers-on"), gate.referenceDate());
        g.skip(1);
        String[] header = {b.word("status"), b.word("center-id"), b.word("scenario"), b.word("check"), b.word("gate-level"), b.word("value"),
                b.word("message"), b.word("waiver"), b.word("expires")};
        g.tableHeader(1, header.length - 1, 0, false, () -> g.header(header));
        for (GateStatus st : new GateStatus[] {GateStatus.FAIL, GateStatus.WARN, GateStatus.WAIVED, GateStatus.SKIPPED, GateStatus.PASS}) {
            for (GateReport.Outcome o : gate.outcomes()) {
                if (o.status() != st) {
                    continue;
                }
                GateReport.Check check = gate.checks().get(o.check());
                g.row();
                g.text(0, b.value("gate", st.id()), st == GateStatus.FAIL ? b.styles.label : b.styles.text);
                g.text(1, o.center());
                g.text(2, o.scenario());
                g.text(3, check.title());
                g.text(4, check.level());
                g.text(5, o.value() == null ? null : o.value().get(b.lang));
                g.text(6, o.message().get(b.lang));
                g.text(7, o.waiver());
                g.date(8, o.expires());
            }
        }
        if (!gate.passesListed() && n.pass() > 0) {
            g.row();
            g.text(0, b.value("gate", GateStatus.PASS.id()));
            g.text(6, b.word("passes-counted", n.pass()));
        }
        g.endTable();
        g.finish();
    }
}
