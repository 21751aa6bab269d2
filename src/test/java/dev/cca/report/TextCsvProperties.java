package dev.cca.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-pass check that a CSV cell needs no work gives the cell the full sanitiser gives, for any text. */
class TextCsvProperties {

    @Provide
    Arbitrary<String> cells() {
        // Plain names and ids, and the characters the sanitiser acts on: controls, bidirectional marks, separators,
        // quotes, formula starts, spaces at either end, plain numbers.
        Arbitrary<Character> tricky = Arbitraries.of(',', '"', ';', ' ', '=', '+', '-', '@', '\t', '\n', '\r', '\u0000', '\u007F',
                '\u0085', '\u2028', '\u202E', '\u2066', '\u061C', '1', '.', 'e');
        Arbitrary<Character> plain = Arbitraries.chars().with("abcXYZ09_/智算中心（）·".toCharArray());
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, plain), net.jqwik.api.Tuple.of(1, tricky)).list().ofMaxSize(12)
                .map(l -> {
                    StringBuilder sb = new StringBuilder();
                    l.forEach(sb::append);
                    return sb.toString();
                });
    }

    @Property(tries = 2000)
    void the_fast_path_gives_what_the_sanitiser_gives(@ForAll("cells") String s) {
        assertEquals(Text.csvOf(s), Text.csv(s), () -> "cell of " + s.chars().mapToObj(c -> String.format("U+%04X", c)).toList());
    }
}
