package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cca.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario the center does not claim, or whose weight is mostly unreported, says so in every output instead of
 * showing grade 1; rankings list such centers apart; gates skip what is not claimed and fail what has no grade.
 */
class RatingStatusTest {

    static final String WULINGSHAN = "samples/wulingshan-lichuan.yaml";   // claims inference only
    static final String NINGBO = "samples/ningbo-minimal.yaml";           // the three required keys only

    @TempDir
    Path tmp;

    private static JsonNode json(Path p) throws Exception {
        return new ObjectMapper().readTree(Files.readString(p));
    }

    private static JsonNode scenario(JsonNode center, String id) {
        for (JsonNode s : center.path("scenarios")) {
            if (s.path("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no scenario " + id);
    }

    @Test
    void an_inference_only_center_is_not_claimed_in_training_instead_of_grade_1_in_every_report() throws Exception {
        Path md = tmp.resolve("w.md");
        Path js = tmp.resolve("w.json");
        Cli.Run r = Cli.run("assess", WULINGSHAN, "--as-of", "2025-11-30", "-o", md.toString(), "-o", js.toString());
        assertEquals(0, r.exit(), r.toString());
        String training = r.out().lines().filter(l -> l.startsWith("Training")).findFirst().orElseThrow();
        assertTrue(training.contains("not claimed") && !training.contains("Emerging"), training);
        JsonNode t = scenario(json(js).path("centers").get(0), "training");
        assertEquals("not-claimed", t.path("status").asText());
        assertTrue(t.path("grade").isNull(), "no grade in JSON: " + t.path("grade"));
        assertEquals("rated", scenario(json(js).path("centers").get(0), "inference").path("status").asText());
        String report = Files.readString(md);
        assertTrue(report.contains("| **not claimed** |"), "summary row says not claimed");
        assertFalse(report.contains("1 Emerging"), "no grade 1 anywhere");
    }

    @Test
    void a_profile_with_most_of_its_weight_unreported_is_insufficient_data_with_the_share_reported() throws Exception {
        Path js = tmp.resolve("n.json");
        Path md = tmp.resolve("n.md");
        Cli.Run r = Cli.run("assess", NINGBO, "--as-of", "2025-11-30", "-o", js.toString(), "-o", md.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("insufficient (0%)"), r.out());
        JsonNode s = scenario(json(js).path("centers").get(0), "training");
        assertEquals("insufficient-data", s.path("status").asText());
        assertEquals(0.0, s.path("reported_share").asDouble(), 0.0);
        String report = Files.readString(md);
        assertTrue(report.contains("insufficient data (0% reported)"), "the share is in the report");
        assertTrue(report.contains("Missing data: a metric without a value scores 0 and keeps its weight"),
                "the missing-is-zero policy is stated");
        assertEquals(0.5, json(js).path("rules").path("policy").path("min_reported").asDouble(), 0.0,
                "the threshold is in the result");
    }

    @Test
    void the_threshold_is_the_rule_sets_a_half_reported_center_is_rated_and_less_is_not() throws Exception {
        // Wuhan with its training tables cut down: the training share reported falls below one half.
        String wuhan = Files.readString(Path.of("samples/wuhan-aicc.yaml"));
        String cut = wuhan.substring(0, wuhan.indexOf("compute:")) + "operations:\n  security: [mlps-level-3]\n";
        Path p = tmp.resolve("cut.yaml");
        Files.writeString(p, cut);
        Path js = tmp.resolve("cut.json");
        assertEquals(0, Cli.run("assess", p.toString(), "-q", "-o", js.toString()).exit());
        JsonNode s = scenario(json(js).path("centers").get(0), "training");
        assertTrue(s.path("reported_share").asDouble() < 0.5, s.toString());
        assertEquals("insufficient-data", s.path("status").asText());
        Path all = tmp.resolve("all.json");
        assertEquals(0, Cli.run("assess", "samples/wuhan-aicc.yaml", "-q", "-o", all.toString()).exit());
        assertEquals("rated", scenario(json(all).path("centers").get(0), "training").path("status").asText());
    }

    @Test
    void a_gate_skips_a_scenario_the_center_does_not_claim_and_says_so() {
        // Training scores 20.7 here: --min-grade 2 used to fail the center for work it does not offer.
        Cli.Run r = Cli.run("assess", WULINGSHAN, "--as-of", "2025-11-30", "--min-grade", "2", "-q");
        assertEquals(0, r.exit(), r.toString());
        Cli.Run loud = Cli.run("assess", WULINGSHAN, "--as-of", "2025-11-30", "--min-grade", "2", "-o", tmp.resolve("x.md").toString());
        assertTrue(loud.err().contains("gate skipped: wulingshan-lichuan training: not claimed"), loud.err());
        assertEquals(1, Cli.run("assess", WULINGSHAN, "--as-of", "2025-11-30", "--min-grade", "3", "-q").exit(),
                "the claimed inference scenario is still gated");
    }

    @Test
    void a_claimed_scenario_with_insufficient_data_fails_a_grade_gate_with_the_reason() {
        Cli.Run r = Cli.run("assess", NINGBO, "--as-of", "2025-11-30", "--min-grade", "1", "-q");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("ningbo-minimal training: insufficient data (0% of the weight reported), so no grade"), r.err());
    }

    @Test
    void a_catalog_ranks_only_rated_centers_and_lists_the_others_apart() throws Exception {
        Path csv = tmp.resolve("r.csv");
        Path js = tmp.resolve("r.json");
        Path md = tmp.resolve("r.md");
        Cli.Run r = Cli.run("batch", "samples", "--as-of", "2025-11-30", "-o", csv.toString(), "-o", js.toString(), "-o", md.toString());
        assertEquals(0, r.exit(), r.toString());
        List<String> lines = Files.readAllLines(csv);
        List<String> head = List.of(lines.get(0).replace("\uFEFF", "").split(","));
        int rank = head.indexOf("training_rank");
        int status = head.indexOf("training_status");
        int grade = head.indexOf("training_grade");
        boolean unratedSeen = false;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            boolean rated = cells[status].equals("rated");
            if (!rated) {
                unratedSeen = true;
                assertEquals("", cells[rank], "no rank: " + line);
                assertEquals("", cells[grade], "no grade: " + line);
            } else {
                assertFalse(unratedSeen, "every rated center comes before the unrated ones: " + line);
                assertFalse(cells[rank].isEmpty());
            }
        }
        assertTrue(unratedSeen, "wulingshan and ningbo are not rated in training");
        for (JsonNode c : json(js).path("centers")) {
            JsonNode t = c.path("scenarios").get(0);
            if (c.path("id").asText().equals("wulingshan-lichuan")) {
                assertEquals("not-claimed", t.path("status").asText());
                assertTrue(t.path("rank").isNull() && t.path("grade").isNull(), t.toString());
            }
        }
        String summary = Files.readString(md);
        assertTrue(summary.contains("Not rated (not ranked): "), summary);
        assertTrue(summary.contains("| 武陵山（利川）人工智能计算中心 (`wulingshan-lichuan`) |"), "listed apart");
    }
}
