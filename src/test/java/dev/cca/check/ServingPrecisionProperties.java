package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.engine.Assessor;
import dev.cca.model.CenterProfile;
import dev.cca.model.ProfileSchema;
import dev.cca.result.Finding;
import dev.cca.rules.Catalogs;
import dev.cca.rules.CheckParams;
import dev.cca.testing.Profiles;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * inference.throughput.precision: the bandwidth checks (bandwidth-bound, tpot-bandwidth-floor, ttft-bandwidth-floor)
 * read each weight at the stated format's bits, never at fewer than checks.decode_min_bits_per_weight, so a center
 * gains nothing by leaving the precision out: whatever is stated, under whatever fewest bits a rule set credits, every
 * claim is credited at most as it is without it, and the score never rises.
 */
class ServingPrecisionProperties {

    private static final String THROUGHPUT = "inference.throughput.output_tokens_per_s";
    private static final String TPOT = "inference.latency.tpot_ms_p50";
    private static final CheckParams PARAMS = ClaimChecksTest.RULES.catalogs().checks();
    private static final List<String> CARDS = BandwidthFloorProperties.CARDS;
    private static final double[] BANDWIDTH = BandwidthFloorProperties.BANDWIDTH;

    /** Every format and every other spelling the schema takes, and none (null): what a profile may write. */
    @Provide
    Arbitrary<String> precisions() {
        List<String> all = new ArrayList<>(ProfileSchema.PRECISIONS);
        all.addAll(ProfileSchema.field("inference.throughput.precision").labels().keySet());
        all.add(null);
        return Arbitraries.of(all);
    }

    @Provide
    Arbitrary<Double> leastBits() {
        return Arbitraries.of(1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 32.0);
    }

    /** Qwen2.5-72B on {@code a} of 64 cards at concurrency {@code n}, with one claim of each bandwidth check. */
    static CenterProfile served(String card, int a, int n, String precision, double tps, double tpot, double ttft) {
        return ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: " + card + ", count: 64}\ninference:\n"
                + "  throughput: {output_tokens_per_s: " + tps + ", model: Qwen2.5-72B, params_b: 72.7, accelerators: " + a
                + ", concurrency: " + n + (precision == null ? "" : ", precision: \"" + precision + "\"") + "}\n"
                + "  latency: {ttft_ms_p50: " + ttft + ", tpot_ms_p50: " + tpot + ", e2e_ms_p50: " + (ttft + 300 * tpot) + "}\n");
    }

    static double score(ClaimChecks checks, CenterProfile p) {
        ClaimChecks.Report r = checks.check(p);
        return new Assessor(ClaimChecksTest.RULES).assess(p, Profiles.TODAY, List.of(), List.of(), List.of(), r)
                .scenario("inference").score();
    }

    /** A latency as credited: withdrawn is worse than any time (infinite). */
    static double latency(CenterProfile p, String key) {
        return p.get(key) == null ? Double.POSITIVE_INFINITY : p.number(key);
    }

    /** A throughput as credited: withdrawn is worse than any rate (0). */
    static double rate(CenterProfile p) {
        return p.get(THROUGHPUT) == null ? 0 : p.number(THROUGHPUT);
    }

    @Property(tries = 400)
    void stating_a_precision_never_loosens_a_bound_nor_raises_the_score(@ForAll("precisions") String precision,
                                                                         @ForAll("leastBits") double least,
                                                                         @ForAll @IntRange(min = 1, max = 8) int a,
                                                                         @ForAll @IntRange(min = 0, max = 4) int card,
                                                                         @ForAll @IntRange(min = 1, max = 64) int n,
                                                                         @ForAll @DoubleRange(min = 0.05, max = 40) @Scale(4) double factor) {
        Catalogs k = ClaimChecksTest.RULES.catalogs();
        ClaimChecks checks = new ClaimChecks(new Catalogs(k.accelerators(), k.models(),
                PARAMS.withOptional("decode_min_bits_per_weight", least)));
        // Claims around the bounds without a precision: one read of the weights at the fewest bits, times factor.
        double read = 72.7 * least / 8 / (a * BANDWIDTH[card]) * 1000;
        double tpot = read / PARAMS.decodeTokensPerWeightPass() * factor;
        double ttft = read * factor;
        double tps = n * 1000 / tpot;
        CenterProfile omitted = served(CARDS.get(card), a, n, null, tps, tpot, ttft);
        CenterProfile stated = served(CARDS.get(card), a, n, precision, tps, tpot, ttft);
        double without = score(checks, omitted);
        double with = score(checks, stated);
        assertTrue(with <= without + 1e-9, precision + ": " + with + " > " + without);
        assertTrue(rate(stated) <= rate(omitted) + 1e-9, precision + ": throughput " + rate(stated) + " > " + rate(omitted));
        for (String key : List.of(TPOT, TtftBandwidthFloorProperties.P50, "inference.latency.e2e_ms_p50")) {
            assertTrue(latency(stated, key) >= latency(omitted, key), precision + ": " + key);
        }
    }

    /** The bits a format credits, and what the checks do with them against the default rule set's 4. */
    @Test
    void each_format_reads_its_bits_and_the_four_bit_formats_change_nothing() {
        assertEquals(32, ProfileSchema.bitsPerWeight("fp32"));
        assertEquals(16, ProfileSchema.bitsPerWeight("bf16"));
        assertEquals(16, ProfileSchema.bitsPerWeight("fp16"));
        assertEquals(8, ProfileSchema.bitsPerWeight("fp8"));
        assertEquals(8, ProfileSchema.bitsPerWeight("int8"));
        assertEquals(4, ProfileSchema.bitsPerWeight("int4"));
        assertEquals(4, ProfileSchema.bitsPerWeight("fp4"));
        assertTrue(Double.isNaN(ProfileSchema.bitsPerWeight(null)));
        // One stream of Qwen2.5-72B on one Ascend 910B3: TPOT floor 2.84 ms at 4 bits, 5.68 at fp8, 11.36 at bf16.
        for (String p : new String[] {null, "int4", "fp4"}) {
            CenterProfile c = served(CARDS.get(0), 1, 1, p, 1, 3, 30);
            assertEquals(List.of(), bandwidthFindings(ClaimChecksTest.CHECKS, c), String.valueOf(p));
        }
        CenterProfile fp8 = served(CARDS.get(0), 1, 1, "FP8", 1, 3, 30);
        List<Finding> f = bandwidthFindings(ClaimChecksTest.CHECKS, fp8);
        assertEquals(List.of("tpot-bandwidth-floor", "ttft-bandwidth-floor"), f.stream().map(Finding::check).toList(), f.toString());
        assertEquals(72.7 * 8 / 8 / 1600 * 1000 / 8, f.get(0).bound(), 1e-9);
        assertEquals(72.7 * 8 / 8 / 1600 * 1000, f.get(1).bound(), 1e-9);
        assertTrue(f.get(0).message().en().contains("8 bits each (fp8, as inference.throughput.precision states)"), f.get(0).message().en());
        assertTrue(f.get(0).message().zh().contains("每个按 8 比特计，即 inference.throughput.precision 所写的 fp8"), f.get(0).message().zh());
        // bf16 (written 半精度 here: fp16, the same 16 bits): 100 tokens/s of one stream is past 1 x 1600 x 64 / (16 x 72.7) = 88.
        CenterProfile half = served(CARDS.get(0), 1, 1, "半精度", 100, 12, 100);
        Finding b = ClaimChecksTest.only(ClaimChecksTest.CHECKS.check(half), "bandwidth-bound");
        assertEquals(1600 * 64 / (16 * 72.7), b.bound(), 1e-9);
        assertTrue(b.message().en().contains("16 bits each (fp16, as inference.throughput.precision states)"), b.message().en());
        assertNull(half.get(THROUGHPUT));
    }

    @Test
    void a_precision_below_the_rule_sets_fewest_bits_is_read_at_the_fewest_and_says_so() {
        Catalogs k = ClaimChecksTest.RULES.catalogs();
        ClaimChecks eight = new ClaimChecks(new Catalogs(k.accelerators(), k.models(), PARAMS.withOptional("decode_min_bits_per_weight", 8)));
        CenterProfile p = served(CARDS.get(0), 1, 1, "int4", 1, 5, 30);
        List<Finding> f = bandwidthFindings(eight, p);
        assertEquals(2, f.size(), f.toString());
        assertEquals(72.7 / 1600 * 1000 / 8, f.get(0).bound(), 1e-9, "at 8 bits, not the 4 stated");
        assertTrue(f.get(0).message().en().contains("8 bits each (inference.throughput.precision states int4, but the rule set credits"
                + " no fewer than 8)"), f.get(0).message().en());
        assertTrue(f.get(0).message().zh().contains("规则集至少按 8 比特计"), f.get(0).message().zh());
    }

    @Test
    void switched_off_a_stated_precision_does_not_switch_the_bandwidth_checks_on() {
        Catalogs k = ClaimChecksTest.RULES.catalogs();
        ClaimChecks off = new ClaimChecks(new Catalogs(k.accelerators(), k.models(), PARAMS.withOptional("decode_min_bits_per_weight",
                Double.NaN)));
        CenterProfile p = served(CARDS.get(0), 1, 1, "fp32", 80, 3, 30);
        assertEquals(List.of(), bandwidthFindings(off, p));
        assertEquals(80, p.number(THROUGHPUT), 1e-12);
    }

    /** A measured serving run of Qwen2.5-72B on one Ascend 910B3 at concurrency 1, with {@code precision} (null: unsaid). */
    static dev.cca.evidence.MeasuredEvidence.Run run(String precision, double tps) {
        java.util.Map<String, String> c = new java.util.HashMap<>(java.util.Map.of("accelerators", "1", "params_b", "72.7",
                "model", "Qwen2.5-72B", "concurrency", "1"));
        if (precision != null) {
            c.put("precision", precision);
        }
        return ServingRuns.of(c, tps);
    }

    /**
     * A measured throughput is held at its own run's precision: the run's (in any spelling the profile takes) replaces
     * the profile's, and a run that does not say, or says what names no bits, leaves none (4 bits), never the profile's
     * precision of other figures.
     */
    @Test
    void a_measured_throughput_is_held_at_its_own_runs_precision() {
        String profile = "compute:\n  accelerators:\n    - {vendor: Huawei, model: Ascend 910B3, count: 8}\ninference:\n"
                + "  throughput: {output_tokens_per_s: 50, model: Qwen2.5-72B, params_b: 72.7, accelerators: 1, concurrency: 1,"
                + " precision: bf16}\n";
        // 200 tokens/s of one stream: past the 88 a bf16 read allows, within the 352 of 4 bits.
        for (String said : new String[] {null, "int4", "W4A16", "w8a8-fp8-dynamic"}) {
            CenterProfile p = ClaimChecksTest.profile(profile);
            dev.cca.evidence.MeasuredEvidence.apply(p, List.of(run(said, 200)), java.time.LocalDate.of(2025, 10, 1), 730,
                    new ArrayList<>());
            assertEquals(List.of(), bandwidthFindings(ClaimChecksTest.CHECKS, p), String.valueOf(said));
            assertEquals(200, p.number(THROUGHPUT), 1e-9, String.valueOf(said));
            assertEquals("int4".equals(said) || "W4A16".equals(said) ? "int4" : null, p.text("inference.throughput.precision"));
        }
        for (String said : new String[] {"BF16", "半精度", "fp16"}) {
            CenterProfile p = ClaimChecksTest.profile(profile.replace("precision: bf16", "precision: int4"));
            dev.cca.evidence.MeasuredEvidence.apply(p, List.of(run(said, 200)), java.time.LocalDate.of(2025, 10, 1), 730,
                    new ArrayList<>());
            Finding f = ClaimChecksTest.only(ClaimChecksTest.CHECKS.check(p), "bandwidth-bound");
            assertEquals(1600 * 64 / (16 * 72.7), f.bound(), 1e-9, said);
        }
    }

    static List<Finding> bandwidthFindings(ClaimChecks checks, CenterProfile p) {
        return checks.check(p).findings().stream().filter(f -> f.check().matches("bandwidth-bound|tpot-bandwidth-floor|ttft-bandwidth-floor"))
                .toList();
    }
}
