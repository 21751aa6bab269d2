package dev.cca.input.bench;

import dev.cca.diag.BenchCode;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import dev.cca.input.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The lines of a text log, numbered from 1, as the text readers (MLPerf summaries and result logs, nccl-tests,
 * Megatron-LM and torchtitan logs) walk them, one at a time. A log on disk is streamed: its bytes are decoded
 * (strict UTF-8, a byte-order mark skipped) and split into lines as they are read, so a log of any length is read
 * in memory bounded by the longest line kept, never by the file: a 127 MB log of blank lines costs what one line
 * does. Lines longer than {@link #keep} characters are counted, not kept; lines longer than
 * {@link #MAX_MATCHED_LINE} are never given to a regular expression (real lines are far shorter, and a hostile
 * multi-megabyte line must not turn a pattern's backtracking into a hang).
 */
final class TextLog implements Iterable<TextLog.Line> {

    /** Longest line matched against patterns; the longest real line (an MLPerf :::SYSJSON) is about 2 KiB. */
    static final int MAX_MATCHED_LINE = 16 * 1024;

    /** ANSI colour and cursor sequences, which torchtitan writes around every field of its step lines. */
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]");

    /**
     * One line: its 1-based number, its text without the line end (cut to the log's {@link #keep} characters) and
     * its full length in characters.
     */
    record Line(int number, String text, int length) {

        /** True when the line is short enough to match against patterns. */
        boolean matchable() {
            return length <= MAX_MATCHED_LINE;
        }

        /** True when the line was longer than the log keeps: {@link #text} is its beginning only. */
        boolean cut() {
            return length > text.length();
        }
    }

    /** A log that cannot be read on: the located problem says why (a bad byte, a read error). */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Diagnostic diagnostic;

        Unreadable(Diagnostic diagnostic) {
            super(diagnostic.format(), null, false, false);
            this.diagnostic = diagnostic;
        }

        InputException asInputException() {
            return new InputException(diagnostic);
        }
    }

    private final String name;
    private final String text;
    private final Path path;
    private final int keep;
    private int lines;

    private TextLog(String name, String text, Path path, int keep) {
        this.name = name;
        this.text = text;
        this.path = path;
        this.keep = keep;
    }

    /** The lines of text already in memory (a small file, a test). */
    static TextLog of(String text) {
        return new TextLog("", text, null, Integer.MAX_VALUE);
    }

    static TextLog of(SourceFile file) {
        return new TextLog(file.name(), file.text(), null, Integer.MAX_VALUE);
    }

    /** The lines of a file, streamed; lines longer than {@code keep} characters are counted, not kept. */
    static TextLog stream(Path path, String name, int keep) {
        return new TextLog(name, null, path, Math.max(keep, MAX_MATCHED_LINE));
    }

    /** How messages call the log. */
    String name() {
        return name;
    }

    /** Lines seen by the last complete walk, for the location of a problem "at the end of the log". */
    int lineCount() {
        return lines;
    }

    /**
     * Walks the lines. A log on disk is read anew by each walk; a byte that is not UTF-8 or a read error ends the
     * walk with {@link Unreadable}.
     */
    @Override
    public Iterator<Line> iterator() {
        lines = 0;
        return text != null ? new InMemory() : new Streamed();
    }

    /** Splits text in memory; line ends are already normalised to LF by the decoder that made it. */
    private final class InMemory implements Iterator<Line> {
        private int pos;
        private int number;

        @Override
        public boolean hasNext() {
            return pos < text.length();
        }

        @Override
        public Line next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = text.length();
            }
            int length = eol - pos;
            Line l = new Line(++number, text.substring(pos, pos + Math.min(length, keep)), length);
            pos = eol + 1;
            lines = number;
            return l;
        }
    }

    /** Decodes and splits a file as it is read; LF, CRLF and CR end a line, as editors count them. */
    private final class Streamed implements Iterator<Line> {
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        private final CharBuffer chars = CharBuffer.allocate(1 << 16);
        private final StringBuilder line = new StringBuilder();
        private InputStream in;
        private boolean eof;
        private boolean first = true;
        private boolean afterCr;
        private boolean bad;
        private long seen;
        private int length;
        private int number;
        private int column;
        private Line next;

        Streamed() {
            chars.flip();
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = read();
            }
            return next != null;
        }

        @Override
        public Line next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Line l = next;
            next = null;
            return l;
        }

        private Line read() {
            while (true) {
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if (afterCr) {
                        afterCr = false;
                        if (c == '\n') {
                            continue; // the LF of a CRLF
                        }
                    }
                    if (c == '\n' || c == '\r') {
                        afterCr = c == '\r';
                        return finish();
                    }
                    if (first && c == '\uFEFF' && number == 0 && length == 0) {
                        first = false;
                        continue; // a byte-order mark
                    }
                    first = false;
                    if (c == 0 && seen < 8192) {
                        close();
                        throw new Unreadable(Diagnostic.error(Location.of(name, number + 1, length + 1),
                                BenchCode.THIS_BINARY_FILE_NOT, seen));
                    }
                    seen++;
                    if (length < keep) {
                        line.append(c);
                    }
                    if (length < Integer.MAX_VALUE) {
                        length++;
                    }
                }
                if (bad) {
                    // Every character before the bad byte has been walked: the location is where it stands.
                    close();
                    throw new Unreadable(Diagnostic.error(Location.of(name, number + 1, length + 1),
                            BenchCode.FILE_NOT_VALID_UTF));
                }
                if (eof) {
                    close();
                    return length > 0 ? finish() : null;
                }
                fill();
            }
        }

        private Line finish() {
            Line l = new Line(++number, line.toString(), length);
            lines = number;
            line.setLength(0);
            length = 0;
            // A line kept whole releases its buffer; a huge one must not pin a huge builder for the rest of the walk.
            if (line.capacity() > (1 << 20)) {
                line.trimToSize();
            }
            return l;
        }

        private void fill() {
            try {
                if (in == null) {
                    in = Files.newInputStream(path);
                }
                chars.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult r = decoder.decode(bytes, chars, eof);
                if (eof && !r.isError()) {
                    r = decoder.flush(chars);
                }
                bytes.compact();
                chars.flip();
                bad = r.isError();
            } catch (IOException e) {
                close();
                throw new Unreadable(Diagnostic.error(Location.file(name), BenchCode.CANNOT_READ_FILE, e.getMessage()));
            }
        }

        private void close() {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    in = null;
                }
            }
        }
    }

    /** All the lines of {@code text} (tests and small inputs). */
    static Iterable<Line> lines(String text) {
        return of(text);
    }

    /**
     * True when some matchable line of {@code text} satisfies {@code test}; scans lazily, so detection stops at
     * the first step line of a long log instead of splitting all of it.
     */
    static boolean anyLine(String text, Predicate<String> test) {
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = n;
            }
            if (eol - pos <= MAX_MATCHED_LINE && test.test(text.substring(pos, eol))) {
                return true;
            }
            pos = eol + 1;
        }
        return false;
    }

    /** The text without ANSI escape sequences. */
    static String stripAnsi(String s) {
        return s.indexOf('\u001B') < 0 ? s : ANSI.matcher(s).replaceAll("");
    }

    /**
     * The length of the launcher's prefix a line starts with, or 0: the well-known per-line tags of
     * {@code mpirun --tag-output} ({@code [1,0]<stdout>:} and {@code <stderr>:}, job and rank in the brackets) and of
     * {@code srun -l} / {@code --label} (the task number, right-aligned, then {@code ": "}). Only these exact forms
     * are taken, so a line of the tool's own text is never cut; each line is judged by itself, as launchers tag
     * each line of each rank. The prefix's text ({@code line.substring(0, n)}) names the rank that printed the line.
     * Linear in the prefix, no pattern.
     */
    static int launcherPrefix(String line) {
        int n = line.length();
        if (n > 0 && line.charAt(0) == '[') {
            // [job,rank]<stdout>: as Open MPI's --tag-output writes it
            int i = digits(line, 1);
            if (i == 1 || i >= n || line.charAt(i) != ',') {
                return 0;
            }
            int j = digits(line, i + 1);
            if (j == i + 1 || !line.startsWith("]<", j)) {
                return 0;
            }
            for (String stream : TAG_STREAMS) {
                if (line.startsWith(stream, j + 1)) {
                    return j + 1 + stream.length();
                }
            }
            return 0;
        }
        // srun -l: "%*d: " (spaces, the task number, a colon and a space, or the colon ending an empty line)
        int i = 0;
        while (i < n && i < 8 && line.charAt(i) == ' ') {
            i++;
        }
        int j = digits(line, i);
        if (j == i || j - i > 7 || j >= n || line.charAt(j) != ':') {
            return 0;
        }
        if (j + 1 == n) {
            return n;
        }
        return line.charAt(j + 1) == ' ' ? j + 2 : 0;
    }

    private static final String[] TAG_STREAMS = {"<stdout>:", "<stderr>:"};

    /** The index after the ASCII digits of {@code s} from {@code from} (at most 9 of them are read). */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && i - from < 10 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** The 1-based column of {@code index} in a line, for locations. */
    static int column(int index) {
        return index + 1;
    }

    /** Parses a decimal number as logs print it ("7,034", "1.000000E-04"); null when it is not one. */
    static Double number(String s) {
        String t = s.strip().replace(",", "");
        if (t.isEmpty() || t.length() > 64) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return null;
            }
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
