package dev.cca.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.cca.model.Numbers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The centers' part of the batch JSON report is written by {@link JsonBytes}, not by the generator that writes the rest
 * of the file: for every string and number, its bytes are the generator's, set up as the report sets it up (its
 * escapes, surrogate pairs combined into four bytes).
 */
class JsonBytesProperties {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** What the report's generator writes for one value, in an array so that it is a complete document. */
    private interface Value {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] jackson(Value v) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8.mappedFeature());
            g.setCharacterEscapes(Text.JSON_ESCAPES);
            g.writeStartArray();
            v.write(g);
            g.writeEndArray();
        }
        return out.toByteArray();
    }

    private interface Written {
        void write(JsonBytes w) throws IOException;
    }

    /** The same through JsonBytes, with a buffer small enough that values straddle its end. */
    private static byte[] ours(int buffer, Written v) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonBytes w = new JsonBytes(out, buffer);
        w.raw('[');
        v.write(w);
        w.raw(']');
        w.flush();
        return out.toByteArray();
    }

    @Provide
    Arbitrary<String> strings() {
        // Every UTF-16 unit is possible, surrogates alone and in pairs included; the pieces make pairs, controls,
        // bidirectional marks and Chinese frequent.
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(12);
        Arbitrary<String> pieces = Arbitraries.oneOf(any,
                Arbitraries.strings().withCharRange('\u4e00', '\u9fff').ofMaxLength(4),
                Arbitraries.of("\uD83D\uDE00", "\uD800", "\uDFFF", "\uDC00\uD800", "\u202E", "\u2066", "\u061C", "\u0000",
                        "\u001F", "\u007F", "\u0085", "\u009F", "\u00A0", "\u2028", "\u2029", "\b", "\f", "\n", "\r", "\t",
                        "\"", "\\", "/", "\uFEFF", "\uFFFF", "\u07FF", "\u0800"));
        return pieces.list().ofMaxSize(6).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void a_string_is_written_as_the_generator_writes_it(@ForAll("strings") String s,
                                                        @ForAll @IntRange(min = 1, max = 300) int buffer) throws IOException {
        assertArrayEquals(jackson(g -> g.writeString(s)), ours(buffer, w -> w.string(s)),
                () -> "for " + s.chars().mapToObj(c -> String.format("U+%04X", c)).toList());
        assertArrayEquals(jackson(g -> g.writeString(s)), ours(buffer, w -> w.raw(JsonBytes.encoded(s))));
    }

    @Property(tries = 1000)
    void a_whole_number_is_written_as_the_generator_writes_it(@ForAll long v) throws IOException {
        assertArrayEquals(jackson(g -> g.writeNumber(v)), ours(256, w -> w.number(v)));
    }

    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6).ofScale(6),
                Arbitraries.floats().between(0, 100).map(f -> (double) f),
                Arbitraries.doubles(),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.005, 0.015, 1e12, -0.0,
                        99.995, 1e-9));
    }

    /** The report's numbers: two decimals for scores (NaN as null), four for percentiles (NaN and infinities null). */
    @Property(tries = 2000)
    void a_fraction_is_written_as_the_report_formats_it(@ForAll("doubles") double v,
                                                        @ForAll @IntRange(min = 2, max = 4) int decimals) throws IOException {
        boolean nullInfinite = decimals == 4;
        byte[] expected = jackson(g -> {
            if (Double.isNaN(v) || nullInfinite && Double.isInfinite(v)) {
                g.writeNull();
            } else {
                g.writeNumber(Numbers.format(v, decimals));
            }
        });
        assertArrayEquals(expected, ours(256, w -> w.number(v, decimals, nullInfinite)), () -> "for " + v);
    }

    @Property(tries = 200)
    void bytes_written_in_any_pieces_decode_to_their_text(@ForAll("strings") String s,
                                                          @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 40) Integer> cuts)
            throws IOException {
        byte[] utf8 = ours(256, w -> w.string(s));
        StringWriter text = new StringWriter();
        try (Utf8Decoding out = new Utf8Decoding(text)) {
            int at = 0;
            for (int c : cuts) {
                int k = Math.min(c, utf8.length - at);
                out.write(utf8, at, k);
                at += k;
            }
            out.write(utf8, at, utf8.length - at);
        }
        assertEquals(new String(utf8, StandardCharsets.UTF_8), text.toString());
    }
}
