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
        return Template.render(template(lang), en(), lang, args);
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

        /**
         * {@link #render} for the template of {@code lang} with the names of {@code en}: compiled once per template
         * (the catalogue's templates are constants), as a batch renders millions of warnings.
         */
        static String render(String template, String en, String lang, Object[] args) {
            Compiled c = COMPILED.get(template);
            if (c == null || !c.en.equals(en)) {
                c = compile(template, names(en));
                c = new Compiled(en, c.literals, c.args);
                if (COMPILED.size() < MAX_COMPILED) {
                    COMPILED.put(template, c);
                }
            }
            return c.render(lang, args);
        }

        private static final int MAX_COMPILED = 4096;
        private static final java.util.concurrent.ConcurrentHashMap<String, Compiled> COMPILED =
                new java.util.concurrent.ConcurrentHashMap<>();

        /**
         * A template cut at its names: {@code literals[i]} then argument {@code args[i]} (-1: none, rendered empty),
         * for each i, then the last literal. {@code en}: the template whose names numbered the arguments.
         */
        private record Compiled(String en, String[] literals, int[] args) {
            String render(String lang, Object[] values) {
                int size = literals[literals.length - 1].length();
                for (int i = 0; i < args.length; i++) {
                    size += literals[i].length() + 16;
                }
                StringBuilder sb = new StringBuilder(size);
                for (int i = 0; i < args.length; i++) {
                    sb.append(literals[i]);
                    int k = args[i];
                    Object a = k >= 0 && k < values.length ? values[k] : null;
                    sb.append(a instanceof Localized l ? l.get(lang) : a == null ? "" : String.valueOf(a));
                }
                return sb.append(literals[literals.length - 1]).toString();
            }
        }

        private static Compiled compile(String template, List<String> names) {
            List<String> literals = new ArrayList<>();
            List<Integer> args = new ArrayList<>();
            StringBuilder lit = new StringBuilder();
            int i = 0;
            while (i < template.length()) {
                char c = template.charAt(i);
                int end = c == '{' ? nameEnd(template, i) : -1;
                if (end < 0) {
                    lit.append(c);
                    i++;
                    continue;
                }
                literals.add(lit.toString());
                lit.setLength(0);
                args.add(names.indexOf(template.substring(i + 1, end)));
                i = end + 1;
            }
            literals.add(lit.toString());
            return new Compiled(null, literals.toArray(String[]::new), args.stream().mapToInt(Integer::intValue).toArray());
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
