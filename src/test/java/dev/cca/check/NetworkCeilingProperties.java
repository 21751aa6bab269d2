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
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * network-ceiling (CCA-K217): scale-out bandwidth per accelerator above {@code max_network_gbps_per_accelerator} (2,000
 * Gb/s: two 800G ConnectX-9 per GPU and a quarter more) is not scored; at or below it the claim scores as stated.
 */
class NetworkCeilingProperties {

    private static final CheckParams PARAMS = ClaimChecksTest.RULES.catalogs().checks();
    private static final String NIC = "compute.network.per_accelerator_gbps";

    static CenterProfile profile(Object gbps, String fabric) {
        return ClaimChecksTest.profile("compute:\n  network: {" + (fabric == null ? "" : "fabric: " + fabric + ", ")
                + "per_accelerator_gbps: " + gbps + "}\n");
    }

    static Finding finding(ClaimChecks c, CenterProfile p) {
        return c.check(p).findings().stream().filter(f -> f.check().equals("network-ceiling")).findFirst().orElse(null);
    }

    @Test
    void nvlinks_7200_gbps_written_as_the_network_is_not_scored() {
        CenterProfile p = profile(7200, "infiniband");
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        Finding f = ClaimChecksTest.only(r, "network-ceiling");
        assertEquals(Outcome.NOT_SCORED, f.outcome());
        assertEquals(NIC, f.metric());
        assertEquals(2000, f.bound(), 1e-12);
        assertNull(p.get(NIC));
        assertTrue(r.contradicted().contains(NIC));
        assertTrue(f.message().en().contains("above the 2000 Gb/s credited"), f.message().en());
        assertTrue(f.message().zh().contains("高于可计上限 2000 Gb/s"), f.message().zh());
    }

    @Test
    void every_real_design_passes() {
        for (Object g : new Object[] {"400G", 800, 1600, 2000}) {
            CenterProfile p = profile(g, "roce");
            assertNull(finding(ClaimChecksTest.CHECKS, p), g.toString());
            assertTrue(p.number(NIC) > 0, g.toString());
        }
    }

    @Test
    void switched_off_nothing_is_held() {
        Catalogs k = ClaimChecksTest.RULES.catalogs();
        ClaimChecks off = new ClaimChecks(new Catalogs(k.accelerators(), k.models(),
                PARAMS.withOptional("max_network_gbps_per_accelerator", Double.NaN)));
        CenterProfile p = profile(7200, null);
        assertNull(finding(off, p));
        assertEquals(7200, p.number(NIC), 1e-9);
    }

    @Property(tries = 300)
    void the_bandwidth_is_flagged_exactly_when_it_passes_the_ceiling(
            @ForAll @DoubleRange(min = 1, max = 20_000) @Scale(1) double gbps) {
        CenterProfile p = profile(gbps, null);
        Finding f = finding(ClaimChecksTest.CHECKS, p);
        if (gbps > PARAMS.maxNetworkGbpsPerAccelerator()) {
            assertNotNull(f, gbps + " Gb/s");
            assertNull(p.get(NIC));
        } else {
            assertNull(f, gbps + " Gb/s");
            assertEquals(gbps, p.number(NIC), 1e-9);
        }
    }

    @Property(tries = 200)
    void more_bandwidth_never_clears_a_flagged_claim_and_the_fabric_changes_nothing(
            @ForAll @DoubleRange(min = 1, max = 5000) @Scale(1) double gbps,
            @ForAll @DoubleRange(min = 1, max = 4) @Scale(2) double more) {
        boolean flagged = finding(ClaimChecksTest.CHECKS, profile(gbps, null)) != null;
        for (String fabric : new String[] {"infiniband", "roce", "ethernet", "proprietary"}) {
            assertEquals(flagged, finding(ClaimChecksTest.CHECKS, profile(gbps, fabric)) != null, fabric + " " + gbps);
        }
        if (flagged) {
            assertNotNull(finding(ClaimChecksTest.CHECKS, profile(Math.round(gbps * more * 10) / 10.0, null)));
        }
    }
}
