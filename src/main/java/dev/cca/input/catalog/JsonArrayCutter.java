package dev.cca.input.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the elements of a top-level JSON array without building them, so that each can be parsed as its
 * own record, on any thread, and a large array never sits in memory as trees. It only tracks strings,
 * escapes and nesting; whether an element is valid JSON is for the parser of that element to say. One pass,
 * linear in the text, however long its lines (a minified array is one line).
 *
 * <p>A broken array costs only what is broken. An element that is never closed (a missing brace or quote)
 * ends where the next line starts a new element at the same indentation as it did, and is reported with the
 * lines it spans; an array whose closing bracket is missing keeps every element before the end.
 */
final class JsonArrayCutter {

    /**
     * One element: its text and where it starts (0-based line, 0-based column). {@code error} is null for an
     * element to parse, else why it cannot be (it is reported as a broken record at its start).
     */
    record Element(String text, int line, int column, dev.cca.diag.Message error) {
    }

    /** A problem of the array itself (its end), at a 0-based line and column. */
    record Problem(int line, int column, dev.cca.diag.Message message) {
    }

    /** The elements of an array and the problems of the array around them. */
    record Cut(List<Element> elements, List<Problem> problems) {
    }

    private JsonArrayCutter() {
    }

    /**
     * The elements of the array that {@code text} holds, or null when the text does not start with an array
     * (the caller then parses the whole text to report why).
     */
    static Cut cut(String text) {
        int n = text.length();
        int i = skipBlank(text, 0);
        if (i >= n || text.charAt(i) != '[') {
            return null;
        }
        int line = 0;
        int lineStart = 0;
        for (int k = 0; k < i; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        int arrayLine = line;
        int arrayColumn = i - lineStart;
        i++;
        List<Element> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
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
                if (start >= 0 && (depth > 0 || inString)) {
                    // Inside an element: a line that starts a value where the element started is a new element.
                    int next = skipSpaces(text, i + 1);
                    if (next < n && next - lineStart == startColumn && text.charAt(next) == '{') {
                        out.add(unclosed(text, start, i, startLine, startColumn, line - 1));
                        start = -1;
                        depth = 0;
                        inString = false;
                    }
                }
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
                    if (!out.isEmpty()) {
                        problems.add(new Problem(line, i - lineStart, Messages.arrayTrailingComma()));
                    }
                    trailing(text, i + 1, line, lineStart, problems);
                    return new Cut(out, problems);
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
                        out.add(new Element(text.substring(start, i), startLine, startColumn, null));
                        trailing(text, i + 1, line, lineStart, problems);
                        return new Cut(out, problems);
                    }
                    depth--;
                }
                case ',' -> {
                    if (depth == 0) {
                        out.add(new Element(text.substring(start, i), startLine, startColumn, null));
                        start = -1;
                    }
                }
                default -> {
                    // Part of a scalar or of a nested value.
                }
            }
            if (depth < 0) {
                // A closing brace too many: the element is broken up to the next comma at the top level.
                depth = 0;
            }
        }
        if (start >= 0) {
            if (depth > 0 || inString) {
                out.add(unclosed(text, start, n, startLine, startColumn, line));
            } else {
                out.add(new Element(text.substring(start, n), startLine, startColumn, null));
            }
        }
        problems.add(new Problem(arrayLine, arrayColumn, Messages.arrayNotClosed(out.size())));
        return new Cut(out, problems);
    }

    /** An element that is never closed, from its start to {@code end} (exclusive), which is on 0-based line {@code lastLine}. */
    private static Element unclosed(String text, int start, int end, int line, int column, int lastLine) {
        return new Element(text.substring(start, Math.min(end, start + 80)), line, column,
                Messages.elementNotClosed(line, lastLine));
    }

    /** Anything but blanks after the closing bracket is reported; the elements stand. */
    private static void trailing(String text, int from, int line, int lineStart, List<Problem> problems) {
        int l = line;
        int ls = lineStart;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                l++;
                ls = i + 1;
            } else if (!isBlank(c)) {
                problems.add(new Problem(l, i - ls, Messages.textAfterArray()));
                return;
            }
        }
    }

    private static int skipBlank(String text, int from) {
        int i = from;
        while (i < text.length() && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
