package dev.cca.cli;

import dev.cca.diag.Diagnostic;
import dev.cca.input.SourceFile;
import dev.cca.report.Text;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/**
 * Prints problems as compilers do: {@code file:line:column: error: message}, then the offending source line
 * with a caret under the column when the file's text is at hand. Text from inputs is stripped of control
 * characters, so a hostile file cannot drive the terminal.
 */
final class DiagnosticPrinter {

    /** Lines up to this long are shown whole; longer ones as a window of {@link #WINDOW} characters around the column. */
    static final int WHOLE_LINE = 300;
    static final int WINDOW = 120;

    private final PrintWriter err;
    private final boolean colour;
    private final Function<String, SourceFile> sources;

    DiagnosticPrinter(PrintWriter err, boolean colour, Function<String, SourceFile> sources) {
        this.err = err;
        this.colour = colour;
        this.sources = sources;
    }

    void print(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            print(d);
        }
        err.flush();
    }

    void print(Diagnostic d) {
        String sev = d.severity().label();
        String colouredSev = colour ? (d.isError() ? "\u001b[1;31m" : "\u001b[1;33m") + sev + "\u001b[0m" : sev;
        String at = d.location().path().isEmpty() ? "" : " [" + Text.stripControls(d.location().path()) + "]";
        err.println(Text.stripControls(d.location().prefix()) + ": " + colouredSev + ": " + Text.stripControls(d.message()) + at);
        SourceFile src = sources.apply(d.location().file());
        if (src != null && d.location().line() > 0) {
            excerpt(src, d.location().line(), d.location().column());
        }
    }

    /**
     * The offending line with a caret under the column. A long line (a minified JSON array, a one-line YAML list)
     * is shown as a window around the column, so the cost of a diagnostic does not grow with the line: printing
     * one per element of a megabyte-long line stays linear in the file, not quadratic.
     */
    private void excerpt(SourceFile src, int line, int column) {
        int start = src.lineStart(line);
        int end = src.lineEnd(line);
        if (start < 0) {
            return;
        }
        String text = src.text();
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
        String before = (from > start ? "..." : "") + shown(text, from, Math.max(from, Math.min(at, to)));
        String shown = before + shown(text, Math.max(from, Math.min(at, to)), to) + (to < end ? "..." : "");
        if (shown.isBlank()) {
            return;
        }
        err.println("  " + shown);
        if (column > 0 && column - 1 <= end - start) {
            err.println("  " + " ".repeat(Text.width(before)) + (colour ? "\u001b[1;32m^\u001b[0m" : "^"));
        }
    }

    private static String shown(String text, int from, int to) {
        return Text.stripControls(text.substring(from, to).replace('\t', ' '));
    }
}
