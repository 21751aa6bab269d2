package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.report.ReportFormat;
import dev.cca.report.ReportFormats;
import dev.cca.run.ExitCode;
import dev.cca.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    static final String WUHAN = "samples/wuhan-aicc.yaml";

    @TempDir
    Path tmp;

    @Test
    void version_names_the_tool_and_the_rule_set() {
        Cli.Run r = Cli.run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("cca ") && r.out().contains("rule set cca-default"), r.out());
        assertEquals(r.out(), Cli.run("-V").out());
    }

    @Test
    void every_option_has_a_type_whose_converter_picocli_still_registers() {
        // Main leaves out picocli's converters of java.sql, java.time and java.nio types (UNUSED_CONVERTERS).
        java.util.Set<Class<?>> kept = java.util.Set.of(String.class, int.class, Integer.class, long.class, Long.class,
                double.class, Double.class, boolean.class, Boolean.class, java.util.List.class, java.io.File.class);
        java.util.ArrayDeque<picocli.CommandLine> todo = new java.util.ArrayDeque<>(
                java.util.List.of(Main.commandLine(null, new String[0])));
        int args = 0;
        while (!todo.isEmpty()) {
            picocli.CommandLine c = todo.pop();
            todo.addAll(c.getSubcommands().values());
            for (picocli.CommandLine.Model.ArgSpec a : c.getCommandSpec().args()) {
                args++;
                java.util.List<Class<?>> types = new java.util.ArrayList<>(java.util.List.of(a.type()));
                types.addAll(java.util.List.of(a.auxiliaryTypes()));
                for (Class<?> t : types) {
                    assertTrue(kept.contains(t) || t.isEnum() || a.converters().length > 0,
                            c.getCommandSpec().qualifiedName() + " " + a + ": a " + t.getName()
                                    + " needs a converter Main leaves out");
                }
            }
        }
        assertTrue(args > 50, "every command's options were seen: " + args);
        assertTrue("java.time.LocalDate".matches(Main.UNUSED_CONVERTERS) && !"java.lang.String".matches(Main.UNUSED_CONVERTERS));
    }

    @Test
    void version_alone_builds_no_command_and_anything_else_still_does() {
        assertEquals(0, Main.commandLine(null, new String[] {"--version"}).getSubcommands().size());
        assertEquals(0, Main.commandLine(null, new String[] {"-V"}).getSubcommands().size());
        assertEquals(1, Main.commandLine(null, new String[] {"assess", "x.yaml"}).getSubcommands().size());
        assertTrue(Main.commandLine(null, new String[] {"--help"}).getSubcommands().size() > 5);
        assertTrue(Main.commandLine(null, new String[] {"--version", "assess"}).getSubcommands().size() > 5);
    }

    @Test
    void help_shows_examples_and_exit_codes() {
        Cli.Run r = Cli.run("assess", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Examples:") && r.out().contains("Exit codes:"), r.out());
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        assertEquals(2, Cli.run("assess", WUHAN, "--frobnicate").exit());
        assertEquals(2, Cli.run("assess").exit(), "a profile is required");
    }

    @Test
    void a_missing_profile_is_invalid_input_with_its_name() {
        Cli.Run r = Cli.run("assess", "no/such.yaml");
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("no/such.yaml: error " + dev.cca.diag.FileCode.NO_SUCH_FILE_OR_DIRECTORY.id() + ": "), r.err());
    }

    @Test
    void an_invalid_profile_prints_every_problem_with_its_line_and_a_caret() {
        Cli.Run r = Cli.run("assess", "src/test/resources/profiles/invalid/many-problems.yaml");
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("many-problems.yaml:10:3: error " + dev.cca.diag.ProfileCode.UNKNOWN_KEY.id() + ": ")
                && r.err().contains("'total_pflop_fp16'"), r.err());
        assertTrue(r.err().contains("many-problems.yaml:15:18: error"), r.err());
        assertTrue(r.err().contains("\n                   ^"), "a caret under column 18:\n" + r.err());
    }

    @Test
    void assess_writes_markdown_and_json_and_says_so() throws Exception {
        Path md = tmp.resolve("r.md");
        Path json = tmp.resolve("r.json");
        Cli.Run r = Cli.run("assess", WUHAN, "-o", md.toString(), "-o", json.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(Files.readString(md).contains("## 3. Scenario fit"));
        assertTrue(Files.readString(json).contains("\"format\" : \"cca-result/v1\""));
        assertTrue(r.out().contains("wrote " + md), r.out());
    }

    @Test
    void the_terminal_summary_fits_24_lines_of_80_columns_for_every_sample() throws Exception {
        try (var s = Files.list(Path.of("samples"))) {
            for (Path p : s.toList()) {
                Cli.Run r = Cli.run("assess", p.toString());
                String[] lines = r.out().split("\n");
                assertTrue(lines.length <= 24, p + ": " + lines.length + " lines\n" + r.out());
                for (String l : lines) {
                    assertTrue(dev.cca.report.Text.width(l) <= 80, p + ": too wide: " + l);
                }
            }
        }
    }

    @Test
    void colour_is_used_on_a_terminal_only_and_never_with_no_color() {
        assertFalse(Cli.run("", Map.of(), false, "assess", WUHAN).out().contains("\u001b["));
        assertTrue(Cli.run("", Map.of(), true, "assess", WUHAN).out().contains("\u001b["));
        assertFalse(Cli.run("", Map.of("NO_COLOR", "1"), true, "assess", WUHAN).out().contains("\u001b["));
        assertFalse(Cli.run("", Map.of(), true, "assess", WUHAN, "--no-color").out().contains("\u001b["));
    }

    @Test
    void a_failed_gate_exits_1_and_still_writes_the_reports() {
        Path md = tmp.resolve("gate.md");
        Cli.Run r = Cli.run("assess", WUHAN, "--fail-under", "99", "-o", md.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(Files.exists(md));
        assertTrue(r.err().contains("gate failed: wuhan-aicc training: score"), r.err());
        assertEquals(1, Cli.run("assess", WUHAN, "--min-grade", "5", "-q").exit());
        assertEquals(0, Cli.run("assess", WUHAN, "--min-grade", "2", "-q").exit());
    }

    @Test
    void a_score_below_the_baseline_fails_the_regression_gate() throws Exception {
        Path base = tmp.resolve("base.json");
        assertEquals(0, Cli.run("assess", WUHAN, "-q", "-o", base.toString()).exit());
        Path worse = tmp.resolve("worse.yaml");
        Files.writeString(worse, Files.readString(Path.of(WUHAN)).replace("mfu_pct: {value: 38,", "mfu_pct: {value: 20,"));
        Cli.Run r = Cli.run("assess", worse.toString(), "-q", "--baseline", base.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("against the baseline"), r.err());
        assertEquals(0, Cli.run("assess", worse.toString(), "-q", "--baseline", base.toString(), "--max-drop", "10").exit());
    }

    @Test
    void a_report_is_never_written_over_an_input() throws Exception {
        Path copy = tmp.resolve("in.json");
        Files.writeString(copy, "{\"cca\": \"center-profile/v1\", \"id\": \"x\", \"name\": \"X\"}");
        byte[] before = Files.readAllBytes(copy);
        Cli.Run r = Cli.run("assess", copy.toString(), "-o", copy.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("is one of the inputs"), r.err());
        assertArrayEquals(before, Files.readAllBytes(copy));
    }

    @Test
    void an_output_folder_that_is_missing_is_created_and_a_directory_is_refused() {
        Path nested = tmp.resolve("a/b/c/report.md");
        assertEquals(0, Cli.run("assess", WUHAN, "-q", "-o", nested.toString()).exit());
        assertTrue(Files.exists(nested));
        Cli.Run r = Cli.run("assess", WUHAN, "-q", "-o", tmp.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("is a directory"), r.err());
    }

    @Test
    void an_unknown_report_extension_is_a_usage_error_that_lists_the_formats_of_assess() {
        Cli.Run r = Cli.run("assess", WUHAN, "-o", tmp.resolve("r.pdf").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(".pdf is not a report format"), r.err());
        for (ReportFormat f : ReportFormats.of(ReportFormat.Kind.ASSESSMENT)) {
            assertTrue(r.err().contains("." + f.extensions().get(0)), r.err());
        }
    }

    @Test
    void a_format_of_catalog_reports_only_is_refused_by_assess_with_its_name() {
        for (ReportFormat f : ReportFormats.all()) {
            if (f.supports(ReportFormat.Kind.ASSESSMENT)) {
                continue;
            }
            Cli.Run r = Cli.run("assess", WUHAN, "-o", tmp.resolve("r." + f.extensions().get(0)).toString());
            assertEquals(2, r.exit(), r.toString());
            assertTrue(r.err().contains(f.title() + " is not a report of cca assess"), r.err());
        }
    }

    @Test
    void help_lists_every_registered_format_and_every_exit_code() {
        for (String[] cmd : new String[][] {{"assess", "--help"}, {"batch", "--help"}}) {
            Cli.Run r = Cli.run(cmd);
            ReportFormat.Kind kind = cmd[0].equals("assess") ? ReportFormat.Kind.ASSESSMENT : ReportFormat.Kind.BATCH;
            String help = r.out().replaceAll("\\s+", " ");
            assertTrue(help.contains("Force the format of every -o report: " + ReportFormats.names(kind) + "."), help);
            for (ExitCode c : ExitCode.values()) {
                assertTrue(help.contains(c.code() + " " + c.meaning()), c + " in " + help);
            }
        }
    }

    @Test
    void reruns_with_the_same_inputs_are_byte_identical() throws Exception {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        Path am = tmp.resolve("a.md");
        Path bm = tmp.resolve("b.md");
        Cli.run("assess", "samples/", "--as-of", "2025-11-30", "-q", "-o", a.toString(), "-o", am.toString());
        Cli.run("assess", "samples/", "--as-of", "2025-11-30", "-q", "-o", b.toString(), "-o", bm.toString());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertArrayEquals(Files.readAllBytes(am), Files.readAllBytes(bm));
    }

    @Test
    void a_profile_can_come_from_standard_input_and_a_report_go_to_standard_output() {
        Cli.Run r = Cli.run("cca: center-profile/v1\nid: piped\nname: Piped\n", Map.of(), false,
                "assess", "-", "-o", "-", "--format", "json");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("{") && r.out().contains("\"id\" : \"piped\""), r.out());
    }

    @Test
    void several_profiles_with_the_same_id_are_an_error_naming_both() throws Exception {
        Path a = tmp.resolve("a.yaml");
        Path b = tmp.resolve("b.yaml");
        Files.writeString(a, "cca: center-profile/v1\nid: same\nname: A\n");
        Files.writeString(b, "cca: center-profile/v1\nid: same\nname: B\n");
        Cli.Run r = Cli.run("assess", a.toString(), b.toString(), "-q");
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("duplicate center id 'same': also at " + a), r.err());
    }

    @Test
    void a_benchmark_file_named_by_a_profile_must_exist() throws Exception {
        Path p = tmp.resolve("p.yaml");
        Files.writeString(p, "cca: center-profile/v1\nid: b\nname: B\nbenchmarks: [bench/missing.yaml]\n");
        Cli.Run r = Cli.run("assess", p.toString(), "-q");
        assertEquals(3, r.exit());
        assertTrue(r.err().contains(":4:") && r.err().contains("benchmark file 'bench/missing.yaml' not found"), r.err());
    }

    @Test
    void validate_reports_every_problem_and_summarises() {
        Cli.Run bad = Cli.run("validate", "src/test/resources/profiles/invalid/many-problems.yaml", WUHAN);
        assertEquals(3, bad.exit());
        assertEquals(4, dev.cca.testing.Printed.errors(bad.err()), bad.err());
        assertTrue(bad.out().contains("invalid: 1 profile(s); 4 error(s)"), bad.out());
        Cli.Run good = Cli.run("validate", "samples/");
        assertEquals(0, good.exit(), good.toString());
        assertTrue(good.out().startsWith("valid: 10 profile(s)"), good.out());
    }

    @Test
    void validate_checks_a_rule_set_file_by_its_format_tag() {
        assertEquals(0, Cli.run("validate", "scoring-rules/cca-default.yaml").exit());
        Cli.Run r = Cli.run("validate", "src/test/resources/rules/invalid/non-monotone-curve.yaml");
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("not monotone"), r.err());
    }

    @Test
    void a_custom_rule_set_file_is_used_and_named_in_the_report() throws Exception {
        Path json = tmp.resolve("r.json");
        Cli.Run r = Cli.run("assess", WUHAN, "--rules", "src/test/resources/rules/minimal.yaml", "-q", "-o", json.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(Files.readString(json).contains("\"id\" : \"minimal\""));
        assertEquals(2, Cli.run("assess", WUHAN, "--rules", "nonexistent-rules").exit());
    }

    @Test
    void a_chinese_report_uses_chinese_headings_and_names() throws Exception {
        Path md = tmp.resolve("zh.md");
        assertEquals(0, Cli.run("assess", WUHAN, "--lang", "zh", "-q", "-o", md.toString()).exit());
        String text = Files.readString(md);
        assertTrue(text.contains("场景适配") && text.contains("集群算力有效性"), text.substring(0, 400));
        assertEquals(2, Cli.run("assess", WUHAN, "--lang", "fr").exit());
    }

    @Test
    void one_scenario_can_be_reported_alone() throws Exception {
        Path json = tmp.resolve("inf.json");
        assertEquals(0, Cli.run("assess", WUHAN, "--scenario", "inference", "-q", "-o", json.toString()).exit());
        String text = Files.readString(json);
        assertTrue(text.contains("\"id\" : \"inference\"") && !text.contains("\"id\" : \"training\""));
        assertEquals(2, Cli.run("assess", WUHAN, "--scenario", "pretraining").exit());
    }

    @Test
    void the_output_of_assess_ends_with_a_line_end_in_every_mode() throws Exception {
        java.util.List<String> samples = new java.util.ArrayList<>();
        try (var s = Files.list(Path.of("samples"))) {
            s.map(Path::toString).filter(n -> n.endsWith(".yaml")).sorted().forEach(samples::add);
        }
        String[][] modes = {{}, {"-q"}, {"-v"}, {"--lang", "zh"}, {"-o", "-", "--format", "json"}, {"-o", "-", "--format", "md"},
                {"-o", "-", "--format", "sarif"}, {"-o", "-", "--format", "junit"}, {"--fail-under", "90"}, {"--peers", "samples"}};
        for (boolean tty : new boolean[] {false, true}) {
            for (String columns : new String[] {"80", "40", "61", "200"}) {
                for (String[] mode : modes) {
                    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("assess"));
                    args.addAll(samples);
                    args.addAll(java.util.List.of(mode));
                    Cli.Run r = Cli.run("", Map.of("COLUMNS", columns), tty, args.toArray(String[]::new));
                    String what = "tty " + tty + ", COLUMNS " + columns + ", " + String.join(" ", mode);
                    assertTrue(r.exit() == 0 || r.exit() == 1, what + ": " + r);
                    assertTrue(r.out().isEmpty() || r.out().endsWith("\n"), what + ": standard output ends without a line end");
                    assertTrue(r.err().isEmpty() || r.err().endsWith("\n"), what + ": standard error ends without a line end");
                }
            }
        }
    }
}
