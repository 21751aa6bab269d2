package dev.cca.input.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the elements of a top-level JSON array without building them, so that each can be parsed as its
 * own record, on any thread, and a large array never sits in memory as trees. It only tracks strings,
 * escapes and nesting; whether an element is valid JSON is for the parser of that element to say.
 */
final class JsonArrayCutter {

    /** One element: its text and where it starts (0-based line, 0-based column). */
    record Element(String text, int line, int column) {
    }

    private JsonArrayCutter() {
    }

    /**
     * The elements of the array that {@code text} holds, or null when the text is not an array whose
     * brackets and strings balance (the caller then parses the whole text to report why).
     */
    static List<Element> cut(String text) {
        int n = text.length();
        int i = skipBlank(text, 0);
        if (i >= n || text.charAt(i) != '[') {
            return null;
        }
        int line = lineOf(text, i);
        int lineStart = text.lastIndexOf('\n', i) + 1;
        i++;
        List<Element> out = new ArrayList<>();
        int depth = 0;
        int start = -1;
        int startLine = 0;
        int startColumn = 0;
        boolean inString = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                continue;
            }
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (start < 0 && !isBlank(c)) {
                if (c == ']' && depth == 0) {
                    return out.isEmpty() && skipBlank(text, i + 1) == n ? out : null;
                }
                start = i;
                startLine = line;
                startColumn = i - lineStart;
            }
            switch (c) {
                case '"' -> inString = true;
                case '{', '[' -> depth++;
                case '}' -> depth--;
                case ']' -> {
                    if (depth == 0) {
                        out.add(new Element(text.substring(start, i), startLine, startColumn));
                        return skipBlank(text, i + 1) == n ? out : null;
                    }
                    depth--;
                }
                case ',' -> {
                    if (depth == 0) {
                        out.add(new Element(text.substring(start, i), startLine, startColumn));
                        start = -1;
                    }
                }
                default -> {
                    // Part of a scalar or of a nested value.
                }
            }
            if (depth < 0) {
                return null;
            }
        }
        return null;
    }

    private static int skipBlank(String text, int from) {
        int i = from;
        while (i < text.length() && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\uFEFF';
    }

    private static int lineOf(String text, int index) {
        int line = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
