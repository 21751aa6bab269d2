package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cca.model.CenterProfile;
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
 * A profile whose data is of a day before the center went into service ({@code assessed_on} before {@code
 * commissioned}) is named for it: one of its dates is wrong, whatever its evidence.
 */
class AssessedBeforeCommissionedProperties {

    @TempDir
    Path tmp;

    @Property(tries = 200)
    void data_dated_before_the_commissioning_is_a_finding_and_data_on_or_after_it_is_not(
            @ForAll @IntRange(min = 0, max = 3000) int assessedDay, @ForAll @IntRange(min = 0, max = 3000) int commissionedDay,
            @ForAll boolean monthOnly) {
        LocalDate from = LocalDate.of(2017, 1, 1);
        LocalDate assessed = from.plusDays(assessedDay);
        LocalDate commissioned = from.plusDays(commissionedDay);
        String since = monthOnly ? commissioned.toString().substring(0, 7) : commissioned.toString();
        // A month means its first day: data of any day of the month of commissioning is of the center.
        LocalDate first = monthOnly ? commissioned.withDayOfMonth(1) : commissioned;
        CenterProfile p = dev.cca.testing.Profiles.valid("cca: center-profile/v1\nid: t\nname: T\nassessed_on: " + assessed
                + "\ncommissioned: " + since + "\n");
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        boolean before = assessed.isBefore(first);
        assertEquals(before, ClaimChecksTest.has(r, "assessed-before-commissioned"), assessed + " / " + since);
        if (before) {
            Finding f = ClaimChecksTest.only(r, "assessed-before-commissioned");
            assertEquals("the profile's data is of " + assessed + " (assessed_on), before the center went into service (commissioned "
                    + since + "): a center not yet in service has no such data, so one of the two dates is wrong; every measured or"
                    + " audited value is then dated before the commissioning or after assessed_on, and counts as declared",
                    f.message().en());
            assertTrue(f.message().zh().contains("两个日期必有一个有误"), f.message().zh());
            assertEquals("assessed_on", f.metric());
            assertEquals(Finding.Outcome.NOTED, f.outcome());
        }
    }

    @Test
    void without_either_date_nothing_is_said() {
        for (String dates : new String[] {"assessed_on: 2020-01-01\n", "commissioned: 2025-10\n", ""}) {
            CenterProfile p = dev.cca.testing.Profiles.valid("cca: center-profile/v1\nid: t\nname: T\n" + dates);
            assertEquals(false, ClaimChecksTest.has(ClaimChecksTest.CHECKS.check(p), "assessed-before-commissioned"), dates);
        }
    }

    /**
     * The lingang sample's runs are of 2025-09-13: with data of 2025-09-01 on a center commissioned in October 2025 they
     * were demoted (before the commissioning) and nothing said that the profile's own two dates contradict each other.
     */
    @Test
    void validate_assess_and_batch_name_the_contradiction() throws Exception {
        Path bad = lingang("assessed_on: 2025-09-01\ncommissioned: 2025-10\n", "bad");
        Path good = lingang("assessed_on: 2025-10-10\ncommissioned: 2025-10\n", "good");
        String finding = "the profile's data is of 2025-09-01 (assessed_on), before the center went into service (commissioned"
                + " 2025-10)";
        Cli.Run validate = Cli.run("validate", bad.toString(), "--as-of", "2025-11-30");
        assertTrue(validate.err().contains("warning CCA-K223: assessed-before-commissioned: " + finding), validate.err());
        Cli.Run fine = Cli.run("validate", good.toString(), "--as-of", "2025-11-30");
        assertTrue(!fine.err().contains("CCA-K223"), fine.err());
        ObjectMapper json = new ObjectMapper();
        Path assessed = tmp.resolve("a.json");
        Cli.run("assess", bad.toString(), "--as-of", "2025-11-30", "-q", "-o", assessed.toString());
        JsonNode a = json.readTree(assessed.toFile()).path("centers").get(0);
        assertTrue(a.path("checks").toString().contains(finding), a.path("checks").toString());
        // Batch counts it: the same runs are demoted either way (before the commissioning), and one finding more is counted.
        assertEquals(batchFindings(good) + 1, batchFindings(bad));
    }

    private int batchFindings(Path profile) throws Exception {
        Path out = tmp.resolve(profile.getParent().getFileName() + ".json");
        Cli.run("batch", profile.toString(), "--as-of", "2025-11-30", "-q", "-o", out.toString());
        return new ObjectMapper().readTree(out.toFile()).path("centers").get(0).path("check_findings").asInt();
    }

    private Path lingang(String dates, String name) throws Exception {
        Path dir = tmp.resolve(name);
        Files.createDirectories(dir.resolve("bench/lingang"));
        String profile = Files.readString(Path.of("samples/unicom-lingang.yaml"));
        assertTrue(profile.contains("\nassessed_on: 2025-10-10\n") && !profile.contains("\ncommissioned:"), "where the test expects it");
        Files.writeString(dir.resolve("unicom-lingang.yaml"), profile.replace("\nassessed_on: 2025-10-10\n", "\n" + dates));
        try (var s = Files.list(Path.of("samples/bench/lingang"))) {
            for (Path f : s.toList()) {
                Files.copy(f, dir.resolve("bench/lingang").resolve(f.getFileName()));
            }
        }
        return dir.resolve("unicom-lingang.yaml");
    }
}
