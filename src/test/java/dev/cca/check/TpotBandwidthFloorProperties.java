package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.model.CenterProfile;
import dev.cca.result.Finding;
import dev.cca.rules.CheckParams;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * tpot-bandwidth-floor (CCA-K202): a time per output token of one stream is at least one read of the active weights
 * at 4 bits from A accelerators of memory bandwidth B, shared by the 8 tokens speculative decoding may yield per
 * read: active x 4 / 8 / (A x B) x 1000 / 8 ms.
 */
class TpotBandwidthFloorProperties {

    private static final String P50 = "inference.latency.tpot_ms_p50";
    private static final String P99 = "inference.latency.tpot_ms_p99";
    private static final CheckParams PARAMS = ClaimChecksTest.RULES.catalogs().checks();
    private static final List<String> CARDS = BandwidthFloorProperties.CARDS;
    private static final double[] BANDWIDTH = BandwidthFloorProperties.BANDWIDTH;

    static double floor(double activeB, int a, double gbs) {
        return activeB * PARAMS.decodeMinBitsPerWeight() / 8 / (a * gbs) * 1000 / PARAMS.decodeTokensPerWeightPass();
    }

    /** TPOT p50 (and p99 when given) of a model of {@code params} B (unknown to the table: all active) on {@code a} cards. */
    static CenterProfile served(String card, double params, int a, double p50, double p99) {
        return ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: " + card + ", count: 64}\ninference:\n"
                + "  throughput: {output_tokens_per_s: 1, model: my-model, params_b: " + params + ", accelerators: " + a
                + ", concurrency: 1}\n  latency: {tpot_ms_p50: " + p50 + (p99 > 0 ? ", tpot_ms_p99: " + p99 : "") + "}\n");
    }

    static List<Finding> floors(CenterProfile p) {
        return ClaimChecksTest.CHECKS.check(p).findings().stream().filter(f -> f.check().equals("tpot-bandwidth-floor")).toList();
    }

    /** Whether the TPOT p50 is not scored, by this floor or by latency-floor (which runs first and may take it). */
    static boolean withdrawn(String card, double params, int a, double p50) {
        CenterProfile p = served(card, params, a, p50, 0);
        ClaimChecksTest.CHECKS.check(p);
        return p.get(P50) == null;
    }

    @Property(tries = 300)
    void a_tpot_is_not_scored_exactly_when_it_is_below_the_floor(@ForAll @IntRange(min = 1, max = 4) int a,
                                                                @ForAll @IntRange(min = 0, max = 4) int card,
                                                                @ForAll @DoubleRange(min = 0.5, max = 1.5) @Scale(6) double factor) {
        // 72.7B on at most 4 cards: the floor (0.49-2.84 ms) is above latency-floor's where the factor matters.
        double f = floor(72.7, a, BANDWIDTH[card]);
        double p50 = f * factor;
        // The test's arithmetic and the check's differ in the last bits: a TPOT that close to the floor says nothing.
        Assume.that(Math.abs(p50 - f) > f * 1e-9 && Math.abs(p50 * 1.2 - f) > f * 1e-9);
        CenterProfile p = served(CARDS.get(card), 72.7, a, p50, p50 * 1.2);
        List<Finding> found = floors(p);
        if (p50 < f && p50 >= 1000 / PARAMS.maxTokensPerSecondPerUser()) {
            assertEquals(2 - (p50 * 1.2 < f ? 0 : 1), found.size(), found.toString());
            BandwidthFloorProperties.assertFloor(found.get(0), P50, p50, f, 1e-9, "CCA-K202");
            assertNull(p.get(P50));
        } else if (!(p50 < f)) {
            assertEquals(List.of(), found);
            if (p50 >= 1000 / PARAMS.maxTokensPerSecondPerUser()) {
                assertEquals(p50, p.number(P50), 1e-9);
                assertEquals(p50 * 1.2, p.number(P99), 1e-9);
            }
        }
    }

    @Test
    void the_floor_and_the_bandwidth_bound_are_one_rate() {
        // One stream's bandwidth bound is 1000 / floor tokens/s: a throughput of concurrency 1 just past it is flagged.
        double f = floor(72.7, 1, 1600);
        assertEquals(2.84, f, 0.005);
        CenterProfile p = BandwidthBoundProperties.ascend(1000 / f * 1.001, 1, 1);
        Finding b = BandwidthBoundProperties.bandwidth(ClaimChecksTest.CHECKS, p);
        assertNotNull(b);
        assertEquals(1000 / f, b.bound(), 1e-6);
    }

    @Test
    void qwen_72b_at_3_ms_on_one_ascend_910b3_passes_and_at_2_5_ms_does_not() {
        assertEquals(List.of(), floors(served(CARDS.get(0), 72.7, 1, 3, 3.5)));
        List<Finding> f = floors(served(CARDS.get(0), 72.7, 1, 2.5, 3.5));
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().en().contains("72.7 x 4 / 8 / (1 x 1600) x 1000 / 8 = 2.8398 ms"), f.get(0).message().en());
    }

    @Test
    void real_runs_pass() {
        // MLPerf Inference v4.1 DGX-H100 llama2-70b Server: TPOT p50 156.4 ms, p99 175.4 ms on 8 H100.
        assertEquals(List.of(), floors(served(CARDS.get(2), 70, 8, 156.4, 175.4)));
        // The real vLLM run on 4 L40S: Llama-3.2-3B, TPOT median 13.69 ms.
        assertEquals(List.of(), floors(served("NVIDIA, model: L40S", 3.2, 4, 13.69, 0)));
        // Llama-2-70B on 4 H100 at 20 ms, an 8B model on one H100 at 5 ms, Llama-3.1-405B on 8 H100 at 15 ms.
        assertEquals(List.of(), floors(served(CARDS.get(2), 70, 4, 20, 40)));
        assertEquals(List.of(), floors(served(CARDS.get(2), 8.03, 1, 5, 8)));
        assertEquals(List.of(), floors(served(CARDS.get(2), 405, 8, 15, 30)));
        // At the strict physics (one 16-bit read a token), sped up six and a half times by speculative decoding.
        assertEquals(List.of(), floors(served(CARDS.get(2), 8.03, 1, 16.06 / 3350 * 1000 / 6.5, 0)));
    }

    @Test
    void a_tpot_withdrawn_leaves_littles_law_without_a_tpot() {
        CenterProfile p = ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: Huawei, model: Ascend 910B3, count: 8}\n"
                + "inference:\n  throughput: {output_tokens_per_s: 300, model: Qwen2.5-72B, params_b: 72.7, accelerators: 1,"
                + " concurrency: 1}\n  latency: {tpot_ms_p50: 1}\n");
        List<Finding> f = ClaimChecksTest.CHECKS.check(p).findings();
        assertTrue(f.stream().anyMatch(k -> k.check().equals("tpot-bandwidth-floor")), f.toString());
        assertNull(p.get(P50));
        // Little's law at 1 / 1 ms would allow 1,100 tokens/s; without the TPOT it allows 2,000 and 300 passes either way.
        assertEquals(300, p.number("inference.throughput.output_tokens_per_s"), 1e-9);
    }
}
