package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cca.diag.InputException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A file saved as UTF-16 without a byte-order mark is named for what it is (CCA-F208, with the --encoding that reads
 * it), not called binary (CCA-F009); bytes that are not such text are still binary; with the encoding named, the text
 * reads as it was written.
 */
class Utf16WithoutMarkProperties {

    /** Profile-like text: mostly ASCII (keys, numbers), some Chinese, line breaks. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(20, Arbitraries.chars().range(' ', '~').map(String::valueOf)),
                        net.jqwik.api.Tuple.of(2, Arbitraries.of("\n", "\r\n", ": ", "- ")),
                        net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u4e00', '\u9fff').map(String::valueOf)))
                .list().ofMinSize(20).ofMaxSize(400).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void utf16_text_without_a_mark_is_named_and_reads_with_the_encoding_it_names(@ForAll("texts") String text,
                                                                               @ForAll boolean bigEndian) throws Exception {
        long ascii = text.chars().filter(c -> c < 0x80).count();
        net.jqwik.api.Assume.that(ascii * 100 >= text.length() * 95L);
        var cs = bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        byte[] bytes = text.getBytes(cs);
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(bytes, null, "f.yaml"));
        assertEquals("CCA-F208", e.diagnostics().get(0).code().id(), e.diagnostics().toString());
        assertEquals(true, e.diagnostics().get(0).message().contains("--encoding " + cs.name()), e.diagnostics().toString());
        assertEquals(TextDecoder.normaliseLineEnds(text), TextDecoder.decode(bytes, cs, "f.yaml").text());
    }

    /** Bytes with NULs at both parities, or too few of them at either, are not UTF-16 text: binary, as before. */
    @Property(tries = 500)
    void other_bytes_with_a_nul_are_binary(@ForAll("binaries") byte[] bytes) {
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(bytes, null, "f.bin"));
        assertNotEquals("CCA-F208", e.diagnostics().get(0).code().id(), e.diagnostics().toString());
    }

    @Provide
    Arbitrary<byte[]> binaries() {
        // Every fourth byte NUL at each parity at least: never 90% of one parity with 10% or less of the other.
        return Arbitraries.bytes().array(byte[].class).ofMinSize(16).ofMaxSize(600).map(b -> {
            for (int i = 0; i < b.length; i += 4) {
                b[i] = 0;
                if (i + 1 < b.length) {
                    b[i + 1] = 0;
                }
            }
            return b;
        });
    }

    @Example
    void a_short_file_with_a_nul_is_binary() {
        InputException e = assertThrows(InputException.class,
                () -> TextDecoder.decode("a:1\n".getBytes(StandardCharsets.UTF_16LE), null, "f.yaml"));
        assertEquals("CCA-F009", e.diagnostics().get(0).code().id());
    }
}
