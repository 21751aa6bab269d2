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
        int[][] rankOf = r.ranksByRow();
        int by = Math.max(0, r.scenarioIndex(o.rankBy()));
        Line line = new Line();
        BatchRows rows = r.rows();
        // Pooled strings (files, group values) and cap lists as cells, each made once.
        String[] pooled = new String[rows.pool().size()];
        java.util.Map<Long, String> capCells = new java.util.HashMap<>();
        String date = r.referenceDate();
        int[] order = r.rankings().isEmpty() ? new int[0] : r.rankings().get(by).order();
        Row cells = new Row(r, rows, rankOf, pooled, capCells, date);
        for (int row : order) {
            cells.write(row, line, out);
        }
    }

    /**
     * What every row's cells need, and the writing of one row: a method of its own, so that the JIT compiles it once
     * as a method, not again inside an on-stack replacement of the loop over a million rows.
     */
    private record Row(BatchResult r, BatchRows rows, int[][] rankOf, String[] pooled,
                       java.util.Map<Long, String> capCells, String date) {

        void write(int row, Line line, Writer out) throws IOException {
            int ns = r.scenarios().size();
            int nt = r.tables().size();
            int ni = rows.indicatorCount();
            int ng = rows.groupCount();
            line.n = 0;
            line.str(Text.csv(rows.id(row))).ch(',').str(Text.csv(rows.name(row)));
            for (int g = 0; g < ng; g++) {
                line.ch(',').str(pooledCell(rows, rows.groupIndex(row, g), pooled));
            }
            line.ch(',').str(pooledCell(rows, rows.sourceFileIndex(row), pooled)).ch(',').integer(rows.sourceLine(row))
                    .ch(',').str(date);
            for (int s = 0; s < ns; s++) {
                // An unrated scenario (not claimed, insufficient data) has no rank and no grade: empty cells.
                boolean rated = rows.rated(row, s);
                line.ch(',');
                if (rated) {
                    line.integer(rankOf[s][row]);
                }
                line.ch(',').str(rows.status(row, s).id()).ch(',');
                line.number(rows.reported(row, s));
                line.ch(',');
                line.number(rows.scenario(row, s));
                line.ch(',');
                if (rated) {
                    long caps = rows.caps(row, s);
                    line.integer(rows.grade(row, s)).ch(',').integer(rows.uncapped(row, s)).ch(',')
                            .str(caps == 0 ? "" : capCells.computeIfAbsent(caps, c -> Text.csv(r.capNames(c))));
                } else {
                    line.ch(',').ch(',');
                }
                line.ch(',');
                line.number(rows.coverage(row, s));
                for (int t = 0; t < nt; t++) {
                    line.ch(',');
                    line.number(rows.table(row, s, t));
                }
            }
            for (int k = 0; k < ni; k++) {
                line.ch(',');
                line.number(rows.indicator(row, k));
            }
            line.ch(',').integer(rows.findings(row)).ch(',').integer(rows.adjusted(row));
            line.ch('\r').ch('\n');
            out.write(line.buf, 0, line.n);
        }
    }

    /**
     * One line of the file as characters in a buffer kept for the next: appending to a StringBuilder that a Chinese
     * name has made two bytes a character checks that on every character, and the line is then copied out once more.
     */
    private static final class Line {
        char[] buf = new char[1024];
        int n;
        private final StringBuilder slow = new StringBuilder(32);

        private void room(int more) {
            if (n + more > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, n + more));
            }
        }

        Line ch(char c) {
            room(1);
            buf[n++] = c;
            return this;
        }

        Line str(String s) {
            int len = s.length();
            room(len);
            s.getChars(0, len, buf, n);
            n += len;
            return this;
        }

        Line integer(long v) {
            room(32);
            int end = Numbers.write(buf, n, v, 0); // an integer as Numbers writes one, without decimals
            if (end < 0) {
                return str(Long.toString(v));
            }
            n = end;
            return this;
        }

        /** {@link Numbers#append} with two decimals, written in place when it can be; NaN is an empty cell. */
        Line number(double v) {
            if (Double.isNaN(v)) {
                return this;
            }
            room(64);
            int end = Numbers.write(buf, n, v, 2);
            if (end >= 0) {
                n = end;
                return this;
            }
            slow.setLength(0);
            Numbers.append(slow, v, 2);
            return str(slow.toString());
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
