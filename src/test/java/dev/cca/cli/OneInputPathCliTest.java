package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cca.generate.SyntheticCatalog;
import dev.cca.input.catalog.CatalogOptions;
import dev.cca.input.catalog.Format;
import dev.cca.rules.RuleSetLoader;
import dev.cca.run.Intake;
import dev.cca.testing.Cli;
import dev.cca.testing.Profiles;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cases where assess, validate and batch used to disagree, each as its user meets it. */
class OneInputPathCliTest {

    @TempDir
    Path tmp;

    private static final String PROFILE = "cca: center-profile/v1\nid: %s\nname: %s\ncompute: {total_pflops_fp16: 100}\n";

    private Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static JsonNode json(Path p) throws Exception {
        return new ObjectMapper().readTree(Files.readString(p));
    }

    @Test
    void assess_reads_the_csv_in_a_folder_that_batch_scores() throws Exception {
        write("dir/a.yaml", PROFILE.formatted("a", "A"));
        write("dir/b.csv", "cca,id,name,compute.total_pflops_fp16\ncenter-profile/v1,b,B,50\n");
        Path dir = tmp.resolve("dir");
        Cli.Run assess = Cli.run("assess", dir.toString(), "-q", "-o", tmp.resolve("a.json").toString());
        assertEquals(0, assess.exit(), assess.toString());
        assertEquals(2, json(tmp.resolve("a.json")).path("centers").size());
        Cli.Run batch = Cli.run("batch", dir.toString(), "-q", "-o", tmp.resolve("b.json").toString());
        assertEquals(0, batch.exit(), batch.toString());
        assertEquals(2, json(tmp.resolve("b.json")).path("centers").size());
        Cli.Run validate = Cli.run("validate", dir.toString());
        assertTrue(validate.out().startsWith("valid: 2 profile(s)"), validate.toString());
    }

    @Test
    void the_readme_assessment_of_the_samples_folder_passes_in_every_command() {
        Cli.Run assess = Cli.run("assess", "samples/", "-o", tmp.resolve("all.md").toString());
        assertEquals(0, assess.exit(), assess.toString());
        assertEquals(0, Cli.run("assess", "samples/", "-q").exit());
        assertEquals(0, Cli.run("validate", "samples/").exit());
        assertEquals(0, Cli.run("batch", "samples/", "-q", "-o", tmp.resolve("all.csv").toString()).exit());
    }

    @Test
    void validate_and_batch_count_the_same_warnings_the_checks_findings_among_them() throws Exception {
        Path cat = tmp.resolve("c.jsonl");
        assertEquals(0, Cli.run("generate", "--count", "60", "--seed", "11", "-o", cat.toString()).exit());
        Cli.Run validate = Cli.run("validate", cat.toString());
        java.util.regex.Matcher v = java.util.regex.Pattern.compile("(\\d+) warning\\(s\\)").matcher(validate.out());
        assertTrue(v.find(), validate.toString());
        Path out = tmp.resolve("c.json");
        Cli.Run batch = Cli.run("batch", cat.toString(), "-o", out.toString());
        java.util.regex.Matcher b = java.util.regex.Pattern.compile("; (\\d+) warning\\(s\\) \\((\\d+) from the checks").matcher(batch.out());
        assertTrue(b.find(), batch.toString());
        assertEquals(v.group(1), b.group(1), validate.out() + "\n" + batch.out());
        long findings = 0;
        for (JsonNode c : json(out).path("centers")) {
            findings += c.path("check_findings").asLong();
        }
        assertTrue(findings > 0, "the catalog has findings to count");
        assertEquals(findings, Long.parseLong(b.group(2)));
    }

    @Test
    void a_capability_the_rule_set_does_not_know_is_the_same_warning_in_every_command() throws Exception {
        Path p = write("p.yaml", PROFILE.formatted("a", "A") + "operations: {security: [iso-27701]}\n");
        String warning = "'iso-27701' is not in the rule set's list for operations.security; it scores nothing";
        Cli.Run validate = Cli.run("validate", p.toString());
        assertTrue(validate.err().contains(warning), validate.toString());
        Cli.Run assess = Cli.run("assess", p.toString(), "-v", "-q");
        assertTrue(assess.err().contains(warning), assess.toString());
        Path out = tmp.resolve("b.json");
        Cli.Run batch = Cli.run("batch", p.toString(), "-o", out.toString());
        long inJson = 0;
        for (JsonNode d : json(out).path("problems")) {
            inJson += d.path("severity").asText().equals("warning") ? 1 : 0;
        }
        assertTrue(batch.out().contains("; " + inJson + " warning(s)"), batch + "\n" + inJson);
        assertTrue(Files.readString(out).contains(warning));
        Cli.Run verbose = Cli.run("batch", p.toString(), "-v", "-o", out.toString());
        assertTrue(verbose.err().contains(warning), verbose.toString());
    }

    @Test
    void the_warnings_of_measured_evidence_are_counted_by_batch_as_it_prints_them() throws Exception {
        Path out = tmp.resolve("b.json");
        Cli.Run batch = Cli.run("batch", "samples/unicom-lingang.yaml", "-v", "-o", out.toString());
        long printed = batch.err().lines().filter(dev.cca.testing.Printed::hasWarning).count();
        assertTrue(printed > 0, batch.toString());
        // The total also counts the checks' findings, which the reports count per center and -v does not list.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("; (\\d+) warning\\(s\\)(?: \\((\\d+) from the checks)?")
                .matcher(batch.out());
        assertTrue(m.find(), batch.toString());
        long findings = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        assertEquals(printed, Long.parseLong(m.group(1)) - findings, batch.toString());
    }

    /** A batch that reads no center names the likely cause, exits 3 and leaves the earlier report alone. */
    @Test
    void a_batch_that_reads_no_center_is_an_error_and_keeps_the_earlier_report() throws Exception {
        Path report = tmp.resolve("ranking.csv");
        assertEquals(0, Cli.run("batch", "samples/wuhan-aicc.yaml", "-q", "-o", report.toString()).exit());
        byte[] before = Files.readAllBytes(report);
        Path gb = tmp.resolve("gb.csv");
        Files.write(gb, "cca,id,name\ncenter-profile/v1,a,武汉中心\n".getBytes(Charset.forName("GB18030")));
        Path zh = write("zh.csv", "格式,编号,名称\ncenter-profile/v1,a,武汉\n");
        Path header = write("header.csv", "cca,id,name\n");
        Path xlsx = tmp.resolve("c.xlsx");
        SyntheticCatalog.generate(3, 1, Format.XLSX, xlsx);
        Map<List<String>, String> cases = Map.of(
                List.of(gb.toString()), "--encoding gb18030",
                List.of(zh.toString()), "unknown column '格式'",
                List.of(header.toString()), "a table has a header and no rows",
                List.of(xlsx.toString(), "--sheet", "nope"), "no sheet named 'nope'");
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            List<String> args = new ArrayList<>(List.of("batch"));
            args.addAll(c.getKey());
            args.addAll(List.of("-o", report.toString()));
            Cli.Run r = Cli.run(args.toArray(String[]::new));
            assertEquals(3, r.exit(), r.toString());
            assertTrue(r.err().contains(c.getValue()), r.toString());
            assertTrue(r.err().contains("no report of centers was written to " + report), r.toString());
            assertArrayEquals(before, Files.readAllBytes(report), c.getKey().toString());
        }
    }

    /**
     * assess and batch alike: when no center can be assessed, a report of centers is not written over an earlier one
     * (Markdown, JSON, CSV, Excel), while JUnit and SARIF, which list the invalid inputs a CI system shows, are.
     */
    @Test
    void with_no_center_only_the_reports_that_list_invalid_inputs_are_written() throws Exception {
        Path bad = write("bad.yaml", "cca: center-profile/v1\nid: x\nname: X\ncompute: {pue: 0.5}\n");
        for (String command : new String[] {"assess", "batch"}) {
            Path report = tmp.resolve(command + ".json");
            Path md = tmp.resolve(command + ".md");
            assertEquals(0, Cli.run(command, "samples/wuhan-aicc.yaml", "-q", "-o", report.toString(), "-o", md.toString()).exit());
            byte[] json = Files.readAllBytes(report);
            byte[] markdown = Files.readAllBytes(md);
            Path sarif = tmp.resolve(command + ".sarif");
            Path junit = tmp.resolve(command + ".xml");
            Cli.Run r = Cli.run(command, bad.toString(), "-o", report.toString(), "-o", md.toString(), "-o", sarif.toString(),
                    "-o", junit.toString());
            assertEquals(3, r.exit(), r.toString());
            assertArrayEquals(json, Files.readAllBytes(report), command);
            assertArrayEquals(markdown, Files.readAllBytes(md), command);
            assertTrue(r.err().contains("no report of centers was written to " + report + ", " + md), r.toString());
            assertTrue(Files.readString(sarif).contains("CCA-P030") && Files.readString(junit).contains("CCA-P030"), command);
            Cli.Run zh = Cli.run(command, bad.toString(), "--lang", "zh", "-o", report.toString());
            assertTrue(zh.err().contains("因此没有写出中心报告 " + report), zh.toString());
        }
    }

    @Test
    void a_record_with_the_id_of_an_earlier_invalid_record_is_a_duplicate() throws Exception {
        Path csv = write("d.csv", "id,name,compute.total_pflops_fp16\na,First,-5\na,Second,10\nb,Other,10\n");
        Path out = tmp.resolve("d.json");
        Cli.Run r = Cli.run("batch", csv.toString(), "-o", out.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains(csv + ":3:1: error " + dev.cca.diag.CatalogCode.DUPLICATE_CENTER_ID.id() + ": ")
                && r.err().contains("'a'") && r.err().contains(csv + ":2"), r.toString());
        JsonNode centers = json(out).path("centers");
        assertEquals(1, centers.size());
        assertEquals("b", centers.get(0).path("id").asText());
        Cli.Run v = Cli.run("validate", csv.toString());
        assertTrue(v.err().contains(dev.cca.diag.CatalogCode.DUPLICATE_CENTER_ID.id()), v.toString());
    }

    @Test
    void progress_follows_the_records_delivered_not_the_bytes_read_ahead() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append("---\n").append(PROFILE.formatted("c" + i, "C" + i));
        }
        Path p = write("stream.yaml", sb.toString());
        List<double[]> seen = new ArrayList<>();
        Intake.Progress progress = new Intake.Progress() {
            @Override
            public boolean wanted() {
                return true;
            }

            @Override
            public void update(long records, long invalid, long position, long totalBytes) {
                seen.add(new double[] {records / 3000.0, (double) position / totalBytes});
            }

            @Override
            public void done(long records) {
            }
        };
        Intake.Config cfg = new Intake.Config(List.of(p.toString()), List.of(), Map.of(), CatalogOptions.DEFAULT, Profiles.TODAY, 2);
        Intake.run(cfg, RuleSetLoader.loadDefault(), new ByteArrayInputStream(new byte[0]), null, progress,
                centers -> centers.stream().map(c -> c.id()).toList(), (c, r) -> {
                });
        assertFalse(seen.isEmpty());
        for (double[] s : seen) {
            assertEquals(s[0], s[1], 0.05, "share of records delivered vs share of the catalog shown");
        }
    }

    @Test
    void a_report_gets_the_mode_of_any_new_file_in_its_folder() throws Exception {
        Path out = tmp.resolve("r.json");
        assertEquals(0, Cli.run("assess", "samples/wuhan-aicc.yaml", "-q", "-o", out.toString()).exit());
        Path plain = tmp.resolve("plain.txt");
        try (OutputStream os = Files.newOutputStream(plain)) {
            os.write(1);
        }
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertEquals(expected, Files.getPosixFilePermissions(out), "a report follows the umask as every new file does");
    }

    @Test
    void validate_reads_the_json_lines_outputs_of_vllm_and_sglang() {
        Cli.Run r = Cli.run("validate", "src/test/resources/bench/sglang-bench/bench-serving-one-run.jsonl",
                "src/test/resources/bench/sglang-bench/bench-serving-random-1024.jsonl");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("2 benchmark file(s)"), r.toString());
        assertFalse(r.err().contains("unknown key 'tag'"), r.toString());
    }

    @Test
    void an_anchor_on_a_plain_value_can_be_referred_to() throws Exception {
        Path p = write("anchor.yaml", "cca: center-profile/v1\nid: &n anchored\nname: *n\nregion: {province: &p 湖北, city: *p}\n");
        Cli.Run r = Cli.run("validate", p.toString());
        assertEquals(0, r.exit(), r.toString());
        Path out = tmp.resolve("a.json");
        assertEquals(0, Cli.run("assess", p.toString(), "-q", "-o", out.toString()).exit());
        assertEquals("anchored", json(out).path("centers").get(0).path("name").asText());
    }

    @Test
    void a_benchmark_file_listed_three_times_counts_as_one_run() throws Exception {
        Path dir = tmp.resolve("three");
        Files.createDirectories(dir);
        Files.copy(Path.of("src/test/resources/bench/vllm-bench/serve-result.json"), dir.resolve("v.json"));
        String profile = Files.readString(Path.of("samples/wuhan-aicc.yaml"), StandardCharsets.UTF_8)
                + "\nbenchmarks: [v.json, v.json, ./v.json]\n";
        Path p = dir.resolve("w.yaml");
        Files.writeString(p, profile);
        Path out = tmp.resolve("w.json");
        Cli.Run r = Cli.run("assess", p.toString(), "-q", "-o", out.toString(), "--bench-conditions", "accelerators=8,params_b=72");
        assertEquals(0, r.exit(), r.toString());
        JsonNode c = json(out).path("centers").get(0);
        assertEquals(1, c.path("benchmarks").size(), c.toString());
        assertTrue(c.path("warnings").toString().contains("is listed more than once; its runs count once"), c.toString());
    }

    @Test
    void an_element_of_a_one_line_json_array_is_located_at_its_column() throws Exception {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 500; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"cca\":\"center-profile/v1\",\"id\":\"c").append(i).append("\",\"name\":\"N\"")
                    .append(i == 400 ? ",\"hub\":\"nowhere\"" : "").append('}');
        }
        String text = sb.append(']').toString();
        Path p = write("min.json", text);
        Cli.Run r = Cli.run("validate", p.toString());
        int column = text.indexOf("\"nowhere\"") + 1;
        assertTrue(r.err().contains(p + ":1:" + column + ": error") && r.err().contains("'nowhere'"), r.toString());
    }

    @Test
    void a_file_with_a_thousand_problems_prints_max_problems_of_them_in_every_command_and_counts_all() throws Exception {
        String list = String.join(", ", java.util.Collections.nCopies(1000, "5"));
        Path p = write("many.yaml", "cca: center-profile/v1\nid: many\nname: Many\ntraining:\n  frameworks: [" + list + "]\n");
        String summary = p + ": " + dev.cca.diag.FileCode.HIDDEN_NOT_SHOWN.render("en", "800", "800", "0", 200);
        for (String command : List.of("validate", "assess", "batch")) {
            Cli.Run r = Cli.run(command, p.toString(), "-o", tmp.resolve("many-" + command + ".json").toString());
            if (command.equals("validate")) {
                r = Cli.run(command, p.toString());
                assertTrue(r.out().contains("1000 error(s)"), r.out());
            }
            assertEquals(3, r.exit(), command + ": " + r.err().substring(Math.max(0, r.err().length() - 500)));
            assertEquals(200, r.err().lines().filter(l -> l.startsWith(p + ":5:")).count(), command);
            assertTrue(r.err().contains(summary), command + ": " + r.err().substring(Math.max(0, r.err().length() - 500)));
        }
        assertTrue(Cli.run("assess", p.toString()).err().contains("1000 errors in the inputs"));
        Cli.Run all = Cli.run("validate", p.toString(), "--max-problems", "0");
        assertEquals(1000, all.err().lines().filter(l -> l.startsWith(p + ":5:")).count());
        assertFalse(all.err().contains("not shown"));
        Cli.Run five = Cli.run("validate", p.toString(), "--max-problems", "5", "-q");
        assertEquals(5, five.err().lines().filter(l -> l.startsWith(p + ":5:")).count());
        assertTrue(five.err().contains(dev.cca.diag.FileCode.HIDDEN_NOT_SHOWN.render("en", "995", "995", "0", 5)), five.err());
        Cli.Run bad = Cli.run("validate", p.toString(), "--max-problems", "-1");
        assertEquals(2, bad.exit(), bad.toString());
        assertTrue(bad.err().contains("--max-problems -1: must be 0 (print all) or more"), bad.err());
    }

    @Test
    void gate_files_rule_sets_and_the_reports_cca_wrote_in_an_input_folder_are_skipped_with_a_note_in_every_command()
            throws Exception {
        Path dir = tmp.resolve("mixed");
        Files.createDirectories(dir);
        Files.copy(Path.of("samples/wuhan-aicc.yaml"), dir.resolve("wuhan.yaml"));
        Files.writeString(dir.resolve("gate.json"), "{\"cca\": \"gate/v1\", \"assertions\": [{\"on\": \"overall\", \"level\": \"error\","
                + " \"min_score\": 1}]}\n");
        Files.writeString(dir.resolve("gate-flow.yaml"), "{cca: gate/v1, assertions: [{on: overall, level: error, min_score: 1}]}\n");
        Path reports = tmp.resolve("reports");
        assertEquals(0, Cli.run("assess", "samples/wuhan-aicc.yaml", "-q", "-o", reports.resolve("result.json").toString()).exit());
        assertEquals(0, Cli.run("batch", "samples/wuhan-aicc.yaml", "-q", "-o", reports.resolve("batch.json").toString(),
                "-o", reports.resolve("batch.csv").toString()).exit());
        for (String f : List.of("result.json", "batch.json", "batch.csv")) {
            Files.copy(reports.resolve(f), dir.resolve(f));
        }
        for (String command : List.of("validate", "assess", "batch")) {
            Cli.Run r = command.equals("batch") ? Cli.run(command, dir.toString(), "-o", tmp.resolve("out.json").toString())
                    : Cli.run(command, dir.toString());
            assertEquals(0, r.exit(), command + ": " + r);
            for (String f : List.of("result.json", "batch.json", "batch.csv")) {
                assertTrue(r.err().contains(dir.resolve(f) + ": warning " + dev.cca.diag.FileCode.REPORT_SKIPPED.id() + ": "),
                        command + " " + f + ": " + r.err());
            }
            if (!command.equals("validate")) {
                assertTrue(r.err().contains(dir.resolve("gate.json") + ": warning " + dev.cca.diag.FileCode.RULES_SKIPPED.id()
                        + ": skipped: a gate file"), command + ": " + r.err());
                assertTrue(r.err().contains(dir.resolve("gate-flow.yaml") + ": warning " + dev.cca.diag.FileCode.RULES_SKIPPED.id()
                        + ": skipped: a gate file"), command + ": " + r.err());
            }
        }
        assertTrue(Cli.run("validate", dir.toString()).out().contains("2 gate file(s)"), "validate checks the gate files it finds");
    }

    /** A byte-order mark is read the same way by every command, whatever the format of the file it starts. */
    @Test
    void a_byte_order_mark_is_read_alike_by_every_command() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Map<String, String> files = Map.of(
                "p.yaml", PROFILE.formatted("y", "云"),
                "p.json", "{\"cca\": \"center-profile/v1\", \"id\": \"j\", \"name\": \"J\", \"compute\": {\"total_pflops_fp16\": 10}}\n",
                "p.jsonl", "{\"cca\": \"center-profile/v1\", \"id\": \"l\", \"name\": \"L\"}\n",
                "p.csv", "cca,id,name,compute.total_pflops_fp16\ncenter-profile/v1,c,C,5\n");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = tmp.resolve("bom").resolve(f.getKey());
            Files.createDirectories(p.getParent());
            byte[] text = f.getValue().getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[bom.length + text.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(text, 0, all, bom.length, text.length);
            Files.write(p, all);
            Cli.Run validate = Cli.run("validate", p.toString());
            assertEquals(0, validate.exit(), f.getKey() + ": " + validate);
            Path out = tmp.resolve(f.getKey() + ".json");
            Cli.Run assess = Cli.run("assess", p.toString(), "-q", "-o", out.toString());
            assertEquals(0, assess.exit(), f.getKey() + ": " + assess);
            Path ranked = tmp.resolve(f.getKey() + ".csv");
            Cli.Run batch = Cli.run("batch", p.toString(), "-q", "-o", ranked.toString());
            assertEquals(0, batch.exit(), f.getKey() + ": " + batch);
            assertEquals(validate.err(), assess.err(), f.getKey() + ": the same warnings");
            String id = json(out).path("centers").get(0).path("id").asText();
            assertTrue(Files.readAllLines(ranked).stream().anyMatch(l -> l.startsWith(id + ",")), f.getKey() + ": " + Files.readString(ranked));
        }
    }
}
