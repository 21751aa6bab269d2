package dev.cca.diag;

/**
 * One problem found in an input: what (a stable {@link Code} and its message in English and Chinese), where,
 * and how bad. {@link #message()} is the English text; {@link #message(String)} picks a language.
 */
public record Diagnostic(Severity severity, Location location, Code code, String message, String zh) {

    /** Every diagnostic has a code of the catalogue: there is no way to report a problem without one. */
    public Diagnostic {
        java.util.Objects.requireNonNull(code, "code");
    }


    public static Diagnostic of(Severity severity, Location location, Code code, Object... args) {
        return new Diagnostic(severity, location, code, code.render("en", args), code.render("zh", args));
    }

    public static Diagnostic error(Location location, Code code, Object... args) {
        return of(Severity.ERROR, location, code, args);
    }

    public static Diagnostic warning(Location location, Code code, Object... args) {
        return of(Severity.WARNING, location, code, args);
    }

    public static Diagnostic of(Severity severity, Location location, Message m) {
        return of(severity, location, m.code(), m.args());
    }

    public static Diagnostic error(Location location, Message m) {
        return of(Severity.ERROR, location, m);
    }

    public static Diagnostic warning(Location location, Message m) {
        return of(Severity.WARNING, location, m);
    }


    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message in {@code lang}: {@code zh} or anything else for English. */
    public String message(String lang) {
        return "zh".equals(lang) ? zh : message;
    }

    /** The message as an argument of another message, in that message's language. */
    public Localized text() {
        return this::message;
    }

    /** The same problem at another place (a finding moved to the line that states it). */
    public Diagnostic at(Location other) {
        return new Diagnostic(severity, other, code, message, zh);
    }

    /** {@code error CCA-P012}. */
    public String head(String lang) {
        return severity.label(lang) + " " + code.id();
    }

    /** The one-line form in English: {@code file:line:column: error CCA-P012: message [at path]}. */
    public String format() {
        return format("en");
    }

    /** The one-line form in {@code lang}. */
    public String format(String lang) {
        String at = location.path().isEmpty() ? "" : ("zh".equals(lang) ? " [位置 " : " [at ") + location.path() + "]";
        return location.prefix() + ": " + head(lang) + ": " + message(lang) + at;
    }

    @Override
    public String toString() {
        return format();
    }
}
