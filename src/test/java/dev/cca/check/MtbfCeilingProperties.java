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
 * mtbf-ceiling (CCA-K215): a job stops at the first failure of any of its accelerators, so the largest cluster's
 * accelerators (one when not given) times the MTBF may reach {@code mtbf_ceiling_factor} (10) x {@code
 * accelerator_mtbf_hours} (50,700, Llama 3's record) at most; above it the MTBF is not scored, and stability-consistency
 * holds the effective time to the ceiling instead.
 */
class MtbfCeilingProperties {

    private static final CheckParams PARAMS = ClaimChecksTest.RULES.catalogs().checks();
    private static final String MTBF = "training.stability.mtbf_hours";
    private static final double CEILING = 10 * 50_700;

    static CenterProfile profile(Integer cluster, double mtbf, String more) {
        return ClaimChecksTest.profile((cluster == null ? "" : "compute:\n  largest_cluster: {accelerators: " + cluster + "}\n")
                + "training:\n  stability: {mtbf_hours: " + mtbf + more + "}\n");
    }

    static Finding finding(ClaimChecks c, CenterProfile p, String check) {
        return c.check(p).findings().stream().filter(f -> f.check().equals(check)).findFirst().orElse(null);
    }

    @Test
    void the_rule_set_gives_the_record_and_the_factor() {
        assertEquals(50_700, PARAMS.acceleratorMtbfHours(), 1e-9);
        assertEquals(10, PARAMS.mtbfCeilingFactor(), 1e-12);
    }

    @Test
    void a_hundred_thousand_hours_on_ten_thousand_cards_is_not_scored() {
        CenterProfile p = profile(10_000, 100_000, "");
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        Finding f = ClaimChecksTest.only(r, "mtbf-ceiling");
        assertEquals(Outcome.NOT_SCORED, f.outcome());
        assertEquals(MTBF, f.metric());
        assertEquals(100_000, f.stated(), 1e-9);
        assertEquals(50.7, f.bound(), 1e-9);
        assertNull(p.get(MTBF));
        assertTrue(r.contradicted().contains(MTBF));
        assertTrue(f.message().en().contains("10 times it over 10000 is 50.7 hours"), f.message().en());
        assertTrue(f.message().zh().contains("为 50.7 小时；该声明不计分"), f.message().zh());
        assertTrue(f.cite().contains("llama3-reliability"), f.cite().toString());
    }

    @Test
    void llama_3s_own_figure_and_the_samples_pass() {
        assertNull(finding(ClaimChecksTest.CHECKS, profile(16_384, 3.09, ""), "mtbf-ceiling"));
        // The highest of the shipped samples: 4 hours on 18,000 cards (harbin-mobile), 72,000 accelerator-hours.
        CenterProfile p = profile(18_000, 4, "");
        assertNull(finding(ClaimChecksTest.CHECKS, p, "mtbf-ceiling"));
        assertEquals(4, p.number(MTBF), 1e-12);
    }

    @Test
    void without_the_clusters_size_one_accelerator_is_the_span() {
        assertNull(finding(ClaimChecksTest.CHECKS, profile(null, CEILING, ""), "mtbf-ceiling"));
        Finding f = finding(ClaimChecksTest.CHECKS, profile(null, CEILING + 1, ""), "mtbf-ceiling");
        assertNotNull(f);
        assertEquals(CEILING, f.bound(), 1e-6);
        assertTrue(f.message().en().contains("one accelerator (the largest cluster's size is not given)"), f.message().en());
    }

    @Test
    void an_impossible_mtbf_does_not_loosen_the_effective_time() {
        // Held to 50.7 hours with 600 minutes' recovery counted at half: at most 50.7 / 55.7 = 91.0% is effective.
        CenterProfile p = profile(10_000, 100_000, ", effective_training_time_pct: 99, recovery_minutes: 600");
        Finding f = finding(ClaimChecksTest.CHECKS, p, "stability-consistency");
        assertNotNull(f);
        assertEquals(100 * 50.7 / (50.7 + 5), f.bound(), 1e-9);
        assertNull(p.get("training.stability.effective_training_time_pct"));
    }

    @Test
    void switched_off_nothing_is_held() {
        Catalogs k = ClaimChecksTest.RULES.catalogs();
        for (String key : new String[] {"mtbf_ceiling_factor", "accelerator_mtbf_hours"}) {
            ClaimChecks off = new ClaimChecks(new Catalogs(k.accelerators(), k.models(), PARAMS.withOptional(key, Double.NaN)));
            CenterProfile p = profile(10_000, 100_000, "");
            assertNull(finding(off, p, "mtbf-ceiling"), key);
            assertEquals(100_000, p.number(MTBF), 1e-9);
        }
    }

    @Property(tries = 300)
    void the_mtbf_is_flagged_exactly_when_it_passes_the_ceiling(
            @ForAll @IntRange(min = 1, max = 200_000) int cluster,
            @ForAll @DoubleRange(min = -0.5, max = 0.5) @Scale(4) double around) {
        double bound = CEILING / cluster;
        double mtbf = Math.round(bound * (1 + around) * 100) / 100.0;
        if (!(mtbf > 0)) {
            return;
        }
        CenterProfile p = profile(cluster, mtbf, "");
        Finding f = finding(ClaimChecksTest.CHECKS, p, "mtbf-ceiling");
        ClaimChecksTest.assertHeld(f, p, MTBF, mtbf, mtbf > bound, mtbf + " h on " + cluster);
    }

    @Property(tries = 200)
    void a_longer_mtbf_or_a_larger_cluster_never_clears_a_flagged_claim(
            @ForAll @IntRange(min = 1, max = 100_000) int cluster,
            @ForAll @DoubleRange(min = 0.1, max = 10_000) @Scale(1) double mtbf,
            @ForAll @DoubleRange(min = 1, max = 10) @Scale(2) double longer,
            @ForAll @IntRange(min = 1, max = 16) int larger) {
        if (finding(ClaimChecksTest.CHECKS, profile(cluster, mtbf, ""), "mtbf-ceiling") != null) {
            double more = Math.round(mtbf * longer * 10) / 10.0;
            assertNotNull(finding(ClaimChecksTest.CHECKS, profile(cluster * larger, more, ""), "mtbf-ceiling"),
                    more + " h on " + cluster * larger);
        }
    }

    @Property(tries = 200)
    void stating_the_clusters_size_never_credits_more(
            @ForAll @IntRange(min = 1, max = 100_000) int cluster,
            @ForAll @DoubleRange(min = 0.1, max = 600_000) @Scale(1) double mtbf) {
        boolean withSize = finding(ClaimChecksTest.CHECKS, profile(cluster, mtbf, ""), "mtbf-ceiling") == null;
        boolean without = finding(ClaimChecksTest.CHECKS, profile(null, mtbf, ""), "mtbf-ceiling") == null;
        assertTrue(without || !withSize, mtbf + " h passed on " + cluster + " but not without a size");
    }
}
