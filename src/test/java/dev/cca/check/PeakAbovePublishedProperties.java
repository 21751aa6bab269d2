package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.model.CenterProfile;
import dev.cca.result.Finding;
import dev.cca.result.Finding.Outcome;
import dev.cca.rules.AcceleratorCatalog;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * peak-above-published (CCA-K211): a stated peak of a card the catalog gives no dense FP16 figure for (unknown to it, or
 * known without one) is held to the most the card can do: its own highest published figure, else the fastest figure of
 * any card of its kind (on-chip SRAM or not); and a line without a peak counts at that ceiling when the cluster and total
 * compute are held to the inventory, so naming an unknown card lifts nothing past every known one.
 */
class PeakAbovePublishedProperties {

    private static final AcceleratorCatalog CATALOG = ClaimChecksTest.RULES.catalogs().accelerators();
    private static final double TOLERANCE = ClaimChecksTest.RULES.catalogs().checks().peakTolerance();

    /** The fastest dense figure (FP16, FP8 or INT8) of any card with off-chip memory. */
    static double fastestKnown() {
        double m = 0;
        for (AcceleratorCatalog.Card c : CATALOG.cards()) {
            if (!c.isCpu() && !c.sram()) {
                for (double v : new double[] {c.fp16Tflops(), c.fp8Tflops(), c.int8Tops()}) {
                    m = v > m ? v : m;
                }
            }
        }
        return m;
    }

    static CenterProfile inventory(String line, String compute) {
        return ClaimChecksTest.profile("compute:\n" + compute + "  accelerators:\n    - {" + line + "}\n");
    }

    static Finding finding(ClaimChecks.Report r, String check) {
        return r.findings().stream().filter(f -> f.check().equals(check)).findFirst().orElse(null);
    }

    @Test
    void the_fastest_known_card_is_a_real_one() {
        assertEquals(4500, fastestKnown(), 1e-9); // NVIDIA B200, dense FP8 (nvidia-hgx-b200-page)
    }

    @Test
    void an_unknown_card_with_an_impossible_peak_is_held_to_the_fastest_known_card() {
        CenterProfile p = inventory("vendor: Acme, model: X999, kind: gpu, count: 1000, fp16_tflops: 90000",
                "  total_pflops_fp16: 90000\n");
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        Finding f = finding(r, "peak-above-published");
        assertNotNull(f, r.findings().toString());
        assertEquals(Outcome.SCORED_AT_BOUND, f.outcome());
        assertEquals(fastestKnown(), f.bound(), 1e-9);
        assertTrue(f.message().en().contains("NVIDIA B200") && f.message().zh().contains("按 4500 计分"), f.message().toString());
        assertEquals(1000 * fastestKnown() / 1000, p.number("compute.total_pflops_fp16"), 1e-6);
        assertNotNull(finding(r, "accelerator-unknown"), "the card stays unknown");
    }

    @Test
    void a_known_card_without_a_published_peak_is_held_to_the_fastest_known_card() {
        CenterProfile p = inventory("vendor: Enflame, model: S60, kind: npu, count: 100, fp16_tflops: 50000", "");
        Finding f = finding(ClaimChecksTest.CHECKS.check(p), "peak-above-published");
        assertNotNull(f);
        assertEquals(fastestKnown(), f.bound(), 1e-9);
        assertEquals(fastestKnown(), p.accelerators().get(0).fp16Tflops(), 1e-9);
    }

    @Test
    void a_wafer_scale_engine_is_held_to_its_published_peak_of_unstated_precision() {
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(inventory("vendor: Cerebras, model: CS-3, count: 4, fp16_tflops: 125000", ""));
        assertNull(finding(r, "peak-above-published"), "the published figure itself is credited");
        CenterProfile p = inventory("vendor: Cerebras, model: CS-3, count: 4, fp16_tflops: 500000", "");
        Finding f = finding(ClaimChecksTest.CHECKS.check(p), "peak-above-published");
        assertNotNull(f);
        assertEquals(125000, f.bound(), 1e-9);
        assertTrue(f.message().en().contains("the highest peak published for it"), f.message().en());
        // The CS-2 has no figure of its own: it is held to the fastest SRAM card, not to an HBM card's 4,500.
        Finding cs2 = finding(ClaimChecksTest.CHECKS.check(inventory("vendor: Cerebras, model: CS-2, count: 4, fp16_tflops: 500000", "")),
                "peak-above-published");
        assertNotNull(cs2);
        assertEquals(125000, cs2.bound(), 1e-9);
    }

    @Test
    void lines_without_a_peak_count_at_their_ceiling_so_total_compute_is_still_held() {
        CenterProfile p = inventory("vendor: Acme, model: X999, kind: gpu, count: 100", "  total_pflops_fp16: 1000000\n");
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        Finding f = finding(r, "total-compute");
        assertNotNull(f, r.findings().toString());
        assertEquals(100 * fastestKnown() / 1000, f.bound(), 1e-6);
        assertEquals(100 * fastestKnown() / 1000, p.number("compute.total_pflops_fp16"), 1e-6);
    }

    @Property(tries = 200)
    void a_peak_is_adjusted_exactly_when_it_passes_the_ceiling(@ForAll @DoubleRange(min = 1, max = 1_000_000) double peak,
                                                              @ForAll @IntRange(min = 1, max = 100_000) int count) {
        double stated = Math.round(peak * 100) / 100.0;
        CenterProfile p = inventory("vendor: Acme, model: X999, kind: gpu, count: " + count + ", fp16_tflops: " + stated, "");
        Finding f = finding(ClaimChecksTest.CHECKS.check(p), "peak-above-published");
        if (stated > fastestKnown() * (1 + TOLERANCE)) {
            assertNotNull(f, "" + stated);
            assertEquals(fastestKnown(), p.accelerators().get(0).fp16Tflops(), 1e-9);
        } else {
            assertNull(f, "" + stated);
            assertEquals(stated, p.accelerators().get(0).fp16Tflops(), 1e-9);
        }
    }

    @Property(tries = 100)
    void no_stated_peak_of_an_unknown_card_lifts_total_compute_past_the_ceiling(
            @ForAll @DoubleRange(min = 1, max = 1_000_000) double peak, @ForAll @IntRange(min = 1, max = 100_000) int count,
            @ForAll @DoubleRange(min = 1, max = 1e6) double totalPflops) {
        double stated = Math.round(peak * 100) / 100.0;
        double total = Math.round(totalPflops * 100) / 100.0;
        CenterProfile p = inventory("vendor: Acme, model: X999, kind: gpu, count: " + count + ", fp16_tflops: " + stated,
                "  total_pflops_fp16: " + total + "\n");
        ClaimChecksTest.CHECKS.check(p);
        double ceiling = count * fastestKnown() / 1000 * (1 + ClaimChecksTest.RULES.catalogs().checks().clusterTolerance());
        assertTrue(p.number("compute.total_pflops_fp16") <= ceiling + 1e-6, p.number("compute.total_pflops_fp16") + " > " + ceiling);
    }
}
