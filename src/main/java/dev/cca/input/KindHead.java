package dev.cca.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The head of a text that its kind is told by ({@code dev.cca.input.catalog.FileKind#of}): its characters after the
 * byte-order mark and after any leading white space (spaces, tabs, line ends), however much of that there is.
 *
 * <p>A head of so many bytes from the file's start says nothing when the file starts with more blank lines than that:
 * a benchmark result (or a rule set, or a cca result) after a megabyte of them was taken for a profile, and every
 * one of its keys was "unknown". The white space is skipped as it is decoded, through a buffer of a few kilobytes,
 * so the time is linear in it and the memory bounded whatever its length, in every encoding cca reads (UTF-8 with or
 * without a mark, UTF-16LE and UTF-16BE with one, or the {@code --encoding} named). The head is decoded leniently:
 * a byte that does not decode costs nothing here (reading the file says where it is).
 */
public final class KindHead {

    /** Characters of the head a catalog file's kind is told by. */
    public static final int CHARS = 64 * 1024;
    /** Characters of the longer head a file of no catalog format gets: a log's markers can come after a long preamble. */
    public static final int LONG_CHARS = 1 << 20;

    private KindHead() {
    }

    /**
     * The head of the text {@code in} holds: at most {@code chars} characters from its first that is not white space.
     * The byte-order mark names the encoding, as it does when the file is read (a UTF-8 mark gives way to
     * {@code forced}, a UTF-16 one never); without one, {@code forced}, else UTF-8. Reads no further than the head's end.
     */
    public static String read(InputStream in, int chars, Charset forced) throws IOException {
        byte[] first = in.readNBytes(3);
        TextDecoder.Bom bom = TextDecoder.bom(first, first.length);
        Charset cs = TextDecoder.markWins(bom, forced) ? bom.charset() : forced != null ? forced : StandardCharsets.UTF_8;
        InputStream rest = new SequenceInputStream(
                new ByteArrayInputStream(first, bom.length(), first.length - bom.length()), in);
        Reader r = new InputStreamReader(rest, cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        char[] buf = new char[8192];
        StringBuilder head = new StringBuilder();
        boolean started = false;
        while (head.length() < chars) {
            int n = r.read(buf, 0, started ? Math.min(buf.length, chars - head.length()) : buf.length);
            if (n < 0) {
                break;
            }
            int from = 0;
            if (!started) {
                while (from < n && blank(buf[from])) {
                    from++;
                }
                started = from < n;
            }
            head.append(buf, from, Math.min(n - from, chars - head.length()));
        }
        return head.toString();
    }

    /** {@link #read(InputStream, int, Charset)} of the first {@code length} bytes of {@code bytes}. */
    public static String of(byte[] bytes, int length, int chars, Charset forced) {
        try {
            return read(new ByteArrayInputStream(bytes, 0, length), chars, forced);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array is never unreadable
        }
    }

    /** The white space that may come before a document: JSON's, and YAML's between documents and lines. */
    static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
