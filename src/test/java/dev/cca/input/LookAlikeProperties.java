package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.ProfileCode;
import dev.cca.model.Quantity;
import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reader folds the forms that mean what they look like (full-width, as a Chinese input method types them; CJK
 * compatibility ideographs and Kangxi radicals, as text copied from a PDF carries them) and refuses the compatibility
 * characters that only look like a digit or a letter (superscript, circled, mathematical): "10⁴ TFLOPS" would otherwise
 * be 104 TFLOPS.
 */
class LookAlikeProperties {

    @Example
    void full_width_and_copied_forms_are_read_as_what_they_mean() {
        assertEquals(40, Values.withUnit("４０ ＴＦＬＯＰＳ", Quantity.COMPUTE_TFLOPS).value());
        assertEquals(2, Values.withUnit("2 ⼩时", Quantity.DURATION_HOURS).value()); // ⼩ is the Kangxi radical U+2F29
        assertEquals(0.5, Values.withUnit("500 µs", Quantity.DURATION_MS).value()); // the micro sign
        assertEquals(12, Values.withUnit("12 ￥", Quantity.PRICE_CARD_HOUR).value());
    }

    @Example
    void a_superscript_circled_or_mathematical_character_is_refused_saying_what_it_looks_like() {
        Values.Result r = Values.withUnit("10⁴ TFLOPS", Quantity.COMPUTE_TFLOPS);
        assertEquals(ProfileCode.LOOK_ALIKE, r.error() == null ? null : r.error().code(), String.valueOf(r.error()));
        assertEquals("'10⁴ TFLOPS': '⁴' (U+2074) only looks like '4': a superscript, subscript, circled, mathematical or other"
                + " compatibility character is not read as what it resembles (10⁴ would read as 104); write it with ordinary digits"
                + " and letters", r.error().get("en"));
        assertEquals("“10⁴ TFLOPS”：“⁴”（U+2074）只是形似“4”：上标、下标、带圈、数学字母等兼容字符不按其形似的字符读取（10⁴ 会被读成 104）；"
                + "请用普通的数字和字母书写", r.error().get("zh"));
        for (String text : List.of("40 ᵀFLOPS", "① PFLOPS", "𝟒𝟎 TFLOPS", "40 𝐓𝐅𝐋𝐎𝐏𝐒", "40 ⓉFLOPS", "400 ㎇", "½ PB")) {
            Values.Result x = Values.withUnit(text, text.contains("㎇") ? Quantity.MEMORY_GB : text.contains("PB")
                    ? Quantity.STORAGE_PB : Quantity.COMPUTE_TFLOPS);
            assertEquals(ProfileCode.LOOK_ALIKE, x.error() == null ? null : x.error().code(), text + ": " + x.error());
        }
    }

    @Example
    void a_look_alike_in_a_choice_a_boolean_or_a_date_is_refused_saying_so() {
        Values.Choice c = Values.choice("ⓘnference", dev.cca.model.ProfileSchema.field("scenarios"));
        assertEquals(ProfileCode.LOOK_ALIKE, c.error() == null ? null : c.error().code(), String.valueOf(c.error()));
        assertEquals("inference", Values.choice("ｉｎｆｅｒｅｎｃｅ", dev.cca.model.ProfileSchema.field("scenarios")).id());
        Values.Why why = new Values.Why();
        assertEquals(null, Values.date("２０２５-1⓪-15", false, why));
        assertEquals(ProfileCode.LOOK_ALIKE, why.message().code(), String.valueOf(why.message()));
        assertEquals(java.time.LocalDate.of(2025, 10, 15), Values.date("２０２５年１０⽉１５⽇", false)); // Kangxi 月 and 日, from a PDF
    }

    /** Every code point whose NFKC form differs from it, of the planes where digits and letters have look-alikes. */
    @Provide
    Arbitrary<Integer> compatibility() {
        return Arbitraries.of(java.util.stream.IntStream.concat(java.util.stream.IntStream.rangeClosed(0x80, 0xFFFF),
                java.util.stream.IntStream.concat(java.util.stream.IntStream.rangeClosed(0x1D400, 0x1D7FF),
                        java.util.stream.IntStream.rangeClosed(0x1F100, 0x1F1FF)))
                .filter(cp -> (cp > 0xFFFF || !Character.isSurrogate((char) cp))
                        && !Normalizer.isNormalized(Character.toString(cp), Normalizer.Form.NFKC))
                .boxed().toList());
    }

    /**
     * A number with a compatibility character in it is read exactly when the reader folds that character, and then as
     * the text with its NFKC form: never as the look-alike.
     */
    /**
     * A look-alike that lower-cases to an ASCII letter is still a look-alike: the Kelvin sign (U+212A) lower-cases to k,
     * and "1 TO\u212AENS/S" was read as 1 tokens/s while the schema refused it.
     */
    @Property(tries = 200)
    void a_look_alike_is_refused_in_a_unit_of_any_case(@ForAll("tokenCase") String unit) {
        for (int i = 0; i < unit.length(); i++) {
            if (Character.toLowerCase(unit.charAt(i)) == 'k') {
                String text = "1 " + unit.substring(0, i) + "\u212A" + unit.substring(i + 1);
                Values.Result r = Values.withUnit(text, Quantity.TOKENS_PER_S);
                assertEquals(ProfileCode.LOOK_ALIKE, r.error() == null ? null : r.error().code(), text + " read as " + r.value());
            }
        }
        assertTrue(Values.withUnit("1 " + unit, Quantity.TOKENS_PER_S).ok(), unit);
    }

    @Provide
    Arbitrary<String> tokenCase() {
        return Arbitraries.of("tokens/s", "tok/s", "token/s").flatMap(u -> Arbitraries.integers().between(0, (1 << u.length()) - 1)
                .map(mask -> {
                    StringBuilder b = new StringBuilder(u);
                    for (int i = 0; i < b.length(); i++) {
                        if ((mask & 1 << i) != 0) {
                            b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
                        }
                    }
                    return b.toString();
                }));
    }

    @Property(tries = 1500)
    void a_compatibility_character_is_read_as_its_form_only_when_folded(@ForAll("compatibility") int cp) {
        String one = Character.toString(cp);
        String text = "4" + one + " TFLOPS";
        String as = "4" + Normalizer.normalize(one, Normalizer.Form.NFKC) + " TFLOPS";
        Values.Result r = Values.withUnit(text, Quantity.COMPUTE_TFLOPS);
        Values.Result folded = Values.withUnit(as, Quantity.COMPUTE_TFLOPS);
        if (Values.folds(cp)) {
            assertEquals(folded.ok(), r.ok(), text + ": " + r.error() + " / " + as + ": " + folded.error());
            if (r.ok()) {
                assertEquals(folded.value(), r.value(), text);
            }
        } else {
            assertFalse(r.ok(), text + " read as " + r.value());
            assertEquals(ProfileCode.LOOK_ALIKE, r.error().code(), text + ": " + r.error());
            assertTrue(r.error().get("en").contains(String.format("U+%04X", cp)), r.error().get("en"));
        }
    }
}
