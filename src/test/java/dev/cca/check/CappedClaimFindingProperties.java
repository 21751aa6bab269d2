package dev.cca.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.model.CenterProfile;
import dev.cca.result.Finding;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * When Little's law has capped a throughput, compute-bound and bandwidth-bound still compare the capped value with
 * their bound, but their findings quote what the center wrote (and say what it was capped to), never the cap as if
 * it were the claim.
 */
class CappedClaimFindingProperties {

    private static final String THROUGHPUT = "inference.throughput.output_tokens_per_s";

    /** Qwen2.5-72B (72.7B active) on one Ascend 910B3 (626 TOPS INT8, 1,600 GB/s). */
    static CenterProfile ascend(double tps, int concurrency, double tpot) {
        return ClaimChecksTest.profile("compute:\n  accelerators:\n    - {vendor: Huawei, model: Ascend 910B3, count: 8}\n"
                + "inference:\n  throughput: {output_tokens_per_s: " + tps + ", model: Qwen2.5-72B, params_b: 72.7,"
                + " accelerators: 1, concurrency: " + concurrency + "}\n  latency: {tpot_ms_p50: " + tpot + "}\n");
    }

    static Finding find(List<Finding> all, String check) {
        return all.stream().filter(f -> f.check().equals(check)).findFirst().orElse(null);
    }

    @Property(tries = 100)
    void compute_bound_quotes_the_written_claim_not_littles_cap(@ForAll @DoubleRange(min = 1.01, max = 1e4) @Scale(4) double over) {
        // Concurrency 64 at 10 ms: Little's law caps at 64 x 100 x 1.1 = 7,040, above the compute bound of 4,305.
        double claim = 7040 * over;
        CenterProfile p = ascend(claim, 64, 10);
        List<Finding> all = ClaimChecksTest.CHECKS.check(p).findings();
        Finding little = find(all, "littles-law");
        Finding compute = find(all, "compute-bound");
        assertNotNull(little, all.toString());
        assertNotNull(compute, all.toString());
        assertEquals(claim, little.stated(), 1e-9);
        assertEquals(claim, compute.stated(), 1e-9, "the finding quotes the claim");
        assertTrue(compute.bound() < little.bound(), compute + " / " + little);
        String en = compute.message().en();
        String zh = compute.message().zh();
        assertTrue(en.startsWith(Messages.n(claim) + " output tokens/s (held to " + Messages.n(little.bound()) + " by Little's law)"), en);
        assertTrue(zh.startsWith(Messages.n(claim) + " 输出词元/秒（按利特尔法则已限为 " + Messages.n(little.bound()) + "）"), zh);
        assertNull(p.get(THROUGHPUT));
    }

    @Property(tries = 100)
    void bandwidth_bound_quotes_the_written_claim_not_littles_cap(@ForAll @DoubleRange(min = 1.01, max = 1e4) @Scale(4) double over) {
        // Concurrency 4 at 3 ms: Little's law caps at 4 x 1000 / 3 x 1.1 = 1,466.7, above the bandwidth bound of
        // 4 x 1 x 1,600 x 8 x 8 / (4 x 72.7) = 1,408.5 and below the compute bound.
        double cap = 4 * 1000 / 3.0 * 1.1;
        double claim = cap * over;
        CenterProfile p = ascend(claim, 4, 3);
        List<Finding> all = ClaimChecksTest.CHECKS.check(p).findings();
        Finding little = find(all, "littles-law");
        Finding bandwidth = find(all, "bandwidth-bound");
        assertNotNull(little, all.toString());
        assertNotNull(bandwidth, all.toString());
        assertNull(find(all, "compute-bound"), all.toString());
        assertEquals(claim, bandwidth.stated(), 1e-9, "the finding quotes the claim");
        assertEquals(cap, little.bound(), 1e-6);
        assertTrue(bandwidth.message().en().startsWith(Messages.n(claim) + " output tokens/s (held to " + Messages.n(cap)
                + " by Little's law) at concurrency 4"), bandwidth.message().en());
        assertTrue(bandwidth.message().zh().contains(Messages.n(claim) + " 输出词元/秒（按利特尔法则已限为 " + Messages.n(cap) + "）"),
                bandwidth.message().zh());
        assertNull(p.get(THROUGHPUT));
    }

    @Test
    void a_claim_little_did_not_cap_is_quoted_alone() {
        // Concurrency 512 at 10 ms allows 56,320 tokens/s: 10,000 passes Little's law and breaks the compute bound.
        List<Finding> all = ClaimChecksTest.CHECKS.check(ascend(10000, 512, 10)).findings();
        assertNull(find(all, "littles-law"), all.toString());
        Finding compute = find(all, "compute-bound");
        assertNotNull(compute, all.toString());
        assertEquals(10000, compute.stated(), 1e-9);
        assertFalse(compute.message().en().contains("Little's law"), compute.message().en());
        assertTrue(compute.message().en().startsWith(Messages.n(10000) + " output tokens/s exceed"), compute.message().en());
    }
}
