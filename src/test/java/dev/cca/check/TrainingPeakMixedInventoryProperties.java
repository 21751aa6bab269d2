package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.model.CenterProfile;
import dev.cca.result.Finding;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * A training run that names no card (no accelerator_model) on an inventory of several ran on one of them: the peak it
 * states may not be below the slowest card's, else that peak divides its achieved TFLOP/s (training-peak, CCA-K013).
 */
class TrainingPeakMixedInventoryProperties {

    private static final double MATCH = ClaimChecksTest.RULES.catalogs().checks().peakMatchWithin();
    /** The inventory's slowest card: its Ascend 910B line at 313 (the catalog's least for a bare 910B is 280). */
    private static final double SLOWEST = 313;

    /** 16 H800 and 16 Ascend 910B, and a run of {@code achieved} TFLOP/s at a stated peak that names no card. */
    static CenterProfile withRun(double achieved, double statedPeak) {
        CenterProfile p = ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: NVIDIA, model: H800, count: 16,"
                + " fp16_tflops: 989}\n    - {vendor: Huawei, model: Ascend 910B, count: 16, fp16_tflops: 313}\n");
        Map<String, String> c = new LinkedHashMap<>();
        c.put("peak_tflops_per_accelerator", String.valueOf(statedPeak));
        return ClaimChecksTest.withTrainingRun(p, achieved, c);
    }

    static Finding understated(ClaimChecks.Report r) {
        return TrainingPeakProperties.understated(r);
    }

    @Test
    void a_stated_peak_below_every_card_of_the_inventory_is_held_to_the_slowest() {
        CenterProfile p = withRun(100, 200);
        Finding f = understated(ClaimChecksTest.CHECKS.check(p));
        assertEquals(200, f.stated(), 0);
        assertEquals(SLOWEST, f.bound(), 0);
        assertEquals("the run's stated peak of 200 TFLOPS per accelerator is below that of every card of the inventory, the slowest"
                + " being the Huawei Ascend 910B (313 TFLOPS at bf16): the run names no card (accelerator_model) but ran on one of"
                + " them, and a lower peak would raise the MFU without the run doing more, so the MFU is computed against 313",
                f.message().en());
        assertTrue(f.message().zh().contains("按 313 计算MFU"), f.message().zh());
        assertEquals(100 * 100 / SLOWEST, p.number("training.mfu_pct"), 1e-9, "not 100 x 100 / 200 = 50");
        // A peak of one of the inventory's cards is taken as stated.
        for (double peak : new double[] {313, 989}) {
            CenterProfile q = withRun(100, peak);
            assertEquals(null, understated(ClaimChecksTest.CHECKS.check(q)), "" + peak);
            assertEquals(100 * 100 / peak, q.number("training.mfu_pct"), 1e-9);
        }
    }

    @Property(tries = 200)
    void no_stated_peak_makes_the_mfu_higher_than_the_slowest_card_gives(
            @ForAll @DoubleRange(min = 50, max = 1500) @Scale(1) double stated,
            @ForAll @DoubleRange(min = 10, max = 180) @Scale(1) double achieved) {
        // At most 180 TFLOP/s: 57.5% of the slowest card's 313, below mfu-ceiling's 60%, which would drop the MFU.
        CenterProfile p = withRun(achieved, stated);
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        double mfu = p.number("training.mfu_pct");
        if (achieved > stated) {
            return; // a run faster than its own stated peak contradicts itself and is not used (TrainingPeakProperties)
        }
        boolean low = stated < SLOWEST * (1 - MATCH);
        assertEquals(low, understated(r) != null, "" + stated);
        assertEquals(100 * achieved / (low ? SLOWEST : stated), mfu, 1e-9, stated + " / " + achieved);
    }
}
