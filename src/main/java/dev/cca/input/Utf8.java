package dev.cca.input;

/**
 * Strict UTF-8 decoding of a byte range into a char buffer, as the JDK's decoder does with malformed input reported:
 * the same characters, and a refusal of the same inputs at the same place (an overlong form, a surrogate, a code point
 * past U+10FFFF, a stray or missing continuation byte, a sequence cut off by the end).
 *
 * <p>It exists because the JDK's array decoder takes its fast path for ASCII only up to the first other character and
 * then goes byte by byte to the end: a catalog line names its center in Chinese near its start and is ASCII after it, so
 * that decoder spent a quarter of a batch's parsing time there. This loop returns to its ASCII run after each other
 * character.
 */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * Decodes {@code src[off, off + len)} into {@code dst} from index 0 ({@code dst} holds at least {@code len}
     * characters: UTF-8 never decodes to more characters than it has bytes). Returns the number of characters, or, when
     * the bytes are not well-formed, {@code -1 - k} where {@code k} is the number of characters decoded before the first
     * malformed sequence.
     */
    public static int decode(byte[] src, int off, int len, char[] dst) {
        return decode(src, off, len, dst, 0);
    }

    /**
     * As {@link #decode(byte[], int, int, char[])}, into {@code dst} from index {@code at} (it holds at least
     * {@code at + len} characters); the count returned, or encoded in the refusal, is of the characters written here.
     */
    public static int decode(byte[] src, int off, int len, char[] dst, int at) {
        int r = decodeFrom(src, off, len, dst, at);
        return r >= 0 ? r - at : r + at;
    }

    private static int decodeFrom(byte[] src, int off, int len, char[] dst, int at) {
        int i = off;
        int end = off + len;
        int d = at;
        while (i < end) {
            // A run of ASCII: found, then copied, each a loop the compiler makes tight.
            int run = i;
            while (run < end && src[run] >= 0) {
                run++;
            }
            for (int j = i, k = d; j < run; j++, k++) {
                dst[k] = (char) src[j];
            }
            d += run - i;
            i = run;
            if (i == end) {
                break;
            }
            int b = src[i] & 0xff;
            if (b < 0xc2) {
                return -1 - d; // a continuation byte without a lead, or an overlong two-byte lead
            }
            if (b < 0xe0) {
                if (i + 1 >= end || !continuation(src[i + 1])) {
                    return -1 - d;
                }
                dst[d++] = (char) (((b & 0x1f) << 6) | (src[i + 1] & 0x3f));
                i += 2;
            } else if (b < 0xf0) {
                if (i + 2 >= end) {
                    return -1 - d;
                }
                int b1 = src[i + 1] & 0xff;
                int b2 = src[i + 2];
                int lo = b == 0xe0 ? 0xa0 : 0x80; // E0 80..9F is overlong
                int hi = b == 0xed ? 0x9f : 0xbf; // ED A0..BF encodes a surrogate
                if (b1 < lo || b1 > hi || !continuation(b2)) {
                    return -1 - d;
                }
                dst[d++] = (char) (((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f));
                i += 3;
            } else if (b < 0xf5) {
                if (i + 3 >= end) {
                    return -1 - d;
                }
                int b1 = src[i + 1] & 0xff;
                int lo = b == 0xf0 ? 0x90 : 0x80; // F0 80..8F is overlong
                int hi = b == 0xf4 ? 0x8f : 0xbf; // F4 90.. is past U+10FFFF
                if (b1 < lo || b1 > hi || !continuation(src[i + 2]) || !continuation(src[i + 3])) {
                    return -1 - d;
                }
                int cp = ((b & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((src[i + 2] & 0x3f) << 6) | (src[i + 3] & 0x3f);
                dst[d++] = Character.highSurrogate(cp);
                dst[d++] = Character.lowSurrogate(cp);
                i += 4;
            } else {
                return -1 - d;
            }
        }
        return d;
    }

    private static boolean continuation(int b) {
        return (b & 0xc0) == 0x80;
    }
}
