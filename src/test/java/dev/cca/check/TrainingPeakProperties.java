package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.evidence.MeasuredEvidence;
import dev.cca.input.bench.Measurement;
import dev.cca.model.CenterProfile;
import dev.cca.result.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * A training run's MFU is of its card's peak as the inventory (else the catalog) gives it: a run that states a lower
 * peak ({@code peak_tflops_per_accelerator}) cannot make the card slower and its MFU higher. Below that peak (beyond
 * {@code peak_match_within}, datasheet rounding) the stated peak is replaced, with a training-peak finding.
 */
class TrainingPeakProperties {

    private static final double H800 = 989;
    private static final double MATCH = ClaimChecksTest.RULES.catalogs().checks().peakMatchWithin();

    static CenterProfile withRun(double achieved, Double statedPeak) {
        CenterProfile p = ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: NVIDIA, model: H800, count: 16,"
                + " fp16_tflops: " + H800 + "}\n");
        Map<String, String> c = new LinkedHashMap<>();
        c.put("accelerator_model", "H800");
        if (statedPeak != null) {
            c.put("peak_tflops_per_accelerator", String.valueOf(statedPeak));
        }
        return ClaimChecksTest.withTrainingRun(p, achieved, c);
    }

    static Finding understated(ClaimChecks.Report r) {
        return r.findings().stream().filter(f -> f.check().equals("training-peak") && f.outcome() == Finding.Outcome.SCORED_AT_BOUND)
                .findFirst().orElse(null);
    }

    @Test
    void an_h800_run_at_a_stated_700_tflops_peak_is_held_to_the_h800s_989() {
        CenterProfile p = withRun(414.2, 700.0);
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        Finding f = understated(r);
        assertEquals(700, f.stated(), 0);
        assertEquals(H800, f.bound(), 0);
        assertEquals("training.tflops_per_accelerator.peak_tflops_per_accelerator", f.metric());
        assertEquals("the run's stated peak of 700 TFLOPS per accelerator is below the 989 TFLOPS peak of H800 at bf16 that the"
                + " inventory and the catalog give: a lower peak would raise the MFU without the run doing more, so the MFU is"
                + " computed against 989", f.message().en());
        assertTrue(f.message().zh().contains("按 989 计算MFU"), f.message().zh());
        assertEquals(100 * 414.2 / H800, p.number("training.mfu_pct"), 1e-9, "not 100 x 414.2 / 700 = 59.2");
    }

    @Property(tries = 200)
    void a_stated_peak_never_makes_the_mfu_higher_than_the_cards_peak_gives(
            @ForAll @DoubleRange(min = 100, max = 900) @Scale(1) double achieved,
            @ForAll @DoubleRange(min = 100, max = 4000) @Scale(1) double stated) {
        CenterProfile p = withRun(achieved, stated);
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        double mfu = p.number("training.mfu_pct");
        if (achieved > stated) {
            // A run faster than its own stated peak contradicts itself and is not used.
            assertTrue(Double.isNaN(mfu) || p.get("training.mfu_pct").evidence() == dev.cca.model.Evidence.DECLARED, "" + mfu);
            return;
        }
        boolean low = stated < H800 * (1 - MATCH);
        assertEquals(low, understated(r) != null, achieved + " / " + stated);
        double expected = 100 * achieved / (low ? H800 : stated);
        if (expected > ClaimChecksTest.RULES.catalogs().checks().maxMfuPct()) {
            assertTrue(Double.isNaN(mfu), "past mfu-ceiling, not scored: " + mfu);
            return;
        }
        assertEquals(expected, mfu, 1e-9);
        assertTrue(mfu <= 100 * achieved / (H800 * (1 - MATCH)) + 1e-9, mfu + "");
    }

    /** What an FP8 run of a card without an FP8 figure is held to rests on this: no card's FP8 peak is below its FP16. */
    @Test
    void no_card_of_the_catalog_has_an_fp8_peak_below_its_dense_fp16_peak() {
        for (dev.cca.rules.AcceleratorCatalog.Card c : ClaimChecksTest.RULES.catalogs().accelerators().cards()) {
            assertTrue(!(c.fp8Tflops() > 0) || !(c.fp16Tflops() > 0) || c.fp8Tflops() >= c.fp16Tflops(), c.id());
        }
    }

    /** An FP8 run of a card the catalog does not know: the inventory's FP16 peak is the least its FP8 peak may be stated. */
    @Property(tries = 100)
    void an_fp8_run_of_an_unknown_card_cannot_state_a_peak_below_its_fp16_peak(
            @ForAll @DoubleRange(min = 100, max = 2000) @Scale(1) double stated) {
        CenterProfile p = ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: Acme, model: Zeta 9000, kind: gpu,"
                + " count: 16, fp16_tflops: 1000}\n");
        Map<String, String> c = new LinkedHashMap<>();
        c.put("accelerator_model", "Zeta 9000");
        c.put("precision", "fp8");
        c.put("peak_tflops_per_accelerator", String.valueOf(stated));
        MeasuredEvidence.Run run = new MeasuredEvidence.Run("t", "training-efficiency", "megatron", LocalDate.of(2025, 9, 1), c,
                List.of(new Measurement("tflops_per_accelerator", 90, "TFLOPS", dev.cca.diag.Location.file("train.log"))),
                "train.log", dev.cca.diag.Location.file("train.log"),
                List.of(new dev.cca.model.Provenance(dev.cca.model.Provenance.Kind.NATIVE_FILE, "train.log", null, "megatron",
                        LocalDate.of(2025, 9, 1), null)));
        MeasuredEvidence.apply(p, List.of(run), LocalDate.of(2025, 10, 1), 730, new ArrayList<>());
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        boolean low = stated < 1000 * (1 - MATCH);
        Finding f = understated(r);
        assertEquals(low, f != null, stated + "");
        assertEquals(100 * 90 / (low ? 1000 : stated), p.number("training.mfu_pct"), 1e-9);
        if (low) {
            assertTrue(f.message().en().contains("below the dense FP16 peak of 1000 TFLOPS the inventory gives Zeta 9000, which its FP8"
                    + " peak is never below"), f.message().en());
        }
    }

    @Test
    void without_a_stated_peak_the_inventorys_is_used_and_nothing_is_said() {
        CenterProfile p = withRun(414.2, null);
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        assertEquals(null, understated(r));
        assertEquals(100 * 414.2 / H800, p.number("training.mfu_pct"), 1e-9);
    }
}
