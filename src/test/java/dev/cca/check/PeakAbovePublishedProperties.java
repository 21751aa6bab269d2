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
 * known without one) is held to the most the card can do: its own highest published figure, else the fastest dense FP16
 * peak of any card with off-chip memory (the claim is an FP16 peak), or for an on-chip SRAM card the highest figure of any
 * SRAM card; and a line without a peak counts at that ceiling when the cluster and total
 * compute are held to the inventory, so naming an unknown card lifts nothing past every known one.
 */
class PeakAbovePublishedProperties {

    private static final AcceleratorCatalog CATALOG = ClaimChecksTest.RULES.catalogs().accelerators();
    private static final double TOLERANCE = ClaimChecksTest.RULES.catalogs().checks().peakTolerance();

    /** The fastest dense FP16 peak of any card with off-chip memory. */
    static double fastestKnown() {
        double m = 0;
        for (AcceleratorCatalog.Card c : CATALOG.cards()) {
            if (!c.isCpu() && !c.sram()) {
                m = c.fp16Tflops() > m ? c.fp16Tflops() : m;
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
        assertEquals(2250, fastestKnown(), 1e-9); // NVIDIA B200, dense FP16 (nvidia-hgx-b200-page)
    }

    /**
     * The claim is a dense FP16 peak: an invented card was held to the B200's dense FP8 (4,500), so it could write about
     * twice the fastest real FP16 peak with only the accelerator-unknown warning.
     */
    @Test
    void an_unknown_card_is_held_to_the_fastest_dense_fp16_peak_not_to_the_fastest_figure_at_any_precision() {
        CenterProfile p = inventory("vendor: Acme, model: Zeta 9000, kind: gpu, count: 1000, fp16_tflops: 4400",
                "  total_pflops_fp16: 4400\n  largest_cluster: {accelerators: 1000, pflops_fp16: 4400}\n");
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        Finding f = finding(r, "peak-above-published");
        assertNotNull(f, r.findings().toString());
        assertEquals(2250, f.bound(), 1e-9);
        assertEquals(2250, p.accelerators().get(0).fp16Tflops(), 1e-9);
        assertEquals(2250, p.number("compute.total_pflops_fp16"), 1e-6);
        assertEquals(2250, p.number("compute.largest_cluster.pflops_fp16"), 1e-6);
        assertEquals("the Acme Zeta 9000 is not in the catalog, and 4400 TFLOPS is above the fastest dense FP16 peak of any card the"
                + " catalog knows (NVIDIA B200, 2250 TFLOPS), the most its dense FP16 peak is credited; scored at 2250 (CCA-K007 says"
                + " how to add a real card)", f.message().en());
        Finding unknown = finding(r, "accelerator-unknown");
        assertTrue(unknown.message().en().contains("held only to the fastest dense FP16 peak the catalog knows (NVIDIA B200, 2250"
                + " TFLOPS); if it is a real card, add it with its datasheet figures and a citation to the accelerators: of a rule set"
                + " of your own (one that extends: cca-default, used with --rules FILE;"), unknown.message().en());
        assertTrue(unknown.message().zh().contains("extends: cca-default") && unknown.message().zh().contains("accelerators:"),
                unknown.message().zh());
    }

    /** A real card newer than the catalog is not stuck at the ceiling: a rule set that adds it holds it to its own figures. */
    @Test
    void a_rule_set_that_adds_the_card_to_its_catalog_holds_it_to_its_own_datasheet() {
        dev.cca.diag.Problems problems = new dev.cca.diag.Problems();
        dev.cca.rules.RuleSet rules = dev.cca.rules.RuleSetLoader.load(dev.cca.input.SourceFile.ofText("zeta-rules.yaml",
                "cca: rules/v1\nid: with-zeta\nversion: \"1\"\nextends: cca-default\ncitations:\n  acme-zeta-datasheet:\n"
                        + "    source: Acme Zeta 9000 datasheet\n    text: \"FP16 dense 4,400 TFLOPS\"\nvendors:\n"
                        + "  - {id: acme, en: Acme, zh: Acme}\naccelerators:\n  - {id: acme-zeta-9000, vendor: acme, model: Zeta 9000,"
                        + " kind: gpu, fp16_tflops: 4400, memory_gb: 288, cite: acme-zeta-datasheet}\n"), problems);
        assertNotNull(rules, problems.all().toString());
        CenterProfile p = inventory("vendor: Acme, model: Zeta 9000, kind: gpu, count: 1000, fp16_tflops: 4400",
                "  total_pflops_fp16: 4400\n");
        ClaimChecks.Report r = new ClaimChecks(rules).check(p);
        assertNull(finding(r, "peak-above-published"), r.findings().toString());
        assertNull(finding(r, "accelerator-unknown"), r.findings().toString());
        assertEquals(4400, p.number("compute.total_pflops_fp16"), 1e-6);
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
        assertTrue(f.message().en().contains("NVIDIA B200") && f.message().zh().contains("按 2250 计分"), f.message().toString());
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
        // The CS-2 has no figure of its own: it is held to the fastest SRAM card, not to an HBM card's 2,250.
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
