package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.engine.Assessor;
import dev.cca.model.CenterProfile;
import dev.cca.result.CenterResult;
import dev.cca.result.Finding;
import dev.cca.result.IndicatorResult;
import dev.cca.result.MetricResult;
import dev.cca.result.ScenarioResult;
import dev.cca.result.TableResult;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import dev.cca.testing.Profiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, items 11 and 13: the latency class follows from the model served, not from a declaration; the training
 * grade separates a cluster that can pre-train 100B+ base models from a fine-tuning center; the rule file says what
 * the report says.
 */
class WorkloadAndScaleTest {

    static final RuleSet RULES = RuleSetLoader.loadDefault();
    static final ClaimChecks CHECKS = new ClaimChecks(RULES);
    static final String HEAD = "cca: center-profile/v1\nid: t\nname: T\nassessed_on: 2025-10-01\n";

    static CenterResult assess(CenterProfile p) {
        ClaimChecks.Report checks = CHECKS.check(p);
        return new Assessor(RULES).assess(p, Profiles.TODAY, List.of(), List.of(), List.of(), checks);
    }

    static MetricResult tpot(CenterResult r) {
        for (TableResult t : r.scenario("inference").tables()) {
            for (IndicatorResult i : t.indicators()) {
                for (MetricResult m : i.metrics()) {
                    if (m.metric().equals("inference.latency.tpot_ms_p50")) {
                        return m;
                    }
                }
            }
        }
        throw new AssertionError("no TPOT p50");
    }

    static String serving(String model, String latencyClass) {
        return "inference:\n  throughput: {output_tokens_per_s: 5000, model: " + model + ", accelerators: 8, concurrency: 256}\n"
                + "  latency: {tpot_ms_p50: 100}\n  latency_class: " + latencyClass + "\n";
    }

    // ---- item 13: the latency class follows from the workload -------------------------------------------------

    @Test
    void declaring_media_for_a_72b_language_model_no_longer_moves_its_tpot_score() {
        CenterResult text = assess(Profiles.valid(HEAD + serving("Qwen2.5-72B", "interactive-text")));
        CenterProfile p = Profiles.valid(HEAD + serving("Qwen2.5-72B", "media"));
        CenterResult media = assess(p);
        assertEquals(tpot(text).score(), tpot(media).score(), 1e-9, "a free declaration moved this score 3x");
        assertEquals("interactive-text", p.text("inference.latency_class"));
        Finding f = media.findings().stream().filter(x -> x.check().equals("latency-class")).findFirst().orElseThrow();
        assertEquals(Finding.Outcome.SCORED_AT_BOUND, f.outcome());
        assertTrue(f.message().en().contains("language model"), f.message().en());
        assertTrue(f.location().line() > 0, "located at the declaration");
    }

    @Test
    void voice_holds_for_a_model_of_at_most_10b_and_not_for_a_larger_one() {
        ClaimChecks.Report small = CHECKS.check(Profiles.valid(HEAD + serving("Qwen2.5-7B", "voice")));
        assertFalse(small.findings().stream().anyMatch(f -> f.check().equals("latency-class")), small.findings().toString());
        CenterProfile big = Profiles.valid(HEAD + serving("Qwen2.5-14B", "voice"));
        ClaimChecks.Report r = CHECKS.check(big);
        assertTrue(r.findings().stream().anyMatch(f -> f.check().equals("latency-class")), r.findings().toString());
        assertEquals("interactive-text", big.text("inference.latency_class"));
        CenterProfile smallMedia = Profiles.valid(HEAD + serving("Qwen2.5-7B", "media"));
        CHECKS.check(smallMedia);
        assertEquals("voice", smallMedia.text("inference.latency_class"), "a small language model allows voice, never media");
    }

    @Test
    void an_unnamed_or_unknown_model_backs_no_laxer_class_and_the_report_says_so() {
        CenterProfile unknown = Profiles.valid(HEAD + serving("Our-Own-Model-3", "voice"));
        ClaimChecks.Report r = CHECKS.check(unknown);
        Finding f = r.findings().stream().filter(x -> x.check().equals("latency-class")).findFirst().orElseThrow();
        assertTrue(f.message().en().contains("cannot be confirmed"), f.message().en());
        assertEquals("interactive-text", unknown.text("inference.latency_class"));
    }

    // ---- item 11: scale separates pre-training from fine-tuning ------------------------------------------------

    @Test
    void the_harbin_and_nanjing_samples_no_longer_share_a_training_grade() throws Exception {
        CenterResult harbin = assessSample("harbin-mobile");
        CenterResult nanjing = assessSample("nanjing-icc");
        ScenarioResult h = harbin.scenario("training");
        ScenarioResult n = nanjing.scenario("training");
        assertTrue(h.grade() > n.grade(), "Harbin " + h.grade() + ", Nanjing " + n.grade());
        assertTrue(n.grade() <= 3);
        assertTrue(n.caps().stream().anyMatch(c -> c.id().equals("training-grade-needs-e-level")), n.caps().toString());
        assertFalse(h.caps().stream().anyMatch(c -> c.id().equals("training-grade-needs-e-level")), h.caps().toString());
    }

    @Test
    void a_cluster_that_can_pre_train_is_not_held_back_and_one_just_below_e_level_is() {
        String body = "compute: {total_pflops_fp16: %s, largest_cluster: {pflops_fp16: %s}}\n";
        CenterResult e = assess(Profiles.valid(HEAD + String.format(body, 1200, 1000)));
        CenterResult below = assess(Profiles.valid(HEAD + String.format(body, 1200, 990)));
        assertFalse(e.scenario("training").caps().stream().anyMatch(c -> c.id().equals("training-grade-needs-e-level")));
        assertTrue(below.scenario("training").caps().stream().anyMatch(c -> c.id().equals("training-grade-needs-e-level")));
        assertFalse(below.scenario("inference").caps().stream().anyMatch(c -> c.id().equals("training-grade-needs-e-level")),
                "inference is served by 100-PFLOPS-level centers; the cap is of training only");
    }

    private static CenterResult assessSample(String name) throws Exception {
        return assess(Profiles.valid(java.nio.file.Files.readString(Path.of("samples/" + name + ".yaml"))));
    }

    // ---- item 13: what the rule file says ---------------------------------------------------------------------

    @Test
    void the_rule_file_reads_the_reports_parameter_classes_and_terms_as_the_report_writes_them() throws Exception {
        String file = java.nio.file.Files.readString(Path.of("scoring-rules/cca-default.yaml"));
        assertFalse(file.contains("~10B"), "百亿级及以下 is below 100B parameters");
        assertTrue(file.contains("below 100B parameters"));
        assertFalse(file.contains("模型算力利用率"), "MFU is 模型计算利用率");
        for (RuleSet.Table t : RULES.tables()) {
            assertTrue(t.cite().contains("judgement"), t.id() + ": the report weighs none of its three tables");
        }
        assertTrue(RULES.citations().get("caict-s3-latency").text().contains("does not say of what"));
    }
}
