package dev.cca.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Location;
import dev.cca.model.CenterProfile;
import dev.cca.model.Datum;
import dev.cca.model.Evidence;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The warnings of names a reference list does not know are remembered per list and name: what a profile gets from
 * remembered warnings is what it gets from warnings made afresh, name for name, in order, each at its own place.
 */
class RuleWarningsProperties {

    private static final RuleSet RULES = RuleSetLoader.loadDefault();
    private static final List<RuleSet.ReferenceList> LISTS = List.copyOf(RULES.references().values());

    /** The warnings made afresh for every name: what the remembered ones must equal. */
    private static List<Diagnostic> afresh(CenterProfile p) {
        List<Diagnostic> out = new ArrayList<>();
        for (RuleSet.ReferenceList ref : LISTS) {
            Datum d = p.get(ref.metric());
            if (d == null || d.kind() != Datum.Kind.LIST) {
                continue;
            }
            for (int i = 0; i < d.items().size(); i++) {
                if (ref.item(d.items().get(i)) == null) {
                    out.add(RuleWarnings.warning(ref, d.items().get(i), d.itemOrigins().get(i)));
                }
            }
        }
        return out;
    }

    /** A profile listing {@code names} under every reference list, each name on a line of its own. */
    private static CenterProfile listing(List<String> names) {
        Map<String, Datum> values = new LinkedHashMap<>();
        int line = 1;
        for (RuleSet.ReferenceList ref : LISTS) {
            List<Location> at = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                at.add(new Location("drawn.yaml", line++, 3, ref.metric() + "[" + i + "]"));
            }
            values.put(ref.metric(), Datum.list(names, at, Evidence.DECLARED, null, null, new Location("drawn.yaml", line++, 1,
                    ref.metric())));
        }
        return new CenterProfile("t", "T", Location.file("drawn.yaml"), values, List.of(), List.of(), List.of());
    }

    @Property(tries = 300)
    void remembered_warnings_are_the_warnings_made_afresh(@ForAll("names") List<String> names) {
        CenterProfile p = listing(names);
        List<Diagnostic> want = afresh(p);
        // The first call remembers what it has not met before; the second finds every unknown name remembered.
        assertEquals(want, RuleWarnings.unknownItems(RULES, p));
        assertEquals(want, RuleWarnings.unknownItems(RULES, p));
        List<String> reversed = new ArrayList<>(names);
        java.util.Collections.reverse(reversed);
        CenterProfile q = listing(reversed);
        assertEquals(afresh(q), RuleWarnings.unknownItems(RULES, q));
    }

    @Example
    void a_name_too_long_to_remember_warns_as_any_other() {
        String longName = "框架".repeat(RuleWarnings.MAX_REMEMBERED_LENGTH);
        CenterProfile p = listing(List.of(longName, "pytorch", longName));
        List<Diagnostic> want = afresh(p);
        assertEquals(1, countKnowing("pytorch"));
        assertEquals(3 * LISTS.size() - 1, want.size(), want.toString());
        assertEquals(want, RuleWarnings.unknownItems(RULES, p));
        assertEquals(want, RuleWarnings.unknownItems(RULES, p));
    }

    private static int countKnowing(String name) {
        return (int) LISTS.stream().filter(l -> l.item(name) != null).count();
    }

    @Example
    void no_list_no_warning() {
        CenterProfile p = new CenterProfile("t", "T", Location.file("x.yaml"), new LinkedHashMap<>(), List.of(), List.of(),
                List.of());
        assertEquals(List.of(), RuleWarnings.unknownItems(RULES, p));
    }

    /**
     * Names as profiles write them: the lists' own names, spelled otherwise (case, width, spaces, hyphens), misspelt,
     * in Chinese, with look-alike characters (Kelvin sign, full-width and superscript forms, Cyrillic letters), and
     * made up.
     */
    @Provide
    Arbitrary<List<String>> names() {
        List<String> own = new ArrayList<>();
        for (RuleSet.ReferenceList ref : LISTS) {
            for (RuleSet.ReferenceItem item : ref.items()) {
                own.addAll(item.names());
            }
        }
        own.removeIf(java.util.Objects::isNull);
        Arbitrary<String> known = Arbitraries.of(own);
        Arbitrary<String> respelt = known.map(s -> s.toUpperCase(java.util.Locale.ROOT).replace('-', ' '));
        Arbitrary<String> wide = known.map(RuleWarningsProperties::fullWidth);
        Arbitrary<String> misspelt = Arbitraries.integers().between(0, 40).flatMap(k -> known.map(s -> s.isEmpty() ? s
                : s.substring(0, k % s.length()) + "x" + s.substring(Math.min(s.length(), k % s.length() + 1))));
        Arbitrary<String> chinese = Arbitraries.strings().withCharRange('\u4e00', '\u4e2f').withChars('三', '级', '等', '保')
                .ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> lookAlike = Arbitraries.strings().withChars('\u212A', 'k', 'K', 'ｋ', 'а', 'е', 'о', '²', '-', ' ', 'p',
                'y', 't', 'o', 'r', 'c', 'h').ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> invented = Arbitraries.strings().alpha().numeric().withChars('-', '_', ' ').ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> name = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, known), net.jqwik.api.Tuple.of(2, respelt), net.jqwik.api.Tuple.of(1, wide),
                net.jqwik.api.Tuple.of(2, misspelt), net.jqwik.api.Tuple.of(2, chinese), net.jqwik.api.Tuple.of(2, lookAlike),
                net.jqwik.api.Tuple.of(2, invented));
        return name.list().ofMinSize(0).ofMaxSize(8);
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c > ' ' && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
        }
        return b.toString();
    }
}
