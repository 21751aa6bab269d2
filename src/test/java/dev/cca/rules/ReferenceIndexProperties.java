package dev.cca.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * A reference list finds a name written as the rule set writes it without folding it, and folded names are
 * remembered: both shortcuts give exactly the position that folding the name by the general rule gives.
 */
class ReferenceIndexProperties {

    private static final RuleSet RULES = RuleSetLoader.loadDefault();
    private static final List<RuleSet.ReferenceList> LISTS = List.copyOf(RULES.references().values());

    /** The position by the rule alone: the general fold, then the list's folded keys. */
    private static int folded(RuleSet.ReferenceList ref, String name) {
        Integer i = ref.keys().get(Names.general(name == null ? "" : name));
        return i == null ? -1 : i;
    }

    @Property(tries = 1000)
    void the_index_of_a_name_is_the_index_of_its_folded_key(@ForAll("names") String name) {
        for (RuleSet.ReferenceList ref : LISTS) {
            assertEquals(folded(ref, name), ref.index(name), ref.metric() + ": " + name);
            // A second time, now that the fold may be remembered.
            assertEquals(folded(ref, name), ref.index(name), ref.metric() + ": " + name);
        }
    }

    @Property(tries = 300)
    void a_remembered_fold_is_the_fold(@ForAll @StringLength(max = 40) String s) {
        assertEquals(Names.general(s), Names.key(s));
        assertEquals(Names.general(s), Names.key(s));
    }

    @Provide
    Arbitrary<String> names() {
        List<String> known = new ArrayList<>();
        for (RuleSet.ReferenceList ref : LISTS) {
            for (RuleSet.ReferenceItem item : ref.items()) {
                known.addAll(item.names());
            }
        }
        Arbitrary<String> written = Arbitraries.of(known);
        // The rule set's names respelled: upper case, full-width, with spaces, hyphens or ideographic spaces.
        Arbitrary<String> respelled = Combinators.combine(written, Arbitraries.integers().between(0, 3))
                .as(ReferenceIndexProperties::respell);
        Arbitrary<String> chinese = Arbitraries.strings().withCharRange('\u4e00', '\u4e2f').withChars("等保三级二 -")
                .ofMaxLength(8);
        Arbitrary<String> any = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\uff01', '\uff5e')
                .withChars('\u3000').ofMaxLength(20);
        return Arbitraries.oneOf(written, respelled, chinese, any);
    }

    private static String respell(String s, int how) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (how) {
                case 0 -> sb.append(Character.toUpperCase(c));
                case 1 -> sb.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uff01') : c == ' ' ? '\u3000' : c);
                case 2 -> sb.append(c == '-' ? ' ' : c);
                default -> sb.append(c).append(i % 2 == 0 ? "_" : "");
            }
        }
        return sb.toString();
    }
}
