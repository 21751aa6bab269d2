package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Problems;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A character YAML allows nowhere (C0 controls but tab and line ends, DEL, C1 controls but NEL), anywhere in a
 * profile, is an error at its own line and column naming it, in English and Chinese; it was put at the document's
 * first line, column 1. So is a NEL, line separator or paragraph separator, which SnakeYAML takes for a line end where
 * editors show none: a value holding one was cut there (or folded to a space in quotes), and the error put on a line
 * the file does not have.
 */
class ControlCharacterProperties {

    private static final List<String> SAMPLES = dev.cca.testing.Profiles.sampleTexts();

    @Provide
    Arbitrary<Character> notAllowed() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0001', '\u0008'), Arbitraries.of('\u000B', '\u000C', '\u007F'),
                Arbitraries.chars().range('\u000E', '\u001F'), Arbitraries.chars().range('\u0080', '\u0084'),
                Arbitraries.chars().range('\u0086', '\u009F'), Arbitraries.of('\u0085', '\u2028', '\u2029'));
    }

    @Property(tries = 400)
    void a_character_yaml_allows_nowhere_or_reads_as_a_line_end_is_an_error_at_its_place(@ForAll @IntRange(min = 0, max = 9) int sample,
                                                                @ForAll @IntRange(min = 0, max = 100_000) int where,
                                                                @ForAll("notAllowed") char bad) {
        String text = SAMPLES.get(sample % SAMPLES.size());
        int at = where % (text.length() + 1);
        String hostile = text.substring(0, at) + bad + text.substring(at);
        int line = 1;
        int column = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        Problems problems = new Problems();
        SourceFile src = SourceFile.ofText("c.yaml", hostile);
        new YamlReader(Limits.DEFAULT).readAll(src, problems);
        String code = String.format("U+%04X", (int) bad);
        Diagnostic d = problems.all().stream().filter(x -> x.message("en").contains(code)).findFirst().orElse(null);
        assertTrue(d != null, problems.all().toString());
        assertEquals(line + ":" + column, d.location().line() + ":" + d.location().column(), d.toString());
        assertTrue(d.message("zh").contains(code + "）"), d.message("zh"));
    }
}
