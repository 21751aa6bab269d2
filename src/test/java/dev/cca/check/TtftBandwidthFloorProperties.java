package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.model.CenterProfile;
import dev.cca.result.Finding;
import dev.cca.rules.Catalogs;
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
 * ttft-bandwidth-floor (CCA-K203): a first token comes out of a forward pass of the whole model over the prompt, which
 * reads the active weights at least once (checks.ttft_min_weight_reads), at 4 bits each unless the profile states its
 * serving precision, from A accelerators of memory bandwidth B: reads x active x bits / 8 / (A x B) x 1000 ms.
 */
class TtftBandwidthFloorProperties {

    static final String P50 = "inference.latency.ttft_ms_p50";
    static final String P99 = "inference.latency.ttft_ms_p99";
    private static final CheckParams PARAMS = ClaimChecksTest.RULES.catalogs().checks();
    private static final List<String> CARDS = BandwidthFloorProperties.CARDS;
    private static final double[] BANDWIDTH = BandwidthFloorProperties.BANDWIDTH;

    static double floor(double activeB, int a, double gbs, double bits) {
        return PARAMS.ttftMinWeightReads() * activeB * bits / 8 / (a * gbs) * 1000;
    }

    /**
     * TTFT p50 (and p99 when above 0) of a model of {@code params} B (unknown to the table: all active) on {@code a}
     * cards, its weights served at {@code precision} (null: not stated).
     */
    static CenterProfile served(String card, double params, int a, String precision, double p50, double p99) {
        return ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: " + card + ", count: 64}\ninference:\n"
                + "  throughput: {output_tokens_per_s: 1, model: my-model, params_b: " + params + ", accelerators: " + a
                + ", concurrency: 1" + (precision == null ? "" : ", precision: " + precision) + "}\n  latency: {ttft_ms_p50: "
                + p50 + (p99 > 0 ? ", ttft_ms_p99: " + p99 : "") + "}\n");
    }

    static List<Finding> floors(ClaimChecks checks, CenterProfile p) {
        return checks.check(p).findings().stream().filter(f -> f.check().equals("ttft-bandwidth-floor")).toList();
    }

    /** Whether the TTFT p50 is not scored (by this floor, or by latency-floor, which runs first). */
    static boolean withdrawn(String card, double params, int a, double p50) {
        CenterProfile p = served(card, params, a, null, p50, 0);
        ClaimChecksTest.CHECKS.check(p);
        return p.get(P50) == null;
    }

    @Test
    void the_rule_set_credits_one_read() {
        assertEquals(1, PARAMS.ttftMinWeightReads());
        assertEquals(4, PARAMS.decodeMinBitsPerWeight());
    }

    @Property(tries = 300)
    void a_ttft_is_not_scored_exactly_when_it_is_below_the_floor(@ForAll @IntRange(min = 1, max = 8) int a,
                                                                @ForAll @IntRange(min = 0, max = 4) int card,
                                                                @ForAll @DoubleRange(min = 0.5, max = 1.5) @Scale(6) double factor) {
        // 72.7B on at most 8 cards: the floor (0.95-22.7 ms) is far above latency-floor's 0.2 ms and one pass at peak.
        double f = floor(72.7, a, BANDWIDTH[card], 4);
        double p50 = f * factor;
        // The test's arithmetic and the check's may differ in the last bits: a TTFT that close to the floor says nothing.
        Assume.that(Math.abs(p50 - f) > f * 1e-9 && Math.abs(p50 * 1.3 - f) > f * 1e-9);
        CenterProfile p = served(CARDS.get(card), 72.7, a, null, p50, p50 * 1.3);
        List<Finding> found = floors(ClaimChecksTest.CHECKS, p);
        if (p50 < f) {
            assertEquals(p50 * 1.3 < f ? 2 : 1, found.size(), found.toString());
            BandwidthFloorProperties.assertFloor(found.get(0), P50, p50, f, 1e-12, "CCA-K203");
            assertNull(p.get(P50));
            assertEquals(p50 * 1.3 < f, p.get(P99) == null);
        } else {
            assertEquals(List.of(), found);
            assertEquals(p50, p.number(P50), 1e-9);
            assertEquals(p50 * 1.3, p.number(P99), 1e-9);
        }
    }

    @Test
    void qwen_72b_on_one_ascend_910b3_needs_22_7_ms_at_4_bits_and_90_9_ms_at_bf16() {
        assertEquals(22.72, floor(72.7, 1, 1600, 4), 0.005);
        assertEquals(List.of(), floors(ClaimChecksTest.CHECKS, served(CARDS.get(0), 72.7, 1, null, 22.8, 60)));
        List<Finding> f = floors(ClaimChecksTest.CHECKS, served(CARDS.get(0), 72.7, 1, null, 22.6, 60));
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().en().contains("1 x 72.7 x 4 / 8 / (1 x 1600) x 1000 = 22.7188 ms"), f.get(0).message().en());
        assertTrue(f.get(0).message().en().contains("at 4 bits each, from 1 x 1600 GB/s (the memory bandwidth of the Huawei Ascend 910B3)"),
                f.get(0).message().en());
        assertTrue(f.get(0).message().zh().contains("首个词元") && f.get(0).message().zh().contains("22.7188 毫秒"), f.get(0).message().zh());
        // Stated bf16: each weight is 16 bits, the floor four times as long.
        List<Finding> bf16 = floors(ClaimChecksTest.CHECKS, served(CARDS.get(0), 72.7, 1, "bf16", 90, 95));
        assertEquals(List.of(P50), bf16.stream().map(Finding::metric).toList(), "p99 95 ms is above the floor: " + bf16);
        assertEquals(90.875, bf16.get(0).bound(), 1e-9);
        assertTrue(bf16.get(0).message().en().contains("16 bits each (bf16, as inference.throughput.precision states)"),
                bf16.get(0).message().en());
        assertEquals(List.of(), floors(ClaimChecksTest.CHECKS, served(CARDS.get(0), 72.7, 1, "bf16", 91, 95)));
    }

    @Test
    void real_runs_pass() {
        // MLPerf Inference v4.1 DGX-H100 llama2-70b Server: TTFT p99 461 ms on 8 H100 (floor 1.31 ms), at the strictest
        // precision too.
        assertEquals(List.of(), floors(ClaimChecksTest.CHECKS, served(CARDS.get(2), 70, 8, null, 461, 461)));
        assertEquals(List.of(), floors(ClaimChecksTest.CHECKS, served(CARDS.get(2), 70, 8, "fp32", 461, 461)));
        // The real vLLM run on 4 L40S: Llama-3.2-3B, TTFT median 52.9 ms; and at one card, 16-bit weights (7.4 ms).
        assertEquals(List.of(), floors(ClaimChecksTest.CHECKS, served("NVIDIA, model: L40S", 3.2, 4, "bf16", 52.9, 0)));
        assertEquals(List.of(), floors(ClaimChecksTest.CHECKS, served("NVIDIA, model: L40S", 3.2, 1, "bf16", 52.9, 0)));
        // An 8B model on one H100 at 10 ms, Llama-2-70B on 4 H100 at 30 ms, both at 16 bits (floors 4.8 and 10.4 ms).
        assertEquals(List.of(), floors(ClaimChecksTest.CHECKS, served(CARDS.get(2), 8.03, 1, "bf16", 10, 20)));
        assertEquals(List.of(), floors(ClaimChecksTest.CHECKS, served(CARDS.get(2), 70, 4, "fp16", 30, 100)));
    }

    @Test
    void the_floor_follows_the_reads_credited_and_is_off_when_switched_off() {
        Catalogs k = ClaimChecksTest.RULES.catalogs();
        CenterProfile p = served(CARDS.get(0), 72.7, 1, null, 15, 20);
        // Half a read credited: the floor is 11.36 ms and 15 ms passes.
        ClaimChecks half = new ClaimChecks(new Catalogs(k.accelerators(), k.models(), PARAMS.withOptional("ttft_min_weight_reads", 0.5)));
        assertEquals(List.of(), floors(half, p));
        List<Finding> f = floors(half, served(CARDS.get(0), 72.7, 1, null, 11, 20));
        assertEquals(1, f.size(), f.toString());
        assertEquals(floor(72.7, 1, 1600, 4) / 2, f.get(0).bound(), 1e-9);
        assertTrue(f.get(0).message().en().contains("at least 0.5 time(s)"), f.get(0).message().en());
        // Off, by its own parameter or by the bits the bandwidth checks share: 1 ms passes (latency-floor aside).
        for (String key : List.of("ttft_min_weight_reads", "decode_min_bits_per_weight")) {
            ClaimChecks off = new ClaimChecks(new Catalogs(k.accelerators(), k.models(), PARAMS.withOptional(key, Double.NaN)));
            CenterProfile q = served(CARDS.get(0), 72.7, 1, "bf16", 1, 2);
            assertEquals(List.of(), floors(off, q), key);
            assertEquals(1, q.number(P50), 1e-12, key);
        }
    }

    @Test
    void an_end_to_end_latency_is_held_to_the_same_floor() {
        // e2e p50 5 ms is below TTFT p50 10 ms, and both below the 22.7 ms floor: both are withdrawn here (before, e2e-below-ttft
        // withdrew both; a TTFT withdrawn first must not leave the e2e scored).
        CenterProfile p = e2e(10, 5);
        List<Finding> f = floors(ClaimChecksTest.CHECKS, p);
        assertEquals(List.of(P50, "inference.latency.e2e_ms_p50"), f.stream().map(Finding::metric).toList(), f.toString());
        assertTrue(f.get(1).message().en().contains("a response contains its first token"), f.get(1).message().en());
        assertTrue(f.get(1).message().zh().contains("响应包含首个词元"), f.get(1).message().zh());
        assertNull(p.get(P50));
        assertNull(p.get("inference.latency.e2e_ms_p50"));
        // An e2e above the floor and the TTFT is kept, however the TTFT fares.
        CenterProfile q = e2e(10, 3000);
        assertEquals(List.of(P50), floors(ClaimChecksTest.CHECKS, q).stream().map(Finding::metric).toList());
        assertEquals(3000, q.number("inference.latency.e2e_ms_p50"), 1e-12);
    }

    private static CenterProfile e2e(double ttft, double e2e) {
        return ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: Huawei, model: Ascend 910B3, count: 8}\n"
                + "inference:\n  throughput: {output_tokens_per_s: 10, model: Qwen2.5-72B, params_b: 72.7, accelerators: 1,"
                + " concurrency: 1}\n  latency: {ttft_ms_p50: " + ttft + ", e2e_ms_p50: " + e2e + "}\n");
    }
}
