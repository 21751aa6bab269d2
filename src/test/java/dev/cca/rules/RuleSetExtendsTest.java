package dev.cca.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Problems;
import dev.cca.input.InputFiles;
import dev.cca.input.Limits;
import dev.cca.input.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetExtendsTest {

    private static final RuleSet DEFAULT = RuleSetLoader.loadDefault();

    private static RuleSetLoader.Loaded read(Path f) throws Exception {
        Problems p = new Problems();
        RuleSetLoader.Loaded l = RuleSetLoader.read(InputFiles.read(f, f.toString(), Limits.DEFAULT, null), p);
        assertNotNull(l.rules(), p.all().toString());
        assertTrue(p.isEmpty(), p.all().toString());
        return l;
    }

    private static RuleSet text(Path dir, String yaml) throws Exception {
        Path f = dir.resolve("r.yaml");
        Files.writeString(f, yaml);
        return read(f).rules();
    }

    @Test
    void an_override_changes_only_what_it_names() throws Exception {
        RuleSet r = read(Path.of("src/test/resources/rules/extends/one-weight.yaml")).rules();
        List<String> changed = RuleSetDiff.changes(DEFAULT, r).stream().map(RuleSetDiff.Change::path).toList();
        assertEquals(List.of("id", "version", "title.en", "title.zh", "tables.operations.training.security-compliance",
                "indicators.throughput.metrics[inference.throughput.output_tokens_per_s].curve",
                "caps.no-security-evidence.max_grade"), changed);
        assertEquals(30, r.tables().get(2).uses("training").stream().filter(u -> u.indicator().equals("security-compliance"))
                .findFirst().orElseThrow().weight());
        assertNotEquals(DEFAULT.sha256(), r.sha256());
    }

    @Test
    void each_value_knows_whether_the_base_or_the_override_wrote_it() throws Exception {
        Path f = Path.of("src/test/resources/rules/extends/one-weight.yaml");
        RuleSource src = read(f).source();
        assertEquals(f + ":10", src.originAt("tables", "operations", "training", "security-compliance"));
        assertTrue(src.originAt("tables", "operations", "inference", "security-compliance").startsWith("scoring-rules/cca-default.yaml:"));
        assertEquals(f + ":18", src.originAt("caps", "no-security-evidence", "max_grade"));
        assertTrue(src.originAt("caps", "no-security-evidence", "when").startsWith("scoring-rules/cca-default.yaml:"));
        assertEquals(List.of(f.toString(), "scoring-rules/cca-default.yaml"), src.chain());
    }

    @Test
    void null_removes_a_key_and_remove_true_drops_a_list_item(@TempDir Path dir) throws Exception {
        RuleSet r = text(dir, """
                cca: rules/v1
                extends: cca-default
                id: smaller
                version: "1"
                caps:
                  - {id: training-scale-unknown, remove: true}
                  - id: no-pue
                    en: "No PUE: at most grade 4"
                    zh: 未提供PUE：等级最高为4级
                    when: {metric: compute.pue, missing: true}
                    max_grade: 4
                    cite: judgement
                indicators:
                  cluster-effectiveness:
                    metrics:
                      - {metric: compute.network.per_accelerator_gbps, remove: true}
                """);
        assertEquals(List.of("no-security-evidence", "top-grade-needs-evidence", "training-grade-needs-e-level", "no-pue"), r.caps().stream().map(RuleSet.Cap::id).toList());
        assertEquals(List.of("training.mfu_pct", "training.linear_speedup"),
                r.indicators().get("cluster-effectiveness").metrics().stream().map(RuleSet.MetricRule::metric).toList());
    }

    @Test
    void a_curve_of_another_kind_replaces_the_base_curve_whole(@TempDir Path dir) throws Exception {
        RuleSet r = text(dir, """
                cca: rules/v1
                extends: cca-default
                id: lognormal-mfu
                version: "1"
                indicators:
                  cluster-effectiveness:
                    metrics:
                      - metric: training.mfu_pct
                        curve: {kind: lognormal, median: 30, good: 45}
                """);
        Curve c = r.indicators().get("cluster-effectiveness").metrics().get(0).curve();
        assertEquals(30, assertInstanceOf(Curve.LogNormal.class, c).median());
    }

    @Test
    void a_rule_set_may_extend_a_file_that_extends_the_default(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("base"));
        Files.writeString(dir.resolve("base/b.yaml"), """
                cca: rules/v1
                extends: cca-default
                id: body-b
                version: "1"
                grades:
                  - {grade: 5, min: 90}
                """);
        Files.writeString(dir.resolve("a.yaml"), """
                cca: rules/v1
                extends: base/b.yaml
                id: body-a
                version: "1"
                grades:
                  - {grade: 4, min: 72}
                """);
        RuleSetLoader.Loaded l = read(dir.resolve("a.yaml"));
        assertEquals(90, l.rules().grade(5).min());
        assertEquals(72, l.rules().grade(4).min());
        assertEquals(3, l.source().chain().size());
        assertTrue(l.source().originAt("grades", "5", "min").endsWith("b.yaml:6"), l.source().originAt("grades", "5", "min"));
    }

    @Test
    void an_error_an_override_causes_points_at_the_override(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("r.yaml");
        Files.writeString(f, """
                cca: rules/v1
                extends: cca-default
                id: broken
                version: "1"
                tables:
                  - id: foundation
                    training:
                      - {indicator: cluster-stability, weight: -2, cite: judgement}
                """);
        Problems p = new Problems();
        SourceFile src = InputFiles.read(f, f.toString(), Limits.DEFAULT, null);
        assertNull(RuleSetLoader.load(src, p));
        assertEquals(1, p.errorCount(), p.all().toString());
        assertEquals(f.toString(), p.all().get(0).location().file());
        assertEquals(8, p.all().get(0).location().line());
    }

    private static List<dev.cca.diag.Diagnostic> errors(Path f) throws Exception {
        Problems p = new Problems();
        assertNull(RuleSetLoader.load(InputFiles.read(f, f.toString(), Limits.DEFAULT, null), p));
        return p.all();
    }

    @Test
    void a_loop_of_rule_sets_is_printed_once_round_however_its_files_are_spelt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "cca: rules/v1\nextends: b.yaml\nid: a\nversion: \"1\"\n");
        Files.writeString(dir.resolve("b.yaml"), "cca: rules/v1\nextends: ./sub/../a.yaml\nid: b\nversion: \"1\"\n");
        Files.createDirectories(dir.resolve("sub"));
        List<dev.cca.diag.Diagnostic> p = errors(dir.resolve("a.yaml"));
        assertEquals(1, p.size(), p.toString());
        assertEquals(dev.cca.diag.RuleCode.RULE_SETS_EXTEND_EACH_2, p.get(0).code());
        assertEquals("rule sets extend each other in a loop: " + dir.resolve("a.yaml") + " -> " + dir.resolve("b.yaml")
                + " -> " + dir.resolve("a.yaml"), p.get(0).message());
        Files.writeString(dir.resolve("self.yaml"), "cca: rules/v1\nextends: self.yaml\nid: s\nversion: \"1\"\n");
        assertEquals("rule sets extend each other in a loop: " + dir.resolve("self.yaml") + " -> " + dir.resolve("self.yaml"),
                errors(dir.resolve("self.yaml")).get(0).message());
    }

    @Test
    void extending_a_device_or_a_folder_says_what_it_is_not_that_it_is_missing(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("r.yaml");
        for (String[] c : new String[][] {{"/dev/zero", "a device, FIFO or other special file"}, {dir.toString(), "a folder"}}) {
            if (!Files.exists(Path.of(c[0]))) {
                continue;
            }
            Files.writeString(f, "cca: rules/v1\nextends: " + c[0] + "\nid: z\nversion: \"1\"\n");
            List<dev.cca.diag.Diagnostic> p = errors(f);
            assertEquals(dev.cca.diag.RuleCode.EXTENDS_NOT_REGULAR, p.get(0).code(), p.toString());
            assertTrue(p.get(0).message().contains("that is " + c[1] + ", not a regular file"), p.get(0).message());
            assertEquals(2, p.get(0).location().line());
        }
        Files.writeString(f, "cca: rules/v1\nextends: missing.yaml\nid: z\nversion: \"1\"\n");
        assertEquals(dev.cca.diag.RuleCode.EXTENDS_NO_SUCH_RULES, errors(f).get(0).code());
    }
}
