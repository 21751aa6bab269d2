package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.ProfileCode;
import dev.cca.model.Quantity;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A number written with a character that cannot be seen in it (a byte-order mark pasted in, a zero-width space, a
 * bidirectional control) is refused with that character named, in both languages, wherever it stands; without it the
 * same text reads.
 */
class InvisibleNumberCharacterProperties {

    @Property(tries = 1000)
    void an_invisible_character_in_a_number_is_named(@ForAll("numbers") String number, @ForAll("invisibles") char c,
            @ForAll int where, @ForAll Quantity q) {
        Values.Result plain = Values.withUnit(number, q);
        int at = Math.floorMod(where, number.length() + 1);
        String hidden = number.substring(0, at) + c + number.substring(at);
        Values.Result r = Values.withUnit(hidden, q);
        assertFalse(r.ok(), hidden);
        assertEquals(ProfileCode.EXPECTED_NUMBER, r.error().code(), r.error().toString());
        String code = String.format("U+%04X", (int) c);
        assertTrue(r.error().get("en").contains(code) && r.error().get("en").contains("invisible"), r.error().get("en"));
        assertTrue(r.error().get("zh").contains(code) && r.error().get("zh").contains("看不见"), r.error().get("zh"));
        assertTrue(plain.ok() || plain.error().code() != ProfileCode.EXPECTED_NUMBER
                || !plain.error().get("en").contains("invisible"), number);
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.of("1.3", "70", "70%", "6.93 EFLOPS", "400G", "1,000", "12.5 元/卡时", "4万 TFLOPS", "0.91", "99.95");
    }

    @Provide
    Arbitrary<Character> invisibles() {
        return Arbitraries.of('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E', '\u200E', '\u200F',
                '\u061C', '\u202A', '\u202E', '\u2066', '\u2069');
    }
}
