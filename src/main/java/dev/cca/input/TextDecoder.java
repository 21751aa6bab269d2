package dev.cca.input;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text input into a string, refusing to guess silently. UTF-8 is expected; a
 * UTF-8 or UTF-16 byte-order mark is honoured; a file that is not valid UTF-8 but reads cleanly as
 * GB18030 (Chinese text saved by Windows tools as "ANSI") is named as such, with the option that
 * accepts it. Nothing is ever decoded with replacement characters, so no mojibake reaches a report.
 */
public final class TextDecoder {

    /** Charset GB18030 is a superset of GBK and GB2312. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /**
     * A byte-order mark at the start of a file: its length in bytes (0 when there is none), the encoding it
     * names (null when none) and how messages describe it.
     */
    public record Bom(int length, Charset charset, String note) {
        static final Bom NONE = new Bom(0, null, "");
    }

    /** The byte-order mark that {@code head} (its first {@code length} bytes) starts with: the one check of it. */
    public static Bom bom(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Bom(3, StandardCharsets.UTF_8, "UTF-8 with a byte-order mark");
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Bom(2, StandardCharsets.UTF_16LE, "UTF-16LE with a byte-order mark");
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Bom(2, StandardCharsets.UTF_16BE, "UTF-16BE with a byte-order mark");
        }
        return Bom.NONE;
    }

    /** A decoded text and what was noticed on the way (empty when plain UTF-8). */
    public record Decoded(String text, String note) {
    }

    public static Decoded decode(byte[] bytes, Charset forced, String file) throws InputException {
        return decode(bytes, forced, file, true);
    }

    /**
     * As {@link #decode(byte[], Charset, String)}; {@code encodingOption} says whether {@code --encoding} reaches the file
     * (it does not reach rule sets and gate files), and so whether a GB18030 file is told to re-run with it or to be
     * saved as UTF-8.
     */
    public static Decoded decode(byte[] bytes, Charset forced, String file, boolean encodingOption) throws InputException {
        refuseBinary(bytes, forced, file);
        Bom bom = bom(bytes, bytes.length);
        int start = bom.length();
        // A UTF-8 mark gives way to a named encoding; a UTF-16 mark is what the bytes are, whatever was named.
        boolean markWins = markWins(bom, forced);
        Charset cs = markWins ? bom.charset() : forced;
        String note = markWins ? bom.note() : "";
        if (cs == null) {
            cs = StandardCharsets.UTF_8;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String text = strict(cs).decode(in).toString();
            if (forced != null && !forced.equals(StandardCharsets.UTF_8)) {
                note = "decoded as " + forced.name() + " (--encoding)";
            }
            return new Decoded(normaliseLineEnds(text), note);
        } catch (CharacterCodingException e) {
            throw new InputException(Diagnostic.error(badByteLocation(bytes, start, cs, file),
                    describeBadEncoding(bytes, start, cs, forced, encodingOption)));
        }
    }

    /**
     * Judges the head of a streamed text ({@code head}, its first bytes; {@code more}: the text goes on after them) by the
     * rules of {@link #decode(byte[], Charset, String)}, decoding it once: a character the head's end splits is left to
     * the reader, which reads it whole, and any other byte that does not decode is the error {@code decode} gives, at the
     * same place. Returns what was noticed (a byte-order mark, a forced encoding), or empty.
     */
    public static String judgeHead(byte[] head, boolean more, Charset forced, String file) throws InputException {
        refuseBinary(head, forced, file);
        Bom bom = bom(head, head.length);
        int start = bom.length();
        boolean markWins = markWins(bom, forced);
        Charset cs = markWins ? bom.charset() : forced == null ? StandardCharsets.UTF_8 : forced;
        ByteBuffer in = ByteBuffer.wrap(head, start, head.length - start);
        CharBuffer out = CharBuffer.allocate(head.length - start + 16);
        CharsetDecoder dec = strict(cs);
        CoderResult r = dec.decode(in, out, !more);
        if (!r.isError() && !more) {
            r = dec.flush(out);
        }
        if (r.isError()) {
            out.flip();
            throw new InputException(Diagnostic.error(locationAfter(out, file),
                    describeBadEncoding(head, start, cs, forced, true)));
        }
        if (forced != null && !forced.equals(StandardCharsets.UTF_8)) {
            return "decoded as " + forced.name() + " (--encoding)";
        }
        return markWins ? bom.note() : "";
    }

    /** A NUL byte in the first 8 KiB, when no encoding is named: the file is binary. */
    private static void refuseBinary(byte[] bytes, Charset forced, String file) throws InputException {
        int binaryAt = binaryOffset(bytes);
        if (forced == null && binaryAt >= 0) {
            String utf16 = utf16WithoutMark(bytes);
            throw new InputException(utf16 != null
                    ? Diagnostic.error(Location.file(file), dev.cca.diag.FileCode.LOOKS_LIKE_UTF16, utf16)
                    : Diagnostic.error(Location.file(file), dev.cca.diag.FileCode.BINARY, binaryAt));
        }
    }

    /**
     * UTF-16LE or UTF-16BE when the first bytes (up to 512) read as text of that encoding without its mark, else null:
     * text of the scripts a profile is written in, saved as UTF-16 by a Windows tool, has a NUL in every other byte
     * (the high byte of an ASCII character) and rarely one in the others. At least 8 characters; at least 90% of one
     * parity NUL and at most 10% of the other.
     */
    static String utf16WithoutMark(byte[] bytes) {
        int n = Math.min(bytes.length, 512) & ~1;
        if (n < 16) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        int chars = n / 2;
        if (oddNul * 10 >= chars * 9 && evenNul * 10 <= chars) {
            return "UTF-16LE";
        }
        if (evenNul * 10 >= chars * 9 && oddNul * 10 <= chars) {
            return "UTF-16BE";
        }
        return null;
    }

    /** Whether the byte-order mark says the encoding: a UTF-8 mark gives way to a named one, a UTF-16 mark never. */
    static boolean markWins(Bom bom, Charset forced) {
        return bom.charset() != null && (forced == null || !bom.charset().equals(StandardCharsets.UTF_8));
    }

    /** CRLF and lone CR become LF, so that every parser counts lines the same way. */
    public static String normaliseLineEnds(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static dev.cca.diag.Message describeBadEncoding(byte[] bytes, int start, Charset tried, Charset forced,
                                                            boolean encodingOption) {
        if (forced != null) {
            return new dev.cca.diag.Message(dev.cca.diag.FileCode.NOT_VALID_FORCED, forced.name());
        }
        if (tried.equals(StandardCharsets.UTF_8) && looksLikeGb18030(bytes, start)) {
            return new dev.cca.diag.Message(encodingOption ? dev.cca.diag.FileCode.LOOKS_LIKE_GB18030
                    : dev.cca.diag.FileCode.LOOKS_LIKE_GB18030_UTF8_ONLY);
        }
        return new dev.cca.diag.Message(dev.cca.diag.FileCode.NOT_VALID_CHARSET, tried.name());
    }

    /**
     * True when the bytes decode cleanly as GB18030 and contain CJK text, the usual sign of a GBK file. A character cut
     * off at the end is no sign against it: the bytes may be the head of a streamed file.
     */
    static boolean looksLikeGb18030(byte[] bytes, int start) {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer chars = CharBuffer.allocate(bytes.length - start + 1);
        if (strict(GB18030).decode(in, chars, false).isError() || bytes.length - in.position() > 3) {
            return false;
        }
        chars.flip();
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) {
                return true;
            }
        }
        return false;
    }

    /** The line and column of the first byte that does not decode. */
    private static Location badByteLocation(byte[] bytes, int start, Charset cs, String file) {
        CharsetDecoder dec = strict(cs);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) {
            return Location.file(file);
        }
        out.flip();
        return locationAfter(out, file);
    }

    /** The line and column just after the characters {@code decoded}, the text before a byte that does not decode. */
    private static Location locationAfter(CharBuffer out, String file) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return Location.of(file, line, col);
    }

    /** Offset of the first NUL byte in the first 8 KiB (text files never have one), or -1. */
    static int binaryOffset(byte[] bytes) {
        // UTF-16 text has NUL bytes by design; it is recognised by its byte-order mark first.
        Charset marked = bom(bytes, bytes.length).charset();
        if (marked != null && !marked.equals(StandardCharsets.UTF_8)) {
            return -1;
        }
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
