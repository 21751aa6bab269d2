package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Location;
import dev.cca.diag.Severity;
import dev.cca.input.SourceFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The compiler-style printer: the message, then the line and a caret; a long line as a window around the column. */
class DiagnosticPrinterTest {

    /** A problem whose message is {@code text} in both languages, under a code that takes its text as it is. */
    private static Diagnostic plain(Severity s, Location at, String text) {
        return new Diagnostic(s, at, dev.cca.diag.FileCode.CANNOT_READ, text, text);
    }

    private static String print(SourceFile src, int line, int column) {
        StringWriter out = new StringWriter();
        new DiagnosticPrinter(new PrintWriter(out), false, DiagnosticPrinter.Lines.of(n -> src), "en").print(plain(Severity.ERROR, Location.of(src.name(), line, column), "bad"));
        return out.toString();
    }

    @Test
    void a_short_line_is_shown_whole_with_the_caret_under_the_column() {
        String out = print(SourceFile.ofText("f.yaml", "a: 1\nname: 名字 x\n"), 2, 10);
        assertEquals("f.yaml:2:10: error CCA-F003: bad\n  name: 名字 x\n" + " ".repeat(2 + 11) + "^\n", out, "wide characters take two columns");
    }

    @Test
    void a_megabyte_line_is_shown_as_a_window_around_the_column() {
        String line = "[" + "1, ".repeat(400_000) + "x]";
        int column = line.indexOf('x') + 1;
        String out = print(SourceFile.ofText("long.yaml", "k: " + line + "\n"), 1, column + 3);
        String[] lines = out.split("\n");
        assertEquals(3, lines.length, out);
        assertTrue(lines[1].length() <= SourceFile.WINDOW + 10, "a window, not the whole line: " + lines[1].length());
        assertTrue(lines[1].startsWith("  ...") && lines[1].endsWith("x]"), lines[1]);
        assertEquals(lines[1].indexOf('x'), lines[2].indexOf('^'), "the caret is under the column:\n" + out);
        String middle = print(SourceFile.ofText("long.yaml", line + "\n"), 1, 600_000);
        String[] m = middle.split("\n");
        assertTrue(m[1].startsWith("  ...") && m[1].endsWith("..."), m[1]);
        assertEquals(line.charAt(599_999), m[1].charAt(m[2].indexOf('^')), "the caret marks the character of the column");
    }

    @Test
    void at_most_max_problems_of_a_file_are_printed_and_the_rest_counted_in_one_line() {
        SourceFile a = SourceFile.ofText("a.yaml", "k: [1, 2, 3, 4, 5]\n");
        java.util.List<Diagnostic> ds = new java.util.ArrayList<>();
        for (int i = 0; i < 1203; i++) {
            Location at = Location.of(i % 2 == 0 ? "a.yaml" : "b.yaml", 1, 1 + i % 5);
            ds.add(i % 3 == 0 ? plain(Severity.WARNING, at, "w" + i) : plain(Severity.ERROR, at, "e" + i));
        }
        StringWriter out = new StringWriter();
        DiagnosticPrinter p = new DiagnosticPrinter(new PrintWriter(out), false, DiagnosticPrinter.Lines.of(n -> a), 200, "en");
        p.print(ds);
        String text = out.toString();
        long aShown = ds.stream().filter(d -> d.location().file().equals("a.yaml")).limit(200).count();
        assertEquals(200, aShown);
        assertEquals(400, text.lines().filter(l -> l.matches("[ab]\\.yaml:1:\\d+: .*")).count(), text.substring(0, 300));
        // a.yaml: 602 problems, 200 shown; of the 402 not shown, every third problem overall is a warning.
        long aHiddenWarnings = 0;
        long aHiddenErrors = 0;
        int seen = 0;
        for (Diagnostic d : ds) {
            if (d.location().file().equals("a.yaml") && seen++ >= 200) {
                if (d.isError()) {
                    aHiddenErrors++;
                } else {
                    aHiddenWarnings++;
                }
            }
        }
        assertTrue(text.contains("a.yaml: " + dev.cca.diag.FileCode.HIDDEN_NOT_SHOWN.render("en", "402", String.valueOf(aHiddenErrors),
                String.valueOf(aHiddenWarnings), 200) + "\n"), text.substring(text.length() - 400));
        assertTrue(text.contains("b.yaml: ... and 401 more problem(s) ("), text.substring(text.length() - 400));
        assertTrue(text.endsWith("0 all of them\n"), "the summary lines come after the problems");
    }

    @Test
    void no_limit_prints_every_problem_and_no_summary() {
        java.util.List<Diagnostic> ds = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ds.add(plain(Severity.ERROR, Location.of("a.yaml", 1, 1), "e" + i));
        }
        StringWriter out = new StringWriter();
        new DiagnosticPrinter(new PrintWriter(out), false, DiagnosticPrinter.Lines.NONE, 0, "en").print(ds);
        assertEquals(500, out.toString().lines().count());
        assertTrue(!out.toString().contains("not shown"));
    }

    @Test
    void control_characters_of_the_line_never_reach_the_terminal() {
        String out = print(SourceFile.ofText("f.yaml", "name: \u001b[31mred\u202e x\n"), 1, 7);
        assertTrue(!out.contains("\u001b") && !out.contains("\u202e"), out);
    }
}
