package dev.cca.report;

import dev.cca.model.Numbers;
import dev.cca.result.BatchResult;
import dev.cca.result.BatchRows;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One row per center, in the ranking order of {@code rankBy}: identity, grouping fields, source, then per
 * scenario rank, status (rated, not-claimed, insufficient-data), reported share, score, grade (and before caps),
 * caps that lowered it, evidence coverage and the table scores (rank and grades empty for an unrated scenario),
 * then every indicator score. UTF-8 with a byte-order mark so that spreadsheet programs read Chinese text
 * correctly; text cells that a spreadsheet would run as a formula are made inert (OWASP).
 */
public final class BatchCsvRenderer implements TextRenderer<BatchResult> {

    @Override
    public void render(BatchResult r, RenderOptions o, Writer out) throws IOException {
        out.write('\uFEFF');
        List<String> head = new ArrayList<>(List.of("id", "name"));
        head.addAll(r.groupFields());
        head.add("source_file");
        head.add("source_line");
        head.add("reference_date");
        for (BatchResult.ScenarioInfo s : r.scenarios()) {
            String p = s.id() + "_";
            head.addAll(List.of(p + "rank", p + "status", p + "reported", p + "score", p + "grade", p + "grade_before_caps", p + "caps",
                    p + "evidence_coverage"));
            for (BatchResult.TableInfo t : r.tables()) {
                head.add(p + t.id());
            }
        }
        for (BatchResult.IndicatorInfo i : r.indicators()) {
            head.add("indicator_" + i.id());
        }
        // What the checks stage found: how many findings, and how many claims were not scored as stated.
        head.add("check_findings");
        head.add("claims_adjusted");
        line(out, head);
        int ns = r.scenarios().size();
        int nt = r.tables().size();
        int[][] rankOf = r.ranksByRow();
        int by = Math.max(0, r.scenarioIndex(o.rankBy()));
        StringBuilder line = new StringBuilder(1024);
        char[] digits = new char[64];
        BatchRows rows = r.rows();
        int ni = rows.indicatorCount();
        int ng = rows.groupCount();
        // Pooled strings (files, group values) and cap lists as cells, each made once.
        String[] pooled = new String[rows.pool().size()];
        java.util.Map<Long, String> capCells = new java.util.HashMap<>();
        String date = r.referenceDate();
        for (int row : r.rankings().isEmpty() ? new int[0] : r.rankings().get(by).order()) {
            line.setLength(0);
            line.append(Text.csv(rows.id(row))).append(',').append(Text.csv(rows.name(row)));
            for (int g = 0; g < ng; g++) {
                line.append(',').append(pooledCell(rows, rows.groupIndex(row, g), pooled));
            }
            line.append(',').append(pooledCell(rows, rows.sourceFileIndex(row), pooled)).append(',').append(rows.sourceLine(row))
                    .append(',').append(date);
            for (int s = 0; s < ns; s++) {
                // An unrated scenario (not claimed, insufficient data) has no rank and no grade: empty cells.
                boolean rated = rows.rated(row, s);
                line.append(',');
                if (rated) {
                    line.append(rankOf[s][row]);
                }
                line.append(',').append(rows.status(row, s).id()).append(',');
                number(line, rows.reported(row, s), digits);
                line.append(',');
                number(line, rows.scenario(row, s), digits);
                line.append(',');
                if (rated) {
                    long caps = rows.caps(row, s);
                    line.append(rows.grade(row, s)).append(',').append(rows.uncapped(row, s)).append(',')
                            .append(caps == 0 ? "" : capCells.computeIfAbsent(caps, c -> Text.csv(r.capNames(c))));
                } else {
                    line.append(",,");
                }
                line.append(',');
                number(line, rows.coverage(row, s), digits);
                for (int t = 0; t < nt; t++) {
                    line.append(',');
                    number(line, rows.table(row, s, t), digits);
                }
            }
            for (int k = 0; k < ni; k++) {
                line.append(',');
                number(line, rows.indicator(row, k), digits);
            }
            line.append(',').append(rows.findings(row)).append(',').append(rows.adjusted(row));
            line.append("\r\n");
            out.append(line);
        }
    }

    /** The CSV cell of pooled string {@code i} ("" for none), made once per string. */
    private static String pooledCell(BatchRows rows, int i, String[] cells) {
        if (i < 0) {
            return "";
        }
        String c = cells[i];
        if (c == null) {
            c = Text.csv(rows.pool().get(i));
            cells[i] = c;
        }
        return c;
    }

    /** {@link Numbers#append} through a scratch buffer: the common case appends characters, no String. */
    private static void number(StringBuilder line, double v, char[] digits) {
        int n = Double.isNaN(v) ? -1 : Numbers.write(digits, 0, v, 2);
        if (n < 0) {
            Numbers.append(line, v, 2);
        } else {
            line.append(digits, 0, n);
        }
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cells.get(i));
        }
        out.write("\r\n");
    }
}
