package dev.cca.diag;

/**
 * A text that has a form in each language a report is written in ({@code en}, {@code zh}). A message argument
 * that is one (a "did you mean" hint, a bilingual name) is rendered in the message's language.
 */
@FunctionalInterface
public interface Localized {

    Localized EMPTY = lang -> "";

    /** The text in {@code lang} ({@code en} or {@code zh}). */
    String get(String lang);

    /** The same text in every language: a name, an identifier, a value as written. */
    static Localized of(String en, String zh) {
        return lang -> "zh".equals(lang) ? zh : en;
    }

    /** {@code code}'s message with {@code args}, rendered in both languages now: a value that compares by its text. */
    static Pair of(Code code, Object... args) {
        return new Pair(code.render("en", args), code.render("zh", args));
    }

    /** A text in English and Chinese, equal to another with the same two. */
    record Pair(String en, String zh) implements Localized {
        @Override
        public String get(String lang) {
            return "zh".equals(lang) ? zh : en;
        }
    }
}
