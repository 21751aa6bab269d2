package dev.cca.input;

import java.util.Arrays;

/**
 * Tabs that YAML 1.2 reads as separating white space, given to SnakeYAML as spaces.
 *
 * <p>YAML 1.2 separates tokens on a line with spaces or tabs ({@code key:\tvalue}, {@code [a,\tb]}, {@code 'v'\t# c});
 * only indentation must be spaces. SnakeYAML, a YAML 1.1 reader, refuses a tab wherever it looks for the next token
 * ("found character '\t' that cannot start any token"). So a document is given to it with every tab that follows
 * other text on its line as a space (one character for one, so lines and columns stay the same), except where the
 * line so far is only blanks and the indicators {@code - ? :}: a tab there is indentation in YAML's sense, or comes
 * before a nested list or map, where YAML 1.2 refuses it too ({@code -\t- a}, {@code ? \tkey: v}), and it stays the
 * error it was.
 *
 * <p>A tab inside a value ({@code name: "a\tb"}, {@code a\tb}, a block scalar's line) is the value's own. The parser
 * records each rewritten tab that falls inside a scalar it reads ({@link #inScalar(int, int)}); the reader then reads
 * the document again with those tabs as written ({@link #of(String, int[])}), and the values are exactly what was
 * written. Which tokens a tab separates does not depend on it being a tab or a space inside a scalar, so the second
 * reading finds none inside one; if it ever did, the document is read as written. At most three readings: linear.
 */
final class SeparatingTabs {

    /** The document with the separating tabs as spaces. */
    final String text;
    /** A place in {@link #text}: the code point {@code cursorIndex} is the char at {@code cursorChar}; it only moves on. */
    private int cursorIndex;
    private int cursorChar;
    /** The code-point indexes (SnakeYAML's mark index) of the tabs given as spaces, ascending. */
    private final int[] at;
    private final int count;
    /** The next of {@link #at} that no scalar read so far reaches. */
    private int next;
    /** The rewritten tabs found inside a scalar. */
    private int[] inside = new int[0];
    private int insideCount;

    private SeparatingTabs(String text, int[] at, int count) {
        this.text = text;
        this.at = at;
        this.count = count;
    }

    /**
     * The document {@code text} with its separating tabs as spaces, but those at the code-point indexes {@code keep}
     * (ascending; null for none); null when no tab is given as a space.
     */
    static SeparatingTabs of(String text, int[] keep) {
        if (text.indexOf('\t') < 0) {
            return null;
        }
        char[] chars = null;
        int[] at = new int[8];
        int count = 0;
        int kept = 0;
        int index = 0; // code points before i
        boolean content = false; // the line so far holds more than blanks and the indicators - ? :
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r') {
                content = false;
            } else if (ch == '\t') {
                while (keep != null && kept < keep.length && keep[kept] < index) {
                    kept++;
                }
                boolean keepIt = keep != null && kept < keep.length && keep[kept] == index;
                if (content && !keepIt) {
                    if (chars == null) {
                        chars = text.toCharArray();
                    }
                    chars[i] = ' ';
                    if (count == at.length) {
                        at = Arrays.copyOf(at, count * 2);
                    }
                    at[count++] = index;
                }
            } else if (ch != ' ' && ch != '-' && ch != '?' && ch != ':') {
                content = true;
            }
            if (!Character.isLowSurrogate(ch) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                index++;
            }
        }
        return count == 0 ? null : new SeparatingTabs(new String(chars), at, count);
    }

    /**
     * Called for each scalar the parser reads, in the order of the document: {@code start} and {@code end} are its marks'
     * code-point indexes, {@code decorated} whether it has a tag or an anchor (its start mark is theirs, and a tab between
     * them and the value separates tokens). Records the rewritten tabs within the scalar.
     */
    void inScalar(int start, int end, boolean decorated) {
        while (next < count && at[next] < start) {
            next++;
        }
        if (decorated && next < count && at[next] < end) {
            int valueAt = afterDecorations(start);
            while (next < count && at[next] < valueAt) {
                next++;
            }
        }
        while (next < count && at[next] < end) {
            if (insideCount == inside.length) {
                inside = Arrays.copyOf(inside, Math.max(8, insideCount * 2));
            }
            inside[insideCount++] = at[next++];
        }
    }

    /** The code-point index of a value's first character after the tags and anchors that start at {@code start}. */
    private int afterDecorations(int start) {
        while (cursorIndex < start && cursorChar < text.length()) {
            step();
        }
        while (cursorChar < text.length()) {
            char c = text.charAt(cursorChar);
            if (c == '!' || c == '&') {
                while (cursorChar < text.length() && " \t\n\r".indexOf(text.charAt(cursorChar)) < 0) {
                    step();
                }
            } else if (c == ' ' || c == '\n' || c == '\r') {
                step(); // the tabs that separate them are spaces in the text
            } else {
                break;
            }
        }
        return cursorIndex;
    }

    private void step() {
        cursorChar += Character.isHighSurrogate(text.charAt(cursorChar)) && cursorChar + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(cursorChar + 1)) ? 2 : 1;
        cursorIndex++;
    }

    /** Whether a rewritten tab was found inside a scalar: the reading is to be done again with {@link #inside()} kept. */
    boolean touchedAScalar() {
        return insideCount > 0;
    }

    /** The rewritten tabs found inside a scalar, ascending. */
    int[] inside() {
        int[] out = Arrays.copyOf(inside, insideCount);
        Arrays.sort(out);
        return out;
    }
}
