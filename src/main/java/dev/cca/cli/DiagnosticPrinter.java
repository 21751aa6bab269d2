package dev.cca.cli;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.ProblemCap;
import dev.cca.input.SourceFile;
import dev.cca.report.Text;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/**
 * Prints problems as compilers do: {@code file:line:column: error CCA-P001: message} in the run's language, then the offending source line
 * with a caret under the column when the file's text is at hand. Text from inputs is stripped of control
 * characters, so a hostile file cannot drive the terminal.
 *
 * <p>At most {@code --max-problems} problems of one file are printed (0: all); the rest of that file's are counted
 * and summed up in one line after them ("... and 269,800 more problems (269,800 errors, 0 warnings) not shown"). The
 * counts a command prints and its exit code are those of every problem; only the printing stops. A file with a
 * problem per element of a one-line list of 270,000 elements would otherwise print half a million lines, which
 * takes longer than reading the file.
 */
final class DiagnosticPrinter {

    /** The excerpt of a line of a file around a column, or null when the line is not at hand. */
    interface Lines {
        SourceFile.Excerpt excerpt(String file, int line, int column);

        Lines NONE = (file, line, column) -> null;

        /** Lines from whole files. */
        static Lines of(Function<String, SourceFile> sources) {
            return (file, line, column) -> {
                SourceFile src = sources.apply(file);
                return src == null ? null : src.excerpt(line, column);
            };
        }
    }

    private final PrintWriter err;
    private final boolean colour;
    private final Lines sources;
    /** The problems of one file that are printed ({@code --max-problems}); the rest are counted. */
    private final ProblemCap cap;
    private final String lang;

    DiagnosticPrinter(PrintWriter err, boolean colour, Lines sources, String lang) {
        this(err, colour, sources, 0, lang);
    }

    /** @param max the problems of one file that are printed; 0 prints all */
    DiagnosticPrinter(PrintWriter err, boolean colour, Lines sources, int max, String lang) {
        this.err = err;
        this.colour = colour;
        this.sources = sources;
        this.cap = new ProblemCap(max);
        this.lang = lang;
    }

    /** Prints the problems, at most {@code max} of each file, then one line for each file with problems not shown. */
    void print(List<Diagnostic> diagnostics) {
        print(diagnostics, java.util.Map.of());
    }

    /**
     * As {@link #print(List)}, with per file warnings that were counted and not kept ({@code notKept}: their file had
     * more than could be shown): they are summed up in the file's line of problems not shown.
     */
    void print(List<Diagnostic> diagnostics, java.util.Map<String, Long> notKept) {
        for (Diagnostic d : diagnostics) {
            if (cap.admit(d)) {
                print(d);
            }
        }
        notKept.forEach((file, n) -> cap.hide(file, 0, n));
        for (ProblemCap.Hidden h : cap.drain()) {
            err.println((h.file().isEmpty() ? "" : Text.stripControls(h.file()) + ": ") + h.notShown(cap.max()).get(lang));
        }
        err.flush();
    }

    void print(Diagnostic d) {
        String sev = d.head(lang);
        String colouredSev = colour ? (d.isError() ? "\u001b[1;31m" : "\u001b[1;33m") + sev + "\u001b[0m" : sev;
        String at = d.location().path().isEmpty() ? "" : " [" + Text.stripControls(d.location().path(lang)) + "]";
        err.println(Text.stripControls(d.location().prefix()) + ": " + colouredSev + ": " + Text.stripControls(d.message(lang)) + at);
        if (d.location().line() > 0) {
            SourceFile.Excerpt e = sources.excerpt(d.location().file(), d.location().line(), d.location().column());
            if (e != null) {
                excerpt(e);
            }
        }
    }

    /**
     * The offending line with a caret under the column. A long line (a minified JSON array, a one-line YAML list)
     * is shown as a window around the column ({@link SourceFile#excerpt}), so the cost of a diagnostic does not
     * grow with the line: printing one per element of a megabyte-long line stays linear in the file, not quadratic.
     */
    private void excerpt(SourceFile.Excerpt e) {
        String before = shown(e.before());
        String shown = before + shown(e.after());
        if (shown.isBlank()) {
            return;
        }
        err.println("  " + shown);
        if (e.caret()) {
            err.println("  " + " ".repeat(Text.width(before)) + (colour ? "\u001b[1;32m^\u001b[0m" : "^"));
        }
    }

    private static String shown(String text) {
        return Text.stripControls(text.replace('\t', ' '));
    }
}
