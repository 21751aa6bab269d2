package dev.cca.input.catalog;

import java.io.IOException;
import java.util.Arrays;

/**
 * A streaming RFC 4180 reader: cells separated by one delimiter character, records by line ends (LF,
 * CRLF or CR); a cell in double quotes may hold delimiters, quotes (written twice) and line ends. Every
 * cell keeps the line and column where it starts (its opening quote, if quoted).
 *
 * <p>Beyond RFC 4180, as spreadsheets write and read it: blank lines are skipped; a quote inside an
 * unquoted cell is an ordinary character; line ends inside a quoted cell are read as LF. Text after a
 * closing quote, an unclosed quote and an over-long record are reported with the row, and reading goes
 * on with the next line, so one bad row never hides the rest of the file.
 */
final class CsvTokenizer {

    /** One record: its cells and where each starts. {@code error} is null for a well-formed record. */
    static final class Row {
        int line;
        int count;
        String[] cells = new String[16];
        int[] lines = new int[16];
        int[] columns = new int[16];
        dev.cca.diag.Message error;
        int errorLine;
        int errorColumn;

        void add(String cell, int line, int column) {
            if (count == cells.length) {
                cells = Arrays.copyOf(cells, count * 2);
                lines = Arrays.copyOf(lines, count * 2);
                columns = Arrays.copyOf(columns, count * 2);
            }
            cells[count] = cell;
            lines[count] = line;
            columns[count] = column;
            count++;
        }

        boolean allBlank() {
            for (int i = 0; i < count; i++) {
                if (!cells[i].isBlank()) {
                    return false;
                }
            }
            return true;
        }

        void fail(dev.cca.diag.Message message, int line, int column) {
            if (error == null) {
                error = message;
                errorLine = line;
                errorColumn = column;
            }
        }
    }

    private final CharStream in;
    private final char delimiter;
    private final int maxRecord;
    private final int maxCell;
    private final StringBuilder sb = new StringBuilder();

    CsvTokenizer(CharStream in, char delimiter, int maxRecordChars, int maxCellChars) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxRecord = maxRecordChars;
        this.maxCell = maxCellChars;
    }

    /** The next record with at least one non-blank cell, or null at the end of the input. */
    Row next() throws IOException {
        while (true) {
            int c = in.peek();
            if (c == CharStream.EOF) {
                return null;
            }
            if (c == '\n') {
                in.read();
                continue;
            }
            Row row = readRow();
            if (row.error != null || !row.allBlank()) {
                return row;
            }
        }
    }

    private Row readRow() throws IOException {
        Row row = new Row();
        row.line = in.line();
        int budget = maxRecord;
        while (true) {
            int line = in.line();
            int column = in.column();
            sb.setLength(0);
            boolean quoted = in.peek() == '"';
            if (quoted) {
                in.read();
                budget = readQuoted(row, line, column, budget);
                if (budget < 0) {
                    return row;
                }
            } else {
                budget -= in.readRun(sb, delimiter, budget + 1);
            }
            if (budget < 0) {
                row.fail(Messages.recordTooLong(maxRecord), row.line, 1);
                in.skipLine();
                return row;
            }
            if (sb.length() > maxCell) {
                row.fail(Messages.cellTooLong(sb.length(), maxCell), line, column);
                row.add("", line, column);
            } else {
                // Most cells of a catalog are empty: they share one string instead of one each.
                row.add(sb.length() == 0 ? "" : sb.toString(), line, column);
            }
            int c = in.read();
            if (c == delimiter) {
                continue;
            }
            if (c == '\n' || c == CharStream.EOF) {
                return row;
            }
            // Only a quoted cell can stop before a delimiter or line end: text follows its closing quote.
            row.fail(Messages.textAfterQuote(), in.line(), in.column() - 1);
            in.skipLine();
            return row;
        }
    }

    /**
     * Reads a quoted cell after its opening quote into {@code sb}; returns the remaining budget, or -1 when
     * the row ended in an error (unclosed quote, too long).
     *
     * <p>A quoted cell may hold line ends, so a quote that is never closed would swallow every row after it.
     * When the cell fails (the end of the input, or past the cell or record limit) after crossing a line end,
     * the text after the quote's line is put back and read again as rows: the problem costs the one row.
     */
    private int readQuoted(Row row, int line, int column, int budget) throws IOException {
        StringBuilder raw = null;
        int resumeLine = 0;
        while (true) {
            int from = sb.length();
            budget -= in.readRun(sb, '"', budget + 1);
            if (raw != null) {
                raw.append(sb, from, sb.length());
            }
            if (budget < 0 || sb.length() > maxCell && raw != null) {
                if (raw != null) {
                    return unclosed(row, line, column, raw, resumeLine);
                }
                row.fail(Messages.recordTooLongUnclosedQuote(maxRecord, line, column), row.line, 1);
                in.skipLine();
                return -1;
            }
            int c = in.read();
            if (c == CharStream.EOF) {
                if (raw != null) {
                    return unclosed(row, line, column, raw, resumeLine);
                }
                row.fail(Messages.unclosedQuote(line, column), line, column);
                return -1;
            }
            if (c == '\n') {
                sb.append('\n');
                budget--;
                if (raw == null) {
                    raw = new StringBuilder();
                    resumeLine = in.line();
                } else {
                    raw.append('\n');
                }
                continue;
            }
            // c is a quote: doubled, it is a quote character; single, it closes the cell.
            if (in.peek() == '"') {
                in.read();
                sb.append('"');
                if (raw != null) {
                    raw.append("\"\"");
                }
                budget--;
                continue;
            }
            return budget;
        }
    }

    /** A quote that is never closed: the row is reported and what followed its line is read again. */
    private int unclosed(Row row, int line, int column, StringBuilder raw, int resumeLine) {
        row.fail(Messages.unclosedQuoteRecovered(line, column, resumeLine), line, column);
        in.pushBack(raw, resumeLine, 1);
        return -1;
    }
}
