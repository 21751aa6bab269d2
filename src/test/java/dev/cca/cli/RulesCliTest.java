package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import dev.cca.testing.Cli;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class RulesCliTest {

    private static final String ONE_WEIGHT = "src/test/resources/rules/extends/one-weight.yaml";
    private static final RuleSet DEFAULT = RuleSetLoader.loadDefault();

    @Test
    void rules_list_names_the_embedded_rule_set_and_the_files_given_with_what_they_extend() {
        Cli.Run r = Cli.run("rules", "list", ONE_WEIGHT);
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("`cca-default` | " + DEFAULT.version()), r.out());
        assertTrue(r.out().contains("`stricter-security`"), r.out());
        assertTrue(r.out().contains("extends scoring-rules/cca-default.yaml"), r.out());
    }

    @Test
    void rules_show_prints_every_table_indicator_and_cap_of_the_default_with_where_it_is_written() {
        Cli.Run r = Cli.run("rules", "show");
        assertEquals(0, r.exit(), r.toString());
        for (RuleSet.Indicator i : DEFAULT.indicators().values()) {
            assertTrue(r.out().contains("`" + i.id() + "`"), i.id());
        }
        for (RuleSet.Cap c : DEFAULT.caps()) {
            assertTrue(r.out().contains("`" + c.id() + "`"), c.id());
        }
        // MFU: 50% table x 25/100 indicator x 45/100 metric = 5.625% of the training score.
        assertTrue(r.out().contains("| `training.mfu_pct` | % | 5.62% | — |"), r.out());
        assertTrue(r.out().contains("scoring-rules/cca-default.yaml:"), r.out());
    }

    @Test
    void rules_show_of_a_rule_set_that_extends_another_says_which_values_the_override_wrote() {
        Cli.Run r = Cli.run("rules", "show", ONE_WEIGHT);
        assertEquals(0, r.exit(), r.toString());
        // The override's weight of security compliance in training (line 10), and the base's in inference.
        assertTrue(r.out().contains("| Security compliance `security-compliance` | 30 | 27.3% | 6.82% | " + ONE_WEIGHT + ":10 |"), r.out());
        Matcher inference = Pattern.compile("\\| Security compliance `security-compliance` \\| 25 \\| 25% \\| 6.25% \\| "
                + "scoring-rules/cca-default.yaml:\\d+ \\|").matcher(r.out());
        assertTrue(inference.find(), r.out());
        // The cap: its condition from the base, its lowered max_grade from the override (line 18).
        assertTrue(r.out().contains("| 1 | training, inference | scoring-rules/cca-default.yaml:"), r.out());
        assertTrue(r.out().contains(ONE_WEIGHT + ":18 |"), r.out());
    }

    @Test
    void rules_explain_shows_what_the_indicator_measures_why_its_curve_citations_and_how_to_improve() {
        RuleSet.Indicator ind = DEFAULT.indicators().get("throughput");
        Cli.Run r = Cli.run("rules", "explain", "throughput");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains(ind.measures().en()), r.out());
        assertTrue(r.out().contains(ind.why().en()), r.out());
        assertTrue(r.out().contains(ind.improve().en()), r.out());
        assertTrue(r.out().contains("17.5%"), r.out());
        assertTrue(r.out().contains(ind.metrics().get(0).curve().describe()), r.out());
        assertTrue(r.out().contains("MLPerf Inference v4.1, closed division"), r.out());
    }

    @Test
    void rules_explain_finds_an_indicator_by_its_chinese_name_and_answers_in_chinese() {
        RuleSet.Indicator ind = DEFAULT.indicators().get("end-to-end-latency");
        Cli.Run r = Cli.run("rules", "explain", "端到端时延", "--lang", "zh");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains(ind.measures().zh()), r.out());
        assertTrue(r.out().contains(ind.improve().zh()), r.out());
        assertTrue(r.out().contains("衡量内容"), r.out());
    }

    @Test
    void rules_explain_of_an_unknown_indicator_is_a_usage_error_with_a_suggestion() {
        Cli.Run r = Cli.run("rules", "explain", "througput");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("did you mean 'throughput'?"), r.err());
    }

    @Test
    void rules_lint_passes_the_shipped_rule_set_and_locates_each_problem_of_a_broken_one() {
        Cli.Run ok = Cli.run("rules", "lint", "scoring-rules/cca-default.yaml");
        assertEquals(0, ok.exit(), ok.toString());
        assertTrue(ok.out().startsWith("clean: 1 rule set(s); 0 error(s), 0 warning(s)"), ok.out());
        String bad = "src/test/resources/rules/invalid/lint-cap-never-holds.yaml";
        Cli.Run r = Cli.run("rules", "lint", bad);
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains(bad + ":10:11: error " + dev.cca.diag.RuleCode.CAP_BELOW_NEVER.id() + ": no value of 'compute.pue' is below 1"), r.err());
        assertTrue(r.err().contains("    when: {metric: compute.pue, below: 1.0}\n            ^"), r.err());
    }

    @Test
    void rules_lint_strict_fails_on_warnings_too(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("r.yaml");
        Files.writeString(f, "cca: rules/v1\nextends: cca-default\nid: extra-citation\nversion: \"1\"\n"
                + "citations:\n  unused: {source: nobody, text: never cited}\n");
        assertEquals(0, Cli.run("rules", "lint", f.toString()).exit());
        Cli.Run strict = Cli.run("rules", "lint", "--strict", f.toString());
        assertEquals(3, strict.exit(), strict.toString());
        assertTrue(strict.err().contains("citation 'unused' is never cited"), strict.err());
    }

    @Test
    void rules_diff_of_a_rule_set_with_itself_finds_nothing() {
        Cli.Run r = Cli.run("rules", "diff", "cca-default", "scoring-rules/cca-default.yaml");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("nothing differs"), r.out());
    }

    @Test
    void rules_diff_lists_each_changed_entry_and_the_centers_whose_grade_moves() {
        Cli.Run r = Cli.run("rules", "diff", "cca-default", ONE_WEIGHT, "--catalog", "samples/", "--as-of", "2025-11-30");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("| `tables.operations.training.security-compliance` | weight 20 | weight 30 |"), r.out());
        assertTrue(r.out().contains("| `caps.no-security-evidence.max_grade` | 2 | 1 |"), r.out());
        String before = DEFAULT.indicators().get("throughput").metrics().get(0).curve().describe();
        String after = before.replaceAll(", [0-9]+ → 90\\)$", ", 150000 → 90)");
        assertTrue(r.out().contains("| " + before + " | " + after + " |"), r.out());
        assertTrue(r.out().contains("| `operations.security` | training | 5% | 6.82% | +1.82 pp |"), r.out());
        // A center without security evidence is capped at grade 1 by the new rule set: listed first.
        assertTrue(r.out().contains("## Effect on the catalog"), r.out());
        assertTrue(r.out().matches("(?s).*\\| 长安汽车智算中心 `changan-auto` \\| training \\| [0-9.]+ → [0-9.]+ \\| -?[0-9.]+ \\| 2 → 1 \\|.*"),
                r.out());
    }

    /** The scores diff reports are those that cca batch gives with each rule set. */
    @Test
    void rules_diff_scores_a_center_as_batch_does_with_each_rule_set(@TempDir Path dir) throws Exception {
        Path before = dir.resolve("before.csv");
        Path after = dir.resolve("after.csv");
        assertEquals(0, Cli.run("batch", "samples/", "--as-of", "2025-11-30", "-o", before.toString()).exit());
        assertEquals(0, Cli.run("batch", "samples/", "--as-of", "2025-11-30", "--rules", ONE_WEIGHT, "-o", after.toString()).exit());
        String b = row(Files.readString(before), "changan-auto");
        String a = row(Files.readString(after), "changan-auto");
        Cli.Run r = Cli.run("rules", "diff", "cca-default", ONE_WEIGHT, "--catalog", "samples/", "--as-of", "2025-11-30");
        String line = r.out().lines().filter(l -> l.contains("`changan-auto` | training")).findFirst().orElseThrow();
        Matcher m = Pattern.compile("\\| ([0-9.]+) → ([0-9.]+) \\|").matcher(line);
        assertTrue(m.find(), line);
        assertTrue(b.contains("," + m.group(1)), b + " vs " + line);
        assertTrue(a.contains("," + m.group(2)), a + " vs " + line);
    }

    private static String row(String csv, String id) {
        return csv.lines().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
    }

    @Test
    void rules_plot_writes_one_plain_svg_panel_per_metric_with_the_report_anchors_marked(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("curve.svg");
        Cli.Run r = Cli.run("rules", "plot", "cluster-effectiveness", "-o", svg.toString());
        assertEquals(0, r.exit(), r.toString());
        String text = Files.readString(svg);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        assertEquals(DEFAULT.indicators().get("cluster-effectiveness").metrics().size(),
                doc.getElementsByTagName("polyline").getLength());
        assertTrue(text.contains("40 → 80: Report: an MFU of 40-50% counts as fairly excellent in practice"), text);
        assertFalse(text.contains("<script"), text);
        Path again = dir.resolve("again.svg");
        Cli.run("rules", "plot", "cluster-effectiveness", "-o", again.toString());
        assertEquals(text, Files.readString(again), "the same rule set draws the same bytes");
    }

    @Test
    void rules_plot_to_standard_output_and_of_an_unknown_indicator() {
        Cli.Run r = Cli.run("rules", "plot", "pue", "-o", "-");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("unknown indicator 'pue'"), r.err());
        Cli.Run ok = Cli.run("rules", "plot", "energy-efficiency", "-o", "-", "--lang", "zh");
        assertEquals(0, ok.exit(), ok.toString());
        assertTrue(ok.out().startsWith("<?xml"), ok.out());
        assertTrue(ok.out().contains("能效（PUE）"), ok.out());
    }
}
