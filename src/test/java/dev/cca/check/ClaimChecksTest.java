package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.engine.Assessor;
import dev.cca.evidence.MeasuredEvidence;
import dev.cca.input.bench.Measurement;
import dev.cca.model.CenterProfile;
import dev.cca.model.DerivedMetrics;
import dev.cca.result.CenterResult;
import dev.cca.result.FitResult;
import dev.cca.result.Finding;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import dev.cca.testing.Profiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each case of the checks stage, as the assessment body met it, and what the checks make of it. */
class ClaimChecksTest {

    static final RuleSet RULES = RuleSetLoader.loadDefault();
    static final ClaimChecks CHECKS = new ClaimChecks(RULES);

    /**
     * A bound's verdict on claim {@code value} of {@code metric}: past the bound ({@code flagged}), finding {@code f} says it
     * is not scored and the metric is withdrawn; within it, there is no finding and the claim is kept as written.
     */
    static void assertHeld(dev.cca.result.Finding f, dev.cca.model.CenterProfile p, String metric, double value, boolean flagged,
                           String why) {
        if (flagged) {
            org.junit.jupiter.api.Assertions.assertNotNull(f, why);
            org.junit.jupiter.api.Assertions.assertEquals(dev.cca.result.Finding.Outcome.NOT_SCORED, f.outcome(), why);
            org.junit.jupiter.api.Assertions.assertNull(p.get(metric), why);
        } else {
            org.junit.jupiter.api.Assertions.assertNull(f, why);
            org.junit.jupiter.api.Assertions.assertEquals(value, p.number(metric), 1e-12, why);
        }
    }

    static final String HEAD = "cca: center-profile/v1\nid: t\nname: T\nassessed_on: 2025-10-01\n";

    /**
     * {@code p} with a Megatron training run applied (of 2025-09-01, as measured evidence, on 16 accelerators at bf16)
     * that reached {@code achieved} TFLOP/s per accelerator; {@code conditions} adds to the run's (its card, a stated peak).
     */
    static CenterProfile withTrainingRun(CenterProfile p, double achieved, Map<String, String> conditions) {
        Map<String, String> c = new java.util.LinkedHashMap<>();
        c.put("accelerators", "16");
        c.putAll(conditions);
        c.putIfAbsent("precision", "bf16");
        dev.cca.evidence.MeasuredEvidence.Run run = new dev.cca.evidence.MeasuredEvidence.Run("t", "training-efficiency", "megatron",
                java.time.LocalDate.of(2025, 9, 1), c,
                List.of(new dev.cca.input.bench.Measurement("tflops_per_accelerator", achieved, "TFLOPS",
                        dev.cca.diag.Location.file("train.log"))),
                "train.log", dev.cca.diag.Location.file("train.log"),
                List.of(new dev.cca.model.Provenance(dev.cca.model.Provenance.Kind.NATIVE_FILE, "train.log", null, "megatron",
                        java.time.LocalDate.of(2025, 9, 1), null)));
        dev.cca.evidence.MeasuredEvidence.apply(p, List.of(run), java.time.LocalDate.of(2025, 10, 1), 730, new java.util.ArrayList<>());
        return p;
    }

    static CenterProfile profile(String body) {
        return Profiles.valid(HEAD + body);
    }

    static Finding only(ClaimChecks.Report r, String check) {
        List<Finding> l = r.findings().stream().filter(f -> f.check().equals(check)).toList();
        assertEquals(1, l.size(), check + " in " + r.findings());
        return l.get(0);
    }

    static boolean has(ClaimChecks.Report r, String check) {
        return r.findings().stream().anyMatch(f -> f.check().equals(check));
    }

    // ---- 1. Little's law ---------------------------------------------------------------------------------

    @Test
    void harbins_52000_tokens_per_second_at_concurrency_256_and_tpot_22_ms_is_scored_at_the_littles_law_bound() {
        CenterProfile p = profile("inference:\n  throughput: {output_tokens_per_s: 52000, model: Qwen2.5-72B, params_b: 72,"
                + " accelerators: 64, concurrency: 256}\n  latency: {tpot_ms_p50: 22, tpot_ms_p99: 35}\n");
        Finding f = only(CHECKS.check(p), "littles-law");
        assertEquals(Finding.Outcome.SCORED_AT_BOUND, f.outcome());
        assertEquals(52000, f.stated(), 0);
        assertEquals(256 * 1000 / 22.0 * 1.1, f.bound(), 1e-6, "concurrency x 1000 / TPOT p50, plus the 10% allowance");
        assertEquals(f.bound(), p.number("inference.throughput.output_tokens_per_s"), 1e-6);
        assertTrue(f.message().en().contains("11636.36"), f.message().en());
        assertTrue(f.location().line() > 0 && f.location().column() > 0, "located: " + f.location());
        assertEquals(52000, p.superseded("inference.throughput.output_tokens_per_s").get(0).number(), 0, "the claim stays visible");
    }

    @Test
    void five_hundred_thousand_tokens_per_second_at_concurrency_8_is_not_accepted_with_or_without_a_tpot() {
        CenterProfile withTpot = profile("inference:\n  throughput: {output_tokens_per_s: 500000, concurrency: 8}\n"
                + "  latency: {tpot_ms_p50: 20}\n");
        assertEquals(8 * 1000 / 20.0 * 1.1, only(CHECKS.check(withTpot), "littles-law").bound(), 1e-6);
        CenterProfile without = profile("inference:\n  throughput: {output_tokens_per_s: 500000, concurrency: 8}\n");
        Finding f = only(CHECKS.check(without), "littles-law");
        assertEquals(Finding.Outcome.SCORED_AT_BOUND, f.outcome());
        assertEquals(8 * RULES.catalogs().checks().maxTokensPerSecondPerUser(), without.number("inference.throughput.output_tokens_per_s"), 0,
                "without a TPOT, concurrency x the fastest single-stream decoding");
    }

    @Test
    void a_throughput_without_its_concurrency_is_undecided_and_scored_as_stated() {
        CenterProfile p = profile("inference:\n  throughput: {output_tokens_per_s: 5000}\n  latency: {tpot_ms_p50: 20}\n");
        Finding f = only(CHECKS.check(p), "littles-law");
        assertEquals(Finding.Outcome.UNDECIDED, f.outcome());
        assertEquals(5000, p.number("inference.throughput.output_tokens_per_s"), 0);
    }

    @Test
    void a_consistent_throughput_has_no_littles_law_finding() {
        CenterProfile p = profile("inference:\n  throughput: {output_tokens_per_s: 10800, concurrency: 256}\n"
                + "  latency: {tpot_ms_p50: 22}\n");
        assertFalse(has(CHECKS.check(p), "littles-law"));
    }

    // ---- 1. one operating point ---------------------------------------------------------------------------

    static MeasuredEvidence.Run serving(String concurrency, double tps, double tpot) {
        List<Measurement> m = new ArrayList<>();
        m.add(new Measurement("output_tokens_per_s", tps, "tokens/s", dev.cca.diag.Location.file("run-c" + concurrency + ".json")));
        if (tpot > 0) {
            m.add(new Measurement("tpot_ms.p50", tpot, "ms", dev.cca.diag.Location.file("run-c" + concurrency + ".json")));
        }
        return new MeasuredEvidence.Run("t", "inference-serving", "vllm-bench", LocalDate.of(2025, 9, 1),
                Map.of("accelerators", "8", "params_b", "72", "model", "Qwen2.5-72B", "concurrency", concurrency), m,
                "run-c" + concurrency + ".json", dev.cca.diag.Location.file("run-c" + concurrency + ".json"),
                List.of(new dev.cca.model.Provenance(dev.cca.model.Provenance.Kind.NATIVE_FILE, "run-c" + concurrency + ".json", null,
                        "vllm-bench", LocalDate.of(2025, 9, 1), null)));
    }

    @Test
    void throughput_and_latency_come_from_one_run_and_a_declared_latency_of_another_operating_point_is_not_scored() {
        CenterProfile p = profile("inference:\n  throughput: {output_tokens_per_s: 900, concurrency: 1}\n"
                + "  latency: {tpot_ms_p50: 8, ttft_ms_p99: 60}\n");
        List<dev.cca.diag.Diagnostic> notes = new ArrayList<>();
        MeasuredEvidence.apply(p, List.of(serving("256", 11000, 22)), LocalDate.of(2025, 10, 1), 730, notes);
        assertEquals(11000, p.number("inference.throughput.output_tokens_per_s"), 0);
        assertEquals(22, p.number("inference.latency.tpot_ms_p50"), 0, "the run's TPOT, not the declared one at concurrency 1");
        assertTrue(Double.isNaN(p.number("inference.latency.ttft_ms_p99")), "the run does not measure it: not scored");
        assertTrue(notes.stream().anyMatch(d -> d.message().contains("one operating point")), notes.toString());
    }

    @Test
    void runs_at_two_concurrencies_are_not_mixed_throughput_from_one_latency_from_the_other() {
        CenterProfile p = profile("");
        List<MeasuredEvidence.Run> runs = List.of(serving("256", 11000, 22), serving("256", 11200, 23),
                serving("1", 120, 8));
        MeasuredEvidence.apply(p, runs, LocalDate.of(2025, 10, 1), 730, new ArrayList<>());
        assertEquals(22.5, p.number("inference.latency.tpot_ms_p50"), 1e-9, "the TPOT of the group that gives the throughput");
        assertEquals(11100, p.number("inference.throughput.output_tokens_per_s"), 1e-9);
    }

    static MeasuredEvidence.Run collective(String collective, double busbw) {
        Map<String, String> c = new java.util.HashMap<>(Map.of("accelerators", "16", "nodes", "2"));
        if (collective != null) {
            c.put("collective", collective);
        }
        String file = "nccl-" + collective + ".txt";
        return new MeasuredEvidence.Run("t", "collective-communication", "nccl-tests", LocalDate.of(2025, 9, 1), c,
                List.of(new Measurement("busbw_gbps", busbw, "Gbit/s", dev.cca.diag.Location.file(file))), file,
                dev.cca.diag.Location.file(file), List.of(new dev.cca.model.Provenance(dev.cca.model.Provenance.Kind.NATIVE_FILE,
                        file, null, "nccl-tests", LocalDate.of(2025, 9, 1), null)));
    }

    @Test
    void only_an_all_reduce_gives_the_all_reduce_bus_bandwidth() {
        for (String spelled : List.of("all_reduce", "allreduce", "All-Reduce")) {
            CenterProfile p = profile("");
            MeasuredEvidence.apply(p, List.of(collective(spelled, 400)), LocalDate.of(2025, 10, 1), 730, new ArrayList<>());
            assertEquals(400, p.number(MeasuredEvidence.ALLREDUCE_BUSBW), 0, spelled);
        }
        for (String other : java.util.Arrays.asList("all_gather", "broadcast", "reduce_scatter", null)) {
            CenterProfile p = profile("");
            List<MeasuredEvidence.Use> uses = MeasuredEvidence.apply(p, List.of(collective(other, 900)), LocalDate.of(2025, 10, 1),
                    730, new ArrayList<>());
            assertTrue(Double.isNaN(p.number(MeasuredEvidence.ALLREDUCE_BUSBW)), other + " is not an all-reduce");
            assertEquals(List.of("busbw_gbps"), uses.get(0).unused());
            dev.cca.diag.Localized.Pair note = uses.get(0).notes().get(0);
            assertTrue(note.en().contains(other == null ? "does not say which collective" : other + ", not of all_reduce"), note.en());
            assertTrue(note.zh().contains("集合通信"), note.zh());
        }
        CenterProfile p = profile("");
        MeasuredEvidence.apply(p, List.of(collective("all_gather", 900), collective("all_reduce", 400)), LocalDate.of(2025, 10, 1),
                730, new ArrayList<>());
        assertEquals(400, p.number(MeasuredEvidence.ALLREDUCE_BUSBW), 0, "the all-gather's larger figure is never taken");
    }

    // ---- 2. mixture-of-experts -------------------------------------------------------------------------------

    @Test
    void deepseek_r1_counts_its_37b_active_parameters_not_671b() {
        CenterProfile p = profile("inference:\n  throughput: {output_tokens_per_s: 1650, model: deepseek-ai/DeepSeek-R1,"
                + " params_b: 671, accelerators: 32, concurrency: 96}\n  latency: {tpot_ms_p50: 55}\n");
        ClaimChecks.Report r = CHECKS.check(p);
        assertEquals(37, p.number("inference.throughput.active_params_b"), 0);
        assertFalse(has(r, "model-unknown"));
        CenterResult res = new Assessor(RULES).assess(p, Profiles.TODAY, List.of(), List.of(), List.of(), r);
        double normalized = res.scenario("inference").tables().get(0).indicators().stream()
                .filter(i -> i.id().equals("throughput")).findFirst().orElseThrow().metrics().get(0).normalizedValue();
        assertEquals(1650.0 / 32 * 37, normalized, 1e-6, "18x less credit than 671B would give");
    }

    @Test
    void the_model_table_knows_the_moe_models_and_their_spellings() {
        assertEquals(22, RULES.catalogs().models().find("Qwen/Qwen3-235B-A22B-Instruct-2507").activeB(), 0);
        assertEquals(3.3, RULES.catalogs().models().find("qwen3-30b-a3b").activeB(), 0);
        assertEquals(12.9, RULES.catalogs().models().find("Mixtral 8x7B").activeB(), 0);
        assertEquals(39, RULES.catalogs().models().find("mistralai/Mixtral-8x22B-Instruct-v0.1").activeB(), 0);
        assertEquals(37, RULES.catalogs().models().find("DeepSeek-V3").activeB(), 0);
        assertEquals(32.5, RULES.catalogs().models().find("DeepSeek-R1-Distill-Qwen-32B").activeB(), 0, "a distill is dense");
        assertEquals(70, RULES.catalogs().models().find("meta-llama/Llama-3.3-70B-Instruct").activeB(), 0);
    }

    @Test
    void an_unknown_model_with_only_total_parameters_is_a_warning_and_counts_them_all() {
        CenterProfile p = profile("inference:\n  throughput: {output_tokens_per_s: 1000, model: SuperMoE-900B, params_b: 900,"
                + " accelerators: 8, concurrency: 64}\n  latency: {tpot_ms_p50: 40}\n");
        Finding f = only(CHECKS.check(p), "model-unknown");
        assertEquals(Finding.Outcome.UNDECIDED, f.outcome());
        assertTrue(f.message().en().contains("active_params_b"), f.message().en());
        assertEquals(900, p.number("inference.throughput.active_params_b"), 0);
    }

    @Test
    void an_active_parameter_count_above_the_tables_is_held_to_the_table() {
        CenterProfile p = profile("inference:\n  throughput: {output_tokens_per_s: 1000, model: DeepSeek-R1, params_b: 671,"
                + " active_params_b: 671, accelerators: 8, concurrency: 64}\n  latency: {tpot_ms_p50: 40}\n");
        Finding f = only(CHECKS.check(p), "model-size");
        assertEquals(671, f.stated(), 0);
        assertEquals(37, f.bound(), 0);
        assertEquals(37, p.number("inference.throughput.active_params_b"), 0);
    }

    // ---- 3. the accelerator catalog ----------------------------------------------------------------------------

    @Test
    void nanjings_mlu370_x8_at_256_is_its_int8_figure_and_scores_at_96() {
        CenterProfile p = profile("compute:\n  accelerators:\n    - {vendor: Cambricon, model: MLU370-X8, count: 1536,"
                + " fp16_tflops: 256}\n");
        Finding f = only(CHECKS.check(p), "peak-not-dense-fp16");
        assertEquals(256, f.stated(), 0);
        assertEquals(96, f.bound(), 0);
        assertTrue(f.message().en().contains("INT8"), f.message().en());
        assertEquals(96, p.accelerators().get(0).fp16Tflops(), 0);
        assertEquals(96, p.number(DerivedMetrics.PEAK_TFLOPS_MEAN), 0);
    }

    @Test
    void hangzhous_atlas_300i_pro_at_140_is_its_int8_figure_and_scores_at_70() {
        CenterProfile p = profile("compute:\n  accelerators:\n    - {vendor: Huawei, model: Atlas 300I Pro, count: 200,"
                + " fp16_tflops: 140}\n");
        Finding f = only(CHECKS.check(p), "peak-not-dense-fp16");
        assertEquals(70, f.bound(), 0);
    }

    @Test
    void an_h100_listed_at_its_sparse_fp16_figure_is_caught() {
        CenterProfile p = profile("compute:\n  accelerators:\n    - {vendor: NVIDIA, model: H100 SXM5 80GB, count: 8,"
                + " fp16_tflops: 1979}\n");
        Finding f = only(CHECKS.check(p), "peak-not-dense-fp16");
        assertEquals(989.5, f.bound(), 0);
        assertTrue(f.message().en().contains("sparse FP16"), f.message().en());
    }

    @Test
    void a_thousand_ascend_910b_declared_as_a_1500_pflops_cluster_score_what_the_inventory_supports_and_fit_is_unknown() {
        CenterProfile p = profile("scenarios: [pretraining]\ncompute:\n  total_pflops_fp16: 1500\n"
                + "  largest_cluster: {accelerators: 1000, pflops_fp16: 1500}\n  accelerators:\n"
                + "    - {vendor: Huawei, model: Ascend 910B, count: 1000, fp16_tflops: 313}\n");
        ClaimChecks.Report r = CHECKS.check(p);
        Finding f = r.findings().stream().filter(x -> x.metric().equals("compute.largest_cluster.pflops_fp16")).findFirst()
                .orElseThrow();
        assertEquals(Finding.Outcome.SCORED_AT_BOUND, f.outcome());
        assertEquals(313, f.bound(), 1e-9, "1,000 x 313 TFLOPS");
        assertEquals(313, p.number("compute.largest_cluster.pflops_fp16"), 1e-9);
        CenterResult res = new Assessor(RULES).assess(p, Profiles.TODAY, List.of(), List.of(), List.of(), r);
        FitResult pre = res.fit().stream().filter(x -> x.scenario().equals("pretraining")).findFirst().orElseThrow();
        assertEquals("unknown", pre.fit(), "a contradiction is not a 'full' pre-training fit");
        assertNotNull(pre.warning());
    }

    @Test
    void a_training_log_of_414_tflops_on_a_320_tflops_card_is_rejected_not_capped_at_100_percent() {
        CenterProfile p = profile("compute:\n  accelerators:\n    - {vendor: Huawei, model: Ascend 910B, count: 1024,"
                + " fp16_tflops: 320}\ntraining:\n  mfu_pct: 40\n");
        MeasuredEvidence.apply(p, List.of(trainingRun("Ascend 910B", 414)), LocalDate.of(2025, 10, 1), 730, new ArrayList<>());
        Finding f = only(CHECKS.check(p), "training-peak");
        assertEquals(Finding.Outcome.NOT_SCORED, f.outcome());
        assertEquals(414, f.stated(), 0);
        assertEquals(320, f.bound(), 0);
        assertEquals(40, p.number("training.mfu_pct"), 0, "the run is not used; the declared MFU stays declared");
        assertEquals(dev.cca.model.Evidence.DECLARED, p.get("training.mfu_pct").evidence());
    }

    @Test
    void a_runs_accelerator_missing_from_the_inventory_is_noted_and_the_catalog_peak_is_used_not_the_inventory_mean() {
        CenterProfile p = profile("compute:\n  accelerators:\n    - {vendor: Huawei, model: Ascend 910B, count: 1024,"
                + " fp16_tflops: 313}\n    - {vendor: NVIDIA, model: A100, count: 512, fp16_tflops: 312}\n");
        MeasuredEvidence.apply(p, List.of(trainingRun("H800", 400)), LocalDate.of(2025, 10, 1), 730, new ArrayList<>());
        ClaimChecks.Report r = CHECKS.check(p);
        assertTrue(has(r, "run-accelerator-not-in-inventory"), r.findings().toString());
        assertEquals(100 * 400 / 989.5, p.number("training.mfu_pct"), 1e-9);
    }

    @Test
    void a_run_that_names_no_accelerator_on_a_mixed_inventory_cannot_become_mfu() {
        CenterProfile p = profile("compute:\n  accelerators:\n    - {vendor: Huawei, model: Ascend 910B, count: 1024,"
                + " fp16_tflops: 313}\n    - {vendor: NVIDIA, model: A100, count: 512, fp16_tflops: 312}\n");
        MeasuredEvidence.apply(p, List.of(trainingRun(null, 150)), LocalDate.of(2025, 10, 1), 730, new ArrayList<>());
        Finding f = only(CHECKS.check(p), "training-peak");
        assertEquals(Finding.Outcome.NOT_SCORED, f.outcome());
        assertTrue(Double.isNaN(p.number("training.mfu_pct")));
    }

    static MeasuredEvidence.Run trainingRun(String accelerator, double tflops) {
        Map<String, String> c = new java.util.LinkedHashMap<>();
        c.put("accelerators", "16");
        if (accelerator != null) {
            c.put("accelerator_model", accelerator);
        }
        return new MeasuredEvidence.Run("t", "training-efficiency", "megatron", LocalDate.of(2025, 9, 1), c,
                List.of(new Measurement("tflops_per_accelerator", tflops, "TFLOPS", dev.cca.diag.Location.file("train.log"))),
                "train.log", dev.cca.diag.Location.file("train.log"),
                List.of(new dev.cca.model.Provenance(dev.cca.model.Provenance.Kind.NATIVE_FILE, "train.log", null, "megatron",
                        LocalDate.of(2025, 9, 1), null)));
    }

    // ---- 4. heterogeneous diversity ------------------------------------------------------------------------------

    @Test
    void huawei_ascend_910b_and_its_chinese_spelling_are_one_kind_of_one_vendor_and_a_cpu_is_not_an_accelerator() {
        CenterProfile p = profile("compute:\n  accelerators:\n    - {vendor: Huawei, model: Ascend 910B, count: 512, fp16_tflops: 313}\n"
                + "    - {vendor: 华为, model: 昇腾910B, count: 512, fp16_tflops: 313}\n"
                + "    - {vendor: Huawei, model: Kunpeng 920, kind: gpu, count: 256}\n");
        assertEquals(3, p.number(DerivedMetrics.KINDS), 0, "as written: three models");
        ClaimChecks.Report r = CHECKS.check(p);
        assertEquals(1, p.number(DerivedMetrics.KINDS), 0);
        assertEquals(1, p.number(DerivedMetrics.VENDORS), 0);
        assertEquals(1024, p.number(DerivedMetrics.COUNT), 0, "the CPUs are not counted");
        assertTrue(has(r, "heterogeneous-diversity") && has(r, "not-an-accelerator"), r.findings().toString());
    }

    @Test
    void two_vendors_stay_two_and_an_unknown_card_keeps_its_own_name() {
        CenterProfile p = profile("compute:\n  accelerators:\n    - {vendor: Huawei, model: Ascend 910B, count: 512, fp16_tflops: 313}\n"
                + "    - {vendor: Acme, model: X1, count: 100, fp16_tflops: 200}\n"); // 11% of the compute: a kind of its own
        ClaimChecks.Report r = CHECKS.check(p);
        assertEquals(2, p.number(DerivedMetrics.KINDS), 0);
        assertEquals(2, p.number(DerivedMetrics.VENDORS), 0);
        assertEquals(Finding.Outcome.UNDECIDED, only(r, "accelerator-unknown").outcome());
    }

    @Test
    void invented_cards_count_together_as_one_architecture() {
        // Three names the catalog does not know, each with a real share: they earned 4 kinds of 4 vendors (85 points).
        CenterProfile p = profile("compute:\n  accelerators:\n    - {vendor: Huawei, model: Ascend 910B, count: 1280, fp16_tflops: 313}\n"
                + "    - {vendor: Foo, model: F1, count: 300, fp16_tflops: 300}\n"
                + "    - {vendor: Bar, model: B1, count: 300, fp16_tflops: 300}\n"
                + "    - {vendor: Baz, model: Z1, count: 300, fp16_tflops: 300}\n");
        ClaimChecks.Report r = CHECKS.check(p);
        assertEquals(2, p.number(DerivedMetrics.KINDS), 0);
        assertEquals(2, p.number(DerivedMetrics.VENDORS), 0);
        Finding f = only(r, "heterogeneous-diversity");
        assertEquals(4, f.stated(), 0);
        assertTrue(f.message().en().contains("cards the catalog does not know count together as one: Foo F1, Bar B1, Baz Z1"),
                f.message().en());
        assertTrue(f.message().zh().contains("目录中没有的加速卡合计只算一种"), f.message().zh());
    }

    @net.jqwik.api.Property(tries = 100)
    void unknown_lines_add_at_most_one_architecture(@net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int n,
                                                    @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 8, max = 5000) int count) {
        StringBuilder inv = new StringBuilder("compute:\n  accelerators:\n    - {vendor: NVIDIA, model: H100 SXM, count: 1024, fp16_tflops: 989}\n"
                + "    - {vendor: Huawei, model: Ascend 910B, count: 1024, fp16_tflops: 313}\n");
        for (int i = 0; i < n; i++) {
            inv.append("    - {vendor: Vendor").append(i).append(", model: Card").append(i).append(", count: ").append(count)
                    .append(", fp16_tflops: 400}\n");
        }
        CenterProfile p = profile(inv.toString());
        CHECKS.check(p);
        assertTrue(p.number(DerivedMetrics.KINDS) <= 3, n + " unknown lines: " + p.number(DerivedMetrics.KINDS));
        assertTrue(p.number(DerivedMetrics.VENDORS) <= 3, n + " unknown lines: " + p.number(DerivedMetrics.VENDORS));
    }

    @Test
    void serving_on_more_accelerators_than_the_inventory_holds_is_bounded_by_the_inventory() {
        // Qwen2.5-72B on the inventory's 8 Ascend 910B: a token reads 72.7 x 4 / 8 GB at 8 x 1,600 GB/s at least,
        // 0.355 ms with 8 tokens a read; 1,000 claimed serving cards would put that floor at 0.003 ms.
        String body = "compute:\n  accelerators:\n    - {vendor: Huawei, model: Ascend 910B, count: 8, fp16_tflops: 313}\n"
                + "inference:\n  throughput: {output_tokens_per_s: 1000, model: Qwen2.5-72B, params_b: 72.7, accelerators: A,"
                + " concurrency: 1}\n  latency: {tpot_ms_p50: 0.3}\n";
        CenterProfile claimed = profile(body.replace("accelerators: A", "accelerators: 1000"));
        ClaimChecks.Report r = CHECKS.check(claimed);
        Finding f = only(r, "serving-accelerators");
        assertEquals(Finding.Outcome.NOTED, f.outcome());
        assertEquals(8, f.bound(), 0);
        assertTrue(f.message().en().contains("more than the inventory's 8") && f.message().zh().contains("多于清单所列 8 张"),
                f.message().toString());
        assertTrue(has(r, "tpot-bandwidth-floor"), r.findings().toString());
        assertEquals(1000, claimed.number("inference.throughput.accelerators"), 0, "throughput per card stays divided by 1,000");
        CenterProfile honest = profile(body.replace("accelerators: A", "accelerators: 8"));
        ClaimChecks.Report h = CHECKS.check(honest);
        assertFalse(has(h, "serving-accelerators"), h.findings().toString());
        assertTrue(has(h, "tpot-bandwidth-floor"), h.findings().toString());
    }

    // ---- 6. the scale of a measurement ------------------------------------------------------------------------------

    @Test
    void a_speedup_of_095_from_8_to_16_cards_does_not_outscore_090_from_1024_to_16384() {
        String cluster = "compute:\n  largest_cluster: {accelerators: 16384, pflops_fp16: 5000}\n";
        CenterProfile small = profile(cluster + "training:\n  linear_speedup: {value: 0.95, from_accelerators: 8, to_accelerators: 16}\n");
        CenterProfile large = profile(cluster + "training:\n  linear_speedup: {value: 0.90, from_accelerators: 1024, to_accelerators: 16384}\n");
        CHECKS.check(small);
        ClaimChecks.Report lr = CHECKS.check(large);
        assertTrue(small.number("training.linear_speedup") < large.number("training.linear_speedup"),
                small.number("training.linear_speedup") + " vs " + large.number("training.linear_speedup"));
        assertEquals(Math.pow(0.95, 11), small.number("training.linear_speedup"), 1e-9, "one doubling measured, eleven to go");
        assertEquals(0.90, large.number("training.linear_speedup"), 0, "measured at the cluster's size: as stated");
        assertFalse(has(lr, "measurement-scale"));
    }

    @Test
    void an_mfu_measured_on_16_gpus_does_not_stand_for_a_2048_card_cluster_unqualified() {
        CenterProfile p = profile("compute:\n  largest_cluster: {accelerators: 2048, pflops_fp16: 2000}\n"
                + "training:\n  mfu_pct: {value: 48, accelerators: 16}\n");
        Finding f = only(CHECKS.check(p), "measurement-scale");
        assertEquals(48 * Math.pow(0.985, 7), f.bound(), 1e-9, "seven doublings at 0.985");
        assertEquals(f.bound(), p.number("training.mfu_pct"), 1e-9);
    }

    @Test
    void an_mfu_without_its_scale_is_undecided() {
        CenterProfile p = profile("compute:\n  largest_cluster: {accelerators: 2048, pflops_fp16: 2000}\ntraining:\n  mfu_pct: 48\n");
        assertEquals(Finding.Outcome.UNDECIDED, only(CHECKS.check(p), "measurement-scale").outcome());
        assertEquals(48, p.number("training.mfu_pct"), 0);
    }

    // ---- 12. pricing per card --------------------------------------------------------------------------------------

    @Test
    void a_price_is_per_pflops_of_the_card_it_names_not_of_the_inventory_mean() {
        String inv = "compute:\n  accelerators:\n    - {vendor: NVIDIA, model: H800, count: 2048, fp16_tflops: 989}\n"
                + "    - {vendor: Huawei, model: Ascend 910B, count: 1200, fp16_tflops: 313}\n";
        CenterProfile named = profile(inv + "operations:\n  pricing: {card_hour_cny: 14, accelerator: Ascend 910B}\n");
        CHECKS.check(named);
        assertEquals(313, named.number(DerivedMetrics.PRICED_PEAK_TFLOPS), 0);
        CenterProfile unnamed = profile(inv + "operations:\n  pricing: {card_hour_cny: 14}\n");
        Finding f = only(CHECKS.check(unnamed), "priced-card");
        assertEquals(313, f.bound(), 0, "held to the weakest card, never the mean");
    }

    @Test
    void a_price_of_a_card_the_inventory_does_not_list_is_held_to_its_weakest_card() {
        // A price "for a B200" at a center of Ascend 910B and H800 cards would be a price per PFLOPS of a card it does not offer.
        String inv = "compute:\n  accelerators:\n    - {vendor: NVIDIA, model: H800, count: 2048, fp16_tflops: 989}\n"
                + "    - {vendor: Huawei, model: Ascend 910B, count: 1200, fp16_tflops: 313}\n";
        for (String named : new String[] {"B200", "X999"}) {
            CenterProfile p = profile(inv + "operations:\n  pricing: {card_hour_cny: 14, accelerator: " + named + "}\n");
            Finding f = only(CHECKS.check(p), "priced-card");
            assertEquals(Finding.Outcome.SCORED_AT_BOUND, f.outcome());
            assertEquals(313, f.bound(), 0);
            assertEquals(313, p.number(DerivedMetrics.PRICED_PEAK_TFLOPS), 0);
            assertTrue(f.message().en().contains("not in the inventory") && f.message().zh().contains("不在清单中"), f.message().toString());
        }
        // Without an inventory there is nothing to contradict: the catalog's peak of the card named is used.
        CenterProfile bare = profile("operations:\n  pricing: {card_hour_cny: 14, accelerator: H800}\n");
        CHECKS.check(bare);
        assertEquals(989.5, bare.number(DerivedMetrics.PRICED_PEAK_TFLOPS), 0); // the catalog's H800
    }

    @Test
    void inference_is_priced_per_card_hour_and_pre_training_per_machine_month() {
        RuleSet.Indicator inference = RULES.indicators().get("rental-cost-performance-inference");
        assertEquals(List.of("operations.pricing.card_hour_cny"), inference.metrics().stream().map(RuleSet.MetricRule::metric).toList());
        RuleSet.Indicator training = RULES.indicators().get("rental-cost-performance");
        assertTrue(training.metrics().stream().anyMatch(m -> m.metric().equals("operations.pricing.machine_month_cny")));
        CenterProfile p = profile("compute:\n  accelerators:\n    - {vendor: NVIDIA, model: H800, count: 16, fp16_tflops: 989}\n"
                + "operations:\n  pricing: {machine_month_cny: 57768, accelerators_per_machine: 8}\n");
        CHECKS.check(p);
        CenterResult res = new Assessor(RULES).assess(p, Profiles.TODAY, List.of(), List.of());
        double cnyPerPflopsHour = res.scenario("training").tables().get(2).indicators().stream()
                .filter(i -> i.id().equals("rental-cost-performance")).findFirst().orElseThrow().metrics().get(0).normalizedValue();
        assertEquals(57768.0 / (8 * 730 * 0.989), cnyPerPflopsHour, 1e-6);
    }
}
