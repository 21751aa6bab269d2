package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Evidence from before a center went into service is not of that center: it counts as declared. */
class EvidenceBeforeCommissionedProperties {

    @TempDir
    Path tmp;

    @Property(tries = 200)
    void an_audit_dated_before_the_center_was_commissioned_counts_as_declared_and_one_after_keeps_its_level(
            @ForAll @IntRange(min = 0, max = 3000) int auditDay, @ForAll @IntRange(min = 0, max = 3000) int commissionedDay,
            @ForAll boolean monthOnly) {
        LocalDate from = LocalDate.of(2017, 1, 1);
        LocalDate audit = from.plusDays(auditDay);
        LocalDate commissioned = from.plusDays(commissionedDay);
        String since = monthOnly ? commissioned.toString().substring(0, 7) : commissioned.toString();
        // A month means its first day: an audit in the month of commissioning is of the center.
        LocalDate first = monthOnly ? commissioned.withDayOfMonth(1) : commissioned;
        CenterProfile p = ClaimChecksTest.profile("commissioned: " + since + "\ntraining:\n  mfu_pct: {value: 40, evidence: audited,"
                + " audit: \"CAICT 2024-0042\", date: " + audit + ", accelerators: 8}\n");
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        boolean before = audit.isBefore(first);
        assertEquals(before ? Evidence.DECLARED : Evidence.AUDITED, p.get("training.mfu_pct").evidence(), audit + " / " + since);
        assertEquals(before, ClaimChecksTest.has(r, "evidence-before-commissioned"), audit + " / " + since);
        if (before) {
            Finding f = ClaimChecksTest.only(r, "evidence-before-commissioned");
            assertTrue(f.message().en().equals("evidence dated " + audit + " is from before the center went into service (" + since
                    + "), so not of it: training.mfu_pct (audited) count as declared"), f.message().en());
        }
    }

    @Test
    void measured_runs_from_before_the_center_was_commissioned_count_as_declared_in_every_command() throws Exception {
        // The lingang sample's runs are of September 2025; a center commissioned in October 2025 cannot have measured them.
        Path dir = tmp.resolve("lingang");
        Files.createDirectories(dir.resolve("bench/lingang"));
        String profile = Files.readString(Path.of("samples/unicom-lingang.yaml"));
        assertTrue(profile.contains("\nassessed_on: 2025-10-10\n") && !profile.contains("\ncommissioned:"), "where the test expects it");
        Files.writeString(dir.resolve("unicom-lingang.yaml"), profile.replace("\nassessed_on: 2025-10-10\n",
                "\nassessed_on: 2025-10-10\ncommissioned: 2025-10\n"));
        try (var s = Files.list(Path.of("samples/bench/lingang"))) {
            for (Path f : s.toList()) {
                Files.copy(f, dir.resolve("bench/lingang").resolve(f.getFileName()));
            }
        }
        Path p = dir.resolve("unicom-lingang.yaml");
        String finding = "evidence dated 2025-09-13 is from before the center went into service (2025-10), so not of it:"
                + " inference.throughput.output_tokens_per_s (measured)";
        Cli.Run validate = Cli.run("validate", p.toString(), "--as-of", "2025-11-30");
        assertTrue(validate.err().contains("warning CCA-K213: evidence-before-commissioned: " + finding), validate.err());
        Path assessed = tmp.resolve("a.json");
        Cli.run("assess", p.toString(), "--as-of", "2025-11-30", "-q", "-o", assessed.toString());
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode a = json.readTree(assessed.toFile()).path("centers").get(0);
        assertTrue(a.path("checks").toString().contains(finding), a.path("checks").toString());
        Path batched = tmp.resolve("b.json");
        Cli.run("batch", p.toString(), "--as-of", "2025-11-30", "-q", "-o", batched.toString());
        com.fasterxml.jackson.databind.JsonNode b = json.readTree(batched.toFile()).path("centers").get(0);
        // Batch counts the findings and scores as assess does: nothing of the center is measured any more.
        for (int i = 0; i < 2; i++) {
            com.fasterxml.jackson.databind.JsonNode sa = a.path("scenarios").get(i);
            com.fasterxml.jackson.databind.JsonNode sb = b.path("scenarios").get(i);
            assertEquals(sa.path("score").asDouble(), sb.path("score").asDouble(), 0.005, sa.path("id").asText());
            assertEquals(0, sb.path("evidence_coverage").asDouble(), 0, sa.path("id").asText());
        }
        assertTrue(b.path("check_findings").asInt() >= 4, b.toString());
    }
}
