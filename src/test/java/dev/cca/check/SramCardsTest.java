package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.model.CenterProfile;
import dev.cca.result.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cards whose memory is on-chip SRAM (Cerebras' wafer-scale engines, Groq's LPU) are held to their own SRAM bandwidth by
 * bandwidth-bound and tpot-bandwidth-floor, and a card without a figure is still held to the widest card with off-chip
 * memory, not to them.
 */
class SramCardsTest {

    private static final String THROUGHPUT = "inference.throughput.output_tokens_per_s";
    private static final String TPOT = "inference.latency.tpot_ms_p50";

    /** Llama 3.1 405B served at one query's published 969 tokens/s (first token 0.24 s) on {@code a} of the inventory. */
    static CenterProfile llama405b(String inventory, int a) {
        return ClaimChecksTest.profile("compute:\n  accelerators:\n    - {" + inventory + "}\ninference:\n"
                + "  throughput: {output_tokens_per_s: 969, model: Llama-3.1-405B, params_b: 405, accelerators: " + a + ", concurrency: 1}\n"
                + "  latency: {ttft_ms_p50: 240, tpot_ms_p50: 1.03}\n  latency_class: interactive-text\n");
    }

    static List<Finding> notScored(ClaimChecks.Report r) {
        return r.findings().stream().filter(f -> f.outcome() == Finding.Outcome.NOT_SCORED || f.outcome() == Finding.Outcome.SCORED_AT_BOUND)
                .toList();
    }

    @Test
    void cerebras_serving_llama_405b_at_its_published_969_tokens_a_second_is_scored_as_stated() {
        // 810 GB of 16-bit weights need 19 WSE-3 of 44 GB; a center may also name fewer, or write the wafer's peak.
        for (String inventory : new String[] {"vendor: Cerebras, model: CS-3, kind: asic, count: 20",
            "vendor: Cerebras, model: CS-3, kind: asic, count: 4, fp16_tflops: 125000", "vendor: Cerebras Systems, model: WSE-3, count: 1"}) {
            for (int a : new int[] {20, 4, 1}) {
                CenterProfile p = llama405b(inventory, a);
                ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
                assertEquals(List.of(), notScored(r), inventory + " on " + a);
                assertFalse(ClaimChecksTest.has(r, "accelerator-unknown"), r.findings().toString());
                assertEquals(969, p.number(THROUGHPUT), 0);
                assertEquals(1.03, p.number(TPOT), 0);
            }
        }
    }

    @Test
    void a_wafer_the_catalog_does_not_know_is_held_to_the_widest_card_with_off_chip_memory() {
        // Held to the B200's 8,000 GB/s: one stream of 405B at 4 bits reads 202.5 GB, 3.16 ms a token with 8 tokens a read.
        CenterProfile p = llama405b("vendor: Cerebras, model: CS-9, count: 1", 1);
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        assertTrue(ClaimChecksTest.has(r, "accelerator-unknown"), r.findings().toString());
        Finding floor = ClaimChecksTest.only(r, "tpot-bandwidth-floor");
        assertEquals(405 * 4 / 8.0 / 8000 * 1000 / 8, floor.bound(), 1e-9);
        assertTrue(floor.message().en().contains("held to its widest card, the NVIDIA B200"), floor.message().en());
        Finding bound = ClaimChecksTest.only(r, "bandwidth-bound");
        assertEquals(8000 * 8 * 8 / (4 * 405.0), bound.bound(), 1e-9);
    }

    @Test
    void an_sram_engine_is_held_to_its_own_bandwidth_in_words_of_sram() {
        // Past even 21 PB/s: one stream of a 100,000B model on one CS-3, 21,000,000 x 16 / 100,000 = 3,360 tokens/s. At the
        // catalog's 125,000 TFLOPS the compute bound (625 tokens/s) comes first, so this catalog credits the CS-3 with
        // 900,000 (compute bound 4,500 tokens/s) to reach the bandwidth bound's words.
        dev.cca.rules.Catalogs k = ClaimChecksTest.RULES.catalogs();
        java.util.List<dev.cca.rules.AcceleratorCatalog.Card> cards = k.accelerators().cards().stream().map(c -> !c.id().equals("cerebras-wse-3") ? c
                : new dev.cca.rules.AcceleratorCatalog.Card(c.id(), c.vendor(), c.model(), c.aliases(), c.kind(), c.fp16Tflops(),
                        c.fp16SparseTflops(), c.fp8Tflops(), c.fp8SparseTflops(), c.int8Tops(), c.int8SparseTops(), c.memoryGb(),
                        c.secondary(), c.cite(), c.family(), c.memoryBandwidthGbS(), c.sram(), 900000)).toList();
        ClaimChecks checks = new ClaimChecks(new dev.cca.rules.Catalogs(new dev.cca.rules.AcceleratorCatalog(k.accelerators().vendors(), cards),
                k.models(), k.checks()));
        CenterProfile p = ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: Cerebras, model: CS-3, count: 1,"
                + " fp16_tflops: 900000}\ninference:\n  throughput: {output_tokens_per_s: 4000, model: my-model, params_b: 100000,"
                + " accelerators: 1, concurrency: 1}\n");
        Finding f = ClaimChecksTest.only(checks.check(p), "bandwidth-bound");
        assertEquals(21_000_000 * 16 / 100_000.0, f.bound(), 1e-9);
        assertTrue(f.message().en().contains("the on-chip SRAM bandwidth of the Cerebras CS-3"), f.message().en());
        assertTrue(f.message().zh().contains("Cerebras CS-3 的片上 SRAM 带宽") && !f.message().zh().contains("显存"), f.message().zh());
    }

    @Test
    void enflames_s60_is_held_to_its_672_gb_s() {
        // Qwen2.5-72B on one S60: 672 x 8 x 8 / (4 x 72.7) = 147.9 tokens/s for one stream, 6.76 ms a token.
        CenterProfile p = ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: 燧原, model: 云燧S60, count: 8}\n"
                + "inference:\n  throughput: {output_tokens_per_s: 200, model: Qwen2.5-72B, params_b: 72.7, accelerators: 1, concurrency: 1}\n"
                + "  latency: {tpot_ms_p50: 5}\n");
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        assertFalse(ClaimChecksTest.has(r, "accelerator-unknown"), r.findings().toString());
        Finding floor = ClaimChecksTest.only(r, "tpot-bandwidth-floor");
        assertEquals(72.7 * 4 / 8 / 672 * 1000 / 8, floor.bound(), 1e-9);
        assertTrue(floor.message().en().contains("the memory bandwidth of the Enflame S60"), floor.message().en());
        assertTrue(floor.message().zh().contains("Enflame S60 的显存带宽"), floor.message().zh());
        Finding bound = ClaimChecksTest.only(r, "bandwidth-bound");
        assertEquals(672 * 8 * 8 / (4 * 72.7), bound.bound(), 1e-9);
        // At 140 tokens/s and 7 ms a token the same center passes both.
        CenterProfile ok = ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: Enflame, model: S60, count: 8}\n"
                + "inference:\n  throughput: {output_tokens_per_s: 140, model: Qwen2.5-72B, params_b: 72.7, accelerators: 1, concurrency: 1}\n"
                + "  latency: {tpot_ms_p50: 7}\n");
        assertEquals(List.of(), notScored(ClaimChecksTest.CHECKS.check(ok)));
    }
}
