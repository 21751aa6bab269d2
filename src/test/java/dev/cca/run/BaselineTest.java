package dev.cca.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.InputException;
import dev.cca.input.Limits;
import dev.cca.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A baseline decides whether a regression gate can fail: nothing in it may switch the gate off. */
class BaselineTest {

    @TempDir
    Path tmp;

    private static final String SCENARIOS = "\"scenarios\":[{\"id\":\"training\"},{\"id\":\"inference\"}]";
    private static final String CENTERS = "\"centers\":[{\"id\":\"a\",\"scenarios\":[{\"score\":61.5,\"grade\":3},"
            + "{\"score\":40,\"grade\":2}]}]";

    private Path file(String json) throws IOException {
        Path p = tmp.resolve("base-" + Integer.toHexString(json.hashCode()) + ".json");
        Files.writeString(p, json);
        return p;
    }

    private Baseline read(String json) throws Exception {
        return Baseline.read(file(json).toString(), Limits.DEFAULT);
    }

    private InputException invalid(String json) throws IOException {
        Path p = file(json);
        return assertThrows(InputException.class, () -> Baseline.read(p.toString(), Limits.DEFAULT));
    }

    @Test
    void a_batch_baseline_reads_the_same_whatever_the_order_of_its_keys() throws Exception {
        for (String json : new String[] {
            "{\"format\":\"cca-batch/v1\"," + SCENARIOS + "," + CENTERS + "}",
            "{\"format\":\"cca-batch/v1\"," + CENTERS + "," + SCENARIOS + "}",
            "{" + CENTERS + "," + SCENARIOS + ",\"format\":\"cca-batch/v1\"}"}) {
            Baseline b = read(json);
            assertEquals(1, b.size(), json);
            assertEquals(61.5, b.score(b.indexOf("a"), "training"), json);
            assertEquals(2, b.grade(b.indexOf("a"), "inference"), json);
        }
    }

    @Test
    void a_null_center_is_a_located_error_not_a_silent_pass() throws IOException {
        InputException e = invalid("{\"format\":\"cca-batch/v1\"," + SCENARIOS + ",\"centers\":[null," + CENTERS.substring(11) + "}");
        assertTrue(e.diagnostics().get(0).format().contains(":1:") && e.getMessage().contains("got null"), e.getMessage());
        assertEquals("centers[0]", e.diagnostics().get(0).location().path());
    }

    @Test
    void entries_that_cannot_be_read_are_errors_each_with_its_path() throws IOException {
        String[][] cases = {
            {"{\"id\":\"a\"}", "has no scenarios list"},
            {"{\"scenarios\":[]}", "without an id"},
            {"{\"id\":5,\"scenarios\":[]}", "a center id is text"},
            {"{\"id\":\"a\",\"scenarios\":[{\"grade\":3}]}", "without a score"},
            {"{\"id\":\"a\",\"scenarios\":[{\"score\":\"61\",\"grade\":3}]}", "a score is a number from 0 to 100"},
            {"{\"id\":\"a\",\"scenarios\":[{\"score\":-1e308,\"grade\":3}]}", "got -1e308"},
            {"{\"id\":\"a\",\"scenarios\":[{\"score\":1e308,\"grade\":3}]}", "a score is a number from 0 to 100"},
            {"{\"id\":\"a\",\"scenarios\":[{\"score\":50,\"grade\":3.5}]}", "a grade is a whole number"},
            {"{\"id\":\"a\",\"scenarios\":[{\"score\":50,\"grade\":99999999999}]}", "a grade is a whole number"},
            {"{\"id\":\"a\",\"scenarios\":7}", "expected the center's list of scenario results"},
            {"{\"id\":\"a\",\"scenarios\":[1]}", "expected a scenario result"},
        };
        for (String[] c : cases) {
            InputException e = invalid("{\"format\":\"cca-batch/v1\"," + SCENARIOS + ",\"centers\":[" + c[0] + "]}");
            assertTrue(e.getMessage().contains(c[1]), c[0] + " -> " + e.getMessage());
            assertTrue(e.diagnostics().get(0).location().path().startsWith("centers[0]"), e.getMessage());
        }
    }

    @Test
    void a_duplicate_id_or_a_repeated_top_level_key_is_an_error() throws IOException {
        assertTrue(invalid("{\"format\":\"cca-result/v1\",\"centers\":[{\"id\":\"a\",\"scenarios\":[]},{\"id\":\"a\",\"scenarios\":[]}]}")
                .getMessage().contains("duplicate center id 'a'"));
        assertTrue(invalid("{\"format\":\"cca-batch/v1\"," + SCENARIOS + "," + CENTERS + ",\"centers\":[]}")
                .getMessage().contains("Duplicate field 'centers'"));
    }

    @Test
    void batch_scores_without_a_scenarios_list_cannot_be_matched_and_say_so() throws IOException {
        assertTrue(invalid("{\"format\":\"cca-batch/v1\"," + CENTERS + "}").getMessage().contains("top-level scenarios list is missing"));
    }

    @Test
    void deep_nesting_a_huge_number_and_a_long_string_are_located_errors() throws IOException {
        String deep = "{\"format\":\"cca-batch/v1\",\"x\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
        assertTrue(invalid(deep).getMessage().contains("nested more than"), invalid(deep).getMessage());
        String digits = "{\"format\":\"cca-result/v1\",\"centers\":[{\"id\":\"a\",\"scenarios\":[{\"score\":" + "9".repeat(5000) + "}]}]}";
        assertTrue(invalid(digits).getMessage().contains("a number of 5000 digits"), invalid(digits).getMessage());
        String longId = "{\"format\":\"cca-result/v1\",\"centers\":[{\"id\":\"" + "a".repeat(70_000) + "\",\"scenarios\":[]}]}";
        assertTrue(invalid(longId).getMessage().contains("a value of 70000 characters"), invalid(longId).getMessage());
    }

    @Test
    void an_error_in_the_baseline_ends_the_run_with_exit_3_before_any_scoring() throws IOException {
        Path bad = file("{\"format\":\"cca-batch/v1\"," + SCENARIOS + ",\"centers\":[null]}");
        Path out = tmp.resolve("r.csv");
        Cli.Run r = Cli.run("batch", "samples/wuhan-aicc.yaml", "-o", out.toString(), "--baseline", bad.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains(bad + ":1:") && r.err().contains("[centers[0]]"), r.err());
        assertTrue(!Files.exists(out), "nothing is written");
        assertEquals(3, Cli.run("assess", "samples/wuhan-aicc.yaml", "-q", "--baseline", bad.toString()).exit());
    }

    @Test
    void a_score_of_minus_1e308_cannot_overflow_into_a_pass_or_a_false_drop() throws Exception {
        // A baseline at the bottom of the range never fails a center; one at the top always does.
        Path low = file("{\"format\":\"cca-result/v1\",\"centers\":[{\"id\":\"wuhan-aicc\",\"scenarios\":[{\"id\":\"training\",\"score\":0}]}]}");
        Path high = file("{\"format\":\"cca-result/v1\",\"centers\":[{\"id\":\"wuhan-aicc\",\"scenarios\":[{\"id\":\"training\",\"score\":100}]}]}");
        assertEquals(0, Cli.run("assess", "samples/wuhan-aicc.yaml", "-q", "--baseline", low.toString()).exit());
        assertEquals(0, Cli.run("assess", "samples/wuhan-aicc.yaml", "-q", "--baseline", high.toString(), "--max-drop", "1e308").exit(),
                "an enormous allowed drop passes");
        assertEquals(1, Cli.run("assess", "samples/wuhan-aicc.yaml", "-q", "--baseline", high.toString()).exit());
    }

    @Test
    void a_file_that_is_no_cca_result_is_a_usage_error() throws IOException {
        for (String json : new String[] {"[]", "{\"format\":\"something-else\",\"centers\":[null]}", "{\"centers\":[]}", "not json"}) {
            Path p = file(json);
            UsageException e = assertThrows(UsageException.class, () -> Baseline.read(p.toString(), Limits.DEFAULT), json);
            assertTrue(e.getMessage().contains("not a cca JSON result"), e.getMessage());
        }
    }

    @Test
    void a_scenario_a_center_lists_twice_is_an_error_at_the_second_whichever_value_would_win() throws IOException {
        String twice = "{\"format\":\"cca-result/v1\",\"centers\":[{\"id\":\"a\",\"scenarios\":[\n"
                + "{\"id\":\"training\",\"score\":100,\"grade\":5},\n{\"id\":\"training\",\"score\":0,\"grade\":0}]}]}";
        InputException e = invalid(twice);
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        assertEquals("CCA-F184", e.diagnostics().get(0).code().id());
        assertEquals(3, e.diagnostics().get(0).location().line(), "at the second entry: " + e.getMessage());
        assertEquals("centers[0].scenarios[1].id", e.diagnostics().get(0).location().path());
        assertTrue(e.getMessage().contains("center 'a' has scenario 'training' twice (first at line 2)"), e.getMessage());
        InputException listed = invalid("{\"format\":\"cca-batch/v1\",\"scenarios\":[{\"id\":\"training\"},{\"id\":\"training\"}],"
                + CENTERS + "}");
        assertEquals("CCA-F186", listed.diagnostics().get(0).code().id(), listed.getMessage());
        assertEquals("scenarios[1].id", listed.diagnostics().get(0).location().path());
    }

    @Test
    void a_scenario_id_the_rule_set_does_not_score_is_an_error_not_a_skipped_comparison() throws IOException {
        java.util.List<String> known = java.util.List.of("training", "inference");
        Path upper = file("{\"format\":\"cca-result/v1\",\"centers\":[{\"id\":\"a\",\"scenarios\":[{\"id\":\"TRAINING\",\"score\":100}]}]}");
        InputException e = assertThrows(InputException.class, () -> Baseline.read(upper.toString(), Limits.DEFAULT, known));
        assertEquals("CCA-F185", e.diagnostics().get(0).code().id());
        assertEquals("centers[0].scenarios[0].id", e.diagnostics().get(0).location().path());
        assertTrue(e.getMessage().contains("unknown scenario 'TRAINING' (did you mean 'training'?)"), e.getMessage());
        Path batch = file("{\"format\":\"cca-batch/v1\",\"scenarios\":[{\"id\":\"training\"},{\"id\":\"serving\"}]," + CENTERS + "}");
        InputException b = assertThrows(InputException.class, () -> Baseline.read(batch.toString(), Limits.DEFAULT, known));
        assertEquals("scenarios[1].id", b.diagnostics().get(0).location().path(), b.getMessage());
    }

    @Test
    void duplicate_and_unknown_scenarios_end_every_command_that_takes_a_baseline_with_exit_3() throws IOException {
        Path twice = file("{\"format\":\"cca-result/v1\",\"centers\":[{\"id\":\"wuhan-aicc\",\"scenarios\":["
                + "{\"id\":\"training\",\"score\":100,\"grade\":5},{\"id\":\"training\",\"score\":0,\"grade\":0}]}]}");
        Path first = file("{\"format\":\"cca-result/v1\",\"centers\":[{\"id\":\"wuhan-aicc\",\"scenarios\":["
                + "{\"id\":\"training\",\"score\":100,\"grade\":5}]}]}");
        Path upper = file("{\"format\":\"cca-result/v1\",\"centers\":[{\"id\":\"wuhan-aicc\",\"scenarios\":["
                + "{\"id\":\"TRAINING\",\"score\":100,\"grade\":5}]}]}");
        assertEquals(1, Cli.run("assess", "samples/wuhan-aicc.yaml", "-q", "--baseline", first.toString()).exit(),
                "the first entry alone fails the gate");
        for (String command : new String[] {"assess", "batch"}) {
            for (Path p : new Path[] {twice, upper}) {
                String out = tmp.resolve(command + ".json").toString();
                Cli.Run r = Cli.run(command, "samples/wuhan-aicc.yaml", "-q", "-o", out, "--baseline", p.toString());
                assertEquals(3, r.exit(), command + " " + p + ": " + r);
                assertTrue(r.err().contains(p + ":1:"), r.err());
                assertTrue(!Files.exists(Path.of(out)), "nothing is scored or written");
                Cli.Run zh = Cli.run("", java.util.Map.of("LANG", "zh_CN.UTF-8"), false, command, "samples/wuhan-aicc.yaml", "-q",
                        "-o", out, "--baseline", p.toString());
                assertTrue(zh.err().contains(p == twice ? "有两个场景“training”" : "未知的场景“TRAINING”"), zh.err());
            }
        }
    }

    /** Syntax errors are said in cca's words, as for every other JSON input, not in the JSON library's. */
    @Test
    void syntaxErrorsAreInCcasWords() throws IOException {
        InputException longNumber = invalid("{\"format\":\"cca-batch/v1\"," + SCENARIOS + ",\"centers\":[{\"id\":\"a\",\"scenarios\":[{\"score\":"
                + "1".repeat(500) + "}]}]}");
        String text = longNumber.diagnostics().get(0).format();
        assertTrue(text.contains("CCA-F155") && text.contains("500 digits"), text);
        assertTrue(!text.contains("StreamReadConstraints") && !text.contains("getMaxNumberLength"), text);
        InputException cut = invalid("{\"format\":\"cca-batch/v1\"," + SCENARIOS + ",\"centers\":[");
        String c = cut.diagnostics().get(0).format();
        assertTrue(c.contains("CCA-F156") && c.contains("not closed"), c);
        assertTrue(!c.contains("expected close marker") && !c.contains("REDACTED"), c);
    }
}
