package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.cca.model.Field;
import dev.cca.model.MetricCatalog;
import dev.cca.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence is earned by a source and a date, never by a label (issue cases: relabelling Harbin measured lifted
 * training 76.2 to 80.4 and cleared the evidence cap; assessed_on 2022-06-01 kept 2022 runs fresh in 2025; old
 * evidence fell off one cliff), and every result names the reference date it was judged against.
 */
class EvidenceEarnedTest {

    static final String HARBIN = "samples/harbin-mobile.yaml";
    static final String LINGANG = "samples/unicom-lingang.yaml";

    @TempDir
    Path tmp;

    private static JsonNode json(Path p) throws Exception {
        return new ObjectMapper().readTree(Files.readString(p));
    }

    private JsonNode assess(Path profile, String... more) throws Exception {
        Path out = tmp.resolve("r" + System.nanoTime() + ".json");
        List<String> args = new ArrayList<>(List.of("assess", profile.toString(), "-q", "-o", out.toString()));
        args.addAll(List.of(more));
        Cli.Run r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.toString());
        return json(out);
    }

    private static JsonNode scenario(JsonNode result, String id) {
        for (JsonNode s : result.path("centers").get(0).path("scenarios")) {
            if (s.path("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError(id);
    }

    private static List<JsonNode> metrics(JsonNode scenario) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode t : scenario.path("tables")) {
            for (JsonNode i : t.path("indicators")) {
                i.path("metrics").forEach(out::add);
            }
        }
        return out;
    }

    /**
     * The profile with every metric rewritten as {value, evidence: LABEL} (no source, no date), or with its labels
     * taken away when {@code label} is null: the two profiles that must score alike.
     */
    private Path relabelled(String sample, String label) throws Exception {
        ObjectNode root = (ObjectNode) new YAMLMapper().readTree(Files.readString(Path.of(sample)));
        relabel(root, "", label);
        Path p = tmp.resolve((label == null ? "bare" : label) + "-" + Path.of(sample).getFileName());
        Files.writeString(p, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return p;
    }

    private static void relabel(ObjectNode node, String path, String label) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        List<String> keys = new ArrayList<>();
        it.forEachRemaining(e -> keys.add(e.getKey()));
        for (String k : keys) {
            String p = path.isEmpty() ? k : path + "." + k;
            JsonNode v = node.get(k);
            MetricCatalog.Entry e = MetricCatalog.get(p);
            boolean metric = e != null && !e.derived()
                    && (e.type() == Field.Type.NUMBER || e.type() == Field.Type.BOOLEAN || e.type() == Field.Type.ID_LIST);
            if (metric) {
                ObjectNode m = v.isObject() ? (ObjectNode) v : node.objectNode().set("value", v);
                m.remove(List.of("evidence", "source", "date", "audit"));
                if (label != null) {
                    m.put("evidence", label);
                }
                node.set(k, m.size() == 1 && label == null ? m.get("value") : m);
            } else if (v.isObject()) {
                relabel((ObjectNode) v, p, label);
            }
        }
    }

    @Test
    void relabelling_every_harbin_value_measured_without_a_source_changes_nothing() throws Exception {
        JsonNode labelled = assess(relabelled(HARBIN, "measured"), "--as-of", "2025-11-30");
        JsonNode bare = assess(relabelled(HARBIN, null), "--as-of", "2025-11-30");
        JsonNode t = scenario(labelled, "training");
        assertEquals(scenario(bare, "training").path("score").asDouble(), t.path("score").asDouble(), 0.0,
                "the label earns nothing (the issue's case lifted training 76.2 -> 80.4)");
        assertEquals(0.0, t.path("evidence_coverage").asDouble(), 0.0);
        boolean capHolds = false;
        for (JsonNode c : t.path("caps")) {
            capHolds |= c.path("id").asText().equals("top-grade-needs-evidence");
        }
        assertTrue(capHolds, "the evidence cap still holds: " + t.path("caps"));
        int relabelledMetrics = 0;
        for (JsonNode m : metrics(t)) {
            if (m.path("claimed_evidence").asText().equals("measured")) {
                relabelledMetrics++;
                assertEquals("declared", m.path("evidence").asText(), m.toString());
                assertTrue(m.path("unearned").asText().contains("no benchmark file that cca read measured it"), m.toString());
            }
        }
        assertTrue(relabelledMetrics > 20, "every metric was relabelled: " + relabelledMetrics);
        assertEquals(scenario(bare, "inference").path("score").asDouble(), scenario(labelled, "inference").path("score").asDouble(), 0.0);
    }

    @Test
    void a_relabelled_value_says_why_it_counts_as_declared_in_validate_and_in_the_report() throws Exception {
        Path p = relabelled(HARBIN, "audited");
        Cli.Run v = Cli.run("validate", p.toString());
        assertEquals(0, v.exit(), "a warning, not an error: " + v);
        assertTrue(v.err().lines().anyMatch(l -> l.contains("warning " + dev.cca.diag.ProfileCode.AUDITED_UNEARNED.id() + ": ")
                && l.endsWith("[training.mfu_pct.evidence]")), v.toString());
        Path md = tmp.resolve("r.md");
        assertEquals(0, Cli.run("assess", p.toString(), "-q", "-o", md.toString()).exit());
        assertTrue(Files.readString(md).contains("declared (labelled audited)"));
    }

    @Test
    void an_audit_reference_and_a_date_earn_audited_and_the_reference_is_its_provenance() throws Exception {
        Path p = tmp.resolve("audited.yaml");
        Files.writeString(p, "cca: center-profile/v1\nid: a\nname: A\ntraining:\n  mfu_pct: {value: 43, evidence: audited,"
                + " audit: \"EXAMPLE-LAB 2025-0412\", date: 2025-06-20}\n");
        JsonNode mfu = metrics(scenario(assess(p, "--as-of", "2025-11-30"), "training")).stream()
                .filter(m -> m.path("metric").asText().equals("training.mfu_pct")).findFirst().orElseThrow();
        assertEquals("audited", mfu.path("evidence").asText());
        assertTrue(mfu.path("unearned").isNull());
        assertEquals("audit", mfu.path("provenance").get(0).path("kind").asText());
        assertEquals("EXAMPLE-LAB 2025-0412", mfu.path("provenance").get(0).path("reference").asText());
        Path undated = tmp.resolve("undated.yaml");
        Files.writeString(undated, Files.readString(p).replace(", date: 2025-06-20", ""));
        JsonNode u = metrics(scenario(assess(undated, "--as-of", "2025-11-30"), "training")).stream()
                .filter(m -> m.path("metric").asText().equals("training.mfu_pct")).findFirst().orElseThrow();
        assertEquals("declared", u.path("evidence").asText(), "an audit without a date is not earned either");
        assertTrue(u.path("unearned").asText().contains("without the date"), u.toString());
    }

    @Test
    void a_profiles_own_assessed_on_does_not_make_old_evidence_fresh() throws Exception {
        Path p = tmp.resolve("old.yaml");
        Files.writeString(p, "cca: center-profile/v1\nid: a\nname: A\nassessed_on: 2022-06-01\ntraining:\n"
                + "  mfu_pct: {value: 43, evidence: audited, audit: \"EXAMPLE-LAB 2022-0077\", date: 2022-05-01}\n");
        JsonNode r = assess(p, "--as-of", "2025-11-30");
        JsonNode mfu = metrics(scenario(r, "training")).stream()
                .filter(m -> m.path("metric").asText().equals("training.mfu_pct")).findFirst().orElseThrow();
        assertEquals(1309, mfu.path("age_days").asInt(), "aged against the reference date, not against assessed_on");
        assertTrue(mfu.path("evidence_factor").asDouble() < 0.90, "2022 evidence is no longer at full weight: " + mfu);
        assertEquals("2025-11-30", r.path("reference_date").asText());
        assertEquals("2025-11-30", r.path("centers").get(0).path("reference_date").asText());
    }

    @Test
    void without_as_of_the_reference_date_is_the_day_of_the_run_and_every_output_names_it() throws Exception {
        Path md = tmp.resolve("r.md");
        Path js = tmp.resolve("r.json");
        assertEquals(0, Cli.run("assess", HARBIN, "-q", "-o", md.toString(), "-o", js.toString()).exit());
        String today = dev.cca.testing.Profiles.TODAY.toString();
        assertTrue(json(js).path("as_of").isNull());
        assertEquals(today, json(js).path("reference_date").asText());
        assertTrue(Files.readString(md).contains("reference date " + today + " (the day of the run; reproduce with --as-of " + today + ")"));
        Path csv = tmp.resolve("b.csv");
        Path bjs = tmp.resolve("b.json");
        Path bmd = tmp.resolve("b.md");
        assertEquals(0, Cli.run("batch", HARBIN, "-q", "-o", csv.toString(), "-o", bjs.toString(), "-o", bmd.toString()).exit());
        List<String> lines = Files.readAllLines(csv);
        int col = List.of(lines.get(0).replace("\uFEFF", "").split(",")).indexOf("reference_date");
        assertEquals(today, lines.get(1).split(",")[col]);
        assertEquals(today, json(bjs).path("reference_date").asText());
        assertTrue(Files.readString(bmd).contains("reference date " + today));
        Path again = tmp.resolve("again.json");
        assertEquals(0, Cli.run("assess", HARBIN, "-q", "--as-of", today, "-o", again.toString()).exit());
        assertEquals(scenario(json(js), "training"), scenario(json(again), "training"), "--as-of the named date reproduces it");
    }

    @Test
    void a_date_after_the_reference_date_is_an_error_in_assess_validate_and_batch() throws Exception {
        Path p = tmp.resolve("future.yaml");
        Files.writeString(p, "cca: center-profile/v1\nid: a\nname: A\ntraining:\n"
                + "  mfu_pct: {value: 43, evidence: audited, audit: \"EXAMPLE-LAB 2026-0001\", date: 2026-01-15}\n");
        for (String cmd : List.of("assess", "validate", "batch")) {
            List<String> args = new ArrayList<>(List.of(cmd, p.toString(), "--as-of", "2025-11-30"));
            if (cmd.equals("batch")) {
                args.addAll(List.of("-o", tmp.resolve("b.csv").toString()));
            }
            Cli.Run r = Cli.run(args.toArray(String[]::new));
            assertEquals(3, r.exit(), cmd + ": " + r);
            assertTrue(r.err().contains("future.yaml:5:") && r.err().contains("after the reference date 2025-11-30"), cmd + ": " + r.err());
        }
        assertEquals(0, Cli.run("validate", p.toString(), "--as-of", "2026-02-01").exit(), "valid once the date has passed");
    }

    @Test
    void a_benchmark_run_dated_after_the_reference_date_is_an_error() throws Exception {
        Path doc = tmp.resolve("run.yaml");
        Files.writeString(doc, "cca: benchmark-run/v1\ncenter: wuhan-aicc\nkind: training-efficiency\ntool: custom\n"
                + "date: 2026-01-01\nresults: {mfu_pct: 52}\n");
        Cli.Run r = Cli.run("assess", "samples/wuhan-aicc.yaml", "--bench", doc.toString(), "--as-of", "2025-11-30", "-q");
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("after the reference date 2025-11-30"), r.err());
    }

    @Test
    void a_benchmark_file_earns_measured_with_its_files_hashes_as_provenance() throws Exception {
        JsonNode r = assess(Path.of(LINGANG), "--as-of", "2025-11-30");
        JsonNode tput = metrics(scenario(r, "inference")).stream()
                .filter(m -> m.path("metric").asText().equals("inference.throughput.output_tokens_per_s")).findFirst().orElseThrow();
        assertEquals("measured", tput.path("evidence").asText());
        assertEquals(6, tput.path("provenance").size(), "three benchmark-run documents and the three vLLM files they import");
        for (JsonNode p : tput.path("provenance")) {
            assertTrue(p.path("sha256").asText().matches("[0-9a-f]{64}"), p.toString());
        }
        assertFalse(tput.path("provenance").get(0).path("file").asText().isEmpty());
    }
}
