package dev.cca.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Problems;
import dev.cca.engine.Assessor;
import dev.cca.input.SourceFile;
import dev.cca.model.CenterProfile;
import dev.cca.model.Datum;
import dev.cca.model.Evidence;
import dev.cca.result.CenterResult;
import dev.cca.result.ScenarioResult;
import dev.cca.testing.Profiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Pins what the shipped rule set must do, in the spirit of Lighthouse's tests of its weights: coverage of the
 * report's tables, citations, and the consequences of caps and evidence factors.
 */
class DefaultRuleSetTest {

    private static final RuleSet RULES = RuleSetLoader.loadDefault();

    /** The report's tables 1-3 (section 4), by table id and scenario column, as Chinese indicator names. */
    private static final Map<String, Map<String, Set<String>>> REPORT = Map.of(
            "foundation", Map.of(
                    "training", Set.of("集群算力有效性", "计算集群稳定性", "单体集群算力规模", "主流计算框架兼容性", "算法模型多样性", "数据集丰富性"),
                    "inference", Set.of("吞吐率", "端到端时延", "异构多样性", "云服务高效性")),
            "innovation", Map.of(
                    "training", Set.of("云服务高效性", "模型迁移高效性", "数据治理多样性", "开发工具完整性", "场景方案丰富性"),
                    "inference", Set.of("池化调度能力", "模型迁移高效性", "开发工具完整性")),
            "operations", Map.of(
                    "training", Set.of("算力调度灵活性", "算力租赁性价比", "安全合规性", "服务响应时效性", "协调主体丰富性", "服务质量跟踪"),
                    "inference", Set.of("算力调度灵活性", "算力租赁性价比", "安全合规性", "服务响应时效性", "服务质量跟踪")));

    @Test
    void the_default_rule_set_loads_with_every_number_cited() throws Exception {
        Problems p = new Problems();
        RuleSet rs = RuleSetLoader.load(SourceFile.ofText("cca-default.yaml", Files.readString(Path.of("scoring-rules/cca-default.yaml"))), p);
        assertNotNull(rs, p.all().toString());
        assertTrue(p.isEmpty(), "warnings (uncited numbers?): " + p.all());
    }

    @Test
    void every_indicator_of_the_three_tables_is_weighted_in_both_scenario_columns() {
        for (var table : REPORT.entrySet()) {
            RuleSet.Table t = RULES.tables().stream().filter(x -> x.id().equals(table.getKey())).findFirst().orElseThrow();
            for (var column : table.getValue().entrySet()) {
                Set<String> weighted = new TreeSet<>();
                for (RuleSet.IndicatorUse u : t.uses(column.getKey())) {
                    if (!u.informative()) {
                        assertTrue(u.weight() > 0, u.indicator());
                        String zh = RULES.indicators().get(u.indicator()).label().zh().replaceAll("（.*）", "");
                        weighted.add(zh);
                    }
                }
                assertEquals(new TreeSet<>(column.getValue()), weighted, table.getKey() + "/" + column.getKey());
            }
        }
    }

    @Test
    void grades_are_five_bands_with_chinese_and_english_names() {
        assertEquals(5, RULES.grades().size());
        for (RuleSet.Grade g : RULES.grades()) {
            assertTrue(!g.label().en().isBlank() && !g.label().zh().isBlank());
        }
    }

    @Test
    void informative_indicators_carry_no_weight() {
        for (RuleSet.Table t : RULES.tables()) {
            for (String s : List.of("training", "inference")) {
                t.uses(s).stream().filter(RuleSet.IndicatorUse::informative).forEach(u -> assertEquals(0, u.weight(), 0));
            }
        }
    }

    /** Checked, then scored, as every command does it. */
    private static CenterResult assess(CenterProfile p) {
        dev.cca.check.ClaimChecks.Report checks = new dev.cca.check.ClaimChecks(RULES).check(p);
        return new Assessor(RULES).assess(p, Profiles.TODAY, List.of(), List.of(), List.of(), checks);
    }

    private static CenterProfile perfect() throws Exception {
        return Profiles.valid(Files.readString(Path.of("src/test/resources/profiles/valid/perfect.yaml")));
    }

    /**
     * The perfect profile checked (the checks derive the inventory's metrics anew and the priced peak), with the
     * claims the physics checks withdrew put back: the top of the throughput curve and a speed-up of exactly 1 are
     * past physics, so only this way can the tests show that the curves and weights reach 100.
     */
    private static CenterProfile pastThePhysicsChecks() throws Exception {
        CenterProfile p = perfect();
        CenterProfile stated = perfect();
        for (String m : new dev.cca.check.ClaimChecks(RULES).check(p).contradicted()) {
            if (stated.get(m) != null) {
                p.supersede(m, stated.get(m));
            }
        }
        return p;
    }

    private static CenterProfile measured(CenterProfile p) {
        for (Map.Entry<String, Datum> e : new ArrayList<>(p.values().entrySet())) {
            if (e.getValue().kind() != Datum.Kind.TEXT && e.getValue().kind() != Datum.Kind.DATE) {
                p.supersede(e.getKey(), e.getValue().withEvidence(Evidence.MEASURED));
            }
        }
        return p;
    }

    @Test
    void a_perfect_center_backed_by_measurements_scores_100_and_the_top_grade() throws Exception {
        // The top of every curve, scored without the checks stage: the curves and weights can reach 100. The top of
        // the throughput curve and a linear speed-up of exactly 1 are past physics, which the next test shows.
        CenterProfile p = pastThePhysicsChecks();
        CenterResult r = new Assessor(RULES).assess(measured(p), Profiles.TODAY, List.of(), List.of(), List.of(),
                dev.cca.check.ClaimChecks.Report.NONE);
        for (ScenarioResult s : r.scenarios()) {
            assertEquals(100, s.score(), 0.5, s.id());
            assertEquals(5, s.grade(), s.id());
        }
    }

    @Test
    void the_top_of_the_throughput_curve_and_a_perfect_speed_up_do_not_pass_the_checks() throws Exception {
        CenterProfile p = perfect();
        dev.cca.check.ClaimChecks.Report checks = new dev.cca.check.ClaimChecks(RULES).check(p);
        assertTrue(checks.findings().stream().anyMatch(f -> f.check().equals("compute-bound")
                && f.outcome() == dev.cca.result.Finding.Outcome.NOT_SCORED), checks.findings().toString());
        assertTrue(checks.findings().stream().anyMatch(f -> f.check().equals("speedup-perfect")), checks.findings().toString());
        assertEquals(null, p.get("inference.throughput.output_tokens_per_s"));
    }

    @Test
    void a_perfect_center_on_declared_values_alone_cannot_exceed_grade_4() throws Exception {
        CenterProfile p = pastThePhysicsChecks();
        CenterResult r = new Assessor(RULES).assess(p, Profiles.TODAY, List.of(), List.of(), List.of(),
                dev.cca.check.ClaimChecks.Report.NONE);
        for (ScenarioResult s : r.scenarios()) {
            assertEquals(85, s.score(), 0.5, "declared values count at most 85 points");
            assertEquals(4, s.grade(), s.id());
            assertTrue(s.caps().stream().anyMatch(c -> c.id().equals("top-grade-needs-evidence")),
                    "and even a score of 85 would be capped: no measured evidence");
        }
    }

    @Test
    void a_center_with_no_security_evidence_cannot_exceed_grade_2() throws Exception {
        String yaml = Files.readString(Path.of("src/test/resources/profiles/valid/perfect.yaml"))
                .replaceAll("(?m)^  security: .*\\n", "");
        CenterResult r = assess(measured(Profiles.valid(yaml)));
        for (ScenarioResult s : r.scenarios()) {
            assertEquals(2, s.grade(), s.id());
            assertTrue(s.uncappedGrade() > 2);
            assertTrue(s.caps().stream().anyMatch(c -> c.id().equals("no-security-evidence") && c.lowered()));
        }
    }

    @Test
    void a_profile_with_only_the_required_keys_scores_zero_and_has_unknown_fit() {
        CenterResult r = assess(Profiles.valid("cca: center-profile/v1\nid: min\nname: Min\n"));
        for (ScenarioResult s : r.scenarios()) {
            assertEquals(0, s.score(), 0);
            assertEquals(1, s.grade());
        }
        assertTrue(r.fit().stream().allMatch(f -> f.fit().equals("unknown")));
    }

    @Test
    void scenario_fit_follows_the_reports_scale_thresholds() {
        CenterResult e = assess(Profiles.valid("cca: center-profile/v1\nid: e\nname: E\nscenarios: [pretraining]\n"
                + "compute: {total_pflops_fp16: 1500, largest_cluster: {pflops_fp16: 1200}}\n"));
        assertEquals("full", e.fit().get(0).fit());
        CenterResult small = assess(Profiles.valid("cca: center-profile/v1\nid: s\nname: S\nscenarios: [pretraining]\n"
                + "compute: {total_pflops_fp16: 120, largest_cluster: {pflops_fp16: 120}}\n"));
        assertEquals("limited", small.fit().get(0).fit());
        assertNotNull(small.fit().get(0).warning(), "claiming pre-training at 120 PFLOPS warns");
        assertEquals("full", small.fit().get(1).fit(), "fine-tuning at 100 P level fits");
    }
}
