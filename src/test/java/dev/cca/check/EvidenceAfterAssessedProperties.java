package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cca.model.CenterProfile;
import dev.cca.model.Evidence;
import dev.cca.result.Finding;
import dev.cca.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence from after the date a profile's data describes ({@code assessed_on}) is not of that data: it counts as
 * declared. Its age, when it is kept, is still counted against the reference date.
 */
class EvidenceAfterAssessedProperties {

    @TempDir
    Path tmp;

    @Property(tries = 200)
    void an_audit_dated_after_assessed_on_counts_as_declared_and_one_on_or_before_keeps_its_level(
            @ForAll @IntRange(min = 0, max = 1500) int auditDay, @ForAll @IntRange(min = 0, max = 1500) int assessedDay) {
        LocalDate from = LocalDate.of(2021, 1, 1);
        LocalDate audit = from.plusDays(auditDay);
        LocalDate assessed = from.plusDays(assessedDay);
        CenterProfile p = dev.cca.testing.Profiles.valid("cca: center-profile/v1\nid: t\nname: T\nassessed_on: " + assessed
                + "\ntraining:\n  mfu_pct: {value: 40, evidence: audited, audit: \"CAICT 2024-0042\", date: " + audit
                + ", accelerators: 8}\n");
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        boolean after = audit.isAfter(assessed);
        assertEquals(after ? Evidence.DECLARED : Evidence.AUDITED, p.get("training.mfu_pct").evidence(), audit + " / " + assessed);
        assertEquals(after, ClaimChecksTest.has(r, "evidence-after-assessed"), audit + " / " + assessed);
        if (after) {
            Finding f = ClaimChecksTest.only(r, "evidence-after-assessed");
            assertEquals("evidence dated " + audit + " is from after the date the profile's data describes (assessed_on " + assessed
                    + "), so not of that data: training.mfu_pct (audited) count as declared (if the profile describes the center at"
                    + " a later date, write that date as assessed_on)", f.message().en());
            assertTrue(f.message().zh().contains("按自报计"), f.message().zh());
            assertEquals("training.mfu_pct", f.metric());
        }
    }

    @Test
    void without_assessed_on_nothing_is_demoted() {
        CenterProfile p = dev.cca.testing.Profiles.valid("cca: center-profile/v1\nid: t\nname: T\ntraining:\n  mfu_pct: {value: 40,"
                + " evidence: audited, audit: \"CAICT 2024-0042\", date: 2025-06-01, accelerators: 8}\n");
        assertEquals(false, ClaimChecksTest.has(ClaimChecksTest.CHECKS.check(p), "evidence-after-assessed"));
        assertEquals(Evidence.AUDITED, p.get("training.mfu_pct").evidence());
    }

    /** The lingang sample's runs are of 2025-09-13; data said to be of 2025-09-01 cannot have been measured by them. */
    @Test
    void measured_runs_from_after_assessed_on_count_as_declared_in_every_command_and_assess_and_batch_agree() throws Exception {
        Path p = lingang("\nassessed_on: 2025-09-01\n");
        String finding = "evidence dated 2025-09-13 is from after the date the profile's data describes (assessed_on 2025-09-01),"
                + " so not of that data: inference.throughput.output_tokens_per_s (measured)";
        Cli.Run validate = Cli.run("validate", p.toString(), "--as-of", "2025-11-30");
        assertTrue(validate.err().contains("warning CCA-K218: evidence-after-assessed: " + finding), validate.err());
        Path assessed = tmp.resolve("a.json");
        Cli.run("assess", p.toString(), "--as-of", "2025-11-30", "-q", "-o", assessed.toString());
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree(assessed.toFile()).path("centers").get(0);
        assertTrue(a.path("checks").toString().contains(finding), a.path("checks").toString());
        Path batched = tmp.resolve("b.json");
        Cli.run("batch", p.toString(), "--as-of", "2025-11-30", "-q", "-o", batched.toString());
        JsonNode b = json.readTree(batched.toFile()).path("centers").get(0);
        for (int i = 0; i < 2; i++) {
            JsonNode sa = a.path("scenarios").get(i);
            JsonNode sb = b.path("scenarios").get(i);
            assertEquals(sa.path("score").asDouble(), sb.path("score").asDouble(), 0.005, sa.path("id").asText());
            assertEquals(0, sb.path("evidence_coverage").asDouble(), 0, sa.path("id").asText());
        }
        assertTrue(b.path("check_findings").asInt() >= 4, b.toString());
    }

    /** Evidence on or before assessed_on keeps its level, and ages against --as-of, not against assessed_on. */
    @Test
    void evidence_kept_ages_against_the_reference_date_not_assessed_on() throws Exception {
        Path p = lingang("\nassessed_on: 2025-10-10\n");
        Path out = tmp.resolve("kept.json");
        Cli.Run run = Cli.run("assess", p.toString(), "--as-of", "2025-11-30", "-q", "-o", out.toString());
        assertTrue(!run.err().contains("CCA-K218"), run.err());
        JsonNode c = new ObjectMapper().readTree(out.toFile()).path("centers").get(0);
        JsonNode m = metric(c, "inference.throughput.output_tokens_per_s");
        assertEquals("measured", m.path("evidence").asText(), m.toString());
        // 2025-09-13 to the reference date 2025-11-30: 78 days (to assessed_on it would be 27).
        assertEquals(78, m.path("age_days").asInt(), m.toString());
    }

    private Path lingang(String assessedOn) throws Exception {
        Path dir = tmp.resolve("lingang");
        Files.createDirectories(dir.resolve("bench/lingang"));
        String profile = Files.readString(Path.of("samples/unicom-lingang.yaml"));
        assertTrue(profile.contains("\nassessed_on: 2025-10-10\n"), "where the test expects it");
        Files.writeString(dir.resolve("unicom-lingang.yaml"), profile.replace("\nassessed_on: 2025-10-10\n", assessedOn));
        try (var s = Files.list(Path.of("samples/bench/lingang"))) {
            for (Path f : s.toList()) {
                Files.copy(f, dir.resolve("bench/lingang").resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir.resolve("unicom-lingang.yaml");
    }

    private static JsonNode metric(JsonNode center, String id) {
        for (JsonNode s : center.path("scenarios")) {
            for (JsonNode t : s.path("tables")) {
                for (JsonNode i : t.path("indicators")) {
                    for (JsonNode m : i.path("metrics")) {
                        if (m.path("metric").asText().equals(id)) {
                            return m;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no " + id);
    }
}
