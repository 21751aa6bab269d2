package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Utf8#decode} is the JDK's strict UTF-8 decoder: on any bytes, the same characters when they are well-formed,
 * and a refusal at the same character position when they are not. Drawn over arbitrary bytes, over the bytes that
 * decide well-formedness (leads, continuations and the edges of their ranges), and over well-formed text (Chinese,
 * supplementary characters) with bytes changed, dropped or cut off.
 */
class Utf8Properties {

    /** The JDK's answer in {@link Utf8#decode}'s form. */
    private static int jdk(byte[] b, char[] out) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer cb = CharBuffer.wrap(out);
        CoderResult r = dec.decode(ByteBuffer.wrap(b), cb, true);
        if (!r.isError()) {
            r = dec.flush(cb);
        }
        return r.isError() ? -1 - cb.position() : cb.position();
    }

    private static void same(byte[] b) {
        char[] want = new char[b.length];
        char[] got = new char[b.length];
        int w = jdk(b, want);
        int g = Utf8.decode(b, 0, b.length, got);
        assertEquals(w, g, () -> "bytes " + Arrays.toString(b));
        if (w >= 0) {
            assertArrayEquals(Arrays.copyOf(want, w), Arrays.copyOf(got, g));
        }
    }

    @Property(tries = 3000)
    void arbitraryBytes(@ForAll("bytes") byte[] b) {
        same(b);
    }

    @Property(tries = 3000)
    void decidingBytes(@ForAll("deciding") byte[] b) {
        same(b);
    }

    @Property(tries = 1000)
    void damagedText(@ForAll("text") String s, @ForAll("edits") List<int[]> edits) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        for (int[] e : edits) {
            if (b.length == 0) {
                break;
            }
            int at = Math.floorMod(e[1], b.length);
            b = switch (e[0]) {
                case 0 -> { // change a byte
                    byte[] c = b.clone();
                    c[at] = (byte) e[2];
                    yield c;
                }
                case 1 -> { // drop a byte
                    byte[] c = new byte[b.length - 1];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(b, at + 1, c, at, b.length - at - 1);
                    yield c;
                }
                default -> Arrays.copyOf(b, at); // cut off
            };
        }
        same(b);
    }

    @Property(tries = 500)
    void wellFormedTextDecodesToItself(@ForAll("text") String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        char[] out = new char[b.length];
        int n = Utf8.decode(b, 0, b.length, out);
        assertEquals(s, new String(out, 0, n));
    }

    @Example
    void aRangeInsideALargerArray() {
        byte[] b = "x智算y".getBytes(StandardCharsets.UTF_8);
        char[] out = new char[b.length];
        assertEquals(2, Utf8.decode(b, 1, 6, out));
        assertEquals("智算", new String(out, 0, 2));
        assertEquals(-2, Utf8.decode(b, 1, 5, out)); // the second character cut off: one decoded before it
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(24);
    }

    @Provide
    Arbitrary<byte[]> deciding() {
        Arbitrary<Byte> b = Arbitraries.of(0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf,
                0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff).map(i -> (byte) (int) i);
        return b.array(byte[].class).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().ascii().ofMaxLength(6),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fff').ofMaxLength(4),
                Arbitraries.strings().withCharRange('\u0080', '\u07ff').ofMaxLength(3),
                Arbitraries.of("\ud83d\ude00", "\ud840\udc00", "\uffff", "\ue000", "\u0800"));
        return piece.list().ofMaxSize(6).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<List<int[]>> edits() {
        return Arbitraries.integers().between(0, 2).flatMap(kind -> Arbitraries.integers().flatMap(at ->
                Arbitraries.integers().between(0, 255).map(v -> new int[] {kind, at, v}))).list().ofMaxSize(3);
    }
}
