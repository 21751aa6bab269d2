package dev.cca.input.catalog;

import java.io.IOException;
import java.io.Reader;

/**
 * A buffered character source that counts lines and columns as editors do: a line ends at LF, CRLF or a
 * lone CR, and columns are 1-based characters. Both streamed readers (JSON Lines and CSV) read through
 * it, so their positions agree with the positions of the YAML and JSON readers.
 */
final class CharStream {

    static final int EOF = -1;

    private final Reader in;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private int line = 1;
    private int column = 1;

    CharStream(Reader in) {
        this.in = in;
    }

    /** The line of the next character. */
    int line() {
        return line;
    }

    /** The column of the next character. */
    int column() {
        return column;
    }

    /**
     * The next character, with CRLF and CR turned into LF, or {@link #EOF}. A decoding error of the
     * underlying reader propagates as its {@link java.nio.charset.CharacterCodingException}.
     */
    int read() throws IOException {
        if (pos == len && !fill()) {
            return EOF;
        }
        char c = buf[pos++];
        if (c == '\r') {
            if (pos == len) {
                fill();
            }
            if (pos < len && buf[pos] == '\n') {
                pos++;
            }
            c = '\n';
        }
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }

    /** The next character without consuming it (CR is reported as LF), or {@link #EOF}. */
    int peek() throws IOException {
        if (pos == len && !fill()) {
            return EOF;
        }
        char c = buf[pos];
        return c == '\r' ? '\n' : c;
    }

    /**
     * Appends the characters up to (not including) the next line end or {@code stop} character to
     * {@code sb}, at most {@code max} of them; returns how many were appended. This is the fast path of
     * both readers: a run of plain characters is copied in bulk instead of one call per character.
     */
    int readRun(StringBuilder sb, char stop, int max) throws IOException {
        int n = 0;
        while (n < max) {
            if (pos == len && !fill()) {
                break;
            }
            int start = pos;
            int end = Math.min(len, pos + (max - n));
            int i = start;
            while (i < end) {
                char c = buf[i];
                if (c == '\n' || c == '\r' || c == stop) {
                    break;
                }
                i++;
            }
            sb.append(buf, start, i - start);
            n += i - start;
            column += i - start;
            pos = i;
            if (i < end) {
                break;
            }
        }
        return n;
    }

    /**
     * Puts {@code text} back in front of what is still to be read, as if it started at {@code line} and
     * {@code column}: a reader that went too far (an unclosed quote) goes back to where the next record can start.
     */
    void pushBack(CharSequence text, int line, int column) {
        int rest = len - pos;
        char[] b = new char[Math.max(1 << 16, text.length() + rest)];
        for (int i = 0; i < text.length(); i++) {
            b[i] = text.charAt(i);
        }
        System.arraycopy(buf, pos, b, text.length(), rest);
        buf = b;
        pos = 0;
        len = text.length() + rest;
        this.line = line;
        this.column = column;
    }

    /** Skips to just after the next line end (or to the end of input). */
    void skipLine() throws IOException {
        int c;
        do {
            c = read();
        } while (c != '\n' && c != EOF);
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            pos = 0;
            len = 0;
            return false;
        }
        pos = 0;
        len = n;
        return true;
    }
}
