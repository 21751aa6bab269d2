package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.model.CenterProfile;
import dev.cca.result.Finding;
import dev.cca.result.Finding.Outcome;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Claims past physics (compute per token, latency floors) and past every published run (MFU, speed-up, recovery). */
class PhysicsChecksTest {

    /** The floor of any token: one token of the fastest single stream the rule set credits. */
    private static final double FLOOR_MS = 1000 / ClaimChecksTest.RULES.catalogs().checks().maxTokensPerSecondPerUser();

    private static final String ASCEND = "compute:\n  accelerators:\n    - {vendor: Huawei, model: Ascend 910B3, count: 1024}\n";

    static CenterProfile serving(double tps, int accelerators, double tpot) {
        return ClaimChecksTest.profile(ASCEND + "inference:\n  throughput: {output_tokens_per_s: " + tps + ", model: Qwen2.5-72B,"
                + " params_b: 72, accelerators: " + accelerators + ", concurrency: 100000000}\n  latency: {tpot_ms_p50: " + tpot
                + ", ttft_ms_p50: " + tpot + ", e2e_ms_p99: " + tpot + "}\n");
    }

    private static Finding finding(ClaimChecks.Report r, String check, String metric) {
        return r.findings().stream().filter(f -> f.check().equals(check) && f.metric().equals(metric)).findFirst().orElse(null);
    }

    /** Ascend 910B3: 313 TFLOPS FP16, 626 TOPS INT8; Qwen2.5-72B: 72.7B parameters. */
    private static final double PER_CARD = 626 * 1000 / (2 * 72.7);

    @Test
    void a_hundred_million_tokens_a_second_on_one_card_is_not_scored() {
        CenterProfile p = serving(1e8, 1, 40);
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        Finding f = finding(r, "compute-bound", "inference.throughput.output_tokens_per_s");
        assertNotNull(f, r.findings().toString());
        assertEquals(Outcome.NOT_SCORED, f.outcome());
        assertEquals(PER_CARD, f.bound(), 1);
        assertNull(p.get("inference.throughput.output_tokens_per_s"));
        assertTrue(r.contradicted().contains("inference.throughput.output_tokens_per_s"));
        assertTrue(f.message().en().contains("2 FLOPs per active parameter"), f.message().en());
    }

    @Test
    void a_throughput_within_the_compute_bound_is_scored_as_stated() {
        CenterProfile p = serving(PER_CARD * 8 * 0.9, 8, 40);
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        assertNull(finding(r, "compute-bound", "inference.throughput.output_tokens_per_s"), r.findings().toString());
        assertEquals(PER_CARD * 8 * 0.9, p.number("inference.throughput.output_tokens_per_s"), 1e-6);
    }

    @Test
    void without_an_inventory_the_fastest_card_of_the_catalog_bounds_the_claim() {
        CenterProfile p = ClaimChecksTest.profile("inference:\n  throughput: {output_tokens_per_s: 100000000, model: Qwen2.5-72B,"
                + " params_b: 72, accelerators: 1, concurrency: 100000000}\n");
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        assertEquals(Outcome.NOT_SCORED, finding(r, "compute-bound", "inference.throughput.output_tokens_per_s").outcome());
    }

    @Test
    void latencies_of_a_microsecond_are_not_scored_and_the_floor_is_the_fastest_streams_token() {
        CenterProfile p = serving(100, 8, 0.001);
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        for (String m : new String[] {"inference.latency.tpot_ms_p50", "inference.latency.ttft_ms_p50", "inference.latency.e2e_ms_p99"}) {
            Finding f = finding(r, "latency-floor", m);
            assertNotNull(f, m + " " + r.findings());
            assertEquals(Outcome.NOT_SCORED, f.outcome());
            assertEquals(FLOOR_MS, f.bound(), 1e-9);
            assertNull(p.get(m));
        }
        assertNotNull(serving(100, 8, 0.6).get("inference.latency.tpot_ms_p50"));
        CenterProfile ok = serving(100, 8, 0.6);
        assertNull(finding(ClaimChecksTest.CHECKS.check(ok), "latency-floor", "inference.latency.tpot_ms_p50"));
    }

    @Test
    void on_one_card_a_forward_pass_of_a_large_model_raises_the_floor() {
        // DeepSeek-V3 has 37B active parameters; Llama-3.1-405B is dense: 2 x 405 / 626 = 1.29 ms on one 910B3.
        CenterProfile p = ClaimChecksTest.profile(ASCEND + "inference:\n  throughput: {output_tokens_per_s: 10, model: Llama-3.1-405B,"
                + " params_b: 405, accelerators: 1, concurrency: 1}\n  latency: {tpot_ms_p50: 1.0}\n");
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        Finding f = finding(r, "latency-floor", "inference.latency.tpot_ms_p50");
        assertNotNull(f, r.findings().toString());
        assertTrue(f.bound() > 1.0 && f.bound() < 1.4, "" + f.bound());
    }

    @Test
    void an_mfu_of_100_a_perfect_speed_up_across_machines_and_an_instant_recovery_are_not_scored() {
        CenterProfile p = ClaimChecksTest.profile(ASCEND + "training:\n  mfu_pct: {value: 100, accelerators: 1024}\n"
                + "  linear_speedup: {value: 1.0, from_accelerators: 8, to_accelerators: 1024}\n"
                + "  stability: {recovery_minutes: 0}\n");
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        assertEquals(Outcome.NOT_SCORED, finding(r, "mfu-ceiling", "training.mfu_pct").outcome());
        assertEquals(Outcome.NOT_SCORED, finding(r, "speedup-perfect", "training.linear_speedup").outcome());
        assertEquals(Outcome.NOT_SCORED, finding(r, "recovery-floor", "training.stability.recovery_minutes").outcome());
        assertNull(p.get("training.mfu_pct"));
        assertNull(p.get("training.linear_speedup"));
        assertNull(p.get("training.stability.recovery_minutes"));
    }

    @Test
    void published_figures_pass() {
        CenterProfile p = ClaimChecksTest.profile(ASCEND + "training:\n  mfu_pct: {value: 52, accelerators: 1024}\n"
                + "  linear_speedup: {value: 0.91, from_accelerators: 8, to_accelerators: 1024}\n"
                + "  stability: {recovery_minutes: 15}\n");
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        assertTrue(r.findings().stream().noneMatch(f -> f.check().matches("mfu-ceiling|speedup-perfect|recovery-floor")),
                r.findings().toString());
        assertEquals(52, p.number("training.mfu_pct"), 1e-9);
    }

    @Property(tries = 100)
    void raising_throughput_past_the_compute_bound_never_raises_the_score(@ForAll @DoubleRange(min = 1.01, max = 1e6) double factor,
                                                                          @ForAll @IntRange(min = 1, max = 64) int cards) {
        double bound = PER_CARD * cards;
        double at = ClaimCheckProperties.inference(serving(bound * 0.999, cards, 40));
        double beyond = ClaimCheckProperties.inference(serving(bound * factor, cards, 40));
        assertTrue(beyond <= at + 1e-9, beyond + " > " + at);
    }

    @Property(tries = 100)
    void lowering_a_latency_below_the_floor_never_raises_the_score(@ForAll @DoubleRange(min = 0.01, max = 0.99) double share) {
        double at = ClaimCheckProperties.inference(serving(100, 8, FLOOR_MS));
        double below = ClaimCheckProperties.inference(serving(100, 8, FLOOR_MS * share));
        assertTrue(below <= at + 1e-9, below + " > " + at);
    }

    @net.jqwik.api.Property(tries = 30)
    void an_end_to_end_latency_below_the_first_token_is_not_scored_and_one_above_is(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.DoubleRange(min = 10, max = 5000) double ttft,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.DoubleRange(min = 0.1, max = 3) double factor) {
        double e2e = Math.rint(ttft * factor);
        CenterProfile p = ClaimChecksTest.profile("inference:\n  latency: {ttft_ms_p50: " + ttft + ", e2e_ms_p50: " + e2e + "}\n");
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        Finding f = r.findings().stream().filter(x -> x.check().equals("e2e-below-ttft")).findFirst().orElse(null);
        if (e2e < ttft) {
            assertNotNull(f, r.findings().toString());
            assertTrue(Double.isNaN(p.number("inference.latency.e2e_ms_p50")), "not scored");
            assertTrue(Double.isNaN(p.number("inference.latency.ttft_ms_p50")), "not scored");
        } else {
            assertNull(f, r.findings().toString());
            assertEquals(e2e, p.number("inference.latency.e2e_ms_p50"), 0);
        }
    }
}
