package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.model.CenterProfile;
import dev.cca.model.DerivedMetrics;
import dev.cca.result.Finding;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Heterogeneous diversity counts architectures a center really offers, not SKU variants or token cards. */
class DiversityTest {

    private static CenterProfile checked(String lines) {
        CenterProfile p = ClaimChecksTest.profile("compute:\n  accelerators:\n" + lines);
        ClaimChecksTest.CHECKS.check(p);
        return p;
    }

    @Test
    void six_skus_of_the_ascend_910_line_one_card_each_are_one_kind_of_one_vendor() {
        CenterProfile p = checked("    - {vendor: Huawei, model: Ascend 910B, count: 1}\n    - {vendor: Huawei, model: Ascend 910B1, count: 1}\n"
                + "    - {vendor: Huawei, model: Ascend 910B2, count: 1}\n    - {vendor: Huawei, model: Ascend 910B3, count: 1}\n"
                + "    - {vendor: Huawei, model: Ascend 910B4, count: 1}\n    - {vendor: Huawei, model: Ascend 910, count: 1}\n");
        assertEquals(1, p.number(DerivedMetrics.KINDS), 0);
        assertEquals(1, p.number(DerivedMetrics.VENDORS), 0);
    }

    @Test
    void bins_of_one_die_count_once_even_in_large_numbers() {
        CenterProfile p = checked("    - {vendor: Huawei, model: Ascend 910B2, count: 512}\n    - {vendor: Huawei, model: Ascend 910B3, count: 512}\n");
        assertEquals(1, p.number(DerivedMetrics.KINDS), 0);
    }

    @Test
    void the_reports_shandong_pool_keeps_its_two_generations() {
        CenterProfile p = checked("    - {vendor: Iluvatar, model: Tiangai-150, count: 304, fp16_tflops: 192}\n"
                + "    - {vendor: Iluvatar, model: Tiangai-100, count: 720, fp16_tflops: 147}\n");
        assertEquals(2, p.number(DerivedMetrics.KINDS), 0);
    }

    @Test
    void eight_cards_of_three_vendors_beside_ten_thousand_ascends_do_not_count() {
        CenterProfile p = checked("    - {vendor: Huawei, model: Ascend 910B3, count: 10240}\n    - {vendor: NVIDIA, model: H100, count: 8}\n"
                + "    - {vendor: Cambricon, model: MLU370-X4, count: 8}\n    - {vendor: Hygon, model: K100, count: 8}\n");
        assertEquals(1, p.number(DerivedMetrics.KINDS), 0);
        assertEquals(1, p.number(DerivedMetrics.VENDORS), 0);
        CenterProfile real = checked("    - {vendor: Huawei, model: Ascend 910B3, count: 1024}\n    - {vendor: NVIDIA, model: H100, count: 256}\n");
        assertEquals(2, real.number(DerivedMetrics.KINDS), 0);
        assertEquals(2, real.number(DerivedMetrics.VENDORS), 0);
    }

    @Property(tries = 100)
    void adding_a_token_line_of_another_vendor_never_adds_a_kind(@ForAll @IntRange(min = 1, max = 7) int token,
                                                                 @ForAll @IntRange(min = 200, max = 20000) int main) {
        String base = "    - {vendor: Huawei, model: Ascend 910B3, count: " + main + "}\n";
        double before = checked(base).number(DerivedMetrics.KINDS);
        double after = checked(base + "    - {vendor: NVIDIA, model: H100, count: " + token + "}\n").number(DerivedMetrics.KINDS);
        assertTrue(after <= before, after + " > " + before);
    }
    @Property(tries = 100)
    void lines_without_a_count_never_add_a_kind_or_a_vendor(@ForAll @IntRange(min = 8, max = 20000) int main,
                                                            @ForAll @IntRange(min = 1, max = 15) int which) {
        // Any subset of four real cards of other vendors, written without a count beside a counted Ascend line: a line
        // without a count shows no share of the inventory. They scored four kinds of four vendors.
        String[] others = {"{vendor: NVIDIA, model: H100 SXM}", "{vendor: Cambricon, model: MLU370-X8}", "{vendor: Hygon, model: K100-AI}",
                "{vendor: Iluvatar, model: Tiangai-100}"};
        StringBuilder lines = new StringBuilder("    - {vendor: Huawei, model: Ascend 910B3, count: " + main + "}\n");
        for (int i = 0; i < others.length; i++) {
            if ((which & (1 << i)) != 0) {
                lines.append("    - ").append(others[i]).append("\n");
            }
        }
        CenterProfile p = checked(lines.toString());
        assertEquals(1, p.number(DerivedMetrics.KINDS), 0, lines.toString());
        assertEquals(1, p.number(DerivedMetrics.VENDORS), 0, lines.toString());
    }

    @Test
    void an_inventory_line_without_a_count_says_so_and_the_cluster_is_still_held_to_its_cards_at_the_highest_peak() {
        // 8 counted Ascend 910B and one line without a count switched every inventory check off without a word.
        String inventory = "  accelerators:\n    - {vendor: Huawei, model: Ascend 910B, count: 8}\n    - {vendor: Huawei, model: Ascend 910B}\n";
        CenterProfile held = ClaimChecksTest.profile("compute:\n  largest_cluster: {accelerators: 100000, pflops_fp16: 50000}\n" + inventory);
        Finding f = ClaimChecksTest.only(ClaimChecksTest.CHECKS.check(held), "cluster-compute");
        assertEquals(Finding.Outcome.SCORED_AT_BOUND, f.outcome());
        assertEquals(100000 * 414 / 1000.0, held.number("compute.largest_cluster.pflops_fp16"), 1e-6);
        CenterProfile unsaid = ClaimChecksTest.profile("compute:\n  total_pflops_fp16: 50000\n  largest_cluster: {pflops_fp16: 50000}\n"
                + inventory);
        Finding u = ClaimChecksTest.only(ClaimChecksTest.CHECKS.check(unsaid), "cluster-compute");
        assertEquals(Finding.Outcome.UNDECIDED, u.outcome());
        assertTrue(u.message().en().startsWith("compute.accelerators[1] gives no count"), u.message().en());
        // The serving accelerators too: 1,000 claimed beside 8 counted cards and a line without a count are undecided.
        CenterProfile serving = ClaimChecksTest.profile("compute:\n" + inventory + "inference:\n  throughput: {output_tokens_per_s: 400,"
                + " model: Qwen2.5-72B, params_b: 72.7, accelerators: 1000, concurrency: 64}\n");
        Finding s = ClaimChecksTest.only(ClaimChecksTest.CHECKS.check(serving), "serving-accelerators");
        assertEquals(Finding.Outcome.UNDECIDED, s.outcome());
        assertTrue(s.message().en().endsWith("compute.accelerators[1] gives no count: the serving accelerators cannot be checked against"
                + " the inventory"), s.message().en());
    }
}
