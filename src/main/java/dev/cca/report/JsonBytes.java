package dev.cca.report;

import dev.cca.model.Numbers;
import java.io.IOException;
import java.io.OutputStream;

/**
 * JSON as UTF-8 bytes through one buffer, for the part of a report that repeats once per center: the bytes are those
 * that the report's Jackson generator writes for the same calls (its escapes {@link Text#JSON_ESCAPES}, a character
 * beyond the Basic Multilingual Plane as its four bytes, a surrogate without its pair as {@code \\uXXXX}), without
 * the generator's per-call context checks. The caller writes the structure (braces, commas, field names as
 * constants): a million centers are some 0.9 GB of JSON, and the generator's bookkeeping was most of the time spent
 * writing them.
 */
final class JsonBytes {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private final OutputStream out;
    private final byte[] buf;
    private int n;
    private final char[] digits = new char[64];
    private final StringBuilder slow = new StringBuilder(32);

    JsonBytes(OutputStream out, int size) {
        this.out = out;
        this.buf = new byte[Math.max(size, 256)];
    }

    /** Makes room for {@code k} more bytes (at most the buffer's size). */
    private void room(int k) throws IOException {
        if (buf.length - n < k) {
            flush();
        }
    }

    void flush() throws IOException {
        if (n > 0) {
            out.write(buf, 0, n);
            n = 0;
        }
    }

    /** Bytes as they are: a constant of the structure such as {@code ,"id":}. */
    void raw(byte[] b) throws IOException {
        if (b.length > buf.length - n) {
            flush();
            if (b.length > buf.length) {
                out.write(b);
                return;
            }
        }
        System.arraycopy(b, 0, buf, n, b.length);
        n += b.length;
    }

    void raw(char c) throws IOException {
        room(1);
        buf[n++] = (byte) c;
    }

    void nul() throws IOException {
        raw(NULL);
    }

    void bool(boolean v) throws IOException {
        raw(v ? TRUE : FALSE);
    }

    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    void number(long v) throws IOException {
        room(20);
        if (v >= 0 && v < 10) {
            buf[n++] = (byte) ('0' + v);
            return;
        }
        String s = Long.toString(v);
        for (int i = 0; i < s.length(); i++) {
            buf[n++] = (byte) s.charAt(i);
        }
    }

    /**
     * {@code v} with at most {@code decimals} decimals as {@link Numbers#format(double, int)} prints it, or null
     * when NaN (also infinite when {@code nullInfinite}).
     */
    void number(double v, int decimals, boolean nullInfinite) throws IOException {
        if (Double.isNaN(v) || nullInfinite && Double.isInfinite(v)) {
            nul();
            return;
        }
        int k = Numbers.write(digits, 0, v, decimals);
        if (k >= 0) {
            room(k);
            for (int i = 0; i < k; i++) {
                buf[n++] = (byte) digits[i];
            }
            return;
        }
        slow.setLength(0);
        Numbers.append(slow, v, decimals);
        ascii(slow);
    }

    private void ascii(CharSequence s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            raw(s.charAt(i));
        }
    }

    /** A string value, quoted and escaped; null as {@code null}. */
    void string(String s) throws IOException {
        if (s == null) {
            nul();
            return;
        }
        room(1);
        buf[n++] = '"';
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && c >= 0x20 && c != '"' && c != '\\' && c != 0x7F) {
                room(1);
                buf[n++] = (byte) c;
            } else if (c < 0x80) {
                ascii(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                room(4);
                buf[n++] = (byte) (0xF0 | cp >> 18);
                buf[n++] = (byte) (0x80 | (cp >> 12 & 0x3F));
                buf[n++] = (byte) (0x80 | (cp >> 6 & 0x3F));
                buf[n++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c) || Text.isUnsafe(c)) {
                escape(c);
            } else if (c < 0x800) {
                room(2);
                buf[n++] = (byte) (0xC0 | c >> 6);
                buf[n++] = (byte) (0x80 | (c & 0x3F));
            } else {
                room(3);
                buf[n++] = (byte) (0xE0 | c >> 12);
                buf[n++] = (byte) (0x80 | (c >> 6 & 0x3F));
                buf[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        room(1);
        buf[n++] = '"';
    }

    /** An ASCII character that JSON or the report's escapes do not let through raw. */
    private void ascii(char c) throws IOException {
        room(2);
        switch (c) {
            case '"', '\\' -> {
                buf[n++] = '\\';
                buf[n++] = (byte) c;
            }
            case '\b' -> shortEscape('b');
            case '\t' -> shortEscape('t');
            case '\n' -> shortEscape('n');
            case '\f' -> shortEscape('f');
            case '\r' -> shortEscape('r');
            default -> escape(c);
        }
    }

    private void shortEscape(char c) {
        buf[n++] = '\\';
        buf[n++] = (byte) c;
    }

    private void escape(char c) throws IOException {
        room(6);
        buf[n++] = '\\';
        buf[n++] = 'u';
        buf[n++] = HEX[c >> 12 & 0xF];
        buf[n++] = HEX[c >> 8 & 0xF];
        buf[n++] = HEX[c >> 4 & 0xF];
        buf[n++] = HEX[c & 0xF];
    }

    /** The bytes {@link #string} writes for {@code s}, for a value written many times (a file name, a group). */
    static byte[] encoded(String s) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(s == null ? 4 : s.length() * 3 + 2);
        JsonBytes w = new JsonBytes(bytes, 256);
        try {
            w.string(s);
            w.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A field name with the comma before it when {@code comma}: {@code ,"name":}, encoded once. */
    static byte[] field(boolean comma, String name) {
        byte[] q = encoded(name);
        byte[] out = new byte[q.length + (comma ? 2 : 1)];
        int at = 0;
        if (comma) {
            out[at++] = ',';
        }
        System.arraycopy(q, 0, out, at, q.length);
        out[out.length - 1] = ':';
        return out;
    }
}
