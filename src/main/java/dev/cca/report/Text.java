package dev.cca.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The one sanitiser of untrusted text (center names, ids, sources, notes, messages quoting a submitted file) for
 * every output: each renderer and writer, present and future (CSV, Markdown, JSON, the terminal, XLSX, JUnit XML,
 * SARIF), takes its text through one of these, so an injection is fixed once for all of them:
 *
 * <ul>
 *   <li>{@link #stripControls}: plain one-line text for terminals, messages and any format without an escape of
 *       its own. Control characters (C0, DEL, C1: ANSI escapes, bells, carriage returns, NUL) and the bidirectional
 *       controls that reorder what a reader sees (U+061C, U+200E/F, U+202A-E, U+2066-9) are removed, line breaks
 *       and tabs become spaces.</li>
 *   <li>{@link #csv}: a CSV field, stripped as above, quoted when needed, and made inert as a formula: a cell whose
 *       first visible character is {@code = + - @} gets a leading apostrophe (OWASP), also when NUL, a line feed or
 *       spaces came before it.</li>
 *   <li>{@link #md} and {@link #code}: Markdown text and code spans: HTML as entities, punctuation escaped, so a
 *       name cannot open a heading, a list, a link or a table cell.</li>
 *   <li>{@link #JSON_ESCAPES}: JSON keeps every value exactly (it is data, read back by programs) and escapes
 *       control and bidirectional characters as {@code \\uXXXX}, so the bytes are inert in a terminal or viewer.</li>
 *   <li>{@link #xml}: text and attribute values of XML reports (JUnit, SARIF's XML cousins, XLSX cells written
 *       by hand): stripped as above, which also removes what XML 1.0 cannot hold, and {@code & < > " '} escaped.</li>
 * </ul>
 *
 * Every format registered in {@link ReportFormats} is checked against hostile names by one contract test.
 */
public final class Text {

    private Text() {
    }

    /**
     * True for the characters no output may carry raw: C0 controls but tab, line feed and carriage return are
     * handled by the caller; here all of C0, DEL and C1; the line and paragraph separators; and the bidirectional
     * formatting characters (Trojan Source, CVE-2021-42574).
     */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\u061C'
                || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * Plain one-line text: control and bidirectional characters removed, line breaks and tabs turned into spaces,
     * so that text cannot drive a terminal, reorder what is shown, or break a line of a report.
     */
    public static String stripControls(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = isUnsafe(c) || c == '\t';
            if (control) {
                if (sb == null) {
                    sb = new StringBuilder(s.length());
                    sb.append(s, 0, i);
                }
                if (c == '\n' || c == '\t' || c == '\r' || c == '\u2028' || c == '\u2029') {
                    sb.append(' ');
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * Escapes text for Markdown inline use (including inside tables): Markdown punctuation is backslash-escaped,
     * HTML is neutralised as entities, line breaks become spaces, so a hostile name stays text on every forge.
     */
    public static String md(String s) {
        if (s == null) {
            return "";
        }
        String t = stripControls(s);
        StringBuilder sb = new StringBuilder(t.length() + 8);
        // What came before, for the markers that only mean something at the start of a line.
        boolean blank = true;
        boolean number = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '~', '#' -> sb.append('\\').append(c);
                // "- x", "+ x" open a list and "=" under a line makes it a heading: escaped at the start.
                case '-', '+', '=' -> sb.append(blank ? "\\" : "").append(c);
                // "1. x" and "1) x" at the start open a numbered list.
                case '.', ')' -> sb.append(number && (i + 1 == t.length() || t.charAt(i + 1) == ' ') ? "\\" : "").append(c);
                default -> sb.append(c);
            }
            number = (blank || number) && c >= '0' && c <= '9';
            blank = blank && c == ' ';
        }
        return sb.toString();
    }


    /**
     * A Markdown code span. Backslash escapes do not work inside code spans, so a backtick in the text is
     * replaced (it would end the span) and a pipe is escaped (GitHub tables split cells on it even there).
     */
    public static String code(String s) {
        if (s == null) {
            return "";
        }
        return "`" + stripControls(s).replace('`', '\'').replace("|", "\\|") + "`";
    }

    /**
     * A CSV field: text stripped as {@link #stripControls} strips it, quoted when needed, and a value that a
     * spreadsheet would run as a formula made inert with a leading apostrophe, as OWASP recommends for CSV
     * injection: one whose first visible character is {@code =}, {@code +}, {@code -} or {@code @}, whatever came
     * before it (spaces, or a NUL or line feed that stripping removed). Plain numbers (like -3.5) are left alone:
     * they are data, not formulas.
     */
    public static String csv(String s) {
        if (s == null) {
            return "";
        }
        return plainCsv(s) ? s : csvOf(s);
    }

    /**
     * Whether {@link #csv} leaves {@code s} as it is: no character to strip, quote or double, and no formula start or
     * space at either end. One pass over the text; a report of a million names asks this of every one.
     */
    static boolean plainCsv(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        char first = s.charAt(0);
        if (first == ' ' || first == '=' || first == '+' || first == '-' || first == '@' || s.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == ';' || isUnsafe(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #csv} of text that may need stripping, defusing or quoting. */
    static String csvOf(String s) {
        String t = stripControls(s);
        if (looksLikeFormula(t)) {
            t = "'" + t;
        }
        boolean quote = t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf(';') >= 0
                || (!t.isEmpty() && (t.charAt(0) == ' ' || t.charAt(t.length() - 1) == ' '));
        return quote ? '"' + t.replace("\"", "\"\"") + '"' : t;
    }

    /**
     * Whether a spreadsheet would run this text (already {@link #stripControls stripped}) as a formula: its first
     * visible character is {@code =}, {@code +}, {@code -} or {@code @}, and it is not a plain number. CSV
     * prefixes such a field with an apostrophe; a workbook stores it as text with the quote prefix set.
     */
    public static boolean looksLikeFormula(String t) {
        int first = 0;
        while (first < t.length() && t.charAt(first) == ' ') {
            first++;
        }
        return first < t.length() && "=+-@".indexOf(t.charAt(first)) >= 0 && !isPlainNumber(t.strip());
    }

    /**
     * Jackson escapes for JSON reports: every character {@link #isUnsafe} is written as {@code \\uXXXX} (Jackson
     * already does so for C0), so the value read back is exactly the input's while the file's bytes carry no raw
     * control or bidirectional character. Set on each generator: {@code g.setCharacterEscapes(Text.JSON_ESCAPES)}.
     */
    public static final CharacterEscapes JSON_ESCAPES = new CharacterEscapes() {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            int[] codes = ascii.clone();
            codes[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
            return codes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch <= 0xFFFF && isUnsafe((char) ch)) {
                return new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04X", ch));
            }
            return null;
        }
    };

    static boolean isPlainNumber(String s) {
        return s.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    }

    /** Columns the text takes on a terminal: East Asian wide and full-width characters take two. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** Pads (or cuts, with an ellipsis) to exactly {@code cols} terminal columns. */
    public static String fit(String s, int cols) {
        String t = stripControls(s);
        int w = width(t);
        if (w <= cols) {
            return t + " ".repeat(cols - w);
        }
        StringBuilder sb = new StringBuilder();
        int used = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            int cw = isWide(cp) ? 2 : 1;
            if (used + cw > cols - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            used += cw;
            i += Character.charCount(cp);
        }
        sb.append('…');
        used++;
        return sb + " ".repeat(Math.max(0, cols - used));
    }

    /** Right-aligns to {@code cols} terminal columns. */
    public static String right(String s, int cols) {
        String t = stripControls(s);
        int w = width(t);
        return w >= cols ? t : " ".repeat(cols - w) + t;
    }

    /**
     * Escapes text for XML character data and attribute values: {@code & < > " '} as entities, and characters
     * XML 1.0 cannot hold at all (controls other than tab, line feed and carriage return, lone surrogates,
     * U+FFFE and U+FFFF) dropped, after {@link #stripControls} has taken out terminal controls.
     */
    public static String xml(String s) {
        String t = xmlChars(s);
        StringBuilder sb = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The characters of {@code s} that XML 1.0 can hold, after {@link #stripControls}: controls other than tab, lone
     * surrogates, U+FFFE and U+FFFF dropped; nothing escaped. For text handed to a library that writes the XML itself
     * (a workbook's document properties, sheet names, chart titles), which fails on a character XML cannot carry.
     */
    public static String xmlChars(String s) {
        String t = stripControls(s);
        StringBuilder sb = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1));
            boolean keep = pair || !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF' && (c >= 0x20 || c == '\t');
            if (!keep && sb == null) {
                sb = new StringBuilder(t.length()).append(t, 0, i);
            }
            if (sb != null && keep) {
                sb.append(c);
                if (pair) {
                    sb.append(t.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return sb == null ? t : sb.toString();
    }

    /**
     * The message of a GitHub Actions workflow command ({@code ::error ...::MESSAGE}), escaped as the runner
     * decodes it: {@code %} as %25, carriage return as %0D, line feed as %0A; other controls are removed, so
     * text from a profile can neither end the command nor start another.
     */
    public static String workflowData(String s) {
        String t = s == null ? "" : s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
        return stripControls(t);
    }

    /** A property value of a workflow command ({@code file=...}): as {@link #workflowData}, and {@code :} and {@code ,} too. */
    public static String workflowProperty(String s) {
        return workflowData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
