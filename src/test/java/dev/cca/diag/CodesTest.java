package dev.cca.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodesTest {

    private static final Path DOC = Path.of("docs/diagnostics.md");

    @Test
    void every_code_is_unique_and_numbered_within_its_area() {
        Set<String> ids = new HashSet<>();
        for (Code c : Codes.all()) {
            assertTrue(ids.add(c.id()), "two codes are " + c.id());
            assertTrue(c.number() >= 1 && c.number() <= 999, c.id());
            assertTrue(c.id().matches("CCA-[A-Z][0-9]{3}"), c.id());
        }
        assertEquals(Codes.all().size(), ids.size());
    }

    @Test
    void both_languages_of_a_code_name_the_same_arguments_and_the_chinese_is_chinese() {
        for (Code c : Codes.all()) {
            assertEquals(Set.copyOf(Code.Template.names(c.en())), Set.copyOf(Code.Template.names(c.zh())), c.id());
            assertFalse(c.en().isBlank(), c.id());
            assertTrue(c.zh().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                    c.id() + " has no Chinese text: " + c.zh());
            assertFalse(c.en().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                    c.id() + " has Chinese in its English text: " + c.en());
        }
    }

    @Test
    void arguments_fill_the_names_in_english_order_whatever_the_chinese_order() {
        Code c = new Code() {
            public Area area() {
                return Area.P;
            }

            public Text text() {
                return new Text(1, "'{key}' is {value}{hint}", "{value}：“{key}”{hint}");
            }
        };
        assertEquals(List.of("key", "value", "hint"), Code.Template.names(c.en()));
        assertEquals("'pue' is 0.9 (did you mean 'x'?)", c.render("en", "pue", 0.9, Suggest.hint("x")));
        assertEquals("0.9：“pue”（是否应为“x”？）", c.render("zh", "pue", 0.9, Suggest.hint("x")));
        assertEquals("CCA-P001", c.id());
    }

    @Test
    void a_brace_that_opens_no_name_is_text() {
        assertEquals(List.of(), Code.Template.names("{} {1} {A} {a b} {"));
        assertEquals(List.of("a_1"), Code.Template.names("{{a_1}}"));
    }

    @Test
    void a_diagnostic_prints_its_code_after_its_severity_in_either_language() {
        Diagnostic d = Diagnostic.error(Location.of("f.yaml", 3, 4).withPath("compute.pue"), FileCode.NO_SUCH_FILE);
        assertEquals("f.yaml:3:4: error CCA-F001: no such file [at compute.pue]", d.format());
        assertEquals("f.yaml:3:4: 错误 CCA-F001: 没有这个文件 [位置 compute.pue]", d.format("zh"));
        assertThrows(NullPointerException.class, () -> new Diagnostic(Severity.WARNING, Location.file("f.yaml"), null,
                "a message without a code", "a message without a code"));
    }

    @Test
    void every_check_of_the_checks_stage_has_a_code_of_its_own() throws IOException {
        String src = Files.readString(Path.of("src/main/java/dev/cca/check/ClaimChecks.java"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("new Finding\\(([^,]*),").matcher(src);
        Set<String> checks = new java.util.TreeSet<>();
        while (m.find()) {
            java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"([a-z0-9-]+)\"").matcher(m.group(1));
            while (id.find()) {
                checks.add(id.group(1));
            }
        }
        assertTrue(checks.size() > 10, checks.toString());
        for (String c : checks) {
            assertEquals(c, CheckCode.of(c).en().substring(0, c.length()), c);
        }
    }

    @Test
    void docs_diagnostics_md_lists_every_code_with_both_texts() throws IOException {
        String expected = Codes.markdown();
        if (Boolean.getBoolean("cca.regenerate")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        assertEquals(expected, actual, "docs/diagnostics.md is stale; regenerate it with"
                + " ./mvnw -B -q -o test -Dtest=CodesTest -Dcca.regenerate=true");
        for (Code c : Codes.all()) {
            assertTrue(actual.contains("| " + c.id() + " |"), c.id());
        }
    }
}
