package dev.cca.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Problems;
import dev.cca.input.InputFiles;
import dev.cca.input.Limits;
import dev.cca.input.SourceFile;
import dev.cca.testing.Expectations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RuleSetLoaderTest {

    static RuleSet load(String text, Problems p) {
        return RuleSetLoader.load(SourceFile.ofText("rules.yaml", text), p);
    }

    @Test
    void the_minimal_rule_set_loads_without_problems() throws IOException {
        Problems p = new Problems();
        RuleSet rs = load(Files.readString(Path.of("src/test/resources/rules/minimal.yaml")), p);
        assertNotNull(rs, p.all().toString());
        assertTrue(p.isEmpty(), p.all().toString());
        assertEquals(2, rs.indicators().size());
    }

    /**
     * Every broken rule set is rejected at the line of its defect, in its own file (an error that a rule set's override
     * causes must point at the override, not at its base): by the loader, or, for the {@code lint-} fixtures,
     * which load, by {@code cca rules lint}.
     */
    @TestFactory
    Stream<DynamicTest> every_invalid_rule_set_is_rejected_at_the_line_of_its_defect() throws IOException {
        return Expectations.fixtures("rules/invalid").stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Problems p = new Problems();
            SourceFile src = InputFiles.read(f, f.toString(), Limits.DEFAULT, null);
            boolean lintOnly = f.getFileName().toString().startsWith("lint-");
            RuleSet loaded = RuleSetLoader.load(src, p);
            if (lintOnly) {
                assertNotNull(loaded, f + " loads; only lint rejects it: " + p.all());
            } else {
                assertNull(loaded, f + " must be rejected");
            }
            RuleSetLint.Report lint = RuleSetLint.lint(src, dev.cca.check.ClaimChecks.CITATIONS);
            Expectations.assertMatches(f, Expectations.of(f), lint.problems());
            for (var d : lint.problems().stream().filter(dev.cca.diag.Diagnostic::isError).toList()) {
                assertEquals(f.toString(), d.location().file(), "a problem of " + f + " points into another file: " + d);
            }
        }));
    }

    @Test
    void more_caps_than_a_catalog_row_has_bits_for_is_a_load_error_at_the_first_one_too_many() throws IOException {
        StringBuilder caps = new StringBuilder("caps:\n");
        for (int i = 0; i < RuleSet.MAX_CAPS + 6; i++) {
            caps.append("  - {id: cap-").append(i).append(", en: C, zh: 限, when: {metric: training.mfu_pct, missing: true},")
                    .append(" max_grade: 2, cite: judgement}\n");
        }
        String base = minimal();
        Problems p = new Problems();
        assertNull(load(base + caps, p));
        int line = (int) base.lines().count() + 2 + RuleSet.MAX_CAPS;
        assertTrue(p.all().stream().anyMatch(d -> d.location().line() == line && d.location().path().equals("caps[64]")
                && d.message().contains("at most 64 caps, this one 70")), p.all().toString());
        Problems ok = new Problems();
        String sixtyFour = base + caps.toString().lines().limit(1 + RuleSet.MAX_CAPS).reduce("", (a, b) -> a + b + "\n");
        assertNotNull(load(sixtyFour, ok), "64 caps fit: " + ok.all());
    }

    @Property(tries = 200)
    void a_linear_curve_that_turns_back_is_rejected(@ForAll @IntRange(min = 1, max = 98) int up,
                                                    @ForAll @IntRange(min = 1, max = 99) int drop) {
        int down = Math.max(0, up - drop);
        String curve = "points: [[0, 0], [10, " + (up + 1) + "], [20, " + down + "]]";
        String text = minimal().replace("points: [[0, 0], [50, 100]]", curve);
        Problems p = new Problems();
        assertNull(load(text, p));
        assertTrue(p.all().stream().anyMatch(d -> d.message().contains("not monotone")), p.all().toString());
    }

    @Property(tries = 50)
    void weights_that_sum_to_zero_are_rejected(@ForAll @IntRange(min = 0, max = 0) int zero) {
        String text = minimal().replace("{indicator: scale, weight: 2, cite: judgement}", "{indicator: scale, weight: " + zero + ", cite: judgement}")
                .replace("{indicator: mfu, weight: 1, cite: judgement}", "{indicator: mfu, weight: " + zero + ", cite: judgement}");
        Problems p = new Problems();
        assertNull(load(text, p));
        assertTrue(p.all().stream().anyMatch(d -> d.message().contains("sum to zero")), p.all().toString());
    }

    @Test
    void a_number_without_a_citation_is_a_warning() {
        Problems p = new Problems();
        RuleSet rs = load(minimal().replace("{indicator: mfu, weight: 1, cite: judgement}", "{indicator: mfu, weight: 1}"), p);
        assertNotNull(rs);
        assertTrue(p.all().stream().anyMatch(d -> !d.isError() && d.message().contains("no 'cite'")), p.all().toString());
    }

    static String minimal() {
        try {
            return Files.readString(Path.of("src/test/resources/rules/minimal.yaml"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
