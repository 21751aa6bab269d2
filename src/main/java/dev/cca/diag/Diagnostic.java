package dev.cca.diag;

/** One problem found in an input: what, where, and how bad. */
public record Diagnostic(Severity severity, Location location, String message) {

    public static Diagnostic error(Location location, String message) {
        return new Diagnostic(Severity.ERROR, location, message);
    }

    public static Diagnostic warning(Location location, String message) {
        return new Diagnostic(Severity.WARNING, location, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form: {@code file:line:column: error: message [at path]}. */
    public String format() {
        String at = location.path().isEmpty() ? "" : " [at " + location.path() + "]";
        return location.prefix() + ": " + severity.label() + ": " + message + at;
    }

    @Override
    public String toString() {
        return format();
    }
}
