package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The head a file's kind is told by starts at its first character that is not white space, however much white space
 * comes first, in every encoding cca reads; the white space is skipped through a bounded buffer, and no more of the
 * stream is read than the head needs.
 */
class KindHeadProperties {

    /** How a file is saved: its byte-order mark, its encoding, and the --encoding a run names for it. */
    enum Saved {
        UTF8(null, StandardCharsets.UTF_8, null),
        UTF8_MARK(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8, null),
        UTF16LE_MARK(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE, null),
        UTF16BE_MARK(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE, null),
        GB18030_NAMED(null, TextDecoder.GB18030, TextDecoder.GB18030),
        UTF16LE_NAMED(null, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16LE);

        final byte[] mark;
        final Charset charset;
        final Charset named;

        Saved(byte[] mark, Charset charset, Charset named) {
            this.mark = mark;
            this.charset = charset;
            this.named = named;
        }

        byte[] bytes(String blanks, String text) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (mark != null) {
                out.writeBytes(mark);
            }
            out.writeBytes(blanks.getBytes(charset));
            out.writeBytes(text.getBytes(charset));
            return out.toByteArray();
        }
    }

    /** Texts as the kinds cca tells apart start: a benchmark result, a rule set, a result, a profile. */
    private static final List<String> TEXTS = List.of(
            "{\"date\": \"20250912-101530\", \"backend\": \"vllm\", \"model_id\": \"Qwen/Qwen2.5-72B\", \"completed\": 1024}\n",
            "cca: rules/v1\nid: 规则\n",
            "{\"format\": \"cca-result/v1\", \"centers\": []}\n",
            "cca: center-profile/v1\nid: wuhan-aicc\nname: 武汉人工智能计算中心\n");

    /** Amounts of white space: none, a little, around the 64 KiB head, and past a megabyte. */
    @Provide
    Arbitrary<Integer> amounts() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 300),
                Arbitraries.integers().between(60 * 1024, 70 * 1024),
                Arbitraries.integers().between((1 << 20) + 1, 3 << 20));
    }

    /** A pattern of white space repeated up to the amount: spaces, tabs and every line end. */
    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.of(" ", "\t", "\n", "\r\n", "\r").list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
    }

    private static String blanks(String pattern, int amount) {
        StringBuilder sb = new StringBuilder(amount + pattern.length());
        while (sb.length() < amount) {
            sb.append(pattern);
        }
        return sb.toString();
    }

    @Property(tries = 60)
    void the_head_starts_at_the_first_character_that_is_not_white_space(@ForAll("amounts") int amount,
                                                                     @ForAll("patterns") String pattern,
                                                                     @ForAll Saved saved,
                                                                     @ForAll @IntRange(min = 0, max = 3) int which) throws IOException {
        String text = TEXTS.get(which);
        byte[] bytes = saved.bytes(blanks(pattern, amount), text);
        Counted in = new Counted(bytes);
        String head = KindHead.read(in, KindHead.CHARS, saved.named);
        assertEquals(text, head);
        assertEquals(head, KindHead.of(bytes, bytes.length, KindHead.CHARS, saved.named));
        // The skipped white space went through a buffer of a few kilobytes: no read asked for more than that at a time.
        assertTrue(in.largestRead <= 64 * 1024, "read " + in.largestRead + " bytes at a time");
    }

    @Property(tries = 40)
    void a_head_is_at_most_so_many_characters_and_reads_little_past_them(@ForAll("amounts") int amount,
                                                                      @ForAll("patterns") String pattern,
                                                                      @ForAll Saved saved,
                                                                      @ForAll @IntRange(min = 1, max = 5000) int chars) throws IOException {
        String text = "x".repeat(20_000) + "\n";
        byte[] bytes = saved.bytes(blanks(pattern, amount), text);
        Counted in = new Counted(bytes);
        String head = KindHead.read(in, chars, saved.named);
        assertEquals(text.substring(0, Math.min(chars, text.length())), head);
        long blankBytes = bytes.length - text.getBytes(saved.charset).length;
        // The decoder reads ahead by its buffer (8 KiB of characters and what it keeps of bytes), no more.
        assertTrue(in.total <= blankBytes + 4L * chars + 64 * 1024, in.total + " bytes read for a head of " + chars);
    }

    @Example
    void a_file_of_white_space_only_has_an_empty_head() throws IOException {
        byte[] bytes = Saved.UTF16BE_MARK.bytes(blanks("\r\n \t", 3 << 20), "");
        assertEquals("", KindHead.read(new Counted(bytes), KindHead.CHARS, null));
        assertEquals("", KindHead.of(new byte[0], 0, KindHead.CHARS, null));
    }

    @Example
    void a_utf8_mark_gives_way_to_the_encoding_named_and_a_utf16_mark_never() {
        byte[] gb = Saved.UTF8_MARK.bytes("\n\n", "");
        byte[] withText = new byte[gb.length + 4];
        System.arraycopy(gb, 0, withText, 0, gb.length);
        byte[] zh = "中文".getBytes(TextDecoder.GB18030);
        System.arraycopy(zh, 0, withText, gb.length, zh.length);
        assertEquals("中文", KindHead.of(withText, withText.length, 100, TextDecoder.GB18030));
        byte[] le = Saved.UTF16LE_MARK.bytes(" ", "id: 武汉");
        assertEquals("id: 武汉", KindHead.of(le, le.length, 100, TextDecoder.GB18030));
    }

    /** A stream that counts what is read from it, and the most asked for by one read. */
    private static final class Counted extends FilterInputStream {
        long total;
        int largestRead;

        Counted(byte[] bytes) {
            super(new java.io.ByteArrayInputStream(bytes));
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            total += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            largestRead = Math.max(largestRead, len);
            int n = super.read(b, off, len);
            total += Math.max(0, n);
            return n;
        }
    }
}
