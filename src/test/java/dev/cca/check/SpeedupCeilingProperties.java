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
import org.junit.jupiter.api.Test;

/**
 * speedup-ceiling (CCA-K201): a linear speed-up below 1 that loses less than {@code max_speedup_per_doubling} (0.997)
 * per doubling of accelerators across machines is not credible and not scored; below the bound it is scored as stated.
 */
class SpeedupCeilingProperties {

    private static final double Q = ClaimChecksTest.RULES.catalogs().checks().maxSpeedupPerDoubling();

    static CenterProfile speedup(double s, String scale) {
        return ClaimChecksTest.profile("training:\n  linear_speedup: {value: " + s + scale + "}\n");
    }

    static String span(int from, int to) {
        return ", from_accelerators: " + from + ", to_accelerators: " + to;
    }

    static Finding ceiling(ClaimChecks c, CenterProfile p) {
        return c.check(p).findings().stream().filter(f -> f.check().equals("speedup-ceiling")).findFirst().orElse(null);
    }

    static double bound(int from, int to) {
        return Math.pow(Q, Math.log((double) to / from) / Math.log(2));
    }

    @Test
    void a_perfect_speedup_written_from_1024_to_8_accelerators_is_still_across_machines() {
        // Without a largest cluster, the scale credited was the "to" figure: 8 cards, one machine, where 1.0 is no claim
        // about the network. A span written backwards (warned as CCA-P016) still names 1,024 accelerators.
        CenterProfile p = speedup(1.0, span(1024, 8));
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        assertTrue(ClaimChecksTest.has(r, "speedup-perfect"), r.findings().toString());
        assertNull(p.get("training.linear_speedup"));
        CenterProfile inside = speedup(1.0, span(1, 8));
        assertTrue(!ClaimChecksTest.has(ClaimChecksTest.CHECKS.check(inside), "speedup-perfect"), "inside one machine 1.0 stands");
    }

    @Test
    void the_rule_set_gives_the_bound() {
        assertEquals(0.997, Q, 1e-12);
    }

    @Property(tries = 300)
    void a_speedup_is_flagged_exactly_when_it_passes_the_bound(@ForAll @IntRange(min = 1, max = 2048) int from,
                                                               @ForAll @IntRange(min = 2, max = 4096) int times,
                                                               @ForAll @DoubleRange(min = -0.02, max = 0.02) @net.jqwik.api.constraints.Scale(6) double around) {
        int to = from * times;
        net.jqwik.api.Assume.that(to > 8);
        double b = bound(from, to);
        double s = Math.min(0.99999, b * (1 + around));
        CenterProfile p = speedup(s, span(from, to));
        Finding f = ceiling(ClaimChecksTest.CHECKS, p);
        if (s > b) {
            assertNotNull(f, s + " over " + from + "-" + to + " (bound " + b + ")");
            assertEquals(Outcome.NOT_SCORED, f.outcome());
            assertEquals(b, f.bound(), 1e-12);
            assertNull(p.get("training.linear_speedup"));
            assertTrue(f.message().en().contains("not scored") && !f.message().zh().isEmpty(), f.message().en());
            assertEquals("CCA-K201", f.diagnostic().code().id());
        } else {
            assertNull(f, s + " over " + from + "-" + to + " (bound " + b + ")");
            assertEquals(s, p.number("training.linear_speedup"), 1e-12);
        }
    }

    @Property(tries = 200)
    void below_the_bound_is_never_flagged_and_raising_past_it_always_is(@ForAll @IntRange(min = 3, max = 12) int fromDoublings,
                                                                        @ForAll @IntRange(min = 1, max = 12) int doublings,
                                                                        @ForAll @DoubleRange(min = 0.3, max = 0.9999) @net.jqwik.api.constraints.Scale(6) double below,
                                                                        @ForAll @DoubleRange(min = 0.0001, max = 0.9999) @net.jqwik.api.constraints.Scale(6) double past) {
        int from = 1 << fromDoublings;
        int to = from << doublings;
        double b = bound(from, to);
        double low = b * below;
        double high = b + (1 - b) * past;
        assertNull(ceiling(ClaimChecksTest.CHECKS, speedup(low, span(from, to))));
        assertNotNull(ceiling(ClaimChecksTest.CHECKS, speedup(high, span(from, to))), high + " over " + from + "-" + to);
    }

    @Property(tries = 100)
    void raising_a_speedup_past_the_bound_never_raises_the_training_score(@ForAll @IntRange(min = 1, max = 10) int doublings,
                                                                          @ForAll @DoubleRange(min = 0.0001, max = 0.9999) @net.jqwik.api.constraints.Scale(6) double past) {
        int to = 8 << doublings;
        double b = bound(8, to);
        double at = training(b * 0.9999, to);
        double beyond = training(b + (1 - b) * past, to);
        assertTrue(beyond <= at + 1e-9, beyond + " > " + at);
    }

    static double training(double s, int to) {
        CenterProfile p = speedup(s, span(8, to));
        ClaimChecks.Report r = ClaimChecksTest.CHECKS.check(p);
        return new dev.cca.engine.Assessor(ClaimChecksTest.RULES).assess(p, dev.cca.testing.Profiles.TODAY, java.util.List.of(),
                java.util.List.of(), java.util.List.of(), r).scenario("training").score();
    }

    @Test
    void a_speedup_of_0_999_over_many_machines_is_not_scored_and_published_figures_are() {
        assertNotNull(ceiling(ClaimChecksTest.CHECKS, speedup(0.999, span(8, 1024))));
        assertNotNull(ceiling(ClaimChecksTest.CHECKS, speedup(0.999, "")), "an unstated span counts as one doubling");
        // The report's 91% and "above 90%" from one node to 1,024 cards; a third-party 92% from 1,024 to 16,384;
        // MLPerf Training v4.0, 3,584 to 11,616 H100 at 3.2x; PaLM's two pods, 1.95x; 0.97 from one node to 1,024.
        assertNull(ceiling(ClaimChecksTest.CHECKS, speedup(0.91, span(8, 1024))));
        assertNull(ceiling(ClaimChecksTest.CHECKS, speedup(0.92, span(1024, 16384))));
        assertNull(ceiling(ClaimChecksTest.CHECKS, speedup(3.2 * 3584 / 11616, span(3584, 11616))));
        assertNull(ceiling(ClaimChecksTest.CHECKS, speedup(0.975, span(3072, 6144))));
        assertNull(ceiling(ClaimChecksTest.CHECKS, speedup(0.97, span(8, 1024))));
    }

    @Test
    void inside_one_machine_the_check_does_not_apply() {
        assertNull(ceiling(ClaimChecksTest.CHECKS, speedup(0.999, span(1, 8))));
    }

    @Test
    void switched_off_only_a_speedup_of_one_is_not_scored() {
        CheckParams c = ClaimChecksTest.RULES.catalogs().checks();
        CheckParams off = c.withOptional("max_speedup_per_doubling", Double.NaN);
        Catalogs k = ClaimChecksTest.RULES.catalogs();
        ClaimChecks checks = new ClaimChecks(new Catalogs(k.accelerators(), k.models(), off));
        CenterProfile p = speedup(0.999, span(8, 1024));
        assertTrue(checks.check(p).findings().stream().noneMatch(f -> f.check().startsWith("speedup")));
        assertEquals(0.999, p.number("training.linear_speedup"), 1e-12);
        assertTrue(checks.check(speedup(1.0, span(8, 1024))).findings().stream().anyMatch(f -> f.check().equals("speedup-perfect")));
    }
}
