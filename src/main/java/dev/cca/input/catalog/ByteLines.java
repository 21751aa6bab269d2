package dev.cca.input.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts UTF-8 text into lines at the byte level. A line feed or carriage return byte never occurs inside
 * a multi-byte UTF-8 character, so lines can be found without decoding; decoding is left to whoever
 * parses the line, on another thread. This is what keeps the one sequential step of reading JSON Lines
 * cheap: a scan for line ends and a copy, about a tenth of the cost of decoding on the way.
 */
final class ByteLines {

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private byte[] line = new byte[4096];
    private int lineLength;
    private int lineNumber;
    private int nextLine = 1;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** The 1-based number of the line last returned by {@link #next}. */
    int lineNumber() {
        return lineNumber;
    }

    /**
     * The next line without its line end (LF, CRLF or CR), or null at the end of the input. A line longer
     * than {@code max} bytes is skipped to its end and returned as an empty array with {@link #tooLong()}
     * true, so that a caller can report it and go on.
     */
    byte[] next(int max) throws IOException {
        lineLength = 0;
        boolean over = false;
        lineNumber = nextLine;
        while (true) {
            if (pos == len && !fill()) {
                if (lineLength == 0 && !over) {
                    return null;
                }
                nextLine++;
                return finish(over);
            }
            int start = pos;
            int i = start;
            byte[] b = buf;
            int end = len;
            while (i < end && b[i] != '\n' && b[i] != '\r') {
                i++;
            }
            int n = i - start;
            if (!over) {
                if (lineLength + n > max) {
                    over = true;
                } else {
                    append(b, start, n);
                }
            }
            pos = i;
            if (i < end) {
                byte c = b[i];
                pos++;
                if (c == '\r') {
                    if (pos == len) {
                        fill();
                    }
                    if (pos < len && buf[pos] == '\n') {
                        pos++;
                    }
                }
                nextLine++;
                return finish(over);
            }
        }
    }

    private boolean tooLong;

    boolean tooLong() {
        return tooLong;
    }

    private byte[] finish(boolean over) {
        tooLong = over;
        return over ? new byte[0] : Arrays.copyOf(line, lineLength);
    }

    private void append(byte[] b, int from, int n) {
        if (lineLength + n > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
        }
        System.arraycopy(b, from, line, lineLength, n);
        lineLength += n;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = n < 0;
            pos = 0;
            len = 0;
            return !eof && fill();
        }
        pos = 0;
        len = n;
        return true;
    }

    /** True when the line holds only spaces and tabs (or nothing). */
    static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
