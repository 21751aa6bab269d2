package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Problems;
import dev.cca.input.Document;
import dev.cca.input.Limits;
import dev.cca.input.Node;
import dev.cca.input.SourceFile;
import dev.cca.input.YamlReader;
import dev.cca.model.Field;
import dev.cca.model.ProfileSchema;
import dev.cca.rules.RuleSetLoader;
import dev.cca.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InitCliTest {

    /** The template with id and name filled in, as a user would. */
    private static String filled(String template) {
        return template.replaceFirst("(?m)^id:$", "id: my-center").replaceFirst("(?m)^name:$", "name: 我的中心");
    }

    /** Every key used: one leading "# " removed from every line, as an editor's toggle-comment does. */
    private static String uncommented(String template) {
        return template.replaceAll("(?m)^# ", "");
    }

    private static Cli.Run validate(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return Cli.run("validate", f.toString());
    }

    @ParameterizedTest
    @CsvSource({"en,", "zh,", "en,inference", "zh,pretraining", "en,'fine-tuning,inference'", "zh,training"})
    void the_template_validates_once_id_and_name_are_filled_in_and_not_before(String lang, String scenario,
                                                                             @TempDir Path dir) throws Exception {
        Cli.Run init = scenario == null ? Cli.run("init", "--lang", lang) : Cli.run("init", "--lang", lang, "--scenario", scenario);
        assertEquals(0, init.exit(), init.toString());
        Cli.Run empty = validate(dir, "empty.yaml", init.out());
        assertEquals(3, empty.exit(), empty.toString());
        assertTrue(empty.err().contains("missing required key 'id'") || empty.err().contains("id"), empty.err());
        Cli.Run ok = validate(dir, "filled.yaml", filled(init.out()));
        assertEquals(0, ok.exit(), ok.toString());
        assertOnlyFitWarnings(ok);
    }

    @ParameterizedTest
    @CsvSource({"en,", "zh,", "zh,inference", "en,pretraining"})
    void every_key_uncommented_with_its_example_makes_a_profile_without_a_problem(String lang, String scenario,
                                                                                 @TempDir Path dir) throws Exception {
        Cli.Run init = scenario == null ? Cli.run("init", "--lang", lang) : Cli.run("init", "--lang", lang, "--scenario", scenario);
        Cli.Run ok = validate(dir, "all.yaml", uncommented(filled(init.out())));
        assertEquals(0, ok.exit(), ok.toString());
        assertOnlyFitWarnings(ok);
    }

    /**
     * No problem with the profile: no error, and no warning but whether the center can serve the scenarios it
     * claims (validate reports the warnings assess gives, and a template's scale says nothing about a real center's).
     */
    private static void assertOnlyFitWarnings(Cli.Run r) {
        assertTrue(r.out().contains("; 0 error(s), "), r.toString());
        for (String line : r.err().split("\n")) {
            if (dev.cca.testing.Printed.hasWarning(line)) {
                assertTrue(java.util.stream.Stream.of(dev.cca.diag.ProfileCode.FIT_NONE, dev.cca.diag.ProfileCode.FIT_UNKNOWN,
                        dev.cca.diag.ProfileCode.FIT_LIMITED).anyMatch(c -> line.contains(": warning " + c.id() + ": claims ")) && line.endsWith("[scenarios]"), r.toString());
            }
        }
    }

    @Test
    void the_full_template_has_every_key_of_the_profile_format() {
        String text = uncommented(filled(Cli.run("init").out()));
        Problems p = new Problems();
        List<Document> docs = new YamlReader(Limits.DEFAULT).readAll(SourceFile.ofText("t.yaml", text), p);
        Node root = docs.get(0).root();
        int checked = 0;
        for (Field f : leaves(ProfileSchema.root())) {
            Node n = root;
            for (String part : f.path().replace("[]..", ".[0].").split("\\.")) {
                if (part.equals("[0]") && n instanceof Node.ListNode l) {
                    n = l.items().get(0);
                } else if (n instanceof Node.MapNode m) {
                    n = m.get(part);
                } else {
                    n = null;
                }
                if (n == null) {
                    break;
                }
            }
            assertTrue(n != null, "the template has no key " + f.path());
            checked++;
        }
        assertTrue(checked >= 75, "checked " + checked);
    }

    private static List<Field> leaves(Field f) {
        List<Field> out = new java.util.ArrayList<>();
        for (Field c : f.children().values()) {
            if (c.type() == Field.Type.OBJECT) {
                out.addAll(leaves(c));
            } else if (c.type() == Field.Type.OBJECT_LIST) {
                out.addAll(leaves(c.item()));
            } else {
                out.add(c);
                out.addAll(c.conditions());
            }
        }
        return out;
    }

    @Test
    void each_metric_names_the_indicator_it_feeds_and_its_share_in_the_reports_words() {
        String en = squash(Cli.run("init").out());
        var throughput = RuleSetLoader.loadDefault().indicators().get("throughput");
        assertTrue(en.contains(squash("Feeds: Throughput (throughput), 17.5% of the inference score. The report: "
                + throughput.measures().en())), en);
        String zh = squash(Cli.run("init", "--lang", "zh").out());
        assertTrue(zh.contains(squash("计入：吞吐率 (throughput)，占推理得分 17.5%。报告：" + throughput.measures().zh())), zh);
        assertTrue(zh.contains(squash("单位：PFLOPS。")), zh);
    }

    /** Comment text without its line breaks and markers, so that a check does not depend on where lines wrap. */
    private static String squash(String s) {
        return s.replaceAll("[#\\s]", "");
    }

    @Test
    void an_inference_template_claims_inference_and_leaves_out_keys_only_training_reads() {
        String t = Cli.run("init", "--scenario", "inference").out();
        assertTrue(t.contains("\nscenarios: [inference]\n"), t);
        assertFalse(t.contains("mfu_pct"), t);
        assertFalse(t.contains("linear_speedup"), t);
        assertTrue(t.contains("tpot_ms_p50"), t);
        assertTrue(t.contains("pue"), t);
    }

    @Test
    void an_unknown_scenario_is_a_usage_error_with_a_suggestion() {
        Cli.Run r = Cli.run("init", "--scenario", "inferense");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("did you mean 'inference'?"), r.err());
    }

    @Test
    void every_key_of_the_profile_format_has_a_chinese_description_and_every_value_an_example() {
        for (Field f : leaves(ProfileSchema.root())) {
            assertTrue(f.zh() != null && !f.zh().isBlank(), f.path() + " has no Chinese description");
            boolean fromRules = f.type() == Field.Type.ID_LIST || f.type() == Field.Type.BOOLEAN || f.type() == Field.Type.CHOICE;
            assertTrue(fromRules || f.example() != null, f.path() + " has no example");
        }
    }
}
