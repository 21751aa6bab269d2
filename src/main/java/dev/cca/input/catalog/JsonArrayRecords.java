package dev.cca.input.catalog;

import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import dev.cca.diag.Message;
import dev.cca.diag.Problems;
import dev.cca.input.Document;
import dev.cca.input.JsonReader;
import dev.cca.input.SourceFile;
import dev.cca.input.StreamingProfileReader;
import dev.cca.model.CenterProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * The elements of a JSON array file, read as a stream: each element is one record, cut without building it and
 * parsed on whichever thread takes it, so that memory is bounded by the largest element and the records in flight,
 * not by the file (a JSON array of a million centers is some 3 GB). The cutting only tracks texts, escapes and
 * nesting; whether an element is valid JSON is for the parser of that element to say. One pass, linear in the text,
 * however long its lines (a minified array is one line).
 *
 * <p>A broken array costs only what is broken. An element that is never closed (a missing brace or quote) ends where a
 * later line starts a new element at the same indentation as it did, and is reported with the lines it spans; an
 * array whose closing bracket is missing keeps every element before the end; an element longer than
 * {@link dev.cca.input.Limits#maxRecordBytes()} characters is reported and skipped, and reading goes on after it.
 * Lines end at LF, CRLF or a lone CR, as Jackson counts them.
 */
final class JsonArrayRecords implements FileRecords {

    private final Context ctx;
    private final InputStream stream;
    private final JsonReader json;
    private final int limit;
    private SourceFile source;
    private Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private boolean done;
    private int index;

    /** 0-based line of the next character, and the offset in the stream of that line's first character. */
    private int line;
    private long lineStart;
    private long offset;
    private boolean afterCr;
    private int arrayLine;
    private int arrayColumn;

    // The element being cut.
    private final StringBuilder text = new StringBuilder(4096);
    private boolean inElement;
    private boolean tooLong;
    private int startLine;
    private int startColumn;
    private int depth;
    private boolean inString;
    private boolean escape;
    /** After a line break inside an element: the spaces and tabs seen since, or -1 once a character that is neither came. */
    private int indent = -1;

    /** The elements of the JSON array file {@code stream} (closed with these records), decoded as it is read. */
    JsonArrayRecords(Context ctx, InputStream stream, JsonReader json) {
        this.ctx = ctx;
        this.stream = stream;
        this.json = json;
        this.limit = ctx.options().limits().maxRecordBytes();
        try {
            TextInput t = TextInput.open(stream, ctx.name(), ctx.options().encoding());
            source = new SourceFile(ctx.name(), ctx.path(), "", t.note());
            in = t.reader();
            open();
        } catch (InputException e) {
            e.diagnostics().forEach(ctx.report());
            done = true;
        } catch (IOException e) {
            failed(e);
        }
    }

    /** The elements of the JSON array whose text was read whole ({@code source}: standard input, say). */
    JsonArrayRecords(Context ctx, SourceFile source, JsonReader json) {
        this.ctx = ctx;
        this.stream = null;
        this.json = json;
        this.limit = ctx.options().limits().maxRecordBytes();
        this.source = source;
        this.in = new java.io.StringReader(source.text());
        try {
            open();
        } catch (IOException e) {
            failed(e);
        }
    }

    /** Reads up to the array's opening bracket. */
    private void open() throws IOException {
        int c = skipBlanks();
        if (c != '[') {
            // Told an array by its head: only a file that changed since can get here.
            ctx.error(line + 1, column() + 1, Messages.unknownContent());
            done = true;
            return;
        }
        arrayLine = line;
        arrayColumn = column();
        take();
    }

    private void failed(IOException e) {
        if (e instanceof CharacterCodingException) {
            decodeError();
        } else {
            ctx.error(Messages.cannotRead(e.getMessage()));
            done = true;
        }
    }

    /** Whether a text's first character other than white space opens an array (the head of a file, decoded leniently). */
    static boolean startsArray(String head) {
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '[';
            }
        }
        return false;
    }

    private int column() {
        return (int) Math.min(Integer.MAX_VALUE - 1, offset - lineStart);
    }

    /** The next character without taking it, or -1 at the end. */
    private int peek() throws IOException {
        if (pos == len) {
            if (eof) {
                return -1;
            }
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                eof = true;
                return -1;
            }
        }
        return buf[pos];
    }

    /** Takes the character {@link #peek} gave, counting lines as Jackson does. */
    private void take() {
        char c = buf[pos++];
        offset++;
        if (c == '\n') {
            if (!afterCr) {
                line++;
            }
            lineStart = offset;
            afterCr = false;
        } else if (c == '\r') {
            line++;
            lineStart = offset;
            afterCr = true;
        } else {
            afterCr = false;
        }
    }

    private int skipBlanks() throws IOException {
        int c;
        while ((c = peek()) == ' ' || c == '\t' || c == '\n' || c == '\r') {
            take();
        }
        return c;
    }

    private void decodeError() {
        ctx.error(line + 1, 0, Messages.decodeErrorMidFile(
                ctx.options().encoding() == null ? "UTF-8" : ctx.options().encoding().name()));
        done = true;
    }

    @Override
    public RawRecord next() {
        if (done) {
            return null;
        }
        try {
            RawRecord r = cut();
            if (r == null) {
                done = true;
            }
            return r;
        } catch (IOException e) {
            failed(e);
        }
        done = true;
        return null;
    }

    /** The next element, or null at the end of the array (its problems reported). */
    private RawRecord cut() throws IOException {
        while (true) {
            int c = peek();
            if (c < 0) {
                return atEnd();
            }
            if (inElement && indent >= 0) {
                // A line that starts a value where the element started is a new element: the one cut is never closed.
                if (c == ' ' || c == '\t') {
                    indent++;
                } else {
                    boolean restart = c == '{' && indent == startColumn && (depth > 0 || inString);
                    indent = -1;
                    if (restart) {
                        return unclosed(line - 1);
                    }
                }
            }
            if (c == '\n' || c == '\r') {
                append((char) c);
                take();
                escape = false; // a backslash does not escape a line break (no text holds one)
                if (inElement) {
                    indent = 0;
                }
                continue;
            }
            if (!inElement) {
                if (c == ' ' || c == '\t') {
                    take();
                    continue;
                }
                if (c == ']' && depth == 0) {
                    if (index > 0) {
                        ctx.error(line + 1, column() + 1, Messages.arrayTrailingComma());
                    }
                    take();
                    trailing();
                    return null;
                }
                inElement = true;
                tooLong = false;
                text.setLength(0);
                startLine = line;
                startColumn = column();
                depth = 0;
                inString = false;
                escape = false;
            }
            take();
            char ch = (char) c;
            if (inString) {
                append(ch);
                if (escape) {
                    escape = false;
                } else if (ch == '\\') {
                    escape = true;
                } else if (ch == '"') {
                    inString = false;
                }
                continue;
            }
            switch (ch) {
                case '"' -> inString = true;
                case '{', '[' -> depth++;
                case '}' -> depth = Math.max(0, depth - 1); // a closing brace too many: broken up to the next comma
                case ']' -> {
                    if (depth == 0) {
                        RawRecord r = element();
                        trailing();
                        done = true;
                        return r;
                    }
                    depth--;
                }
                case ',' -> {
                    if (depth == 0) {
                        return element();
                    }
                }
                default -> {
                    // Part of a scalar or of a nested value.
                }
            }
            append(ch);
        }
    }

    private void append(char c) {
        if (!inElement || tooLong) {
            return;
        }
        if (text.length() >= limit) {
            tooLong = true;
            return;
        }
        text.append(c);
    }

    /** The element cut, ended by a comma or the closing bracket (not part of it). */
    private RawRecord element() {
        inElement = false;
        indent = -1;
        if (tooLong) {
            return Ready.broken(source, index++, startLine + 1, startLine + 1, startColumn + 1, Messages.recordTooLong(limit));
        }
        return new Element(source, json, text.toString(), startLine, startColumn, index++);
    }

    /** The element cut so far, never closed; it ends on 0-based line {@code lastLine}. */
    private RawRecord unclosed(int lastLine) {
        inElement = false;
        indent = -1;
        depth = 0;
        inString = false;
        escape = false;
        Message why = Messages.elementNotClosed(startLine, lastLine);
        return Ready.broken(source, index++, startLine + 1, startLine + 1, startColumn + 1, why);
    }

    /** The end of the input before the closing bracket: the element cut so far, then the problem of the array. */
    private RawRecord atEnd() {
        if (inElement) {
            boolean open = depth > 0 || inString;
            RawRecord r = open ? unclosed(line) : element();
            done = true;
            ctx.error(arrayLine + 1, arrayColumn + 1, Messages.arrayNotClosed(index));
            return r;
        }
        ctx.error(arrayLine + 1, arrayColumn + 1, Messages.arrayNotClosed(index));
        return null;
    }

    /** Anything but blanks after the closing bracket is reported; the elements stand. */
    private void trailing() throws IOException {
        int c = skipBlanks();
        if (c >= 0) {
            ctx.error(line + 1, column() + 1, Messages.textAfterArray());
        }
    }

    /**
     * One element of a JSON array: its text, and where it starts (0-based line and column; the columns of its first
     * line count from there, not by padding the text, which in a one-line array would make reading quadratic).
     */
    private record Element(SourceFile source, JsonReader json, String text, int line, int column, int index)
            implements RawRecord {
        @Override
        public Location location() {
            return Location.of(source.name(), line + 1, column + 1);
        }

        @Override
        public ParsedRecord parse(StreamingProfileReader fast) {
            if (fast != null) {
                CenterProfile p = fast.read(text, source.name(), line + 1, column);
                if (p != null) {
                    return new ParsedRecord(new Document(source, index, line + 1, null), location(), new Problems(), text, p);
                }
            }
            return parse();
        }

        @Override
        public ParsedRecord parse() {
            Problems problems = new Problems();
            JsonReader.Read read = json.read(text, source.name(), line, column, problems);
            return new ParsedRecord(new Document(source, index, line + 1, read.root(), read.declaredId()), location(),
                    problems, text);
        }
    }

    @Override
    public void close() {
        try {
            if (stream != null) {
                stream.close();
            }
        } catch (IOException e) {
            // An input that fails to close has lost nothing.
        }
    }
}
