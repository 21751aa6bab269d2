package dev.cca.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

/** Catalog names meet on one key however they are written; the ASCII shortcut agrees with the general rule. */
class NamesProperties {

    @Property(tries = 500)
    void the_ascii_shortcut_gives_the_same_key_as_the_general_rule(
            @ForAll @StringLength(max = 40) @CharRange(from = 0, to = 127) String s) {
        assertEquals(Names.general(s), Names.key(s));
    }

    @Property(tries = 500)
    void the_shortcut_for_ascii_with_chinese_gives_the_same_key_as_the_general_rule(
            @ForAll @StringLength(max = 40) @CharRange(from = 0, to = 127) @CharRange(from = 0x4E00, to = 0x9FFF) String s) {
        assertEquals(Names.general(s), Names.fold(s));
    }

    @Property(tries = 500)
    void text_just_outside_the_shortcut_gives_the_general_rule(
            @ForAll @StringLength(min = 1, max = 20) @CharRange(from = 0x4DC0, to = 0x4DFF) @CharRange(from = 0x3000, to = 0x303F)
            @CharRange(from = 0xF900, to = 0xFAFF) @CharRange(from = 0xFF00, to = 0xFFEF) @CharRange(from = 0x4E00, to = 0x4E10) String s) {
        assertEquals(Names.general(s), Names.fold(s));
    }

    @Property(tries = 300)
    void a_key_is_its_own_key(@ForAll @StringLength(max = 40) String s) {
        assertEquals(Names.key(s), Names.key(Names.key(s)));
    }

    /** Text drawn from the scripts whose letters compose (Hangul jamo, Latin with combining marks) and what is taken out. */
    @Property(tries = 500)
    void a_key_of_composing_letters_is_its_own_key(@ForAll("composing") String s) {
        assertEquals(Names.key(s), Names.key(Names.key(s)));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> composing() {
        return net.jqwik.api.Arbitraries.strings().withCharRange('\u1100', '\u11FF').withCharRange('\u0300', '\u036F')
                .withChars('-', ' ', '_', '.', 'e', 'A', '\u00B7', '\u3000').ofMaxLength(12);
    }

    @Example
    void letters_that_meet_when_a_hyphen_goes_compose_in_the_key() {
        assertEquals("가", Names.key("\u1100-\u1161"));
        assertEquals(Names.key("가"), Names.key("\u1100-\u1161"));
    }

    @Example
    void full_width_case_and_punctuation_do_not_matter_and_chinese_stays() {
        assertEquals("ascend910b", Names.key("ＡＳＣＥＮＤ　９１０Ｂ"));
        assertEquals("ascend910b", Names.key("Ascend_910-B"));
        assertEquals("昇腾910b", Names.key("昇腾 910B"));
    }
}
