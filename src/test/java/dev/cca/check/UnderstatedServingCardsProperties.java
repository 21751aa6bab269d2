package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.model.CenterProfile;
import dev.cca.result.Finding;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Native vLLM and SGLang results do not say how many accelerators served; the document wrapping them does, and a run on
 * 8 cards declared as fewer multiplies the throughput per accelerator. What bounds it: the weights must fit in the
 * declared cards' memory (weights-memory), decoding reads them once a step from the declared cards' memory
 * (bandwidth-bound), and every token costs 2 FLOPs per active parameter on the declared cards' peak at the run's
 * precision (compute-bound).
 */
class UnderstatedServingCardsProperties {

    private static final String THROUGHPUT = "inference.throughput.output_tokens_per_s";
    /** The H800's dense FP16/BF16 peak, and its FP8 (the fastest figure, which a bf16 run cannot use). */
    private static final double BF16 = 989.5;
    private static final double FP8 = 1979;

    /** A native vLLM run of {@code tps} output tokens/s, wrapped by a document stating {@code accelerators}. */
    static CenterProfile run(String model, String params, String precision, int accelerators, double tps) {
        CenterProfile p = ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: NVIDIA, model: H800, count: 64}\n");
        Map<String, String> c = new java.util.LinkedHashMap<>();
        c.put("model", model);
        c.put("params_b", params);
        if (precision != null) {
            c.put("precision", precision);
        }
        c.put("accelerators", String.valueOf(accelerators));
        c.put("concurrency", "64");
        c.put("input_tokens", "1024");
        c.put("output_tokens", "256");
        dev.cca.evidence.MeasuredEvidence.apply(p, List.of(ServingRuns.of(c, tps)), java.time.LocalDate.of(2025, 10, 1), 730,
                new java.util.ArrayList<>());
        return p;
    }

    static Finding found(ClaimChecks.Report r, String check) {
        return r.findings().stream().filter(f -> f.check().equals(check)).findFirst().orElse(null);
    }

    /**
     * The lingang sample's run (Qwen2.5-72B in BF16, 2,611.7 tokens/s on 8 H800) declared as on one card: one H800
     * computes 1,361 such tokens a second at BF16 (compute-bound), and 145 GB of weights do not fit in its 80
     * (weights-memory, had the compute bound let it through).
     */
    @Test
    void the_lingang_run_on_8_cards_declared_as_1_is_not_scored() {
        CenterProfile eight = run("Qwen/Qwen2.5-72B-Instruct", "72", "bf16", 8, 2611.7);
        ClaimChecks.Report ok = ClaimChecksTest.CHECKS.check(eight);
        assertEquals(2611.7, eight.number(THROUGHPUT), 1e-9, ok.findings().toString());
        CenterProfile one = run("Qwen/Qwen2.5-72B-Instruct", "72", "bf16", 1, 2611.7);
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(one);
        assertEquals(BF16 * 1000 / (2 * 72.7 * 5), found(r, "compute-bound").bound(), 1e-6, r.findings().toString());
        assertNull(one.get(THROUGHPUT));
    }

    /**
     * A model that fits on one card: Qwen2.5-32B in BF16 (65 GB) at 5,800 tokens/s on 8 H800, declared as on one. Its
     * weights fit, and its bandwidth bound (64 sequences reading 32.5B weights from 3,350 GB/s) is far above; what one
     * H800 computes at BF16 is 989.5 x 1000 / (2 x 32.5 x (1 + 1024 / 256)) = 3,045 tokens/s. At the card's FP8 figure,
     * which a BF16 run does not compute at, the bound was 6,089 and the claim passed.
     */
    @Test
    void a_run_on_8_cards_of_a_model_that_fits_on_one_is_held_by_the_compute_of_its_precision() {
        CenterProfile one = run("Qwen2.5-32B", "32.5", "bf16", 1, 5800);
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(one);
        Finding f = found(r, "compute-bound");
        assertNotNull(f, r.findings().toString());
        assertEquals(BF16 * 1000 / (2 * 32.5 * 5), f.bound(), 1e-6);
        assertTrue(f.message().en().contains("989.5 TFLOPS (NVIDIA H800, its dense figure at bf16, the run's precision)"),
                f.message().en());
        assertTrue(f.message().zh().contains("在该次运行的精度 bf16 下的稠密峰值"), f.message().zh());
        assertNull(one.get(THROUGHPUT));
        assertNull(found(ClaimChecksTest.CHECKS.check(run("Qwen2.5-32B", "32.5", "bf16", 8, 5800)), "compute-bound"));
        // Without a precision the card's fastest figure holds, as before: serving may then be at FP8.
        Finding any = found(ClaimChecksTest.CHECKS.check(run("Qwen2.5-32B", "32.5", null, 1, 6500)), "compute-bound");
        assertEquals(FP8 * 1000 / (2 * 32.5 * 5), any.bound(), 1e-6);
        assertTrue(any.message().en().contains("its fastest dense figure"), any.message().en());
    }

    /**
     * Whatever the run declares, the throughput credited per declared accelerator is at most what one card computes at
     * the run's precision: dense BF16 for a bf16 run, FP8 for an fp8 one.
     */
    @Property(tries = 200)
    void no_declared_card_is_credited_more_than_it_computes_at_the_runs_precision(
            @ForAll @IntRange(min = 1, max = 8) int declared, @ForAll @DoubleRange(min = 100, max = 40000) double tps,
            @ForAll boolean fp8) {
        CenterProfile p = run("Qwen2.5-7B", "7.61", fp8 ? "fp8" : "bf16", declared, tps);
        ClaimChecksTest.CHECKS.check(p);
        double credited = p.number(THROUGHPUT);
        if (credited > 0) {
            double perCard = (fp8 ? FP8 : BF16) * 1000 / (2 * 7.61 * 5);
            assertTrue(credited / declared <= perCard * (1 + 1e-9), credited + " on " + declared);
        }
    }

    /** Stating a precision only tightens the bound: leaving it out never lets a throughput through that stating it keeps. */
    @Property(tries = 200)
    void stating_the_precision_never_credits_more(@ForAll @IntRange(min = 1, max = 8) int declared,
            @ForAll @DoubleRange(min = 100, max = 40000) double tps, @ForAll @IntRange(min = 0, max = 6) int format) {
        String precision = List.of("fp32", "fp16", "bf16", "fp8", "int8", "int4", "fp4").get(format);
        CenterProfile stated = run("Qwen2.5-7B", "7.61", precision, declared, tps);
        CenterProfile unsaid = run("Qwen2.5-7B", "7.61", null, declared, tps);
        ClaimChecksTest.CHECKS.check(stated);
        ClaimChecksTest.CHECKS.check(unsaid);
        if (stated.get(THROUGHPUT) != null) {
            assertNotNull(unsaid.get(THROUGHPUT), precision + ": " + tps + " on " + declared);
        }
    }
}
