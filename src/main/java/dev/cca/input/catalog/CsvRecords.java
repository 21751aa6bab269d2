package dev.cca.input.catalog;

import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;

/**
 * The rows of a CSV (or TSV) file, read as a stream: the file is never held in memory, so a catalog of
 * any number of rows can be read within {@link dev.cca.input.Limits#maxRecordBytes()} per row.
 *
 * <p>The first non-blank line is the header, on one line. The delimiter is the one given in the options;
 * else a tab for {@code .tsv}; else the one of {@code , ; TAB |} that occurs most often outside quotes in
 * the header line (ties go in that order), and a comma when none does (a one-column table). A first line
 * {@code sep=X}, which Excel writes and reads to name the delimiter, names it (the option still wins) and is not the header.
 */
final class CsvRecords implements FileRecords {

    private static final char[] CANDIDATES = {',', '\t', ';', '|'};

    private final Context ctx;
    private final InputStream stream;
    private SourceFile source;
    private CharStream chars;
    private CsvTokenizer tokenizer;
    private TableLayout layout;
    private dev.cca.diag.Localized delimiterName;
    private int index;
    private boolean done;

    CsvRecords(Context ctx, InputStream stream, boolean tabSeparated) {
        this.ctx = ctx;
        this.stream = stream;
        try {
            open(tabSeparated);
        } catch (InputException e) {
            e.diagnostics().forEach(ctx.report());
            done = true;
        } catch (CharacterCodingException e) {
            ctx.error(chars == null ? 0 : chars.line(), 0, Messages.decodeErrorMidFile(charsetName()));
            done = true;
        } catch (IOException e) {
            ctx.error(Messages.cannotRead(e.getMessage()));
            done = true;
        }
    }

    private String charsetName() {
        return ctx.options().encoding() == null ? "UTF-8" : ctx.options().encoding().name();
    }

    private void open(boolean tabSeparated) throws InputException, IOException {
        TextInput text = TextInput.open(stream, ctx.name(), ctx.options().encoding());
        source = new SourceFile(ctx.name(), ctx.path(), "", text.note());
        chars = new CharStream(text.reader());
        int limit = ctx.options().limits().maxRecordBytes();
        // The header line, read raw first so that the delimiter can be chosen from it.
        StringBuilder sb = new StringBuilder();
        int headerLine = readLine(sb, limit);
        if (headerLine < 0) {
            return;
        }
        // Excel's delimiter line ("sep=;"), which a spreadsheet saved for Excel may start with: it names the delimiter
        // and is no header.
        Character named = sb.length() == 5 && sb.substring(0, 4).equalsIgnoreCase("sep=") && isDelimiter(sb.charAt(4))
                ? sb.charAt(4) : null;
        if (named != null) {
            sb.setLength(0);
            headerLine = readLine(sb, limit);
            if (headerLine < 0) {
                return;
            }
        }
        Character forced = ctx.options().delimiter();
        char delimiter = forced != null ? forced : named != null ? named : tabSeparated ? '\t' : sniff(sb);
        delimiterName = Messages.delimiterName(delimiter);
        int maxCell = ctx.options().limits().maxStringLength();
        CsvTokenizer.Row header = new CsvTokenizer(new CharStream(new StringReader(sb.toString())), delimiter,
                limit, maxCell).next();
        if (header == null || header.error != null) {
            ctx.error(headerLine, header == null ? 1 : header.errorColumn,
                    header == null ? Messages.noHeader() : header.error);
            done = true;
            return;
        }
        for (int i = 0; i < header.count; i++) {
            header.lines[i] += headerLine - 1;
        }
        layout = TableLayout.of(ctx.name(), header.cells, header.lines, header.columns, header.count,
                i -> String.valueOf(i + 1), ctx.report());
        if (layout == null) {
            done = true;
            return;
        }
        tokenizer = new CsvTokenizer(chars, delimiter, limit, maxCell);
    }

    /**
     * Reads the next non-blank line into {@code sb}: its line number, or -1 (the problem reported) when it is longer than
     * {@code limit} or there is none.
     */
    private int readLine(StringBuilder sb, int limit) throws IOException {
        while (chars.peek() == '\n') {
            chars.read();
        }
        int line = chars.line();
        if (chars.readRun(sb, '\n', limit + 1) > limit) {
            ctx.error(line, 1, Messages.recordTooLong(limit));
            done = true;
            return -1;
        }
        chars.read();
        if (sb.length() == 0) {
            ctx.error(Messages.noHeader());
            done = true;
            return -1;
        }
        return line;
    }

    /** Whether {@code c} can separate cells: a tab, or any character but the quote, a line end, NUL and the other controls. */
    private static boolean isDelimiter(char c) {
        return c == '\t' || c != '"' && c >= ' ' && c != 0x7F;
    }

    /** The candidate delimiter that occurs most often outside quotes; ties in the order , TAB ; |. */
    static char sniff(CharSequence headerLine) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }

    @Override
    public RawRecord next() {
        if (done) {
            return null;
        }
        try {
            CsvTokenizer.Row row = tokenizer.next();
            if (row == null) {
                done = true;
                return null;
            }
            int i = index++;
            if (row.error != null) {
                return Ready.broken(source, i, row.line, row.errorLine, row.errorColumn, row.error);
            }
            return new TableRow(layout, source, i, row.line, row.cells, null, row.lines, row.columns, row.count,
                    null, delimiterName);
        } catch (CharacterCodingException e) {
            ctx.error(chars.line(), 0, Messages.decodeErrorMidFile(charsetName()));
        } catch (IOException e) {
            ctx.error(chars.line(), 0, Messages.cannotRead(e.getMessage()));
        }
        done = true;
        return null;
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            // Nothing was written; a failed close of an input loses nothing.
        }
    }
}
