package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Location;
import dev.cca.input.SourceFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The compiler-style printer: the message, then the line and a caret; a long line as a window around the column. */
class DiagnosticPrinterTest {

    private static String print(SourceFile src, int line, int column) {
        StringWriter out = new StringWriter();
        new DiagnosticPrinter(new PrintWriter(out), false, DiagnosticPrinter.Lines.of(n -> src)).print(Diagnostic.error(Location.of(src.name(), line, column), "bad"));
        return out.toString();
    }

    @Test
    void a_short_line_is_shown_whole_with_the_caret_under_the_column() {
        String out = print(SourceFile.ofText("f.yaml", "a: 1\nname: 名字 x\n"), 2, 10);
        assertEquals("f.yaml:2:10: error: bad\n  name: 名字 x\n" + " ".repeat(2 + 11) + "^\n", out, "wide characters take two columns");
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
    void control_characters_of_the_line_never_reach_the_terminal() {
        String out = print(SourceFile.ofText("f.yaml", "name: \u001b[31mred\u202e x\n"), 1, 7);
        assertTrue(!out.contains("\u001b") && !out.contains("\u202e"), out);
    }
}
