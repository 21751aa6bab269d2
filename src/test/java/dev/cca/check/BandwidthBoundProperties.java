package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.model.CenterProfile;
import dev.cca.result.Finding;
import dev.cca.result.Finding.Outcome;
import dev.cca.rules.Catalogs;
import dev.cca.rules.CheckParams;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * bandwidth-bound (CCA-K200): decoding reads the weights once a step, so N concurrent sequences on A accelerators of
 * memory bandwidth B generate at most N x A x B x tokens per pass x 8 / (bits x active parameters) tokens a second.
 */
class BandwidthBoundProperties {

    private static final String THROUGHPUT = "inference.throughput.output_tokens_per_s";
    private static final CheckParams PARAMS = ClaimChecksTest.RULES.catalogs().checks();
    /** Tokens per pass x 8 / bits: 8 x 8 / 4. */
    private static final double FACTOR = PARAMS.decodeTokensPerWeightPass() * 8 / PARAMS.decodeMinBitsPerWeight();

    /** Qwen2.5-72B (72.7B) served on {@code a} of 1,024 Ascend 910B3 (1,600 GB/s, 626 TOPS INT8) at concurrency {@code n}. */
    static CenterProfile ascend(double tps, int a, int n) {
        return served("Huawei, model: Ascend 910B3, count: 1024", tps, "Qwen2.5-72B", 72.7, a, n);
    }

    static CenterProfile served(String card, double tps, String model, double params, int a, int n) {
        return ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: " + card + "}\ninference:\n  throughput: {output_tokens_per_s: "
                + tps + ", model: " + model + ", params_b: " + params + ", accelerators: " + a + ", concurrency: " + n + "}\n");
    }

    static Finding bandwidth(ClaimChecks c, CenterProfile p) {
        return c.check(p).findings().stream().filter(f -> f.check().equals("bandwidth-bound")).findFirst().orElse(null);
    }

    static double bound(int n, int a, double gbs, double activeB) {
        return n * a * gbs * FACTOR / activeB;
    }

    @Test
    void the_rule_set_gives_the_allowances_and_the_catalog_the_bandwidths() {
        assertEquals(8, PARAMS.decodeTokensPerWeightPass());
        assertEquals(4, PARAMS.decodeMinBitsPerWeight());
        dev.cca.rules.AcceleratorCatalog cat = ClaimChecksTest.RULES.catalogs().accelerators();
        assertEquals(3350, cat.find(null, "H100 SXM").memoryBandwidthGbS());
        assertEquals(3350, cat.find(null, "H800").memoryBandwidthGbS());
        assertEquals(2039, cat.find(null, "A100 80GB").memoryBandwidthGbS());
        assertEquals(4000, cat.find(null, "H20").memoryBandwidthGbS());
        assertEquals(1600, cat.find(null, "Ascend 910B").memoryBandwidthGbS());
    }

    @Property(tries = 300)
    void a_throughput_is_not_scored_exactly_when_it_passes_the_bound(@ForAll @IntRange(min = 1, max = 8) int n,
                                                                     @ForAll @IntRange(min = 1, max = 4) int a,
                                                                     @ForAll @DoubleRange(min = 0.5, max = 1.5) @net.jqwik.api.constraints.Scale(6) double factor) {
        double b = bound(n, a, 1600, 72.7);
        double tps = b * factor;
        CenterProfile p = ascend(tps, a, n);
        Finding f = bandwidth(ClaimChecksTest.CHECKS, p);
        if (tps > b) {
            assertNotNull(f, tps + " > " + b);
            assertEquals(Outcome.NOT_SCORED, f.outcome());
            assertEquals(b, f.bound(), b * 1e-9);
            assertNull(p.get(THROUGHPUT));
            assertEquals("CCA-K200", f.diagnostic().code().id());
            assertTrue(f.message().en().contains("GB/s") && f.message().zh().contains("显存带宽"), f.message().en());
        } else {
            assertNull(f, tps + " <= " + b);
            assertEquals(tps, p.number(THROUGHPUT), 1e-6);
        }
    }

    @Property(tries = 200)
    void below_the_bound_nothing_is_flagged_and_past_it_the_claim_is_always_flagged(@ForAll @IntRange(min = 1, max = 8) int n,
                                                                                    @ForAll @IntRange(min = 1, max = 4) int a,
                                                                                    @ForAll @DoubleRange(min = 0.01, max = 0.999) @net.jqwik.api.constraints.Scale(6) double below,
                                                                                    @ForAll @DoubleRange(min = 1.001, max = 1e6) @net.jqwik.api.constraints.Scale(6) double past) {
        double b = bound(n, a, 1600, 72.7);
        assertNull(bandwidth(ClaimChecksTest.CHECKS, ascend(b * below, a, n)));
        // Far past it the compute bound may withdraw the claim first: either way it is not scored.
        CenterProfile p = ascend(b * past, a, n);
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        assertNull(p.get(THROUGHPUT), r.findings().toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.check().matches("bandwidth-bound|compute-bound")), r.findings().toString());
    }

    @Property(tries = 100)
    void raising_throughput_past_the_bound_never_raises_the_score(@ForAll @IntRange(min = 1, max = 8) int n,
                                                                  @ForAll @DoubleRange(min = 1.001, max = 1000) @net.jqwik.api.constraints.Scale(6) double past) {
        double b = bound(n, 1, 1600, 72.7);
        double at = ClaimCheckProperties.inference(ascend(b * 0.999, 1, n));
        double beyond = ClaimCheckProperties.inference(ascend(b * past, 1, n));
        assertTrue(beyond <= at + 1e-9, beyond + " > " + at);
    }

    @Property(tries = 200)
    void any_figures_give_no_internal_error(@ForAll @DoubleRange(min = 0.001, max = 1e12) @net.jqwik.api.constraints.Scale(6) double tps, @ForAll @IntRange(min = 1, max = 100000) int a,
                                            @ForAll @IntRange(min = 1, max = 100000) int n, @ForAll @DoubleRange(min = 0.001, max = 2000) @net.jqwik.api.constraints.Scale(6) double params) {
        CenterProfile p = served("NVIDIA, model: H100 SXM, count: 8", tps, "my-model", params, a, n);
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        for (Finding f : r.findings()) {
            if (f.check().equals("bandwidth-bound")) {
                assertTrue(f.stated() > f.bound() && f.bound() > 0, f.toString());
            }
        }
    }

    @Test
    void one_stream_of_a_72b_model_on_one_h100_cannot_reach_1000_tokens_a_second() {
        CenterProfile p = served("NVIDIA, model: H100 SXM, count: 8", 1000, "Qwen2.5-72B", 72.7, 1, 1);
        Finding f = bandwidth(ClaimChecksTest.CHECKS, p);
        assertNotNull(f);
        assertEquals(1 * 1 * 3350 * 64 / (4 * 72.7), f.bound(), 1e-6);
        assertTrue(f.message().en().contains("memory bandwidth of the NVIDIA H100"), f.message().en());
    }

    @Test
    void real_runs_pass() {
        // MLPerf Inference v4.1 DGX-H100 llama2-70b Server: 21,605.79 tokens/s, 3,345 requests in flight.
        assertNull(bandwidth(ClaimChecksTest.CHECKS, served("NVIDIA, model: H100 SXM, count: 8", 21605.79, "Llama-2-70B", 70, 8, 3345)));
        // The real vLLM run on 4 L40S: 2,258 tokens/s of Llama-3.2-3B, about 31 in flight.
        assertNull(bandwidth(ClaimChecksTest.CHECKS, served("NVIDIA, model: L40S, count: 4", 2258.2, "Llama-3.2-3B", 3.2, 4, 31)));
        // A single stream at the physics of one read per token of 16-bit weights (3,350 / 16.06 = 209 tokens/s for
        // Llama-3.1-8B on one H100), sped up six and a half times by speculative decoding.
        assertNull(bandwidth(ClaimChecksTest.CHECKS, served("NVIDIA, model: H100 SXM, count: 8", 3350 / 16.06 * 6.5, "Llama-3.1-8B", 8.03, 1, 1)));
    }

    @Test
    void a_card_without_a_figure_is_held_to_the_widest_of_the_catalog() {
        // The widest card with off-chip memory (the B200's 8,000 GB/s): an SRAM engine's tens of PB/s would hold nothing.
        double widest = ClaimChecksTest.RULES.catalogs().accelerators().cards().stream().filter(c -> !c.sram())
                .mapToDouble(c -> c.memoryBandwidthGbS() > 0 ? c.memoryBandwidthGbS() : 0).max().orElseThrow();
        assertEquals(8000, widest);
        // Above the bound of the widest card and below the compute bound, so that this check, not that one, holds it.
        Finding f = bandwidth(ClaimChecksTest.CHECKS, served("Kunlunxin, model: P800, count: 8", bound(1, 1, widest, 72.7) * 1.1,
                "Qwen2.5-72B", 72.7, 1, 1));
        assertNotNull(f);
        assertEquals(bound(1, 1, widest, 72.7), f.bound(), 1e-6);
        assertNull(bandwidth(ClaimChecksTest.CHECKS, served("Kunlunxin, model: P800, count: 8", bound(1, 1, widest, 72.7) * 0.99,
                "Qwen2.5-72B", 72.7, 1, 1)));
    }

    @Test
    void without_a_concurrency_or_switched_off_there_is_no_bound() {
        CenterProfile p = ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: NVIDIA, model: H100 SXM, count: 8}\n"
                + "inference:\n  throughput: {output_tokens_per_s: 1000, model: Qwen2.5-72B, params_b: 72.7, accelerators: 1}\n");
        assertNull(bandwidth(ClaimChecksTest.CHECKS, p));
        CheckParams c = PARAMS;
        CheckParams off = c.withOptional("decode_tokens_per_weight_pass", Double.NaN);
        Catalogs k = ClaimChecksTest.RULES.catalogs();
        ClaimChecks checks = new ClaimChecks(new Catalogs(k.accelerators(), k.models(), off));
        CenterProfile q = served("NVIDIA, model: H100 SXM, count: 8", 1000, "Qwen2.5-72B", 72.7, 1, 1);
        assertNull(bandwidth(checks, q));
        assertEquals(1000, q.number(THROUGHPUT), 1e-9);
    }
}
