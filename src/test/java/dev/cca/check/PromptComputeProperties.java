package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.model.CenterProfile;
import dev.cca.result.Finding;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The prompts' compute: with {@code inference.throughput.input_tokens} and {@code output_tokens} (the run's mean
 * tokens per request), compute-bound divides the accelerators' tokens by 1 + input / output, and ttft-compute-floor
 * (CCA-K220) holds TTFT p99 and e2e p99 to the prefill of the mean prompt, 2 x active x input / (A x P) ms. Stating
 * the tokens never credits a claim more than leaving them out.
 */
class PromptComputeProperties {

    private static final String TTFT_P50 = "inference.latency.ttft_ms_p50";
    private static final String TTFT_P99 = "inference.latency.ttft_ms_p99";
    private static final String E2E_P99 = "inference.latency.e2e_ms_p99";
    private static final String THROUGHPUT = "inference.throughput.output_tokens_per_s";
    private static final List<String> CARDS = BandwidthFloorProperties.CARDS;

    /**
     * A model of {@code params} B (unknown to the table: all active) served on {@code a} of 64 {@code card}s at
     * concurrency 4096 (Little's law and the bandwidth bound far away), with the tokens per request when above 0.
     */
    static CenterProfile served(String card, double params, int a, double in, double out, double tps, double ttft50,
                                double ttft99, double e2e99) {
        return ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: " + card + ", count: 64}\ninference:\n"
                + "  throughput: {output_tokens_per_s: " + tps + ", model: my-model, params_b: " + params + ", accelerators: " + a
                + ", concurrency: 4096" + (in > 0 ? ", input_tokens: " + in : "") + (out > 0 ? ", output_tokens: " + out : "")
                + "}\n  latency: {ttft_ms_p50: " + ttft50 + ", ttft_ms_p99: " + ttft99 + ", e2e_ms_p99: " + e2e99 + "}\n");
    }

    static List<Finding> found(CenterProfile p, String check) {
        return ClaimChecksTest.CHECKS.check(p).findings().stream().filter(f -> f.check().equals(check)).toList();
    }

    /** The compute bound the check applies to a profile without prompts: what the accelerators generate at peak. */
    private static double bareBound(String card, double params, int a) {
        List<Finding> f = found(served(card, params, a, 0, 0, 1e12, 1e6, 1e6, 1e6), "compute-bound");
        assertEquals(1, f.size(), f.toString());
        return f.get(0).bound();
    }

    @Property(tries = 200)
    void the_bound_divides_by_one_plus_the_prompt_tokens_per_output_token(@ForAll @IntRange(min = 0, max = 4) int card,
                                                                         @ForAll @IntRange(min = 1, max = 64) int a,
                                                                         @ForAll @DoubleRange(min = 1, max = 100_000) double in,
                                                                         @ForAll @DoubleRange(min = 1, max = 10_000) double out,
                                                                         @ForAll @DoubleRange(min = 0.2, max = 5) double factor) {
        double bound = bareBound(CARDS.get(card), 7, a) / (1 + in / out);
        double tps = bound * factor;
        Assume.that(Math.abs(tps - bound) > bound * 1e-9);
        CenterProfile p = served(CARDS.get(card), 7, a, in, out, tps, 1e6, 1e6, 1e6);
        List<Finding> f = found(p, "compute-bound");
        if (tps > bound) {
            assertEquals(1, f.size(), f.toString());
            assertEquals(bound, f.get(0).bound(), bound * 1e-9);
            assertTrue(f.get(0).message().en().contains("prompt tokens (inference.throughput.input_tokens)"), f.get(0).message().en());
            assertTrue(f.get(0).message().zh().contains("个提示词元"), f.get(0).message().zh());
            assertNull(p.get(THROUGHPUT));
        } else {
            assertEquals(List.of(), f);
            assertEquals(tps, p.number(THROUGHPUT), tps * 1e-12);
        }
    }

    @Property(tries = 200)
    void a_ttft_or_e2e_p99_is_held_to_the_prefill_of_the_mean_prompt(@ForAll @IntRange(min = 0, max = 4) int card,
                                                                    @ForAll @IntRange(min = 1, max = 8) int a,
                                                                    @ForAll @DoubleRange(min = 1000, max = 100_000) double in,
                                                                    @ForAll @DoubleRange(min = 0.2, max = 3) double factor) {
        // One token's forward pass at peak, from the bare compute bound: 1000 / tokens per second, in ms.
        double pass = 1000 / bareBound(CARDS.get(card), 70, a);
        double floor = pass * in;
        double ttft = floor * factor;
        Assume.that(Math.abs(ttft - floor) > floor * 1e-9 && Math.abs(ttft * 2 - floor) > floor * 1e-9);
        // The p50 is far below the floor, and never held to it: the median prompt may be shorter than the mean.
        CenterProfile p = served(CARDS.get(card), 70, a, in, 0, 1, 1, ttft, ttft * 2);
        List<Finding> f = found(p, "ttft-compute-floor");
        List<String> below = ttft * 2 < floor ? List.of(TTFT_P99, E2E_P99) : ttft < floor ? List.of(TTFT_P99) : List.of();
        assertEquals(below, f.stream().map(Finding::metric).toList(), f.toString());
        for (Finding k : f) {
            assertEquals(floor, k.bound(), floor * 1e-9);
            assertEquals("CCA-K220", dev.cca.diag.CheckCode.of(k.check()).id());
        }
        assertFalse(f.stream().anyMatch(k -> k.metric().equals(TTFT_P50)));
        assertEquals(ttft < floor, p.get(TTFT_P99) == null);
        assertEquals(ttft * 2 < floor, p.get(E2E_P99) == null);
    }

    @Property(tries = 300)
    void stating_the_tokens_never_credits_more(@ForAll @IntRange(min = 0, max = 4) int card,
                                               @ForAll @IntRange(min = 1, max = 16) int a,
                                               @ForAll @DoubleRange(min = 0.5, max = 1000) double params,
                                               @ForAll @DoubleRange(min = 0, max = 50_000) double in,
                                               @ForAll @DoubleRange(min = 0, max = 5_000) double out,
                                               @ForAll @DoubleRange(min = 1, max = 1e7) double tps,
                                               @ForAll @DoubleRange(min = 0.5, max = 100_000) double ttft) {
        CenterProfile without = served(CARDS.get(card), params, a, 0, 0, tps, ttft, ttft, ttft * 3);
        CenterProfile with = served(CARDS.get(card), params, a, in, out, tps, ttft, ttft, ttft * 3);
        ClaimChecksTest.CHECKS.check(without);
        ClaimChecksTest.CHECKS.check(with);
        for (String m : List.of(THROUGHPUT, TTFT_P50, TTFT_P99, E2E_P99)) {
            if (without.get(m) == null) {
                assertNull(with.get(m), m);
            } else if (with.get(m) != null) {
                assertTrue(with.number(m) <= without.number(m), m);
            }
        }
    }

    @Test
    void qwen_72b_on_8_h100_needs_at_least_9_4_ms_for_a_1024_token_prompt() {
        // The H100 SXM's fastest dense figure is its FP8 1,979 TFLOPS: 2 x 72.7 x 1024 / (8 x 1979) = 9.404 ms.
        List<Finding> f = found(served(CARDS.get(2), 72.7, 8, 1024, 256, 100, 1, 9.3, 9.3), "ttft-compute-floor");
        assertEquals(List.of(TTFT_P99, E2E_P99), f.stream().map(Finding::metric).toList(), f.toString());
        assertEquals(2 * 72.7 * 1024 / (8 * 1979), f.get(0).bound(), 1e-9);
        assertTrue(f.get(0).message().en().contains("2 x 72.7 x 1024 / (8 x 1979) = 9.4043 ms"), f.get(0).message().en());
        assertTrue(f.get(1).message().en().contains("a response contains its first token"), f.get(1).message().en());
        assertTrue(f.get(0).message().zh().contains("预填充") && f.get(0).message().zh().contains("9.4043 毫秒"), f.get(0).message().zh());
        assertEquals(List.of(), found(served(CARDS.get(2), 72.7, 8, 1024, 256, 100, 1, 9.5, 9.5), "ttft-compute-floor"));
    }

    @Test
    void runs_of_the_size_published_pass() {
        // Illustrative figures of the order MLPerf Inference publishes for llama2-70b on 8 H100 (server TTFT p99 within its
        // 2 s limit, prompts of at most 1,024 tokens): no floor is near them.
        assertEquals(List.of(), found(served(CARDS.get(2), 70, 8, 1024, 256, 20_000, 120, 461, 30_000), "ttft-compute-floor"));
        // About 23,000 output tokens/s with 300 prompt and 285 output tokens a request: the bound counting the prompts is
        // 8 x 1979 x 1000 / (2 x 70 x (1 + 300 / 285)) = 55,030 tokens/s.
        assertEquals(List.of(), found(served(CARDS.get(2), 70, 8, 300, 285, 23_000, 120, 461, 30_000), "compute-bound"));
        // vLLM's serving benchmark at random prompts of 1,024 tokens and 128 out, an 8B model on one H100, 2,300 output
        // tokens/s (illustrative): bound 1 x 1979 x 1000 / (2 x 8.03 x 9) = 13,692, TTFT floor 8.3 ms.
        assertEquals(List.of(), found(served(CARDS.get(2), 8.03, 1, 1024, 128, 2300, 300, 900, 2000), "compute-bound"));
        assertEquals(List.of(), found(served(CARDS.get(2), 8.03, 1, 1024, 128, 2300, 300, 900, 2000), "ttft-compute-floor"));
    }

    @Test
    void without_the_prompt_length_nothing_changes() {
        // Output tokens alone say nothing of the prompts: the bound is the bare one and the TTFT floor does not apply.
        double bare = bareBound(CARDS.get(0), 7, 1);
        List<Finding> f = found(served(CARDS.get(0), 7, 1, 0, 256, 1e12, 1e6, 1e6, 1e6), "compute-bound");
        assertEquals(bare, f.get(0).bound(), 1e-9);
        assertFalse(f.get(0).message().en().contains("prompt"), f.get(0).message().en());
        assertEquals(List.of(), found(served(CARDS.get(0), 72, 1, 0, 256, 1, 0.5, 0.5, 0.5), "ttft-compute-floor"));
    }

    /** A measured serving run of a 7B model on one Ascend 910B3, with its mean tokens per request when given. */
    private static dev.cca.evidence.MeasuredEvidence.Run run(String in, String out, double tps) {
        java.util.Map<String, String> c = new java.util.HashMap<>(java.util.Map.of("accelerators", "1", "params_b", "7",
                "model", "my-model", "concurrency", "4096"));
        if (in != null) {
            c.put("input_tokens", in);
        }
        if (out != null) {
            c.put("output_tokens", out);
        }
        return ServingRuns.of(c, tps);
    }

    /**
     * A measured throughput is held with its own run's prompts: the run's mean tokens per request (vLLM and SGLang write
     * their totals, GenAI-Perf its averages) replace the profile's, and a run that does not say leaves none, never the
     * profile's tokens of another run, and warns of nothing (the bound is then the bare one).
     */
    @Test
    void a_measured_throughput_is_held_with_its_own_runs_prompts() {
        String profile = "compute:\n  accelerators:\n    - {vendor: Huawei, model: Ascend 910B3, count: 8}\ninference:\n"
                + "  throughput: {output_tokens_per_s: 50, model: my-model, params_b: 7, accelerators: 1, concurrency: 4096,"
                + " input_tokens: 4000, output_tokens: 10}\n";
        double bare = bareBound(CARDS.get(0), 7, 1);
        // The run's own 1,023.5 prompt tokens for 127.9 output tokens: the bound divides by 1 + 1023.5 / 127.9.
        CenterProfile p = ClaimChecksTest.profile(profile);
        List<dev.cca.diag.Diagnostic> notes = new java.util.ArrayList<>();
        dev.cca.evidence.MeasuredEvidence.apply(p, List.of(run("1023.5", "127.9", bare)), java.time.LocalDate.of(2025, 10, 1), 730, notes);
        assertEquals(1023.5, p.number("inference.throughput.input_tokens"), 1e-12);
        assertEquals(127.9, p.number("inference.throughput.output_tokens"), 1e-12);
        Finding f = ClaimChecksTest.only(ClaimChecksTest.CHECKS.check(p), "compute-bound");
        assertEquals(bare / (1 + 1023.5 / 127.9), f.bound(), 1e-6);
        // A run that does not say: the profile's 4,000 / 10 of other figures do not stand for it, and nothing is said.
        CenterProfile q = ClaimChecksTest.profile(profile);
        List<dev.cca.diag.Diagnostic> quiet = new java.util.ArrayList<>();
        dev.cca.evidence.MeasuredEvidence.apply(q, List.of(run(null, null, bare / 2)), java.time.LocalDate.of(2025, 10, 1), 730, quiet);
        assertNull(q.get("inference.throughput.input_tokens"));
        assertNull(q.get("inference.throughput.output_tokens"));
        assertEquals(List.of(), found(q, "compute-bound"));
        assertEquals(bare / 2, q.number(THROUGHPUT), 1e-6);
        assertFalse(quiet.stream().anyMatch(d -> d.message().contains("tokens")), quiet.toString());
    }
}
