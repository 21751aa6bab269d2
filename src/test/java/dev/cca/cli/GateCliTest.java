package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cca.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateCliTest {

    private static final String WUHAN = "samples/wuhan-aicc.yaml";

    @TempDir
    Path tmp;

    @Test
    void impossible_gate_options_are_one_line_usage_errors() {
        String[][] cases = {
            {"assess", WUHAN, "--min-grade", "6"},
            {"assess", WUHAN, "--min-grade", "training=Excellent"},
            {"assess", WUHAN, "--min-grade", "trainig=3"},
            {"assess", WUHAN, "--fail-under", "120"},
            {"assess", WUHAN, "--max-drop", "2"},
            {"assess", WUHAN, "--no-such-option"},
            {"batch", "samples", "-o", tmp.resolve("x.csv").toString(), "--rank-by", "foo"},
            {"batch", "samples", "-o", tmp.resolve("x.csv").toString(), "--group-by", "region.nowhere"},
            {"batch", "samples", "-o", tmp.resolve("x.csv").toString(), "--max-drop", "1"},
        };
        for (String[] args : cases) {
            Cli.Run r = Cli.run(args);
            assertEquals(2, r.exit(), String.join(" ", args) + "\n" + r);
            assertEquals(1, r.err().strip().lines().count(), "one line, not the usage text: " + r);
            assertTrue(r.err().startsWith("cca " + args[0] + ": "), r.err());
        }
        assertTrue(Cli.run("assess", WUHAN, "--min-grade", "6").err().contains("1 Emerging 待提升"), "the message lists the grades");
        assertTrue(Cli.run("batch", "samples", "-o", tmp.resolve("x.csv").toString(), "--group-by", "region.provnce").err()
                .contains("did you mean 'province'"));
    }

    @Test
    void per_scenario_grades_are_read_as_numbers_and_names_in_either_language() {
        // wuhan-aicc: training 58.6 (3 Proficient), inference 52.6 (2 Basic).
        assertEquals(0, Cli.run("assess", WUHAN, "-q", "--min-grade", "training=Proficient,inference=2").exit());
        assertEquals(0, Cli.run("assess", WUHAN, "-q", "--min-grade", "training=良好").exit());
        Cli.Run r = Cli.run("assess", WUHAN, "-q", "--min-grade", "training=3,inference=良好");
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("gate failed: wuhan-aicc inference: grade 2 Basic is below the minimum 3 Proficient"), r.err());
        assertFalse(r.err().contains("wuhan-aicc training"), r.err());
    }

    @Test
    void invalid_inputs_exit_3_but_every_report_carries_the_gate_results_of_the_valid_centers() throws IOException {
        Path dir = tmp.resolve("subs");
        Files.createDirectories(dir);
        Files.copy(Path.of(WUHAN), dir.resolve("wuhan.yaml"));
        Files.writeString(dir.resolve("bad.yaml"), "cca: center-profile/v1\nid: BAD\nname: x\n");
        for (String cmd : new String[] {"assess", "batch"}) {
            Path json = tmp.resolve(cmd + ".json");
            Path md = tmp.resolve(cmd + ".md");
            Cli.Run r = Cli.run(cmd, dir.toString(), "-q", "--min-grade", "4", "-o", json.toString(), "-o", md.toString(),
                    "-o", tmp.resolve(cmd + ".xml").toString(), "-o", tmp.resolve(cmd + ".sarif").toString());
            assertEquals(3, r.exit(), r.toString());
            JsonNode gate = new ObjectMapper().readTree(json.toFile()).get("gate");
            assertFalse(gate.get("passed").asBoolean());
            assertEquals(2, gate.at("/counts/fail").asInt(), gate.toString());
            assertTrue(Files.readString(md).contains("Gate: failed (2 failed"), Files.readString(md));
            assertTrue(Files.readString(tmp.resolve(cmd + ".xml")).contains("grade 3 Proficient is below the minimum 4 Advanced"));
            assertTrue(Files.readString(tmp.resolve(cmd + ".sarif")).contains("cca/gate/overall/min_grade"));
            assertTrue(r.err().contains("gate failed: wuhan-aicc training"), r.err());
        }
    }

    @Test
    void a_waiver_holds_until_its_expiry_and_an_expired_one_fails_saying_so() throws IOException {
        Path gate = tmp.resolve("gate.yaml");
        Files.writeString(gate, """
                cca: gate/v1
                assertions:
                  - {on: indicator, id: security-compliance, required_evidence: audited}
                waivers:
                  - indicator: security-compliance
                    centers: [wuhan-aicc]
                    reason: audit booked
                    expires: 2025-12-31
                """);
        Cli.Run before = Cli.run("assess", WUHAN, "-q", "--gate", gate.toString(), "--as-of", "2025-12-31");
        assertEquals(0, before.exit(), before.toString());
        assertTrue(before.err().contains("gate waived: wuhan-aicc training: operations.security is declared"), before.err());
        Cli.Run after = Cli.run("assess", WUHAN, "-q", "--gate", gate.toString(), "--as-of", "2026-01-01");
        assertEquals(1, after.exit(), after.toString());
        assertTrue(after.err().contains("the waiver expired on 2025-12-31 (audit booked)"), after.err());
    }

    @Test
    void an_expired_waiver_fails_whatever_its_check_says_located_at_its_expiry_in_the_gate_file() throws IOException {
        Path gate = tmp.resolve("gate.yaml");
        // The waived check passes (any score is at least 0), and the second waiver names a center not assessed.
        Files.writeString(gate, """
                cca: gate/v1
                assertions:
                  - {on: indicator, id: security-compliance, min_score: 0}
                waivers:
                  - indicator: security-compliance
                    centers: [wuhan-aicc]
                    reason: audit booked
                    expires: 2025-12-31
                  - {indicator: security-compliance, centers: [somewhere-else], reason: other, expires: 2020-01-01}
                """);
        Path json = tmp.resolve("r.json");
        Path sarif = tmp.resolve("r.sarif");
        Cli.Run holds = Cli.run("assess", WUHAN, "-q", "--gate", gate.toString(), "--as-of", "2025-12-31", "-o", json.toString());
        assertEquals(0, holds.exit(), holds.toString());
        JsonNode g = new ObjectMapper().readTree(json.toFile()).get("gate");
        JsonNode waiverCheck = g.at("/checks/2");
        assertEquals("waiver", waiverCheck.get("on").asText(), g.toString());
        assertEquals("expires", waiverCheck.get("bound").asText());
        assertEquals("[\"wuhan-aicc\"]", waiverCheck.get("centers").toString());
        assertEquals(3, g.get("outcomes").size(), "two scenarios of the assertion, one waiver naming wuhan-aicc: " + g);

        Cli.Run expired = Cli.run("assess", WUHAN, "-q", "--gate", gate.toString(), "--as-of", "2026-01-01", "-o", json.toString(),
                "-o", sarif.toString());
        assertEquals(1, expired.exit(), expired.toString());
        assertTrue(expired.err().contains("gate failed: wuhan-aicc: the waiver of security-compliance for wuhan-aicc (audit booked)"
                + " expired on 2025-12-31, before 2026-01-01: renew it with a new expiry or remove it (waiver security-compliance expires"
                + " 2025-12-31, " + gate + ":5:5)"), expired.err());
        assertFalse(expired.err().contains("somewhere-else"), "a waiver of a center not assessed is not checked here: " + expired.err());
        g = new ObjectMapper().readTree(json.toFile()).get("gate");
        JsonNode fail = null;
        for (JsonNode o : g.get("outcomes")) {
            if (o.get("status").asText().equals("fail")) {
                fail = o;
            }
        }
        assertEquals(1, g.at("/counts/fail").asInt(), g.toString());
        assertEquals(gate.toString(), fail.get("file").asText(), "located in the gate file");
        assertEquals(8, fail.get("line").asInt(), "at the waiver's expires");
        assertTrue(fail.get("scenario").isNull(), "a waiver is checked once per center");
        JsonNode result = new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results/0");
        assertEquals("cca/gate/waiver/expires", result.get("ruleId").asText(), result.toString());
        assertEquals(8, result.at("/locations/0/physicalLocation/region/startLine").asInt(), result.toString());
    }

    @Test
    void a_warn_level_assertion_is_reported_and_passes() throws IOException {
        Path gate = tmp.resolve("gate.yaml");
        Files.writeString(gate, "cca: gate/v1\nassertions:\n  - {on: table, id: operations, level: warn, min_score: 90}\n");
        Path json = tmp.resolve("r.json");
        Cli.Run r = Cli.run("assess", WUHAN, "-q", "--gate", gate.toString(), "-o", json.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("gate warning: wuhan-aicc training: score 51 is below the minimum 90"), r.err());
        JsonNode g = new ObjectMapper().readTree(json.toFile()).get("gate");
        assertEquals(2, g.at("/counts/warn").asInt());
        assertEquals(gate.toString(), g.at("/files/0/file").asText());
        assertEquals(64, g.at("/files/0/sha256").asText().length());
    }

    @Test
    void an_invalid_gate_file_is_invalid_input_with_its_location() throws IOException {
        Path gate = tmp.resolve("gate.yaml");
        Files.writeString(gate, "cca: gate/v1\nassertions:\n  - {on: indicator, id: securty-compliance, min_score: 3}\n");
        Cli.Run r = Cli.run("assess", WUHAN, "-q", "--gate", gate.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("gate.yaml:3:") && r.err().contains("did you mean 'security-compliance'"), r.err());
    }

    @Test
    void validate_checks_gate_files_like_every_other_document() throws IOException {
        Path good = tmp.resolve("good.yaml");
        Files.writeString(good, "cca: gate/v1\nextends: cca-strict\n");
        Cli.Run ok = Cli.run("validate", good.toString());
        assertEquals(0, ok.exit(), ok.toString());
        assertTrue(ok.out().contains("1 gate file(s)"), ok.out());
        Cli.Run bad = Cli.run("validate", "src/test/resources/gate/invalid/unknown-indicator.yaml");
        assertEquals(3, bad.exit(), bad.toString());
        assertTrue(bad.err().contains("unknown-indicator.yaml:5:9: error " + dev.cca.diag.GateCode.UNKNOWN_ID.id() + ": ")
                && bad.err().contains("'security-complaince' (did you mean 'security-compliance'?)"), bad.err());
    }

    @Test
    void help_of_a_command_and_a_completion_script_are_there() {
        Cli.Run help = Cli.run("help", "assess");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--gate=FILE") && help.out().contains("--min-grade"), help.out());
        Cli.Run completion = Cli.run("completion");
        assertEquals(0, completion.exit());
        assertTrue(completion.out().contains("complete -F") && completion.out().contains("--allow-rules-change"), completion.out());
    }

    @Test
    void a_baseline_of_another_rule_set_is_refused_unless_allowed_and_then_the_change_is_split_into_rules_and_data() throws IOException {
        Path center = tmp.resolve("center.yaml");
        Files.copy(Path.of(WUHAN), center);
        Path base = tmp.resolve("base.json");
        assertEquals(0, Cli.run("assess", center.toString(), "-q", "--as-of", "2025-11-30", "-o", base.toString()).exit());
        // New rules: another version whose foundation table weighs more in training.
        Path rules = tmp.resolve("rules.yaml");
        String text = Files.readString(Path.of("scoring-rules/cca-default.yaml"));
        text = text.replaceFirst("version: \"[^\"]*\"", "version: \"2099.1\"")
                .replaceFirst("weight: \\{training: 50, inference: 50}", "weight: {training: 80, inference: 50}");
        Files.writeString(rules, text);
        String[] args = {"assess", center.toString(), "-q", "--as-of", "2025-11-30", "--rules", rules.toString(), "--baseline", base.toString()};
        Cli.Run refused = Cli.run(args);
        assertEquals(2, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("scored by rule set cca-default") && refused.err().contains("2099.1"), refused.err());
        assertEquals(1, refused.err().strip().lines().count());
        // Allowed, the data unchanged: whatever moved is the rules' doing, and the data's change (0) passes.
        String[] allowed = java.util.Arrays.copyOf(args, args.length + 1);
        allowed[args.length] = "--allow-rules-change";
        Path json = tmp.resolve("r.json");
        Cli.Run same = Cli.run(append(allowed, "-o", json.toString()));
        assertEquals(0, same.exit(), same.toString());
        String value = new ObjectMapper().readTree(json.toFile()).at("/gate/outcomes/0/value").asText();
        assertTrue(value.contains("(rules)") && value.contains("(data)"), value);
        // The data worse as well (this round's profile beside last round's, which is still at hand): the failure
        // names both parts.
        Path now = tmp.resolve("now.yaml");
        Files.writeString(now, Files.readString(center).replace("mfu_pct: {value: 38,", "mfu_pct: {value: 10,"));
        allowed[1] = now.toString();
        Cli.Run worse = Cli.run(allowed);
        assertEquals(1, worse.exit(), worse.toString());
        assertTrue(worse.err().contains("under this rule set) to") && worse.err().contains("; rules ") && worse.err().contains(", data -"),
                worse.err());
        // Last round's profile changed since: the change cannot be split, and the message says why.
        Files.writeString(center, Files.readString(now));
        Cli.Run unsplit = Cli.run(allowed);
        assertEquals(1, unsplit.exit());
        assertTrue(unsplit.err().contains("its inputs are not at hand, so the change from the rules is not separated"), unsplit.err());
    }

    private static String[] append(String[] a, String... more) {
        String[] out = java.util.Arrays.copyOf(a, a.length + more.length);
        System.arraycopy(more, 0, out, a.length, more.length);
        return out;
    }

    @Test
    void a_required_evidence_gate_gives_batch_the_outcomes_assess_gives_for_the_same_centers_at_the_same_places() throws IOException {
        Path gate = tmp.resolve("evidence-gate.yaml");
        Files.writeString(gate, """
                cca: gate/v1
                assertions:
                  - {on: indicator, id: security-compliance, required_evidence: audited}
                  - {on: indicator, id: data-governance, required_evidence: measured}
                  - {on: table, id: foundation, required_evidence: measured}
                  - {on: table, id: innovation, required_evidence: declared}
                """);
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        Cli.Run assess = Cli.run("assess", "samples", "-q", "--gate", gate.toString(), "--as-of", "2025-11-30", "-o", a.toString());
        Cli.Run batch = Cli.run("batch", "samples", "-q", "--gate", gate.toString(), "--as-of", "2025-11-30", "-o", b.toString());
        assertEquals(assess.exit(), batch.exit(), assess + "\n" + batch);
        ObjectMapper m = new ObjectMapper();
        java.util.Map<String, String> fromAssess = new java.util.TreeMap<>();
        java.util.Set<String> statuses = new java.util.TreeSet<>();
        for (JsonNode o : m.readTree(a.toFile()).at("/gate/outcomes")) {
            statuses.add(o.get("status").asText());
            if (!o.get("status").asText().equals("pass")) {
                fromAssess.put(o.get("center").asText() + " " + o.get("scenario").asText() + " " + o.get("check").asInt(),
                        o.get("status").asText() + " " + o.get("value").asText() + " " + o.get("message").asText() + " at "
                                + o.path("file").asText() + ":" + o.path("line").asInt() + ":" + o.path("column").asInt());
            }
        }
        java.util.Map<String, String> fromBatch = new java.util.TreeMap<>();
        for (JsonNode o : m.readTree(b.toFile()).at("/gate/outcomes")) {
            fromBatch.put(o.get("center").asText() + " " + o.get("scenario").asText() + " " + o.get("check").asInt(),
                    o.get("status").asText() + " " + o.get("value").asText() + " " + o.get("message").asText() + " at "
                            + o.path("file").asText() + ":" + o.path("line").asInt() + ":" + o.path("column").asInt());
        }
        assertTrue(statuses.contains("pass") && statuses.contains("fail"), "the samples pass some checks and fail others: " + statuses);
        assertFalse(fromBatch.values().stream().anyMatch(v -> v.contains("keeps no evidence")), fromBatch.toString());
        // The same outcome at the same place: an evidence outcome at the line of the metric it names, not the record's.
        assertTrue(fromBatch.values().stream().anyMatch(v -> v.contains("is declared") && !v.endsWith(":1:1")), fromBatch.toString());
        assertEquals(fromAssess, fromBatch, "batch judges evidence as assess does, and places it where assess does");
        assertEquals(m.readTree(a.toFile()).at("/gate/counts"), m.readTree(b.toFile()).at("/gate/counts"));
    }
}
