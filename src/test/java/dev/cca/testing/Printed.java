package dev.cca.testing;

import java.util.regex.Pattern;

/** What the compiler-style printer writes, read back: {@code file:line:col: error CCA-P001: message}. */
public final class Printed {

    private static final Pattern ERROR = Pattern.compile(": (error|错误)( CCA-[A-Z][0-9]{3})?: ");
    private static final Pattern WARNING = Pattern.compile(": (warning|警告)( CCA-[A-Z][0-9]{3})?: ");

    private Printed() {
    }

    /** The text holds a printed error (in either language, with or without a code). */
    public static boolean hasError(String text) {
        return ERROR.matcher(text).find();
    }

    /** The text holds a printed warning. */
    public static boolean hasWarning(String text) {
        return WARNING.matcher(text).find();
    }

    /** The printed errors of a text, one a line. */
    public static long errors(String text) {
        return text.lines().filter(Printed::hasError).count();
    }
}
