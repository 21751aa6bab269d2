package dev.cca.input;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The decoded text of one input file, with the name used in messages. Line ends are normalised to
 * {@code \n} when it is decoded, so line numbers match what editors show for LF, CRLF and CR files.
 */
public final class SourceFile {

    private final String name;
    private final Path path;
    private final String text;
    private final String encodingNote;
    private int[] lineStarts;

    public SourceFile(String name, Path path, String text, String encodingNote) {
        this.name = name;
        this.path = path;
        this.text = text;
        this.encodingNote = encodingNote;
    }

    public static SourceFile ofText(String name, String text) {
        return new SourceFile(name, null, TextDecoder.normaliseLineEnds(text), "");
    }

    /** The name shown in messages: the path as the user gave it. */
    public String name() {
        return name;
    }

    /** The file on disk, or {@code null} for standard input and in-memory text. */
    public Path path() {
        return path;
    }

    public String text() {
        return text;
    }

    /** What the decoder noticed (a byte-order mark, a legacy encoding), or empty. */
    public String encodingNote() {
        return encodingNote;
    }

    /** The text of a 1-based line, without its line end; empty when out of range. */
    public String line(int line) {
        int[] starts = lineStarts();
        if (line < 1 || line > starts.length) {
            return "";
        }
        int from = starts[line - 1];
        int to = line < starts.length ? starts[line] - 1 : text.length();
        return text.substring(from, Math.max(from, to));
    }

    /** Where a 1-based line starts in {@link #text()}, or -1 when out of range. */
    public int lineStart(int line) {
        int[] starts = lineStarts();
        return line < 1 || line > starts.length ? -1 : starts[line - 1];
    }

    /** Where a 1-based line ends in {@link #text()} (before its line end), or -1 when out of range. */
    public int lineEnd(int line) {
        int[] starts = lineStarts();
        if (line < 1 || line > starts.length) {
            return -1;
        }
        return Math.max(starts[line - 1], line < starts.length ? starts[line] - 1 : text.length());
    }

    /**
     * The part of a line to show under a problem, split at its column: {@code before} the column (with "..." when
     * cut) and from it on. Lines up to {@link #WHOLE_LINE} characters are whole; a longer one (a minified JSON
     * array, a one-line YAML list) is a window of {@link #WINDOW} characters around the column, so that the cost
     * of showing a problem does not grow with the line. Neither part is stripped of control characters.
     *
     * @param caret whether the column is within the line (a caret can be drawn under it)
     */
    public record Excerpt(String before, String after, boolean caret) {
    }

    /** Lines up to this long are shown whole; longer ones as a window of {@link #WINDOW} characters around the column. */
    public static final int WHOLE_LINE = 300;
    public static final int WINDOW = 120;

    /** The excerpt of a 1-based line around a 1-based column (0: none), or null when the line is out of range. */
    public Excerpt excerpt(int line, int column) {
        int start = lineStart(line);
        return start < 0 ? null : excerpt(text, start, lineEnd(line), column);
    }

    /** The excerpt of the line {@code text[start, end)} around a 1-based column (0: none). */
    public static Excerpt excerpt(String text, int start, int end, int column) {
        int at = column > 0 ? Math.min(end, start + column - 1) : start;
        int from = start;
        int to = end;
        if (end - start > WHOLE_LINE) {
            from = Math.max(start, at - WINDOW / 2);
            to = Math.min(end, from + WINDOW);
            from = Math.max(start, to - WINDOW);
            // Never cut a character written as a surrogate pair in two.
            if (from > start && Character.isLowSurrogate(text.charAt(from))) {
                from++;
            }
            if (to < end && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--;
            }
        }
        int split = Math.max(from, Math.min(at, to));
        return new Excerpt((from > start ? "..." : "") + text.substring(from, split),
                text.substring(split, to) + (to < end ? "..." : ""), column > 0 && column - 1 <= end - start);
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int[] s = new int[16];
            int n = 0;
            s[n++] = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    if (n == s.length) {
                        s = Arrays.copyOf(s, n * 2);
                    }
                    s[n++] = i + 1;
                }
            }
            lineStarts = Arrays.copyOf(s, n);
        }
        return lineStarts;
    }
}
