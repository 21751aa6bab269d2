package dev.cca.report.xlsx;

import dev.cca.diag.Diagnostic;
import dev.cca.input.catalog.CellRef;
import dev.cca.report.RenderOptions;
import dev.cca.report.Renderer;
import dev.cca.report.Words;
import dev.cca.result.BatchResult;
import dev.cca.result.BatchRow;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The ranking workbook of {@code cca batch -o ranking.xlsx}: Ranking (every center in the order of the
 * {@code --rank-by} scenario, with its rank, grade and score in each scenario, table scores and evidence
 * coverage; capped grades marked), Regions (count, mean, median, minimum, maximum and grade distribution per
 * province, hub, operator type and {@code --group-by} field, with a chart of the grade distribution by province),
 * Centers (every indicator score of every center) and Errors (every input that could not be scored, located by
 * file and line, or sheet and cell for XLSX).
 *
 * <p>Rows are streamed (SXSSF), so 100,000 centers are written in bounded memory; past Excel's 1,048,576 rows a
 * sheet continues on the next ("Ranking (2)").
 */
public final class BatchWorkbook implements Renderer<BatchResult> {

    @Override
    public void render(BatchResult r, RenderOptions o, OutputStream out) throws IOException {
        try (Book b = new Book(o.lang())) {
            String who = b.word("title.batch") + " · " + b.word("centers-n", r.rows().size());
            String rules = r.rules().id() + " " + r.rules().version();
            Print.Footer footer = new Print.Footer(who, rules);
            b.properties(who, BatchResult.FORMAT, r.tool().name() + " " + r.tool().version(),
                    rules + " sha256:" + r.rules().sha256(), r.asOf() == null ? null : LocalDate.parse(r.asOf()));
            // The sheets in their order; then Ranking and Centers, the two large ones, are filled at the same time.
            Grid ranking = new Grid(b, b.word("sheet.ranking"), footer);
            Grid regions = new Grid(b, b.word("sheet.regions"), footer);
            Grid centers = new Grid(b, b.word("sheet.centers"), footer);
            fillTogether(b, r, () -> ranking(ranking, r, o), () -> centers(centers, r));
            // Finishing touches the workbook itself (print titles and filters are workbook names): one thread, in order.
            ranking.finish();
            regions(regions, r);
            centers.finish();
            if (r.robustness() != null) {
                List<AnalysisSheets.Scenario> scen = r.scenarios().stream()
                        .map(sc -> new AnalysisSheets.Scenario(sc.id(), sc.label())).toList();
                int by = Math.max(0, r.scenarioIndex(o.rankBy()));
                List<AnalysisSheets.Center> order = new ArrayList<>(r.rows().size());
                for (int row : r.rankings().isEmpty() ? new int[0] : r.rankings().get(by).order()) {
                    BatchRow x = r.rows().get(row);
                    order.add(new AnalysisSheets.Center(row, x.id(), x.name(), x.scenario()));
                }
                AnalysisSheets.robustness(b, footer, scen, order, r.robustness(), r.standing(), by);
                AnalysisSheets.sensitivity(b, footer, scen, r.robustness());
            }
            if (r.gate() != null && r.gate().configured()) {
                AnalysisSheets.gate(b, footer, r.gate());
            }
            errors(b, r, footer);
            b.write(out);
        }
    }

    /**
     * Runs the two fills on two threads when that cannot change the workbook: every cell style either might need
     * exists before (so styles are numbered the same whatever runs first), each writes only the rows of its own
     * sheet ({@link Grid#finish}, which touches the workbook, comes after, on one thread), and no sheet can fill up
     * (a continuation sheet would be numbered by who got there first). Otherwise one after the other. A ranking of
     * 100,000 centers is written in about half the time on two cores.
     */
    private static void fillTogether(Book b, BatchResult r, Runnable first, Runnable second) throws IOException {
        if (r.rows().size() + 16 >= b.maxRows || r.rows().size() < 2_000) {
            first.run();
            second.run();
            return;
        }
        b.styles.prepare();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "cca-workbook");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.concurrent.Future<?> other = pool.submit(second);
            first.run();
            other.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the workbook", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- Ranking ------------------------------------------------------------------------------------------

    private static void ranking(Grid g, BatchResult r, RenderOptions o) {
        Book b = g.book;
        g.decimals(2);
        int ns = r.scenarios().size();
        int nt = r.tables().size();
        int ng = r.groupFields().size();
        // Rank, score, grade, status (capped, not claimed, too little data), the tables, evidence, reported share.
        int perScenario = 6 + nt;
        int first = 2 + ng;
        int countsCol = first + ns * perScenario;
        int sourceCol = countsCol + 2;
        // Two header rows: the scenario over its columns, then the column names (filtered, repeated on every page).
        List<String> h = new ArrayList<>(List.of(b.word("center-id"), b.word("name")));
        for (String f : r.groupFields()) {
            h.add(b.fieldName(f));
        }
        for (int s = 0; s < ns; s++) {
            h.addAll(List.of(b.word("rank"), b.word("score"), b.word("grade"), b.word("status")));
            for (BatchResult.TableInfo t : r.tables()) {
                h.add(t.label().get(b.lang));
            }
            h.add(b.word("evidence-coverage"));
            h.add(b.word("reported"));
        }
        h.add(b.word("findings-count"));
        h.add(b.word("adjusted-count"));
        h.add(b.word("source"));
        h.add(b.word("source-line"));
        String[] header = h.toArray(String[]::new);
        g.fixedWidth(0, 18);
        g.fixedWidth(1, 24);
        for (int k = 0; k < ng; k++) {
            g.fixedWidth(2 + k, 14);
        }
        for (int s = 0; s < ns; s++) {
            int c = first + s * perScenario;
            int[] w = {6, 7, 6, 14};
            for (int k = 0; k < w.length; k++) {
                g.fixedWidth(c + k, w[k]);
            }
            for (int k = 4; k < perScenario; k++) {
                g.fixedWidth(c + k, 10);
            }
        }
        g.fixedWidth(countsCol, 9);
        g.fixedWidth(countsCol + 1, 9);
        g.fixedWidth(sourceCol, 28);
        g.tableHeader(2, header.length - 1, 2, true, () -> {
            g.row();
            for (int s = 0; s < ns; s++) {
                int c = first + s * perScenario;
                g.across(c, c + perScenario - 1, r.scenarios().get(s).label().get(b.lang), b.styles.headerCentered);
            }
            g.row();
            for (int c = 0; c < header.length; c++) {
                g.text(c, header[c], b.styles.header);
            }
        });
        int[][] rankOf = r.ranksByRow();
        int by = Math.max(0, r.scenarioIndex(o.rankBy()));
        for (int row : r.rankings().isEmpty() ? new int[0] : r.rankings().get(by).order()) {
            BatchRow x = r.rows().get(row);
            g.row();
            g.text(0, x.id());
            g.text(1, x.name());
            for (int k = 0; k < ng; k++) {
                g.text(2 + k, b.groupValue(r.groupFields().get(k), x.group(k)));
            }
            for (int s = 0; s < ns; s++) {
                int c = first + s * perScenario;
                float score = x.scenario()[s];
                if (Float.isNaN(score)) {
                    continue;
                }
                g.num(c + 1, score, b.styles.scoreBold);
                if (x.rated(s)) {
                    // Only a rated scenario has a rank and a grade; the others are listed after, apart.
                    g.integer(c, rankOf[s][row], b.styles.integerCentered);
                    int grade = x.grade()[s];
                    boolean capped = x.uncapped()[s] != grade;
                    g.num(c + 2, grade, capped ? b.styles.gradeCapped : b.styles.grade);
                    if (capped) {
                        g.text(c + 3, b.word("capped-from", x.uncapped()[s]) + ": " + r.capNames(x.caps()[s]).replace(";", ", "));
                    }
                } else {
                    g.text(c + 3, Words.unrated(x.status(s), x.reported()[s], b.options, false));
                }
                for (int t = 0; t < nt; t++) {
                    g.num(c + 4 + t, x.table(s, t, nt), b.styles.score);
                }
                g.num(c + 4 + nt, x.coverage()[s], b.styles.percent);
                g.num(c + 5 + nt, x.reported()[s], b.styles.percent);
            }
            g.integer(countsCol, x.findings(), b.styles.integerCentered);
            g.integer(countsCol + 1, x.adjusted(), b.styles.integerCentered);
            g.text(sourceCol, x.sourceFile());
            if (x.sourceLine() > 0) {
                g.integer(sourceCol + 1, x.sourceLine());
            }
        }
        int[] scores = new int[ns * (1 + nt)];
        for (int s = 0, k = 0; s < ns; s++) {
            int c = first + s * perScenario;
            scores[k++] = c + 1;
            for (int t = 0; t < nt; t++) {
                scores[k++] = c + 4 + t;
            }
        }
        g.endTable(scores);
    }

    /** {@code [language][grade]}: grade names, English and Chinese. */
    private static String[][] gradeNames(Book b, BatchResult r) {
        int max = 0;
        for (BatchResult.GradeInfo gi : r.grades()) {
            max = Math.max(max, gi.grade());
        }
        String[][] out = new String[2][max + 1];
        for (BatchResult.GradeInfo gi : r.grades()) {
            out[0][gi.grade()] = gi.label().en();
            out[1][gi.grade()] = gi.label().get("zh");
        }
        return out;
    }

    // ---- Regions ------------------------------------------------------------------------------------------

    /** The Regions sheet's first grade column. */
    private static final int GRADES = 11;

    private static void regions(Grid g, BatchResult r) {
        Book b = g.book;
        g.paginate();
        g.decimals(2);
        g.title(b.word("title.batch"));
        g.pair(b.word("scored-centers"), r.rows().size());
        g.pair(b.word("invalid-records"), r.invalidRecords());
        g.pair(b.word("warnings-count"), r.warnings());
        g.pair(b.word("rule-set"), r.rules().id() + " " + r.rules().version());
        g.pair(b.word("rule-sha"), r.rules().sha256());
        g.pair(b.word("tool"), r.tool().name() + " " + r.tool().version());
        g.pairDate(b.word("reference-date"), r.referenceDate());
        if (r.asOf() == null && r.referenceDate() != null) {
            g.remark(b.word("reference-today", r.referenceDate()));
        }
        g.skip(1);

        // Field, then scenario, then value: the provinces of one scenario are one block of rows, for the chart.
        Map<String, Map<String, List<BatchResult.Aggregate>>> byField = new LinkedHashMap<>();
        for (BatchResult.Aggregate a : r.aggregates()) {
            byField.computeIfAbsent(a.field(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(a.scenario(), k -> new ArrayList<>()).add(a);
        }
        List<BatchResult.GradeInfo> grades = new ArrayList<>(r.grades());
        grades.sort((x, y) -> Integer.compare(x.grade(), y.grade()));
        List<String> h = new ArrayList<>(List.of(b.word("grouping"), b.word("group"), b.word("scenario"), b.word("centers-count"),
                b.word("rated-count"), b.word("not-claimed"), b.word("insufficient-data"),
                b.word("mean"), b.word("median"), b.word("min"), b.word("max")));
        for (BatchResult.GradeInfo gi : grades) {
            h.add(b.word("grade-n", gi.grade()) + " " + gi.label().get(b.lang));
        }
        String[] header = h.toArray(String[]::new);
        g.fixedWidth(0, 14);
        g.fixedWidth(1, 22);
        g.fixedWidth(2, 8);
        for (int c = 3; c < header.length; c++) {
            g.fixedWidth(c, 9);
        }
        g.tableHeader(1, header.length - 1, 0, false, () -> g.header(header));
        // The province block of each scenario: its rows, when they are all on one sheet.
        Map<String, int[]> provinceRows = new LinkedHashMap<>();
        for (var field : byField.entrySet()) {
            for (var scen : field.getValue().entrySet()) {
                int start = g.rowIndex();
                org.apache.poi.xssf.streaming.SXSSFSheet startSheet = g.sheet();
                for (BatchResult.Aggregate a : scen.getValue()) {
                    g.row();
                    g.text(0, a.field().equals("all") ? b.word("field.all") : b.fieldName(a.field()));
                    g.text(1, a.field().equals("all") ? b.word("field.all") : b.groupValue(a.field(), a.value()));
                    g.text(2, scenarioName(b, r, a.scenario()));
                    g.integer(3, a.count());
                    g.integer(4, a.rated());
                    g.integer(5, a.notClaimed());
                    g.integer(6, a.insufficientData());
                    g.num(7, a.mean(), b.styles.score);
                    g.num(8, a.median(), b.styles.score);
                    g.num(9, a.min(), b.styles.score);
                    g.num(10, a.max(), b.styles.score);
                    for (int k = 0; k < grades.size(); k++) {
                        int gr = grades.get(k).grade();
                        g.integer(GRADES + k, gr < a.gradeCounts().length ? a.gradeCounts()[gr] : 0);
                    }
                }
                if (field.getKey().equals("region.province") && g.sheet() == startSheet && g.rowIndex() > start) {
                    provinceRows.put(scen.getKey(), new int[] {start, g.rowIndex() - 1});
                }
            }
        }
        g.endTable(7, 8, 9, 10);

        // Charts: grade distribution by province, one per scenario, below the table.
        for (var e : provinceRows.entrySet()) {
            int[] rows = e.getValue();
            int n = rows[1] - rows[0] + 1;
            String[] cats = new String[n];
            for (int i = 0; i < n; i++) {
                BatchResult.Aggregate a = byField.get("region.province").get(e.getKey()).get(i);
                cats[i] = b.groupValue(a.field(), a.value());
            }
            List<Charts.Series> series = new ArrayList<>();
            for (int k = 0; k < grades.size(); k++) {
                double[] v = new double[n];
                int gr = grades.get(k).grade();
                for (int i = 0; i < n; i++) {
                    int[] counts = byField.get("region.province").get(e.getKey()).get(i).gradeCounts();
                    v[i] = gr < counts.length ? counts[gr] : 0;
                }
                series.add(new Charts.Series(header[GRADES + k], v, new CellRangeAddress(rows[0], rows[1], GRADES + k, GRADES + k),
                        Charts.GRADES[Math.min(Charts.GRADES.length - 1, Math.max(0, gr - 1))]));
            }
            g.skip(1);
            int height = Math.max(14, Math.min(30, n + 8));
            g.keepTogether(height + 1);
            int top = g.rowIndex();
            Charts.bar(g.sheet(), new Charts.Spec(b.word("chart.grades", scenarioName(b, r, e.getKey())), 0, top, 13, top + height,
                    true, true, Double.NaN, false, true), g.sheet().getSheetName(), cats, new CellRangeAddress(rows[0], rows[1], 1, 1), series);
            g.skip(height + 1);
        }
        g.finish();
    }

    private static String scenarioName(Book b, BatchResult r, String id) {
        int s = r.scenarioIndex(id);
        return s < 0 ? id : r.scenarios().get(s).label().get(b.lang);
    }

    // ---- Centers ------------------------------------------------------------------------------------------

    private static void centers(Grid g, BatchResult r) {
        Book b = g.book;
        g.decimals(2);
        int ni = r.indicators().size();
        for (int k = 0; k < ni; k++) {
            g.fixedWidth(2 + k, 12);
        }
        g.fixedWidth(0, 18);
        g.fixedWidth(1, 24);
        // Indicator names over their ids; the ids row carries the filter.
        g.tableHeader(2, 1 + ni, 2, true, () -> {
            g.row();
            g.text(0, b.word("center-id"), b.styles.header);
            g.text(1, b.word("name"), b.styles.header);
            for (int k = 0; k < ni; k++) {
                g.text(2 + k, r.indicators().get(k).label().get(b.lang), b.styles.header);
            }
            g.row();
            g.text(0, "id", b.styles.header);
            g.text(1, "name", b.styles.header);
            for (int k = 0; k < ni; k++) {
                g.text(2 + k, r.indicators().get(k).id(), b.styles.header);
            }
        });
        for (BatchRow x : r.rows()) {
            g.row();
            g.text(0, x.id());
            g.text(1, x.name());
            float[] v = x.indicators();
            for (int k = 0; k < ni && k < v.length; k++) {
                g.num(2 + k, v[k], b.styles.score);
            }
        }
        int[] cols = new int[ni];
        for (int k = 0; k < ni; k++) {
            cols[k] = 2 + k;
        }
        g.endTable(cols);
    }

    // ---- Errors -------------------------------------------------------------------------------------------

    private static void errors(Book b, BatchResult r, Print.Footer footer) {
        Grid g = new Grid(b, b.word("sheet.errors"), footer);
        int[] widths = {9, 30, 14, 8, 7, 7, 24, 80};
        for (int k = 0; k < widths.length; k++) {
            g.fixedWidth(k, widths[k]);
        }
        String[] header = {b.word("severity"), b.word("file"), b.word("sheet"), b.word("cell"), b.word("line"), b.word("column-no"),
                b.word("key-path"), b.word("message")};
        g.tableHeader(1, header.length - 1, 0, true, () -> g.header(header));
        for (Diagnostic d : r.problems()) {
            g.row();
            g.text(0, b.value("severity", d.severity().label()), d.isError() ? b.styles.label : b.styles.text);
            Sheeted where = sheeted(d.location().file());
            g.text(1, where.file().isEmpty() ? null : where.file());
            if (where.sheet() != null) {
                g.text(2, where.sheet());
                if (d.location().line() > 0) {
                    g.text(3, CellRef.of(d.location().line(), d.location().column()));
                }
            } else {
                if (d.location().line() > 0) {
                    g.integer(4, d.location().line());
                }
                if (d.location().column() > 0) {
                    g.integer(5, d.location().column());
                }
            }
            g.text(6, d.location().path().isEmpty() ? null : d.location().path(b.lang));
            g.text(7, d.message(b.lang));
        }
        if (r.problems().isEmpty()) {
            g.remark(b.word("no-errors"));
        }
        g.endTable();
        g.finish();
    }

    /** A location's file, split into the workbook and the sheet when it names one. */
    record Sheeted(String file, String sheet) {
    }

    /**
     * Problems in an XLSX catalog name their file as {@code catalog.xlsx[sheet]}, with the row as line and the
     * column number as column (see {@link CellRef}); this splits that back into the file and the sheet.
     */
    static Sheeted sheeted(String file) {
        int open = file.lastIndexOf('[');
        if (file.endsWith("]") && open > 0) {
            String base = file.substring(0, open);
            String lower = base.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
                return new Sheeted(base, file.substring(open + 1, file.length() - 1));
            }
        }
        return new Sheeted(file, null);
    }
}
