package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.model.CenterProfile;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** A throughput is of the accelerators that hold the model's weights: claiming fewer cards cannot raise the score. */
class WeightsMemoryProperties {

    static CenterProfile serving(int accelerators, String precision) {
        return ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: NVIDIA, model: H800, count: 64}\ninference:\n"
                + "  throughput: {output_tokens_per_s: 2511, model: Qwen2.5-72B, params_b: 72.7, accelerators: " + accelerators
                + ", concurrency: 64" + (precision == null ? "" : ", precision: " + precision) + "}\n  latency: {tpot_ms_p50: 25}\n");
    }

    @Property(tries = 100)
    void a_throughput_on_fewer_accelerators_than_hold_the_weights_is_not_scored(@ForAll @IntRange(min = 1, max = 64) int accelerators,
                                                                                @ForAll boolean bf16) {
        // Qwen2.5-72B: 145.4 GB at BF16, 36.35 GB at the 4 bits assumed without a precision; an H800 holds 80 GB.
        CenterProfile p = serving(accelerators, bf16 ? "bf16" : null);
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        boolean fits = 72.7 * (bf16 ? 16 : 4) / 8 <= accelerators * 80;
        assertEquals(!fits, ClaimChecksTest.has(r, "weights-memory"), accelerators + (bf16 ? " bf16" : ""));
        assertEquals(fits, p.get("inference.throughput.output_tokens_per_s") != null, accelerators + (bf16 ? " bf16" : ""));
        if (!fits) {
            assertTrue(ClaimChecksTest.only(r, "weights-memory").message().en().startsWith("the model's 72.7B parameters at 16 bits are"
                    + " 145.4 GB of weights, more than 1 accelerator(s) hold (1 x 80 GB, NVIDIA H800)"));
        }
    }

    /** The most memory of any card of the catalog with off-chip memory (the AMD MI325X's 256 GB). */
    static double largestMemory() {
        double m = 0;
        for (dev.cca.rules.AcceleratorCatalog.Card c : ClaimChecksTest.RULES.catalogs().accelerators().cards()) {
            if (!c.isCpu() && !c.sram()) {
                m = Math.max(m, c.memoryGb());
            }
        }
        return m;
    }

    /**
     * The stated memory of a card the catalog does not know is a claim like its peak: held to the catalog's largest, so an
     * invented card's 2,000 GB does not let DeepSeek-R1 at FP8 (671 GB of weights) pass on one accelerator.
     */
    @Property(tries = 150)
    void an_unknown_cards_stated_memory_is_held_to_the_catalogs_largest(@ForAll @IntRange(min = 1, max = 100_000) int memoryGb,
                                                                       @ForAll @IntRange(min = 1, max = 8) int accelerators) {
        CenterProfile p = ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: Acme, model: Zeta 9000, kind: gpu,"
                + " count: 8, fp16_tflops: 2000, memory_gb: " + memoryGb + "}\ninference:\n  throughput: {output_tokens_per_s: 3000,"
                + " model: DeepSeek-R1, params_b: 671, accelerators: " + accelerators + ", concurrency: 64, precision: fp8}\n"
                + "  latency: {tpot_ms_p50: 25}\n");
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        double largest = largestMemory();
        boolean fits = 671 <= accelerators * Math.min(memoryGb, largest);
        assertEquals(!fits, ClaimChecksTest.has(r, "weights-memory"), memoryGb + " GB x " + accelerators);
        if (!fits && memoryGb > largest) {
            String en = ClaimChecksTest.only(r, "weights-memory").message().en();
            assertTrue(en.contains("Acme Zeta 9000, whose stated " + memoryGb + " GB is held to the most memory of any card of the"
                    + " catalog, the AMD MI325X's 256 GB"), en);
        }
    }

    @Property(tries = 60)
    void understating_the_serving_accelerators_below_what_holds_the_weights_never_raises_the_inference_score(
            @ForAll @IntRange(min = 2, max = 64) int honest) {
        double at = ClaimCheckProperties.inference(serving(honest, "bf16"));
        double one = ClaimCheckProperties.inference(serving(1, "bf16"));
        assertTrue(one <= at + 1e-9, one + " > " + at + " (" + honest + " cards)");
        assertTrue(List.of(at, one).stream().allMatch(v -> v >= 0));
    }
}
