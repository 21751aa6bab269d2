package dev.cca.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Characters to UTF-8 bytes through one buffer, as {@code new BufferedWriter(new OutputStreamWriter(out, UTF_8))}
 * writes them (a surrogate without its pair becomes '?'; one left at the end of a write waits for the next), without
 * the charset encoder's per-character path that a text with Chinese in it takes: reports write millions of cells.
 */
public final class Utf8Writer extends Writer {

    private final OutputStream out;
    private final byte[] buf;
    private int n;
    private char[] scratch = new char[256];
    /** A high surrogate at the end of the last write, waiting for its low half; 0 when none. */
    private char high;

    public Utf8Writer(OutputStream out, int size) {
        this.out = out;
        this.buf = new byte[Math.max(size, 16)];
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (ch < 0x80 && high == 0) {
            if (n == buf.length) {
                drain();
            }
            buf[n++] = (byte) ch;
            return;
        }
        scratch[0] = ch;
        write(scratch, 0, 1);
    }

    @Override
    public void write(char[] cs, int off, int len) throws IOException {
        int end = off + len;
        int i = off;
        byte[] b = buf;
        while (i < end) {
            // Plain ASCII, as many as fit.
            int room = b.length - n;
            if (room < 4) {
                drain();
                continue;
            }
            int stop = Math.min(end, i + room - 3);
            if (high == 0) {
                while (i < stop) {
                    char c = cs[i];
                    if (c >= 0x80) {
                        break;
                    }
                    b[n++] = (byte) c;
                    i++;
                }
                if (i >= stop) {
                    continue;
                }
            }
            char c = cs[i++];
            if (high != 0) {
                char h = high;
                high = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(h, c);
                    b[n++] = (byte) (0xF0 | (cp >> 18));
                    b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    b[n++] = (byte) (0x80 | (cp & 0x3F));
                    continue;
                }
                b[n++] = '?';
                i--;
                continue;
            }
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                b[n++] = '?';
            } else {
                b[n++] = (byte) (0xE0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int from = off; from < off + len; ) {
            int k = Math.min(scratch.length, off + len - from);
            s.getChars(from, from + k, scratch, 0);
            write(scratch, 0, k);
            from += k;
        }
    }

    @Override
    public Writer append(CharSequence csq) throws IOException {
        if (csq instanceof StringBuilder sb) {
            int len = sb.length();
            if (scratch.length < len) {
                scratch = new char[Math.max(len, scratch.length * 2)];
            }
            sb.getChars(0, len, scratch, 0);
            write(scratch, 0, len);
            return this;
        }
        String s = String.valueOf(csq);
        write(s, 0, s.length());
        return this;
    }

    /** Text known to be ASCII (markup, digits, column letters): copied byte for byte, no encoding. */
    public void ascii(CharSequence s) throws IOException {
        int len = s.length();
        if (high != 0 || len > buf.length - 4) {
            append(s);
            return;
        }
        if (n > buf.length - len) {
            drain();
        }
        byte[] b = buf;
        for (int i = 0; i < len; i++) {
            b[n++] = (byte) s.charAt(i);
        }
    }

    private void drain() throws IOException {
        if (n > 0) {
            out.write(buf, 0, n);
            n = 0;
        }
    }

    /** Writes what is buffered; a high surrogate at the very end still waits for its pair. */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (high != 0) {
            high = 0;
            if (n == buf.length) {
                drain();
            }
            buf[n++] = '?';
        }
        flush();
        out.close();
    }
}
