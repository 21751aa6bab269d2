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
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * price-floor (CCA-K216): a card-hour price, or a machine-month price over accelerators_per_machine x hours_per_month
 * card-hours, per PFLOPS of the priced card's dense peak below {@code min_price_cny_per_pflops_hour} (0.08 CNY, under the
 * electricity of the most efficient card at a low industrial tariff) is not scored; at or above it, it scores as stated.
 */
class PriceFloorProperties {

    private static final CheckParams PARAMS = ClaimChecksTest.RULES.catalogs().checks();
    private static final String HOUR = "operations.pricing.card_hour_cny";
    private static final String MONTH = "operations.pricing.machine_month_cny";
    private static final double FLOOR = 0.08;

    /** 64 Ascend 910B at a stated peak (the datasheet's 414 TFLOPS at most), priced. */
    static CenterProfile profile(double peak, String pricing) {
        return ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: Huawei, model: Ascend 910B, count: 64, fp16_tflops: "
                + peak + "}\noperations:\n  pricing: {" + pricing + ", accelerator: Ascend 910B}\n");
    }

    /**
     * The peak a price is divided by: the line's, or, below the least the catalog gives a bare Ascend 910B (its slowest
     * bin's 280 TFLOPS) beyond datasheet rounding, that least (line-peak-below-datasheet).
     */
    static double credited(double peak) {
        return peak < 280 * (1 - PARAMS.peakMatchWithin()) ? 280 : peak;
    }

    static Finding finding(ClaimChecks c, CenterProfile p, String metric) {
        return c.check(p).findings().stream().filter(f -> f.check().equals("price-floor") && f.metric().equals(metric))
                .findFirst().orElse(null);
    }

    @Test
    void the_rule_set_gives_the_floor() {
        assertEquals(FLOOR, PARAMS.minPriceCnyPerPflopsHour(), 1e-12);
    }

    @Test
    void one_fen_a_card_hour_for_an_h100_is_not_scored() {
        CenterProfile p = ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: NVIDIA, model: H100, count: 8}\n"
                + "operations:\n  pricing: {card_hour_cny: 0.01, accelerator: H100}\n");
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        Finding f = ClaimChecksTest.only(r, "price-floor");
        assertEquals(Outcome.NOT_SCORED, f.outcome());
        assertEquals(HOUR, f.metric());
        assertEquals(0.01, f.stated(), 1e-12);
        assertEquals(FLOOR, f.bound(), 1e-12);
        assertNull(p.get(HOUR));
        assertTrue(r.contradicted().contains(HOUR));
        assertTrue(f.message().en().contains("0.0101 CNY per PFLOPS-hour of the H100 (989.5 TFLOPS)"), f.message().en());
        assertTrue(f.message().zh().contains("每 PFLOPS 每小时 0.0101 元"), f.message().zh());
    }

    @Test
    void a_one_yuan_machine_month_is_not_scored_and_real_prices_pass() {
        CenterProfile p = profile(313, "machine_month_cny: 1, accelerators_per_machine: 8");
        Finding f = finding(ClaimChecksTest.CHECKS, p, MONTH);
        assertNotNull(f);
        assertEquals(Outcome.NOT_SCORED, f.outcome());
        assertNull(p.get(MONTH));
        // The samples' prices: 9 yuan a card-hour and 42,000 a machine-month for Ascend 910B.
        CenterProfile ok = profile(313, "card_hour_cny: 9, machine_month_cny: 42000, accelerators_per_machine: 8");
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(ok);
        assertTrue(r.findings().stream().noneMatch(x -> x.check().equals("price-floor")), r.findings().toString());
        assertEquals(9, ok.number(HOUR), 1e-12);
        assertEquals(42000, ok.number(MONTH), 1e-9);
    }

    /**
     * Five fen a card-hour for an H800 is below the floor (0.0505 CNY per PFLOPS-hour of its 989.5 TFLOPS); an inventory
     * line writing the H800 at 10 TFLOPS made it 5 CNY per PFLOPS-hour, scored as a cheap price.
     */
    @Test
    void a_line_below_its_cards_peak_does_not_lift_a_price_over_the_floor() {
        CenterProfile p = ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: NVIDIA, model: H800, count: 8,"
                + " fp16_tflops: 10}\noperations:\n  pricing: {card_hour_cny: 0.05, accelerator: H800}\n");
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        Finding low = ClaimChecksTest.only(r, "line-peak-below-datasheet");
        assertEquals(10, low.stated(), 0);
        assertEquals(989.5, low.bound(), 0);
        assertEquals("compute.accelerators[0].fp16_tflops", low.metric());
        assertTrue(low.message().en().contains("so the price is divided by 989.5"), low.message().en());
        assertTrue(low.message().zh().contains("因此按 989.5 折算价格"), low.message().zh());
        assertEquals(989.5, p.number("operations.pricing.peak_tflops"), 0);
        assertEquals(Outcome.NOT_SCORED, ClaimChecksTest.only(r, "price-floor").outcome());
        assertNull(p.get(HOUR));
        // Within datasheet rounding of the card's peak, the line's own figure divides, and nothing is said.
        CenterProfile near = ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: NVIDIA, model: H800, count: 8,"
                + " fp16_tflops: 989}\noperations:\n  pricing: {card_hour_cny: 14, accelerator: H800}\n");
        assertTrue(!ClaimChecksTest.has(ClaimChecksTest.CHECKS.check(near), "line-peak-below-datasheet"));
        assertEquals(989, near.number("operations.pricing.peak_tflops"), 0);
    }

    @Test
    void switched_off_nothing_is_held() {
        Catalogs k = ClaimChecksTest.RULES.catalogs();
        ClaimChecks off = new ClaimChecks(new Catalogs(k.accelerators(), k.models(),
                PARAMS.withOptional("min_price_cny_per_pflops_hour", Double.NaN)));
        CenterProfile p = profile(313, "card_hour_cny: 0.001");
        assertNull(finding(off, p, HOUR));
        assertEquals(0.001, p.number(HOUR), 1e-12);
    }

    @Property(tries = 300)
    void a_card_hour_price_is_flagged_exactly_when_it_is_below_the_floor(
            @ForAll @DoubleRange(min = 50, max = 414) @Scale(1) double peak,
            @ForAll @DoubleRange(min = -0.5, max = 0.5) @Scale(4) double around) {
        double price = Math.round(FLOOR * peak / 1000 * (1 + around) * 100000) / 100000.0;
        if (!(price > 0)) {
            return;
        }
        CenterProfile p = profile(peak, "card_hour_cny: " + price);
        Finding f = finding(ClaimChecksTest.CHECKS, p, HOUR);
        if (price * 1000 / credited(peak) < FLOOR) {
            assertNotNull(f, price + " yuan at " + peak + " TFLOPS");
            assertNull(p.get(HOUR));
        } else {
            assertNull(f, price + " yuan at " + peak + " TFLOPS");
            assertEquals(price, p.number(HOUR), 1e-12);
        }
    }

    @Property(tries = 200)
    void a_higher_price_never_falls_below_a_floor_a_lower_one_cleared(
            @ForAll @DoubleRange(min = 50, max = 414) @Scale(1) double peak,
            @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(3) double price,
            @ForAll @DoubleRange(min = 1, max = 10) @Scale(2) double higher) {
        if (finding(ClaimChecksTest.CHECKS, profile(peak, "card_hour_cny: " + price), HOUR) == null) {
            double more = Math.round(price * higher * 1000) / 1000.0;
            assertNull(finding(ClaimChecksTest.CHECKS, profile(peak, "card_hour_cny: " + more), HOUR), more + " at " + peak);
        }
    }

    @Property(tries = 200)
    void stating_a_machine_size_never_lets_a_price_below_the_floor_through(
            @ForAll @DoubleRange(min = 50, max = 414) @Scale(1) double peak,
            @ForAll @DoubleRange(min = 1, max = 2000) @Scale(0) double month,
            @ForAll @IntRange(min = 1, max = 64) int machine) {
        CenterProfile stated = profile(peak, "machine_month_cny: " + month + ", accelerators_per_machine: " + machine);
        Finding f = finding(ClaimChecksTest.CHECKS, stated, MONTH);
        double perPflopsHour = month * 1000 / (machine * PARAMS.hoursPerMonth() * credited(peak));
        assertEquals(perPflopsHour < FLOOR, f != null, month + " yuan for " + machine + " at " + peak);
        // The machine size assumed when none is stated is held to the same floor.
        CenterProfile assumed = profile(peak, "machine_month_cny: " + month);
        double atDefault = month * 1000 / (PARAMS.acceleratorsPerMachine() * PARAMS.hoursPerMonth() * credited(peak));
        assertEquals(atDefault < FLOOR, finding(ClaimChecksTest.CHECKS, assumed, MONTH) != null, month + " at " + peak);
    }
}
