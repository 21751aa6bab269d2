package dev.cca.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI gate end to end, as an assessment body's pipeline runs it: the packaged jar as a separate process (run
 * by failsafe after {@code package}; skipped when the jar is absent), in a repository-like folder of submissions
 * (good, bad, regressed, waived) with a gate file and the accepted results of last round as the baseline.
 * Checks exit codes, what goes to standard output and to standard error, JUnit, SARIF and GitHub annotations.
 */
class CiGateIT {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    static Path repo;

    private static Path jar;

    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    @BeforeAll
    static void repository() throws Exception {
        String j = System.getProperty("cca.jar", ROOT.resolve("target/cca.jar").toString());
        jar = Path.of(j);
        assumeTrue(Files.isRegularFile(jar), "no packaged jar at " + jar + " (run ./mvnw verify)");
        Path subs = Files.createDirectories(repo.resolve("submissions"));
        Path accepted = Files.createDirectories(repo.resolve("accepted"));
        Files.copy(ROOT.resolve("samples/hangzhou-aicc.yaml"), subs.resolve("good.yaml"));
        Files.copy(ROOT.resolve("samples/wuhan-aicc.yaml"), subs.resolve("waived.yaml"));
        Files.copy(ROOT.resolve("samples/harbin-mobile.yaml"), subs.resolve("regressed.yaml"));
        // Last round's accepted results: harbin-mobile as it was.
        Run base = cca(Map.of(), "assess", "submissions/", "--as-of", "2025-11-30", "-q", "-o", "accepted/result.json");
        assertEquals(0, base.exit(), base.toString());
        assertTrue(Files.size(accepted.resolve("result.json")) > 1000);
        // This round: harbin-mobile's MFU fell from 43% to 20%.
        Files.writeString(subs.resolve("regressed.yaml"), Files.readString(subs.resolve("regressed.yaml"))
                .replace("mfu_pct: {value: 43,", "mfu_pct: {value: 20,"));
        Files.writeString(subs.resolve("bad.yaml"), "cca: center-profile/v1\nid: Bad Center\nname: 坏的\n");
        Files.writeString(repo.resolve("gate.yaml"), """
                cca: gate/v1
                title: end-to-end gate
                assertions:
                  - {on: overall, min_grade: 2, max_drop: 1}
                  - {on: indicator, id: data-governance, scenario: training, min_score: 60}
                waivers:
                  - indicator: data-governance
                    centers: [wuhan-aicc]
                    reason: data tools audited next quarter
                    expires: 2099-12-31
                """);
    }

    private static Run cca(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(repo.toFile());
        pb.environment().remove("GITHUB_ACTIONS");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(repo, "out", ".txt");
        Path err = Files.createTempFile(repo, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "cca did not finish");
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    private static String[] gate(String... more) {
        List<String> a = new ArrayList<>(List.of("assess", "submissions/", "--gate", "gate.yaml", "--baseline", "accepted/result.json",
                "--as-of", "2025-11-30"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void the_full_folder_exits_3_and_every_report_carries_the_gate_results_of_the_valid_centers() throws Exception {
        Run r = cca(Map.of(), gate("-q", "-o", "out/results.xml", "-o", "out/results.sarif", "-o", "out/result.json"));
        assertEquals(3, r.exit(), r.toString());
        assertEquals("", r.out(), "quiet: nothing on standard output");
        assertTrue(r.err().contains("submissions/bad.yaml:2:5: error CCA-P006:"), r.err());
        assertTrue(r.err().matches("(?s).*gate failed: harbin-mobile training: score fell from [0-9.]+ to [0-9.]+ against the baseline.*"),
                r.err());
        assertTrue(r.err().contains("gate waived: wuhan-aicc training: score 59 is below the minimum 60; waived until 2099-12-31"), r.err());
        assertFalse(r.err().contains("gate failed: hangzhou-aicc"), r.err());

        JsonNode result = new ObjectMapper().readTree(repo.resolve("out/result.json").toFile());
        assertEquals(1, result.at("/gate/counts/waived").asInt(), result.get("gate").toString());
        assertTrue(result.at("/gate/counts/fail").asInt() >= 1);
        assertEquals("gate.yaml", result.at("/gate/files/0/file").asText());
        assertEquals(4, result.get("inputs").size(), "every input file with its hash: " + result.get("inputs"));

        String xml = Files.readString(repo.resolve("out/results.xml"));
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(ROOT.resolve("src/test/resources/schemas/junit-10.xsd").toFile())).newValidator()
                .validate(new StreamSource(repo.resolve("out/results.xml").toFile()));
        for (String suite : new String[] {"hangzhou-aicc", "wuhan-aicc", "harbin-mobile", "invalid inputs"}) {
            assertTrue(xml.contains("<testsuite name=\"" + suite + "\""), suite);
        }
        assertTrue(xml.contains("name=\"submissions/bad.yaml:2:5\""), xml);

        JsonNode sarif = new ObjectMapper().readTree(repo.resolve("out/results.sarif").toFile());
        try (InputStream in = Files.newInputStream(ROOT.resolve("src/test/resources/schemas/sarif-schema-2.1.0.json"))) {
            assertEquals(java.util.Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in).validate(sarif));
        }
        List<String> uris = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(n -> uris.add(n.at("/locations/0/physicalLocation/artifactLocation/uri").asText()
                + ":" + n.at("/locations/0/physicalLocation/region/startLine").asInt()));
        assertTrue(uris.contains("submissions/bad.yaml:2"), uris.toString());
        assertTrue(uris.contains("submissions/regressed.yaml:5"), "repository-relative, at the profile's line: " + uris);
    }

    @Test
    void without_the_bad_submission_a_regression_exits_1_and_without_it_the_gate_passes() throws Exception {
        Path bad = repo.resolve("submissions/bad.yaml");
        Path aside = repo.resolve("bad.yaml.aside");
        Files.move(bad, aside);
        Path regressed = repo.resolve("submissions/regressed.yaml");
        Path regressedAside = repo.resolve("regressed.yaml.aside");
        try {
            Run r = cca(Map.of(), gate());
            assertEquals(1, r.exit(), r.toString());
            assertTrue(r.out().contains("hangzhou-aicc") && !r.out().contains("gate failed"), "the summary on stdout, gates on stderr");
            assertTrue(r.err().contains("gate failed: harbin-mobile"), r.err());
            Files.move(regressed, regressedAside);
            Run ok = cca(Map.of(), gate("-q"));
            assertEquals(0, ok.exit(), ok.toString());
            assertTrue(ok.err().contains("gate waived: wuhan-aicc"), "a waiver is shown even when everything passes");
        } finally {
            Files.move(aside, bad);
            if (Files.exists(regressedAside)) {
                Files.move(regressedAside, regressed);
            }
        }
    }

    @Test
    void a_report_on_standard_output_is_the_only_thing_there() throws Exception {
        Run r = cca(Map.of("GITHUB_ACTIONS", "true"), gate("--format", "sarif", "-o", "-"));
        assertEquals(3, r.exit());
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        assertEquals("2.1.0", sarif.get("version").asText());
        assertTrue(r.err().contains("::error file=submissions/regressed.yaml,line=5,col=1,"), "annotations move to stderr: " + r.err());
    }

    @Test
    void inside_github_actions_failures_are_annotated_at_their_lines() throws Exception {
        Run r = cca(Map.of("GITHUB_ACTIONS", "true"), gate("-q"));
        assertEquals(3, r.exit(), r.toString());
        List<String> commands = r.out().lines().filter(l -> l.startsWith("::")).toList();
        assertTrue(commands.contains("::error file=submissions/bad.yaml,line=2,col=5,title=cca%3A invalid input CCA-P006::'Bad Center' is not a valid id:"
                + " use lowercase letters, digits and hyphens, starting with a letter or digit"), commands.toString());
        assertTrue(commands.stream().anyMatch(l -> l.startsWith("::error file=submissions/regressed.yaml,line=5,col=1,title=cca gate%3A harbin-mobile overall max_drop 1::")),
                commands.toString());
        assertTrue(commands.stream().anyMatch(l -> l.startsWith("::notice file=submissions/waived.yaml,")), commands.toString());
        Run plain = cca(Map.of(), gate("-q"));
        assertFalse(plain.out().contains("::"), "no workflow commands outside GitHub Actions");
    }

    @Test
    void impossible_options_are_one_line_and_exit_2() throws Exception {
        for (String[] args : new String[][] {{"assess", "submissions/good.yaml", "--min-grade", "6"},
                {"assess", "submissions/good.yaml", "--max-drop", "2"}, {"assess", "submissions/good.yaml", "--fail-under", "120"}}) {
            Run r = cca(Map.of(), args);
            assertEquals(2, r.exit(), r.toString());
            assertEquals(1, r.err().strip().lines().count(), r.toString());
            assertEquals("", r.out());
        }
    }

    @Test
    void reruns_give_byte_identical_reports() throws Exception {
        for (String run : new String[] {"a", "b"}) {
            cca(Map.of(), gate("-q", "-o", run + "/r.json", "-o", run + "/r.md", "-o", run + "/r.xml", "-o", run + "/r.sarif"));
            cca(Map.of(), "batch", "submissions/", "--gate", "gate.yaml", "--as-of", "2025-11-30", "-q", "-o", run + "/b.csv");
        }
        for (String f : new String[] {"r.json", "r.md", "r.xml", "r.sarif", "b.csv"}) {
            assertEquals(-1L, Files.mismatch(repo.resolve("a/" + f), repo.resolve("b/" + f)), f);
        }
    }
}
