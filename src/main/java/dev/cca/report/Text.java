package dev.cca.report;

/**
 * Making untrusted text (center names, ids, notes from submitted files) safe for each output format, and
 * measuring it for terminal alignment. Every renderer goes through these, so an injection fix is made once.
 */
public final class Text {

    private Text() {
    }

    /** Removes control characters (ANSI escapes, bells, carriage returns) so that text cannot drive a terminal. */
    public static String stripControls(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            if (control) {
                if (sb == null) {
                    sb = new StringBuilder(s.length());
                    sb.append(s, 0, i);
                }
                if (c == '\n' || c == '\t') {
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
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> sb.append('\\').append(c);
                case '\t' -> sb.append(' ');
                default -> sb.append(c);
            }
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
     * A CSV field: quoted when needed, and a value that a spreadsheet would run as a formula (starting with
     * =, +, -, @, tab or carriage return) prefixed with an apostrophe, as OWASP recommends for CSV injection.
     * Plain numbers (like -3.5) are left alone: they are data, not formulas.
     */
    public static String csv(String s) {
        if (s == null) {
            return "";
        }
        String t = s;
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0 && !isPlainNumber(t)) {
            t = "'" + t;
        }
        boolean quote = t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0
                || t.indexOf(';') >= 0 || (!t.isEmpty() && (t.charAt(0) == ' ' || t.charAt(t.length() - 1) == ' '));
        return quote ? '"' + t.replace("\"", "\"\"") + '"' : t;
    }

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
        String t = stripControls(s);
        StringBuilder sb = new StringBuilder(t.length() + 16);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                        sb.append(c).append(t.charAt(++i));
                    } else if (!Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF' && (c >= 0x20 || c == '\t')) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
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
