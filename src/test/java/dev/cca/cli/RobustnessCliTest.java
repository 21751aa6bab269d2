package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cca.generate.SyntheticCatalog;
import dev.cca.input.catalog.Format;
import dev.cca.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --robustness} on batch and on assess with {@code --peers}: the numbers reach every report, reproducibly. */
class RobustnessCliTest {

    @TempDir
    static Path tmp;
    private static Path catalog;

    @BeforeAll
    static void catalog() throws Exception {
        catalog = tmp.resolve("catalog.jsonl");
        SyntheticCatalog.generate(150, 3, Format.JSON_LINES, catalog);
    }

    @Test
    void batch_robustness_writes_intervals_sensitivity_and_standing_and_the_same_seed_gives_the_same_bytes() throws Exception {
        Path[] json = {tmp.resolve("a.json"), tmp.resolve("b.json")};
        Path[] md = {tmp.resolve("a.md"), tmp.resolve("b.md")};
        for (int k = 0; k < 2; k++) {
            Cli.Run r = Cli.run("batch", catalog.toString(), "--robustness", "60", "--seed", "9", "--threads", k == 0 ? "1" : "2",
                    "-o", json[k].toString(), "-o", md[k].toString(), "--as-of", "2025-11-30");
            assertEquals(0, r.exit(), r.toString());
        }
        assertArrayEquals(Files.readAllBytes(json[0]), Files.readAllBytes(json[1]), "JSON, same seed, one or two threads");
        assertArrayEquals(Files.readAllBytes(md[0]), Files.readAllBytes(md[1]), "Markdown likewise");
        JsonNode j = new ObjectMapper().readTree(Files.readString(json[0]));
        JsonNode rb = j.path("robustness");
        assertEquals(60, rb.path("variations").asInt());
        assertEquals(9, rb.path("seed").asLong());
        assertEquals("uniform-factor", rb.path("weights").path("distribution").asText());
        assertEquals("exact", rb.path("percentiles").path("method").asText());
        assertEquals(2, rb.path("scenarios").size());
        assertTrue(rb.path("scenarios").get(0).path("sensitivity").size() > 10, "every varied judgement has an index");
        assertEquals("e-level", j.path("peer_classes").path("classes").get(0).path("id").asText());
        int withIntervals = 0;
        for (JsonNode c : j.path("centers")) {
            for (JsonNode s : c.path("scenarios")) {
                JsonNode robust = s.path("robustness");
                if (robust.isMissingNode()) {
                    assertFalse(s.path("peers").has("rank"), "a center without a rank has no interval either");
                    continue;
                }
                withIntervals++;
                assertTrue(robust.path("rank").get(0).asInt() <= s.path("rank").asInt());
                assertTrue(robust.path("rank").get(1).asInt() >= s.path("rank").asInt());
                assertTrue(robust.path("grade_held").asDouble() >= 0 && robust.path("grade_held").asDouble() <= 1);
                assertTrue(s.path("peers").path("class_rank").asInt() >= 1);
            }
        }
        assertTrue(withIntervals > 50, "most centers are rated somewhere: " + withIntervals);
        String text = Files.readString(md[0]);
        assertTrue(text.contains("| Grade held | Score range | Rank range |"), "the top lists show the intervals");
        assertTrue(text.contains("## Robustness") && text.contains("First-order index"), "and the sensitivity");
        assertTrue(text.contains("## Standing among peers"));
    }

    @Test
    void assess_against_peers_says_how_far_the_grade_and_the_rank_hold() throws Exception {
        Path json = tmp.resolve("wuhan.json");
        Path md = tmp.resolve("wuhan.md");
        Cli.Run r = Cli.run("assess", "samples/wuhan-aicc.yaml", "--peers", catalog.toString(), "--robustness", "50",
                "-o", json.toString(), "-o", md.toString(), "--as-of", "2025-11-30");
        assertEquals(0, r.exit(), r.toString());
        JsonNode peers = new ObjectMapper().readTree(Files.readString(json)).path("peers");
        assertEquals(151, peers.path("centers").asInt(), "the catalog and the assessed center");
        JsonNode training = peers.path("results").get(0).path("scenarios").get(0);
        assertEquals("training", training.path("scenario").asText());
        assertEquals("100p-level", training.path("peers").path("class").asText(), "Wuhan's 100 PFLOPS");
        assertTrue(training.path("robustness").path("rank").isArray());
        String text = Files.readString(md);
        assertTrue(text.matches("(?s).*grade 3 \\(held in \\d+% of 50 variations\\), rank \\d+ \\(\\d+-\\d+\\).*"), text);
        assertTrue(r.out().contains("Peers training: #"), r.out());
    }

    @Test
    void robustness_without_variations_or_with_too_many_is_a_usage_error() {
        for (String n : new String[] {"0", "70000"}) {
            Cli.Run r = Cli.run("batch", catalog.toString(), "--robustness", n, "-o", tmp.resolve("x.json").toString());
            assertEquals(2, r.exit(), r.toString());
            assertTrue(r.err().contains("--robustness takes 1 to 65,535 variations"), r.err());
        }
    }
}
