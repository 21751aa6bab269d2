package dev.cca.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cca.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names, ids and other text from a submitted file cannot carry an attack into any report: every registered
 * format, and the terminal, gets a profile whose text holds NUL, ANSI escapes, a right-to-left override, line
 * feeds before formulas, a Markdown heading and HTML. A format joins this test by being registered in
 * {@link ReportFormats}; a binary format (XLSX) must read its cells back in a test of its own.
 */
class HostileTextContractTest {

    @TempDir
    Path tmp;

    /** YAML double-quoted escapes: NUL, ESC, RLO, LRI, line feeds. */
    private static final String PROFILE = "cca: center-profile/v1\n"
            + "id: evil\n"
            + "name: \"\\0=HYPERLINK(\\\"http://x\\\")\\e[31m\\u202Egnp.exe <script>x</script>\"\n"
            + "name_en: \"# Heading\\n=cmd|' /C calc'!A0 \\u2066x\\u2069\"\n"
            + "region: {province: \"\\n@SUM(1)\", city: \"- item\"}\n"
            + "operator: {name: \"\\r+1\\u0007\", type: enterprise}\n";

    /** No raw control character but the line structure's own, no bidirectional control. */
    private static void inert(String what, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == '\uFEFF') {
                continue;
            }
            assertFalse(Text.isUnsafe(c), what + ": raw U+" + Integer.toHexString(c) + " at " + i + ": "
                    + text.substring(Math.max(0, i - 40), Math.min(text.length(), i + 40)));
        }
    }

    @TestFactory
    Stream<DynamicTest> every_text_format_keeps_hostile_names_inert() throws IOException {
        Path profile = Files.writeString(tmp.resolve("evil.yaml"), PROFILE);
        List<DynamicTest> tests = new ArrayList<>();
        for (ReportFormat f : ReportFormats.all()) {
            for (ReportFormat.Kind kind : ReportFormat.Kind.values()) {
                Renderer<?> r = kind == ReportFormat.Kind.ASSESSMENT ? f.assessment() : f.batch();
                if (r == null || !(r instanceof TextRenderer<?>)) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(kind.command() + " " + f.name(), () -> {
                    Path out = tmp.resolve(kind + "." + f.extensions().get(0));
                    Cli.Run run = Cli.run(kind.command(), profile.toString(), "-q", "-o", out.toString());
                    assertEquals(0, run.exit(), run.toString());
                    String text = Files.readString(out, StandardCharsets.UTF_8);
                    inert(kind.command() + " " + f.name(), text);
                    switch (f.name()) {
                        case "csv" -> csvCellsAreInert(text);
                        case "md" -> markdownHasNoInjectedStructure(text);
                        case "json" -> jsonKeepsTheValueExactly(text);
                        default -> {
                            // a new text format: the inert() check above is the contract
                        }
                    }
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("terminal summary and messages", () -> {
            Cli.Run run = Cli.run("assess", profile.toString(), "-v");
            inert("terminal", run.out());
            inert("messages", run.err());
        }));
        return tests.stream();
    }

    private static void csvCellsAreInert(String text) {
        for (String line : text.split("\r\n")) {
            for (String cell : line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                String visible = c.strip();
                if (!visible.isEmpty() && "=+-@".indexOf(visible.charAt(0)) >= 0) {
                    assertTrue(visible.matches("[-+]?\\d+(\\.\\d+)?"), "a cell a spreadsheet would run: " + cell);
                }
            }
        }
        assertTrue(text.contains("'=HYPERLINK") && text.contains("' @SUM(1)"), "neutralised, not dropped: " + text);
    }

    private static void markdownHasNoInjectedStructure(String text) {
        for (String line : text.split("\n")) {
            assertFalse(line.startsWith("# Heading") || line.startsWith("=cmd") || line.startsWith("- item"),
                    "a name became Markdown structure: " + line);
        }
        assertTrue(text.contains("&lt;script&gt;") && !text.contains("<script>"), "HTML is shown as text");
    }

    private static void jsonKeepsTheValueExactly(String text) throws IOException {
        JsonNode root = new ObjectMapper().readTree(text);
        String expected = "\u0000=HYPERLINK(\"http://x\")\u001b[31m\u202Egnp.exe <script>x</script>";
        assertTrue(root.toString().contains(new ObjectMapper().writeValueAsString(expected).replace("\\u001B", "\\u001B")),
                "the name is read back exactly");
        assertTrue(text.contains("\\u202E") && text.contains("\\u0000"), "escaped in the file's bytes");
    }

    @Test
    void csv_neutralises_formulas_behind_nul_line_feeds_and_spaces() {
        assertEquals("'=1+1", Text.csv("\u0000=1+1"));
        assertEquals("' =1+1", Text.csv("\n=1+1").replace("\"", ""));
        assertEquals("'  @SUM(A1)", Text.csv("  @SUM(A1)"));
        assertEquals("'=x", Text.csv("\u202E=x"));
        assertEquals("-3.5", Text.csv("-3.5"), "numbers stay numbers");
        assertEquals("a b", Text.csv("a\nb"), "a line feed never splits a record");
    }

    @Test
    void markdown_escapes_what_opens_structure_at_the_start_of_a_line() {
        assertEquals("\\# Heading", Text.md("# Heading"));
        assertEquals("\\- item", Text.md("- item"));
        assertEquals("1\\. item", Text.md("1. item"));
        assertEquals("0.9 and 2026.12.0", Text.md("0.9 and 2026.12.0"), "numbers are left alone");
        assertEquals("a-b", Text.md("a-b"));
    }

    @Test
    void xml_text_is_stripped_and_escaped() {
        assertEquals("&lt;a href=&quot;x&quot;&gt; &amp; it&apos;s", Text.xml("<a href=\"x\">\u0000\u001b \u202E& it's"));
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<Character> mean = Arbitraries.of('\u0000', '\u001b', '\u0007', '\n', '\r', '\t', '\u007f', '\u0085', '\u009b',
                '\u202E', '\u2066', '\u200F', '\u061C', '\u2028', '=', '+', '-', '@', '#', '<', '|', '`', ' ', 'a', '名');
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, mean), net.jqwik.api.Tuple.of(1, Arbitraries.chars()))
                .list().ofMaxSize(30).map(l -> l.stream().map(String::valueOf).reduce("", String::concat));
    }

    @Property(tries = 500)
    void no_text_leaves_the_sanitiser_with_a_raw_control_or_bidi_character(@ForAll("hostile") String s) {
        for (String out : List.of(Text.stripControls(s), Text.csv(s), Text.md(s), Text.code(s), Text.xml(s))) {
            for (int i = 0; i < out.length(); i++) {
                assertFalse(Text.isUnsafe(out.charAt(i)) || out.charAt(i) == '\t', "raw U+" + Integer.toHexString(out.charAt(i)));
            }
        }
        String cell = Text.csv(s);
        String visible = (cell.startsWith("\"") ? cell.substring(1) : cell).strip();
        if (!visible.isEmpty() && "=+-@".indexOf(visible.charAt(0)) >= 0) {
            assertTrue(Text.isPlainNumber(visible), "a formula left live: " + cell);
        }
    }
}
