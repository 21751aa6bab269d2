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
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/**
 * stability-consistency (CCA-K210): effective training time is at most MTBF / (MTBF + share x recovery), with the
 * rule set's {@code recovery_counted_share} (0.5) and a recovery no shorter than {@code min_recovery_minutes}; above
 * it the effective time is not scored, below it all three claims score as stated.
 */
class StabilityConsistencyProperties {

    private static final CheckParams PARAMS = ClaimChecksTest.RULES.catalogs().checks();
    private static final String EFFECTIVE = "training.stability.effective_training_time_pct";

    static CenterProfile stability(double effective, double mtbf, double recovery) {
        return ClaimChecksTest.profile("training:\n  stability: {effective_training_time_pct: " + effective + ", mtbf_hours: " + mtbf
                + ", recovery_minutes: " + recovery + "}\n");
    }

    static Finding finding(ClaimChecks c, CenterProfile p) {
        return c.check(p).findings().stream().filter(f -> f.check().equals("stability-consistency")).findFirst().orElse(null);
    }

    static double bound(double mtbf, double recovery) {
        double counted = PARAMS.recoveryCountedShare() * Math.max(recovery, PARAMS.minRecoveryMinutes()) / 60;
        return 100 * mtbf / (mtbf + counted);
    }

    @Test
    void the_rule_set_gives_the_share() {
        assertEquals(0.5, PARAMS.recoveryCountedShare(), 1e-12);
    }

    @Test
    void ninety_nine_percent_with_a_failure_every_four_hours_and_an_hour_to_recover_is_not_scored() {
        CenterProfile p = stability(99, 4, 60);
        Finding f = finding(ClaimChecksTest.CHECKS, p);
        assertNotNull(f);
        assertEquals(Outcome.NOT_SCORED, f.outcome());
        assertEquals(EFFECTIVE, f.metric());
        assertEquals(99, f.stated(), 1e-12);
        assertEquals(100 * 4 / 4.5, f.bound(), 1e-9);
        assertTrue(f.message().en().contains("88.8889%"), f.message().en());
        assertTrue(f.message().zh().contains("有效时长至多 88.8889%"), f.message().zh());
        assertNull(p.get(EFFECTIVE));
        assertEquals(4, p.number("training.stability.mtbf_hours"), 1e-12);
        assertEquals(60, p.number("training.stability.recovery_minutes"), 1e-12);
    }

    @Test
    void llama_3s_published_figures_pass() {
        // 419 interruptions in 54 days (one per 3.09 hours) at above 90% effective time (llama3-reliability).
        CenterProfile p = stability(90, 3.09, 18.6);
        assertNull(finding(ClaimChecksTest.CHECKS, p));
        assertEquals(90, p.number(EFFECTIVE), 1e-12);
    }

    @Test
    void a_recovery_below_the_floor_is_held_to_the_floor() {
        // 6 minutes between failures: with the 1-minute floor counted at half, at most 6 / 6.5 = 92.3% is effective.
        Finding f = finding(ClaimChecksTest.CHECKS, stability(99, 0.1, 0));
        assertNotNull(f);
        assertEquals(100 * 0.1 / (0.1 + 0.5 / 60), f.bound(), 1e-9);
    }

    @Test
    void switched_off_nothing_is_held() {
        Catalogs k = ClaimChecksTest.RULES.catalogs();
        CheckParams off = PARAMS.withOptional("recovery_counted_share", Double.NaN);
        ClaimChecks checks = new ClaimChecks(new Catalogs(k.accelerators(), k.models(), off));
        CenterProfile p = stability(99, 4, 60);
        assertNull(finding(checks, p));
        assertEquals(99, p.number(EFFECTIVE), 1e-12);
    }

    @Test
    void without_an_mtbf_or_a_recovery_there_is_no_bound() {
        assertNull(finding(ClaimChecksTest.CHECKS, ClaimChecksTest.profile(
                "training:\n  stability: {effective_training_time_pct: 99.9, recovery_minutes: 600}\n")));
        assertNull(finding(ClaimChecksTest.CHECKS, ClaimChecksTest.profile(
                "training:\n  stability: {effective_training_time_pct: 99.9, mtbf_hours: 1}\n")));
    }

    @Property(tries = 300)
    void the_effective_time_is_flagged_exactly_when_it_passes_the_bound(
            @ForAll @DoubleRange(min = 0.1, max = 5000) @Scale(2) double mtbf,
            @ForAll @DoubleRange(min = 0, max = 1000) @Scale(1) double recovery,
            @ForAll @DoubleRange(min = -0.05, max = 0.05) @Scale(4) double around) {
        Assume.that(mtbf > 0);
        double b = bound(mtbf, recovery);
        double e = Math.round(Math.min(100, b * (1 + around)) * 1000) / 1000.0;
        CenterProfile p = stability(e, mtbf, recovery);
        Finding f = finding(ClaimChecksTest.CHECKS, p);
        ClaimChecksTest.assertHeld(f, p, EFFECTIVE, e, e > b, e + "% with MTBF " + mtbf + " h and recovery " + recovery
                + " min (bound " + b + ")");
    }

    @Property(tries = 200)
    void a_longer_mtbf_or_a_shorter_recovery_never_flags_a_claim_that_passed(
            @ForAll @DoubleRange(min = 50, max = 100) @Scale(2) double effective,
            @ForAll @DoubleRange(min = 0.1, max = 500) @Scale(2) double mtbf,
            @ForAll @DoubleRange(min = 1, max = 10) double longer,
            @ForAll @DoubleRange(min = 0, max = 600) @Scale(1) double recovery,
            @ForAll @DoubleRange(min = 0, max = 1) @Scale(3) double shorter) {
        Assume.that(mtbf > 0);
        if (finding(ClaimChecksTest.CHECKS, stability(effective, mtbf, recovery)) == null) {
            double better = Math.round(mtbf * longer * 100) / 100.0;
            double quicker = Math.round(recovery * shorter * 10) / 10.0;
            assertNull(finding(ClaimChecksTest.CHECKS, stability(effective, better, quicker)),
                    effective + "% at MTBF " + better + " h, recovery " + quicker + " min");
        }
    }
}
