package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.engine.Assessor;
import dev.cca.model.CenterProfile;
import dev.cca.result.CenterResult;
import dev.cca.testing.Profiles;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** What no claim can buy: a higher score by going past a physical or cross-claim bound. */
class ClaimCheckProperties {

    static CenterProfile serving(double tps, int concurrency, double tpot) {
        return ClaimChecksTest.profile("inference:\n  throughput: {output_tokens_per_s: " + tps + ", model: Qwen2.5-72B, params_b: 72,"
                + " accelerators: 8, concurrency: " + concurrency + "}\n  latency: {tpot_ms_p50: " + tpot + "}\n");
    }

    static double inference(CenterProfile p) {
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        CenterResult res = new Assessor(ClaimChecksTest.RULES).assess(p, Profiles.TODAY, List.of(), List.of(), List.of(), r);
        return res.scenario("inference").score();
    }

    @Property(tries = 150)
    void raising_throughput_past_littles_law_never_raises_the_score(@ForAll @DoubleRange(min = 1, max = 1e6) double tps,
                                                                   @ForAll @DoubleRange(min = 1, max = 100) double factor,
                                                                   @ForAll @IntRange(min = 1, max = 4096) int concurrency,
                                                                   @ForAll @DoubleRange(min = 1, max = 500) double tpot) {
        double bound = concurrency * 1000 / tpot * 1.1;
        double atBound = inference(serving(bound, concurrency, tpot));
        double beyond = inference(serving(bound * factor, concurrency, tpot));
        assertTrue(beyond <= atBound + 1e-9, beyond + " > " + atBound);
        CenterProfile any = serving(tps, concurrency, tpot);
        ClaimChecksTest.CHECKS.check(any);
        double scored = any.number("inference.throughput.output_tokens_per_s");
        // Scored at most at the bound, or (past the compute bound of every card) not at all.
        assertTrue(Double.isNaN(scored) || scored <= Math.min(tps, bound) + 1e-6);
    }

    @Property(tries = 300)
    void a_declared_peak_never_scores_above_the_cards_dense_peak_plus_the_allowance(@ForAll @DoubleRange(min = 1, max = 5000) double peak) {
        CenterProfile p = ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: Huawei, model: Ascend 910C, count: 100,"
                + " fp16_tflops: " + peak + "}\n");
        ClaimChecksTest.CHECKS.check(p);
        assertTrue(p.accelerators().get(0).fp16Tflops() <= 752 * 1.05 + 1e-9);
        assertTrue(p.accelerators().get(0).fp16Tflops() <= peak);
    }

    @Property(tries = 300)
    void a_speedup_measured_on_fewer_cards_never_scores_more_than_stated_and_never_more_than_at_a_larger_scale(
            @ForAll @DoubleRange(min = 0.5, max = 1) double s, @ForAll @IntRange(min = 1, max = 10) int fromDoublings,
            @ForAll @IntRange(min = 1, max = 14) int span, @ForAll @IntRange(min = 0, max = 3) int more) {
        int from = 1 << fromDoublings;
        int to = from << Math.min(span, 24 - fromDoublings);
        int cluster = Math.max(to, 16384);
        // The same speed-up over more doublings loses less per doubling; past max_speedup_per_doubling (0.997) it is
        // not credible and not scored (SpeedupCeilingProperties), so the comparison holds for credible values and 1.
        long largerTo = Math.min((long) to << more, cluster);
        net.jqwik.api.Assume.that(s >= 1 || s <= Math.pow(0.997, Math.log((double) largerTo / from) / Math.log(2)));
        double small = credited(s, from, to, cluster);
        double larger = credited(s, from, (int) Math.min((long) to << more, cluster), cluster);
        assertTrue(small <= s + 1e-12);
        assertTrue(small <= larger + 1e-12, small + " > " + larger);
    }

    static double credited(double s, int from, int to, int cluster) {
        CenterProfile p = ClaimChecksTest.profile("compute:\n  largest_cluster: {accelerators: " + cluster + ", pflops_fp16: 100}\n"
                + "training:\n  linear_speedup: {value: " + s + ", from_accelerators: " + from + ", to_accelerators: " + to + "}\n");
        ClaimChecksTest.CHECKS.check(p);
        double v = p.number("training.linear_speedup");
        return Double.isNaN(v) ? 0 : v; // not scored (a perfect 1 across machines): credited nothing
    }

    @Property(tries = 200)
    void declaring_a_larger_cluster_than_the_inventory_supports_never_raises_the_training_score(
            @ForAll @IntRange(min = 10, max = 20000) int cards, @ForAll @DoubleRange(min = 1.06, max = 20) double inflate) {
        // Past the 5% allowance a claim is scored at what the inventory supports: no more than the honest claim.
        double supported = cards * 313 / 1000.0;
        double honest = training(cards, supported);
        double inflated = training(cards, supported * inflate);
        assertTrue(inflated <= honest + 1e-9, inflated + " > " + honest);
    }

    @Property(tries = 200)
    void a_cluster_of_a_mixed_inventory_is_held_to_its_fastest_cards_not_to_the_fastest_peak_times_its_size(
            @ForAll @IntRange(min = 1, max = 20000) int fast, @ForAll @IntRange(min = 1, max = 20000) int slow,
            @ForAll @DoubleRange(min = 0, max = 1) double share, @ForAll @DoubleRange(min = 1, max = 50) double inflate) {
        // 910B3 cards at 313 TFLOPS and Atlas 300I Pro cards at 70: a cluster of n cards has at most the n fastest.
        int n = Math.max(1, (int) Math.round(share * (fast + slow)));
        double fastestN = (Math.min(n, fast) * 313.0 + Math.max(0, n - fast) * 70.0) / 1000;
        CenterProfile p = ClaimChecksTest.profile("compute:\n  largest_cluster: {accelerators: " + n + ", pflops_fp16: "
                + fastestN * inflate + "}\n  accelerators:\n    - {vendor: Huawei, model: Ascend 310P, count: " + slow
                + ", fp16_tflops: 70}\n    - {vendor: Huawei, model: Ascend 910B3, count: " + fast + ", fp16_tflops: 313}\n");
        ClaimChecksTest.CHECKS.check(p);
        double scored = p.number("compute.largest_cluster.pflops_fp16");
        assertTrue(scored <= fastestN * 1.05 * (1 + 1e-9), scored + " > " + fastestN + " x 1.05 (" + n + " of " + fast + " + " + slow + ")");
    }

    @Property(tries = 150)
    void a_machine_of_more_cards_than_the_inventory_lists_never_lowers_the_price_further(
            @ForAll @IntRange(min = 1, max = 512) int cards, @ForAll @IntRange(min = 1, max = 1024) int perMachine) {
        double atInventory = pricedTraining(cards, cards);
        double claimed = pricedTraining(cards, perMachine);
        assertTrue(claimed <= atInventory + 1e-9, perMachine + " a machine of " + cards + " cards: " + claimed + " > " + atInventory);
    }

    static double pricedTraining(int cards, int perMachine) {
        CenterProfile p = ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: Huawei, model: Ascend 910B3, count: " + cards
                + ", fp16_tflops: 313}\noperations:\n  pricing: {machine_month_cny: 45000, accelerators_per_machine: " + perMachine + "}\n");
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        assertTrue(p.number("operations.pricing.accelerators_per_machine") <= cards);
        return new Assessor(ClaimChecksTest.RULES).assess(p, Profiles.TODAY, List.of(), List.of(), List.of(), r)
                .scenario("training").score();
    }

    static double training(int cards, double pflops) {
        CenterProfile p = ClaimChecksTest.profile("compute:\n  total_pflops_fp16: " + pflops + "\n  largest_cluster: {accelerators: "
                + cards + ", pflops_fp16: " + pflops + "}\n  accelerators:\n    - {vendor: Huawei, model: Ascend 910B3, count: " + cards
                + ", fp16_tflops: 313}\n");
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        return new Assessor(ClaimChecksTest.RULES).assess(p, Profiles.TODAY, List.of(), List.of(), List.of(), r)
                .scenario("training").score();
    }
}
