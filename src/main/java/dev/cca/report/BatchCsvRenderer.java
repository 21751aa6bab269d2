package dev.cca.report;

import dev.cca.model.Numbers;
import dev.cca.result.BatchResult;
import dev.cca.result.BatchRow;
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
        for (int row : r.rankings().isEmpty() ? new int[0] : r.rankings().get(by).order()) {
            BatchRow b = r.rows().get(row);
            line.setLength(0);
            line.append(Text.csv(b.id())).append(',').append(Text.csv(b.name()));
            for (String g : b.groups()) {
                line.append(',').append(Text.csv(g));
            }
            line.append(',').append(Text.csv(b.sourceFile())).append(',').append(b.sourceLine()).append(',').append(r.referenceDate());
            for (int s = 0; s < ns; s++) {
                // An unrated scenario (not claimed, insufficient data) has no rank and no grade: empty cells.
                boolean rated = b.rated(s);
                line.append(',');
                if (rated) {
                    line.append(rankOf[s][row]);
                }
                line.append(',').append(b.status(s).id()).append(',');
                number(line, b.reported()[s], digits);
                line.append(',');
                number(line, b.scenario()[s], digits);
                line.append(',');
                if (rated) {
                    line.append(b.grade()[s]).append(',').append(b.uncapped()[s]).append(',').append(Text.csv(r.capNames(b.caps()[s])));
                } else {
                    line.append(",,");
                }
                line.append(',');
                number(line, b.coverage()[s], digits);
                for (int t = 0; t < nt; t++) {
                    line.append(',');
                    number(line, b.table(s, t, nt), digits);
                }
            }
            for (float v : b.indicators()) {
                line.append(',');
                number(line, v, digits);
            }
            line.append(',').append(b.findings()).append(',').append(b.adjusted());
            line.append("\r\n");
            out.append(line);
        }
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
