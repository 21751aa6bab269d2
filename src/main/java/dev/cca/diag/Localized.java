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
}
