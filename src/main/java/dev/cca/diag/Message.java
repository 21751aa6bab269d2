package dev.cca.diag;

/**
 * A message before it has a place: its {@link Code} and the arguments of its template. Readers that compute a
 * problem in one method and locate it in another pass one of these; it renders in either language, so it can also
 * be an argument of another message ({@code {path}: {why}}).
 */
public record Message(Code code, Object... args) implements Localized {

    @Override
    public String get(String lang) {
        return code.render(lang, args);
    }

    /** The English text, for logs and exceptions that are not shown to users as diagnostics. */
    @Override
    public String toString() {
        return get("en");
    }
}
