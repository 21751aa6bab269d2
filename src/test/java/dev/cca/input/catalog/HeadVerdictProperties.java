package dev.cca.input.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cca.diag.InputException;
import dev.cca.input.TextDecoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A streamed file's head is judged in one decoding ({@link TextDecoder#judgeHead}) with the verdict of the two it took
 * before: a decoding to find where to cut it after its last whole character ({@link HeadCuts#safeCut}), then
 * {@link TextDecoder#decode} of the bytes before the cut. Drawn heads end anywhere, inside a multi-byte character too, in
 * UTF-8 with and without a byte-order mark, GB18030 read as it is or as UTF-8, UTF-16 with a byte-order mark, a
 * byte-order mark with another or the same --encoding given, with a bad byte or a NUL here and there.
 */
class HeadVerdictProperties {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, Arbitraries.chars().range('\u4e00', '\u9fff').map(String::valueOf)),
                        net.jqwik.api.Tuple.of(3, Arbitraries.chars().range('a', 'z').map(String::valueOf)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of("é", "\uD83D\uDE00", "\n", "\r\n", " ", "7", "€")))
                .list().ofMinSize(1).ofMaxSize(300).map(l -> String.join("", l));
    }

    /** How a file is saved and read: its encoding, its byte-order mark, and the encoding given with --encoding. */
    enum Saving {
        UTF8(StandardCharsets.UTF_8, new byte[0], null),
        UTF8_BOM(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, null),
        UTF8_FORCED(StandardCharsets.UTF_8, new byte[0], StandardCharsets.UTF_8),
        GB18030_AS_UTF8(TextDecoder.GB18030, new byte[0], null),
        GB18030_FORCED(TextDecoder.GB18030, new byte[0], TextDecoder.GB18030),
        UTF16LE_BOM(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}, null),
        UTF16BE_BOM(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}, null),
        UTF16LE_BOM_FORCED_GB(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}, TextDecoder.GB18030),
        UTF8_BOM_FORCED_GB(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TextDecoder.GB18030),
        UTF8_BOM_FORCED_UTF8(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
        GB18030_FORCED_UTF16(TextDecoder.GB18030, new byte[0], StandardCharsets.UTF_16LE);

        final Charset cs;
        final byte[] bom;
        final Charset forced;

        Saving(Charset cs, byte[] bom, Charset forced) {
            this.cs = cs;
            this.bom = bom;
            this.forced = forced;
        }
    }

    @Property(tries = 1500)
    void one_decoding_gives_the_verdict_of_the_two(@ForAll("texts") String text, @ForAll Saving saving,
                                                    @ForAll @IntRange(min = 0, max = 2000) int end, @ForAll boolean more,
                                                    @ForAll @IntRange(min = -1, max = 2000) int bad,
                                                    @ForAll @IntRange(min = 0, max = 2) int badKind) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(saving.bom);
        b.writeBytes(text.getBytes(saving.cs));
        byte[] all = b.toByteArray();
        byte[] head = Arrays.copyOf(all, Math.min(all.length, end + saving.bom.length));
        if (bad >= saving.bom.length && bad < head.length) {
            head[bad] = (byte) (badKind == 0 ? 0xFF : badKind == 1 ? 0x80 : 0x00);
        }
        assertEquals(twoPasses(head, more, saving.forced), onePass(head, more, saving.forced));
    }

    private static String onePass(byte[] head, boolean more, Charset forced) {
        try {
            return "note: " + TextDecoder.judgeHead(head, more, forced, "f.jsonl");
        } catch (InputException e) {
            return e.diagnostics().toString() + " / " + e.diagnostics().get(0).message("zh") + " " + e.diagnostics().get(0).location();
        }
    }

    /** The verdict as it was reached before, with a decoding to find the cut and another of the bytes before it. */
    private static String twoPasses(byte[] head, boolean more, Charset forced) {
        TextDecoder.Bom mark = TextDecoder.bom(head, head.length);
        Charset cs = mark.charset() != null && (forced == null || !mark.charset().equals(StandardCharsets.UTF_8))
                ? mark.charset() : forced;
        if (cs == null) {
            cs = StandardCharsets.UTF_8;
        }
        // The characters start after the mark, whichever encoding reads them (a UTF-8 mark is skipped under another
        // --encoding too): cut from there. Cut from the mark's first byte, a GB18030 head took the mark's last byte and
        // the first of a character as one character, and a valid file's head was refused.
        int from = mark.length();
        int cut = more ? from + HeadCuts.safeCut(Arrays.copyOfRange(head, from, head.length), cs) : head.length;
        try {
            return "note: " + TextDecoder.decode(Arrays.copyOf(head, cut), forced, "f.jsonl").note();
        } catch (InputException e) {
            return e.diagnostics().toString() + " / " + e.diagnostics().get(0).message("zh") + " " + e.diagnostics().get(0).location();
        }
    }
}
