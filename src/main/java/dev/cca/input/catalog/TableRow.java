package dev.cca.input.catalog;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.input.Document;
import dev.cca.input.Node;
import dev.cca.input.SourceFile;
import java.util.List;

/**
 * One data row of a CSV file or an XLSX sheet, as cut from the file: the cells and where each is.
 * {@link #parse()} pours them into the table's {@link TableLayout}.
 */
final class TableRow implements RawRecord {

    private final TableLayout layout;
    private final SourceFile source;
    private final int index;
    private final int line;
    private final String[] text;
    private final Node.ScalarKind[] kind;
    private final int[] lines;
    private final int[] columns;
    private final int count;
    private final List<Diagnostic> cutProblems;
    private final dev.cca.diag.Localized delimiterName;

    /**
     * @param kind          spreadsheet types of the cells, or null when all are text (CSV)
     * @param cutProblems   problems found while cutting the row (null when none)
     * @param delimiterName the CSV delimiter for messages about a wrong cell count; null for spreadsheets,
     *                      whose rows cannot have a wrong count
     */
    TableRow(TableLayout layout, SourceFile source, int index, int line, String[] text, Node.ScalarKind[] kind,
             int[] lines, int[] columns, int count, List<Diagnostic> cutProblems, dev.cca.diag.Localized delimiterName) {
        this.layout = layout;
        this.source = source;
        this.index = index;
        this.line = line;
        this.text = text;
        this.kind = kind;
        this.lines = lines;
        this.columns = columns;
        this.count = count;
        this.cutProblems = cutProblems;
        this.delimiterName = delimiterName;
    }

    @Override
    public Location location() {
        return Location.of(source.name(), line, 1);
    }

    @Override
    public ParsedRecord parse() {
        Problems problems = new Problems();
        boolean broken = false;
        if (cutProblems != null) {
            for (Diagnostic d : cutProblems) {
                problems.add(d);
                broken |= d.isError() && delimiterName != null;
            }
        }
        if (!broken && delimiterName != null && (count < layout.minWidth() || count > layout.width())) {
            // Cells no longer line up with their headers, so every value would land under the wrong key:
            // one precise error is worth more than the dozen confusing ones validation would give.
            // Point at the first extra cell, or at the last cell there is and name the first column without one.
            boolean extra = count > layout.width();
            int at = extra ? layout.width() : Math.max(0, count - 1);
            String column = extra ? "" : layout.name(count);
            problems.error(new Location(source.name(), lines[at], columns[at], column),
                    Messages.cellCount(count, layout.width(), delimiterName));
            broken = true;
        }
        Node.MapNode root = broken ? null
                : layout.tree(source.name(), line, 1, text, kind, lines, columns, count, problems);
        return new ParsedRecord(new Document(source, index, line, root), location(), problems);
    }
}
