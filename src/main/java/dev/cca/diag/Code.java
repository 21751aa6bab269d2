package dev.cca.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * A stable diagnostic code ({@code CCA-P012}) with its message in English and Chinese. Tests, docs and
 * translations match codes, never English text; a code once published keeps its number and meaning.
 *
 * <p>A template names its arguments in braces ({@code unknown key '{key}'{hint}}); the arguments of
 * {@link #render} fill them in the order they first appear in the English template, so the Chinese one may
 * put them in any order. An argument that is {@link Localized} is rendered in the message's language; any
 * other is shown as written (identifiers, numbers, values from the input).
 *
 * <p>The codes are the enums listed by {@link Codes}, one per {@link Area}; docs/diagnostics.md lists them all.
 */
public interface Code {

    Area area();

    /** The number and both templates; each area's enum holds one per constant. */
    Text text();

    /** A code's number within its area (1 to 999) and its templates in English and Chinese. */
    record Text(int number, String en, String zh) {
    }

    /** The number within the area, 1 to 999. */
    default int number() {
        return text().number();
    }

    /** The English template. */
    default String en() {
        return text().en();
    }

    /** The Chinese template. */
    default String zh() {
        return text().zh();
    }

    /** {@code CCA-P012}. */
    default String id() {
        return id(area(), number());
    }

    default String template(String lang) {
        return "zh".equals(lang) ? zh() : en();
    }

    /** The message in {@code lang} with {@code args} in place of the template's names. */
    default String render(String lang, Object... args) {
        return Template.render(template(lang), Template.names(en()), lang, args);
    }

    static String id(Area area, int number) {
        return "CCA-" + area.name() + (number < 10 ? "00" : number < 100 ? "0" : "") + number;
    }

    /** Fills templates; names are {@code [a-z][a-z0-9_]*} in braces, any other brace is text. */
    final class Template {

        private Template() {
        }

        /** The argument names of a template, in the order they first appear. */
        public static List<String> names(String template) {
            List<String> names = new ArrayList<>();
            int i = 0;
            while ((i = template.indexOf('{', i)) >= 0) {
                int end = nameEnd(template, i);
                if (end < 0) {
                    i++;
                    continue;
                }
                String name = template.substring(i + 1, end);
                if (!names.contains(name)) {
                    names.add(name);
                }
                i = end + 1;
            }
            return names;
        }

        static String render(String template, List<String> names, String lang, Object[] args) {
            StringBuilder sb = new StringBuilder(template.length() + 32);
            int i = 0;
            while (i < template.length()) {
                char c = template.charAt(i);
                int end = c == '{' ? nameEnd(template, i) : -1;
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

        /** The index of the closing brace of a name that opens at {@code open}, or -1. */
        private static int nameEnd(String t, int open) {
            int j = open + 1;
            if (j >= t.length() || t.charAt(j) < 'a' || t.charAt(j) > 'z') {
                return -1;
            }
            while (j < t.length()) {
                char c = t.charAt(j);
                if (c == '}') {
                    return j;
                }
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                    return -1;
                }
                j++;
            }
            return -1;
        }
    }
}
