package dev.cca.input.catalog;

import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.input.Document;
import dev.cca.input.JsonReader;
import dev.cca.input.Node;
import dev.cca.input.SourceFile;
import dev.cca.input.StreamingProfileReader;
import dev.cca.model.CenterProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;

/**
 * The lines of a JSON Lines file, read as a stream: one JSON object per line, blank lines skipped, each
 * line at most {@link dev.cca.input.Limits#maxRecordBytes()} long (a longer one is reported and skipped,
 * and reading goes on with the next line).
 *
 * <p>UTF-8 files (the rule) are cut into lines as bytes ({@link ByteLines}) and each line is decoded by its
 * record, on the parsing thread; a bad byte is then an error of that line alone. Files in another
 * encoding (UTF-16 with a byte-order mark, or one named in the options) are decoded as they are read.
 */
final class JsonLinesRecords implements FileRecords {

    private final Context ctx;
    private final InputStream stream;
    private final JsonReader json;
    private final int limit;
    private final StringBuilder sb = new StringBuilder(4096);
    private SourceFile source;
    private ByteLines bytes;
    private CharStream chars;
    private int index;
    private boolean done;

    JsonLinesRecords(Context ctx, InputStream stream, JsonReader json) {
        this.ctx = ctx;
        this.stream = stream;
        this.json = json;
        this.limit = ctx.options().limits().maxRecordBytes();
        try {
            TextInput text = TextInput.open(stream, ctx.name(), ctx.options().encoding());
            source = new SourceFile(ctx.name(), ctx.path(), "", text.note());
            if (text.isUtf8()) {
                bytes = new ByteLines(text.bytes());
            } else {
                chars = new CharStream(text.reader());
            }
        } catch (InputException e) {
            e.diagnostics().forEach(ctx.report());
            done = true;
        } catch (IOException e) {
            ctx.error(Messages.cannotRead(e.getMessage()));
            done = true;
        }
    }

    /** Each parsing thread's strict UTF-8 decoder and the buffer it decodes a line into. */
    private static final ThreadLocal<Decoder> DECODER = ThreadLocal.withInitial(Decoder::new);

    /**
     * Decodes a line's bytes as the JDK's strict UTF-8 decoder does ({@link dev.cca.input.Utf8}), into a buffer kept for
     * the next line (a line is at most the record limit; UTF-8 never decodes to more characters than it has bytes).
     */
    static final class Decoder {
        private char[] buffer = new char[4096];
        /** After a failed {@link #decode}: the 1-based column (in characters) of the first bad byte. */
        int badColumn;

        /** The number of characters decoded into {@link #chars()}, or -1 when the bytes are not well-formed UTF-8. */
        int decode(byte[] utf8) {
            int n = dev.cca.input.Utf8.decode(utf8, 0, utf8.length, room(utf8.length));
            if (n < 0) {
                badColumn = -n;
                return -1;
            }
            return n;
        }

        char[] chars() {
            return buffer;
        }

        /** The buffer, made to hold at least {@code n} characters. */
        char[] room(int n) {
            if (buffer.length < n) {
                buffer = new char[Math.max(n, buffer.length * 2)];
            }
            return buffer;
        }
    }

    /** One line of the file, decoded and parsed on whichever thread calls {@link #parse()}. */
    private record Line(SourceFile source, JsonReader json, int index, int line, String text, byte[] utf8)
            implements RawRecord {
        @Override
        public Location location() {
            return Location.of(source.name(), line, 1);
        }

        @Override
        public ParsedRecord parse() {
            return parse(null);
        }

        @Override
        public ParsedRecord parse(StreamingProfileReader fast) {
            Problems problems = new Problems();
            String t = text;
            // Not Jackson's byte parser: measured in a cold process, it cost more JIT work than it saved (README,
            // Benchmarks). The fast path's own byte reader first; then decoded strictly into this thread's buffer,
            // which the fast path reads in place; a String of the line is made only for the located path.
            if (t == null) {
                Decoder d = DECODER.get();
                // Read from the bytes where they lie, when the record is written the plain way (the rule); else decoded.
                CenterProfile direct = fast == null ? null
                        : fast.read(utf8, 0, utf8.length, d.room(utf8.length), source.name(), line);
                if (direct != null) {
                    return ParsedRecord.readFromUtf8(new Document(source, index, line, null), location(), problems, utf8, direct);
                }
                int n = d.decode(utf8);
                if (n < 0) {
                    problems.error(Location.of(source.name(), line, d.badColumn), Messages.badUtf8Line());
                    return new ParsedRecord(new Document(source, index, line, null), location(), problems);
                }
                CenterProfile read = fast == null ? null : fast.read(d.chars(), 0, n, source.name(), line);
                if (read != null) {
                    return ParsedRecord.readFromUtf8(new Document(source, index, line, null), location(), problems, utf8, read);
                }
                t = new String(d.chars(), 0, n);
            } else {
                CenterProfile read = fast == null ? null : fast.read(t, source.name(), line);
                if (read != null) {
                    return new ParsedRecord(new Document(source, index, line, null), location(), problems, t, read);
                }
            }
            JsonReader.Read read = json.read(t, source.name(), line - 1, 0, problems);
            return new ParsedRecord(new Document(source, index, line, read.root(), read.declaredId()), location(), problems, t);
        }
    }

    @Override
    public RawRecord next() {
        if (done) {
            return null;
        }
        try {
            RawRecord r = bytes != null ? nextBytes() : nextChars();
            if (r == null) {
                done = true;
            }
            return r;
        } catch (CharacterCodingException e) {
            ctx.error(chars.line(), 0, Messages.decodeErrorMidFile(
                    ctx.options().encoding() == null ? "UTF-8" : ctx.options().encoding().name()));
        } catch (IOException e) {
            ctx.error(Messages.cannotRead(e.getMessage()));
        }
        done = true;
        return null;
    }

    private RawRecord nextBytes() throws IOException {
        while (true) {
            byte[] b = bytes.next(limit);
            if (b == null) {
                return null;
            }
            int line = bytes.lineNumber();
            if (bytes.tooLong()) {
                return Ready.broken(source, index++, line, line, 1, Messages.recordTooLong(limit));
            }
            if (!ByteLines.isBlank(b)) {
                return new Line(source, json, index++, line, null, b);
            }
        }
    }

    private RawRecord nextChars() throws IOException {
        while (true) {
            if (chars.peek() == CharStream.EOF) {
                return null;
            }
            int line = chars.line();
            sb.setLength(0);
            int n = chars.readRun(sb, '\n', limit + 1);
            if (n > limit) {
                chars.skipLine();
                return Ready.broken(source, index++, line, line, 1, Messages.recordTooLong(limit));
            }
            chars.read();
            if (!isBlank(sb)) {
                return new Line(source, json, index++, line, sb.toString(), null);
            }
        }
    }

    private static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            // An input that fails to close has lost nothing.
        }
    }
}
