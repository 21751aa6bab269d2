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
            String line = src.line(d.location().line());
            if (!line.isBlank() && line.length() <= 300) {
                String shown = Text.stripControls(line.replace('\t', ' '));
                err.println("  " + shown);
                int col = d.location().column();
                if (col > 0 && col <= line.length() + 1) {
                    int pad = Text.width(Text.stripControls(line.substring(0, Math.min(line.length(), col - 1)).replace('\t', ' ')));
                    err.println("  " + " ".repeat(pad) + (colour ? "\u001b[1;32m^\u001b[0m" : "^"));
                }
            }
        }
    }
}
