package dev.cca.input.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The lines of a text log, numbered from 1, as the text readers (MLPerf summaries, nccl-tests, training logs)
 * walk them. Lines longer than {@link #MAX_MATCHED_LINE} are never given to a regular expression: real lines
 * are far shorter, and a hostile multi-megabyte line must not turn a pattern's backtracking into a hang.
 */
final class TextLog {

    /** Longest line matched against patterns; the longest real line (an MLPerf :::SYSJSON) is about 2 KiB. */
    static final int MAX_MATCHED_LINE = 16 * 1024;

    /** ANSI colour and cursor sequences, which torchtitan writes around every field of its step lines. */
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]");

    /** One line: its 1-based number and its text without the line end. */
    record Line(int number, String text) {

        /** True when the line is short enough to match against patterns. */
        boolean matchable() {
            return text.length() <= MAX_MATCHED_LINE;
        }
    }

    private TextLog() {
    }

    static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int pos = 0;
        int number = 1;
        int n = text.length();
        while (pos < n) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = n;
            }
            out.add(new Line(number++, text.substring(pos, eol)));
            pos = eol + 1;
        }
        return out;
    }

    /**
     * True when some matchable line of {@code text} satisfies {@code test}; scans lazily, so detection stops at
     * the first step line of a long log instead of splitting all of it.
     */
    static boolean anyLine(String text, Predicate<String> test) {
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = n;
            }
            if (eol - pos <= MAX_MATCHED_LINE && test.test(text.substring(pos, eol))) {
                return true;
            }
            pos = eol + 1;
        }
        return false;
    }

    /** The text without ANSI escape sequences. */
    static String stripAnsi(String s) {
        return s.indexOf('\u001B') < 0 ? s : ANSI.matcher(s).replaceAll("");
    }

    /** The 1-based column of {@code index} in a line, for locations. */
    static int column(int index) {
        return index + 1;
    }

    /** Parses a decimal number as logs print it ("7,034", "1.000000E-04"); null when it is not one. */
    static Double number(String s) {
        String t = s.strip().replace(",", "");
        if (t.isEmpty() || t.length() > 64) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return null;
            }
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
