package dev.cca.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.cca.testing.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI formats against their published schemas (src/test/resources/schemas/README.md says where each comes
 * from): JUnit XML against the Jenkins xUnit junit-10.xsd, SARIF against the OASIS SARIF 2.1.0 JSON schema, for
 * assess and batch, with gate failures, warnings, waivers and invalid inputs in them, and text from a hostile
 * profile (XML and JSON metacharacters, control characters) in the center's name.
 */
class CiFormatsTest {

    @TempDir
    Path tmp;

    private Path submissions() throws IOException {
        Path dir = tmp.resolve("subs");
        Files.createDirectories(dir);
        Files.copy(Path.of("samples/wuhan-aicc.yaml"), dir.resolve("wuhan.yaml"));
        Files.copy(Path.of("samples/ningbo-minimal.yaml"), dir.resolve("ningbo.yaml"));
        String hostile = Files.readString(Path.of("samples/ningbo-minimal.yaml"))
                .replace("id: ningbo-minimal", "id: hostile-center")
                .replaceFirst("name: .*", "name: \"<x a='1'>&amp; \\\\u0007 ]]> \\\\\" %0A ::error::\"");
        Files.writeString(dir.resolve("hostile.yaml"), hostile);
        Files.writeString(dir.resolve("broken.yaml"), "cca: center-profile/v1\nid: Broken Id\nname: x\n");
        Files.writeString(tmp.resolve("gate.yaml"), """
                cca: gate/v1
                extends: cca-basic
                assertions:
                  - {on: scenario, id: training, min_grade: 3}
                  - {on: table, id: innovation, level: warn, min_score: 90}
                  - {on: indicator, id: data-governance, min_score: 99}
                waivers:
                  - {indicator: data-governance, centers: [wuhan-aicc], reason: "audit <booked> & paid", expires: 2026-12-31}
                """);
        return dir;
    }

    @Test
    void junit_reports_of_assess_and_batch_are_valid_against_the_junit_xsd() throws Exception {
        Path dir = submissions();
        Validator v = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(Path.of("src/test/resources/schemas/junit-10.xsd").toFile())).newValidator();
        for (String cmd : new String[] {"assess", "batch"}) {
            Path out = tmp.resolve(cmd + ".xml");
            Cli.Run r = Cli.run(cmd, dir.toString(), "--gate", tmp.resolve("gate.yaml").toString(), "--as-of", "2025-11-30", "-q",
                    "-o", out.toString());
            assertEquals(3, r.exit(), r.toString());
            v.validate(new StreamSource(out.toFile()));
            String xml = Files.readString(out);
            assertTrue(xml.contains("<testsuite name=\"wuhan-aicc\""), xml);
            assertTrue(xml.contains("<testsuite name=\"invalid inputs\" tests=\"1\" failures=\"1\""), xml);
            assertTrue(xml.contains("broken.yaml:2:"), "the invalid input's case names its location");
            assertTrue(xml.contains("<failure type=\"gate\""), xml);
            assertTrue(xml.contains("<skipped message=\"waived until 2026-12-31: audit &lt;booked&gt; &amp; paid\"/>"), xml);
            assertTrue(!xml.contains("\u0007"), "control characters never reach XML");
        }
    }

    @Test
    void sarif_reports_of_assess_and_batch_are_valid_sarif_2_1_0_located_at_the_profiles_line() throws Exception {
        Path dir = submissions();
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/schemas/sarif-schema-2.1.0.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        ObjectMapper json = new ObjectMapper();
        for (String cmd : new String[] {"assess", "batch"}) {
            Path out = tmp.resolve(cmd + ".sarif");
            Cli.Run r = Cli.run(cmd, dir.toString(), "--gate", tmp.resolve("gate.yaml").toString(), "--as-of", "2025-11-30", "-q",
                    "-o", out.toString());
            assertEquals(3, r.exit(), r.toString());
            JsonNode doc = json.readTree(Files.readString(out, StandardCharsets.UTF_8));
            Set<ValidationMessage> errors = schema.validate(doc);
            assertTrue(errors.isEmpty(), errors.toString());
            List<String> rules = new ArrayList<>();
            doc.at("/runs/0/tool/driver/rules").forEach(n -> rules.add(n.get("id").asText()));
            assertTrue(rules.contains(dev.cca.diag.ProfileCode.NOT_VALID_USE.id()) && rules.contains("cca/gate/scenario/min_grade"), rules.toString());
            boolean ningboAtItsLine = false;
            boolean waivedSuppressed = false;
            for (JsonNode res : doc.at("/runs/0/results")) {
                JsonNode loc = res.at("/locations/0/physicalLocation");
                assertTrue(loc.at("/region/startLine").asInt() >= 1, res.toString());
                if (res.at("/message/text").asText().startsWith("ningbo-minimal training: insufficient data")) {
                    ningboAtItsLine = loc.at("/artifactLocation/uri").asText().endsWith("subs/ningbo.yaml");
                }
                if (res.has("suppressions")) {
                    waivedSuppressed = res.at("/suppressions/0/justification").asText().contains("audit <booked> & paid");
                }
            }
            assertTrue(ningboAtItsLine, "a failed assertion is located at its profile");
            assertTrue(waivedSuppressed, "a waived check is a suppressed result with the waiver's reason");
        }
    }

    @Test
    void sarif_and_junit_list_200_invalid_inputs_of_a_file_and_one_more_that_counts_the_rest() throws Exception {
        Path dir = tmp.resolve("many");
        Files.createDirectories(dir);
        Files.copy(Path.of("samples/wuhan-aicc.yaml"), dir.resolve("wuhan.yaml"));
        Path many = dir.resolve("many.yaml");
        Files.writeString(many, "cca: center-profile/v1\nid: many\nname: Many\ntraining:\n  frameworks: ["
                + String.join(", ", java.util.Collections.nCopies(1000, "5")) + "]\n");
        ObjectMapper json = new ObjectMapper();
        for (String cmd : new String[] {"assess", "batch"}) {
            Path sarif = tmp.resolve(cmd + ".sarif");
            Path xml = tmp.resolve(cmd + ".xml");
            Path full = tmp.resolve(cmd + ".json");
            Cli.Run r = Cli.run(cmd, dir.toString(), "-q", "-o", sarif.toString(), "-o", xml.toString(), "-o", full.toString());
            assertEquals(3, r.exit(), r.toString());
            assertEquals(1000, json.readTree(full.toFile()).path("problems").size(), "the JSON report lists every problem");
            List<JsonNode> results = new ArrayList<>();
            json.readTree(sarif.toFile()).at("/runs/0/results").forEach(n -> {
                // An invalid input's rule is its code (CCA-P013), and CCA-F071 for the one that counts the rest.
                if (n.get("ruleId").asText().startsWith("CCA-")) {
                    results.add(n);
                }
            });
            assertEquals(201, results.size());
            assertEquals(dev.cca.diag.FileCode.HIDDEN_NOT_LISTED.id(), results.get(200).get("ruleId").asText());
            assertEquals(dev.cca.diag.FileCode.HIDDEN_NOT_LISTED.render("en", "800", "800", "0"),
                    results.get(200).at("/message/text").asText());
            assertTrue(results.get(200).at("/locations/0/physicalLocation/artifactLocation/uri").asText().endsWith("many/many.yaml"));
            String junit = Files.readString(xml);
            assertTrue(junit.contains("<testsuite name=\"invalid inputs\" tests=\"201\" failures=\"201\""), cmd);
            assertTrue(junit.contains("<failure type=\"" + dev.cca.diag.FileCode.HIDDEN_NOT_LISTED.id() + "\" message=\""
                    + dev.cca.diag.FileCode.HIDDEN_NOT_LISTED.render("en", "800", "800", "0")), cmd);
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(new StreamSource(Path.of("src/test/resources/schemas/junit-10.xsd").toFile())).newValidator()
                    .validate(new StreamSource(xml.toFile()));
        }
    }

    @Test
    void sarif_and_junit_carry_claim_findings_and_evidence_gate_outcomes_at_the_metrics_line() throws Exception {
        Path gate = tmp.resolve("evidence-gate.yaml");
        Files.writeString(gate, "cca: gate/v1\nassertions:\n  - {on: table, id: foundation, required_evidence: measured}\n");
        Path sarif = tmp.resolve("h.sarif");
        Path xml = tmp.resolve("h.xml");
        Cli.Run r = Cli.run("assess", "samples/harbin-mobile.yaml", "-q", "--gate", gate.toString(), "--as-of", "2025-11-30",
                "-o", sarif.toString(), "-o", xml.toString());
        assertEquals(1, r.exit(), r.toString());
        List<String> mfuLine = Files.readAllLines(Path.of("samples/harbin-mobile.yaml"));
        int mfu = 1 + java.util.stream.IntStream.range(0, mfuLine.size()).filter(i -> mfuLine.get(i).contains("mfu_pct:")).findFirst()
                .orElseThrow();
        boolean findingAtLine = false;
        boolean gateAtLine = false;
        for (JsonNode res : new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results")) {
            int line = res.at("/locations/0/physicalLocation/region/startLine").asInt();
            String rule = res.get("ruleId").asText();
            if (rule.equals(dev.cca.diag.CheckCode.MEASUREMENT_SCALE.id()) && res.at("/message/text").asText().contains("MFU")) {
                findingAtLine = line == mfu && res.get("level").asText().equals("warning");
            }
            if (rule.equals("cca/gate/table/required_evidence") && res.at("/message/text").asText().contains("training.mfu_pct")) {
                gateAtLine = line == mfu;
            }
        }
        assertTrue(findingAtLine, "a claim's finding is at the claim's line " + mfu);
        boolean described = false;
        for (JsonNode rule : new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/tool/driver/rules")) {
            if (rule.get("id").asText().equals(dev.cca.diag.CheckCode.MEASUREMENT_SCALE.id())) {
                described = rule.at("/help/text").asText().equals(dev.cca.diag.CheckCode.MEASUREMENT_SCALE.en() + "\n"
                        + dev.cca.diag.CheckCode.MEASUREMENT_SCALE.zh());
            }
            assertFalse(rule.get("id").asText().startsWith("cca/check/"), "a check is its code: " + rule);
        }
        assertTrue(described, "the check's rule carries the catalogue's help in both languages");
        assertTrue(gateAtLine, "an evidence gate's outcome is at the weakest metric's line " + mfu);
        String junit = Files.readString(xml);
        assertTrue(junit.contains("name=\"check measurement-scale: training.mfu_pct\""), junit);
        assertTrue(junit.contains("samples/harbin-mobile.yaml:" + mfu + ":"), junit);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(Path.of("src/test/resources/schemas/junit-10.xsd").toFile())).newValidator()
                .validate(new StreamSource(xml.toFile()));
    }

    @Test
    void github_annotations_are_written_only_inside_github_actions_and_escape_profile_text() throws IOException {
        Path dir = submissions();
        String[] args = {"assess", dir.toString(), "--gate", tmp.resolve("gate.yaml").toString(), "--as-of", "2025-11-30", "-q"};
        Cli.Run plain = Cli.run("", java.util.Map.of(), false, args);
        assertTrue(!plain.out().contains("::error"), plain.toString());
        Cli.Run gh = Cli.run("", java.util.Map.of("GITHUB_ACTIONS", "true"), false, args);
        assertEquals(3, gh.exit());
        List<String> commands = gh.out().lines().filter(l -> l.startsWith("::")).toList();
        assertTrue(commands.stream().anyMatch(l -> l.matches("::error file=.*broken\\.yaml,line=2,col=\\d+,title=cca%3A invalid input CCA-P006::.*")),
                commands.toString());
        assertTrue(commands.stream().anyMatch(l -> l.startsWith("::error file=") && l.contains("ningbo.yaml,line=")
                && l.contains("::ningbo-minimal training: insufficient data (0%25 of the weight reported)")), commands.toString());
        assertTrue(commands.stream().anyMatch(l -> l.startsWith("::warning ")), "a warn-level assertion is a warning");
        assertTrue(commands.stream().anyMatch(l -> l.startsWith("::notice ") && l.contains("waived")), "a waiver is a notice");
        assertTrue(gh.out().lines().noneMatch(l -> l.startsWith("::") && !commands.contains(l)));
        // Every command is one line: nothing a profile says can start a second one.
        assertTrue(gh.out().lines().filter(l -> l.contains("::error::")).findAny().isEmpty(), gh.out());
    }

    @Test
    void workflow_command_text_is_escaped_as_the_runner_decodes_it() {
        assertEquals("100%25 done%0Anext%0D", Text.workflowData("100% done\nnext\r"));
        assertEquals("a%3Ab%2Cc%25", Text.workflowProperty("a:b,c%"));
        assertEquals("x &lt;y&gt; &amp; &quot;z&quot; &apos;", Text.xml("x <y> & \"z\" '\u0001\uFFFE"));
    }
}
