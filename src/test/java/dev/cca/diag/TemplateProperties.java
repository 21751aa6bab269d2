package dev.cca.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A message rendered from its compiled template ({@link Code.Template#render}, cut at its names once and kept) is the
 * message read off the template character by character: the same text for any template (names, stray and nested braces,
 * names only one language has), any arguments (fewer or more than the names, null, localized), in both languages, and
 * again on a second rendering from the cache.
 */
class TemplateProperties {

    /** The template read character by character, each name looked up in the English template's names. */
    private static String plain(String template, String en, String lang, Object[] args) {
        List<String> names = Code.Template.names(en);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int end = -1;
            if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) >= 'a' && template.charAt(i + 1) <= 'z') {
                int j = i + 1;
                while (j < template.length()) {
                    char d = template.charAt(j);
                    if (d == '}') {
                        end = j;
                        break;
                    }
                    if (!(d >= 'a' && d <= 'z' || d >= '0' && d <= '9' || d == '_')) {
                        break;
                    }
                    j++;
                }
            }
            if (end < 0) {
                sb.append(c);
                i++;
                continue;
            }
            int k = names.indexOf(template.substring(i + 1, end));
            Object a = k >= 0 && k < args.length ? args[k] : null;
            sb.append(a instanceof Localized l ? l.get(lang) : a == null ? "" : String.valueOf(a));
            i = end + 1;
        }
        return sb.toString();
    }

    @Property(tries = 2000)
    void compiledIsPlain(@ForAll("templates") String en, @ForAll("templates") String zh, @ForAll("args") List<Object> args) {
        Object[] a = args.toArray();
        for (int round = 0; round < 2; round++) {
            assertEquals(plain(en, en, "en", a), Code.Template.render(en, en, "en", a));
            assertEquals(plain(zh, en, "zh", a), Code.Template.render(zh, en, "zh", a));
        }
    }

    @Provide
    Arbitrary<String> templates() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("{a}", "{b}", "{key}", "{a_1}", "{x9}", "{", "}", "{}", "{A}", "{a b}", "{{a}}", "{a", "值", " "),
                Arbitraries.strings().withChars("ab{}_ 1值").ofMaxLength(4));
        return piece.list().ofMaxSize(8).map(l -> String.join("", l));
    }

    /** A localized argument: {@code s} in English, 中 in Chinese. */
    private static Object localized(String s) {
        Localized l = lang -> "zh".equals(lang) ? "中" : s;
        return l;
    }

    @Provide
    Arbitrary<List<Object>> args() {
        Arbitrary<Object> one = Arbitraries.oneOf(
                Arbitraries.strings().withChars("xy{}值").ofMaxLength(3).map(s -> (Object) s),
                Arbitraries.integers().between(-5, 5).map(i -> (Object) i),
                Arbitraries.just(null),
                Arbitraries.of("en", "zh").map(TemplateProperties::localized));
        return one.list().ofMaxSize(4);
    }
}
