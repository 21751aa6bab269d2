package dev.cca.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.InputException;
import dev.cca.input.Limits;
import dev.cca.model.Evidence;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import dev.cca.testing.Expectations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class GateFileReaderTest {

    private static final RuleSet RULES = RuleSetLoader.loadDefault();

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> every_invalid_gate_file_is_rejected_at_the_line_of_its_defect() throws IOException {
        return Expectations.fixtures("gate/invalid").stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            InputException e = assertThrows(InputException.class, () -> GateFileReader.read(f.toString(), RULES, Limits.DEFAULT));
            Expectations.assertMatches(f, Expectations.of(f), e.diagnostics());
        }));
    }

    @Test
    void every_shipped_preset_is_a_valid_gate_file() throws InputException {
        for (String id : GateFileReader.PRESETS) {
            GatePolicy p = GateFileReader.read(id, RULES, Limits.DEFAULT);
            assertTrue(!p.isEmpty(), id);
            assertEquals(id, p.sources().get(0).file());
        }
    }

    @Test
    void a_file_overrides_what_it_extends_bound_by_bound_and_level_off_turns_an_assertion_off() throws Exception {
        Path f = write("""
                cca: gate/v1
                extends: cca-basic
                assertions:
                  - on: overall
                    min_grade: 良好
                  - on: table
                    id: operations
                    level: off
                """);
        GatePolicy p = GateFileReader.read(f.toString(), RULES, Limits.DEFAULT);
        GatePolicy.Assertion overall = p.assertions().stream().filter(a -> a.on() == GatePolicy.On.OVERALL).findFirst().orElseThrow();
        assertEquals(3, overall.minGrade(), "the Chinese grade name is read");
        assertEquals(5.0, overall.maxDrop(), "the preset's drop bound is kept");
        GatePolicy.Assertion ops = p.assertions().stream().filter(a -> a.on() == GatePolicy.On.TABLE).findFirst().orElseThrow();
        assertEquals(GatePolicy.Level.OFF, ops.effectiveLevel());
        assertEquals(40.0, ops.minScore());
        GatePolicy.Assertion sec = p.assertions().stream().filter(a -> a.on() == GatePolicy.On.INDICATOR).findFirst().orElseThrow();
        assertEquals(Evidence.AUDITED, sec.requiredEvidence());
        assertEquals(2, p.sources().size());
        assertEquals(f.toString(), p.sources().get(0).file());
    }

    @Test
    void a_waiver_expiry_is_read_by_the_one_date_reader_of_profiles_so_year_first_forms_are_taken_and_day_first_refused()
            throws Exception {
        Path ok = write("""
                cca: gate/v1
                waivers:
                  - indicator: security-compliance
                    centers: [wuhan-aicc]
                    reason: 等保测评在办
                    expires: 2027年3月31日
                """);
        GatePolicy p = GateFileReader.read(ok.toString(), RULES, Limits.DEFAULT);
        assertEquals(java.time.LocalDate.of(2027, 3, 31), p.waivers().get(0).expires());
        Path dayFirst = write("""
                cca: gate/v1
                waivers:
                  - indicator: security-compliance
                    centers: [wuhan-aicc]
                    reason: pending
                    expires: 31/03/2027
                """);
        InputException e = assertThrows(InputException.class, () -> GateFileReader.read(dayFirst.toString(), RULES, Limits.DEFAULT));
        assertEquals(6, e.diagnostics().get(0).location().line(), e.diagnostics().toString());
    }

    @Test
    void grades_are_read_as_numbers_and_as_names_in_either_language() {
        assertEquals(3, GateFileReader.grade("3", RULES));
        assertEquals(3, GateFileReader.grade(" proficient ", RULES));
        assertEquals(3, GateFileReader.grade("良好", RULES));
        assertEquals(5, GateFileReader.grade("Leading", RULES));
        assertNull(GateFileReader.grade("6", RULES));
        assertNull(GateFileReader.grade("Excellent", RULES));
    }

    @Test
    void a_relative_extends_is_read_from_beside_the_file_that_names_it() throws Exception {
        Files.createDirectories(tmp.resolve("policies"));
        Files.writeString(tmp.resolve("policies/base.yaml"), "cca: gate/v1\nassertions:\n  - {on: overall, min_score: 30}\n");
        Path f = tmp.resolve("policies/ci.yaml");
        Files.writeString(f, "cca: gate/v1\nextends: base.yaml\nassertions:\n  - {on: scenario, id: training, min_grade: 2}\n");
        GatePolicy p = GateFileReader.read(f.toString(), RULES, Limits.DEFAULT);
        assertEquals(2, p.assertions().size());
        assertTrue(p.sources().get(1).file().endsWith("policies/base.yaml"), p.sources().toString());
    }

    @Property(tries = 300)
    void no_text_makes_the_reader_fail_other_than_with_located_problems(@ForAll @StringLength(max = 200) String junk) throws IOException {
        Path f = Files.createTempFile("gate", ".yaml");
        try {
            Files.writeString(f, "cca: gate/v1\nassertions:\n  - on: overall\n    min_score: " + junk + "\n" + junk);
            try {
                GateFileReader.read(f.toString(), RULES, Limits.DEFAULT);
            } catch (InputException e) {
                assertTrue(e.diagnostics().stream().allMatch(d -> d.location().file().equals(f.toString())), e.diagnostics().toString());
            }
        } finally {
            Files.deleteIfExists(f);
        }
    }

    private Path write(String text) throws IOException {
        Path f = tmp.resolve("gate.yaml");
        Files.writeString(f, text);
        return f;
    }
}
