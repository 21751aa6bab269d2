package dev.cca.input;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's character reader, in linear time, and refusing a run longer than the value limit where it starts.
 *
 * <p>SnakeYAML's own {@link StreamReader} keeps the characters the scanner has looked at but not yet consumed in a
 * window, and each time the scanner looks past its end it reads 1,023 more characters and copies the whole window
 * into a new array. A token is consumed only once its end is found, so a token of n characters (a long value, a
 * comment, a run of blanks) costs n²/1023 copied code points: a 10 MB value on one line took 38 s and more before cca
 * could say that it is over the limit. This reader reads the same 1,023-character blocks, checks them the same way
 * (the same exceptions at the same places), and gives the same characters, lines and columns; but it appends to its
 * window while there is room and, when there is not, copies only the unconsumed part into an array twice its size, so
 * every character is copied a bounded number of times on average.
 *
 * <p>And it never lets the scanner look more than {@code maxRun} characters ahead of what it has consumed: the
 * scanner only looks that far into one run it reads as a piece (a plain value between blanks, a run of a quoted
 * value, a line of a block scalar, a comment, a run of blanks), so such a run is over the value limit. It is refused
 * with {@link TooLong} at its first character, before the rest of it is read, which bounds the window (memory) by the
 * limit, not by the file.
 */
final class LinearStreamReader extends StreamReader {

    /** Characters read from the stream at a time, as SnakeYAML's reader reads them. */
    private static final int BLOCK = 1023;

    /** A run the scanner looks at as one piece is longer than the value limit; it starts at {@code line}, {@code column} (0-based). */
    static final class TooLong extends YAMLException {
        private static final long serialVersionUID = 1L;

        /** What the run is, told by its first character. */
        enum Kind { VALUE, COMMENT, BLANKS }

        final int line;
        final int column;
        final int limit;
        final Kind kind;

        TooLong(int line, int column, int limit, Kind kind) {
            super("a run of more than " + limit + " characters at line " + (line + 1) + ", column " + (column + 1));
            this.line = line;
            this.column = column;
            this.limit = limit;
            this.kind = kind;
        }
    }

    private final Reader stream;
    private final char[] buffer = new char[BLOCK + 1];
    private final int maxRun;
    /** The window: code points from the absolute index {@code base}, {@code length} of them read. */
    private int[] window = new int[4096];
    private int base;
    private int length;
    /** The absolute index of the next code point to consume (SnakeYAML's index). */
    private int pointer;
    private boolean eof;
    private int documentIndex;
    private int line;
    private int column;

    /**
     * A reader of {@code stream} that refuses to look more than {@code maxRun} code points ahead of the pointer
     * (a value limit of L allows L + 1: the scanner looks one past a value's last character, and one more after a
     * colon there).
     */
    LinearStreamReader(Reader stream, int maxRun) {
        super(new StringReader(""));
        this.stream = stream;
        this.maxRun = maxRun;
    }

    @Override
    public Mark getMark() {
        return new Mark("'reader'", pointer, line, column, window, pointer - base);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int n) {
        for (int i = 0; i < n && ensureEnoughData(0); i++) {
            int c = window[pointer++ - base];
            documentIndex++;
            if (Constant.LINEBR.has(c) || c == '\r' && ensureEnoughData(0) && window[pointer - base] != '\n') {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return ensureEnoughData(0) ? window[pointer - base] : 0;
    }

    @Override
    public int peek(int index) {
        return ensureEnoughData(index) ? window[pointer - base + index] : 0;
    }

    @Override
    public String prefix(int n) {
        if (n == 0) {
            return "";
        }
        if (ensureEnoughData(n)) {
            return new String(window, pointer - base, n);
        }
        return new String(window, pointer - base, Math.min(n, base + length - pointer));
    }

    @Override
    public String prefixForward(int n) {
        String s = prefix(n);
        pointer += n;
        documentIndex += n;
        column += n;
        return s;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return pointer;
    }

    @Override
    public int getLine() {
        return line;
    }

    /** Whether the code point {@code index} past the pointer is there, reading one more block if it is not (as SnakeYAML does). */
    private boolean ensureEnoughData(int index) {
        if (index > maxRun) {
            // A comment is read from just after its '#' (SnakeYAML skips the '#' first); a value can follow a '#' only
            // across a blank, so the character before the run tells a comment.
            int at = pointer - base;
            int before = at > 0 && at <= length ? window[at - 1] : 0;
            int first = at < length ? window[at] : 0;
            throw new TooLong(line, column, maxRun - 1, before == '#' ? TooLong.Kind.COMMENT
                    : first == ' ' || first == '\t' ? TooLong.Kind.BLANKS : TooLong.Kind.VALUE);
        }
        if (!eof && pointer + index >= base + length) {
            update();
        }
        return pointer + index < base + length;
    }

    /** One block from the stream, checked as SnakeYAML's reader checks it. */
    private void update() {
        try {
            int read = stream.read(buffer, 0, BLOCK);
            if (read <= 0) {
                eof = true;
                return;
            }
            if (Character.isHighSurrogate(buffer[read - 1])) {
                if (stream.read(buffer, read, 1) == -1) {
                    throw new ReaderException("'reader'", pointer + read, buffer[read - 1],
                            "The last char is HighSurrogate (no LowSurrogate detected).");
                }
                read++;
            }
            room(read);
            int bad = ' ';
            int at = length;
            for (int i = 0; i < read; ) {
                int cp = Character.codePointAt(buffer, i, read);
                window[at++] = cp;
                if (StreamReader.isPrintable(cp)) {
                    i += Character.charCount(cp);
                } else {
                    bad = cp;
                    i = read;
                }
            }
            length = at;
            if (bad != ' ') {
                throw new ReaderException("'reader'", base + length - 1, bad, "special characters are not allowed");
            }
        } catch (IOException e) {
            throw new YAMLException(e);
        }
    }

    /**
     * Room for {@code more} code points after the window's last. When the array is full, the consumed part is dropped and
     * the rest copied into a new array of twice its size (a new one: marks already given keep the array they point into).
     * Each copy is paid for by at least as many code points read into the room it makes, so the copies are linear.
     */
    private void room(int more) {
        if (length + more <= window.length) {
            return;
        }
        int consumed = Math.min(Math.max(0, pointer - base - 1), length); // keeps the one before the pointer
        int keep = length - consumed;
        int[] next = new int[Math.max(4096, 2 * (keep + more))];
        System.arraycopy(window, consumed, next, 0, keep);
        window = next;
        base += consumed;
        length = keep;
    }
}
