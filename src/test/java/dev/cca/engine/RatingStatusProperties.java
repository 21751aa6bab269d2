package dev.cca.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.result.ScenarioStatus;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The rating status of the columnar core over centers jqwik draws (which metrics are present, their values and
 * evidence, which scenarios are claimed): the reported share is a share, equals the naive scorer's, never falls
 * when one more metric is reported, and decides the status exactly as the rule set's threshold says.
 */
class RatingStatusProperties {

    private static final RuleSet RULES = RuleSetLoader.loadDefault();
    private static final Plan PLAN = Plan.compile(RULES);

    /** One row from drawn lists: column c takes present[c % n], value[c % m] and evidence 1 + ev[c % k]. */
    private static Batch row(List<Boolean> present, List<Double> value, List<Integer> ev, int claims) {
        Batch b = new Batch(PLAN, 1);
        for (int c = 0; c < PLAN.columnCount(); c++) {
            boolean here = present.get(c % present.size());
            double v = PLAN.column(c).mode() == Column.Mode.COVERAGE ? Math.min(1, value.get(c % value.size()) / 1e4)
                    : value.get(c % value.size());
            b.set(c, 0, here ? v : Double.NaN, here ? (byte) (1 + ev.get(c % ev.size())) : 0);
        }
        b.setClaims(0, claims);
        b.setSize(1);
        return b;
    }

    private static Scores score(Batch b) {
        Scores s = new Scores(PLAN, 1);
        ScoringCore.score(PLAN, b, s);
        return s;
    }

    @Property(tries = 300)
    void the_reported_share_equals_the_naive_scorers_and_decides_the_status(
            @ForAll @Size(min = 1, max = 64) List<Boolean> present,
            @ForAll @Size(min = 1, max = 16) List<@DoubleRange(min = 0, max = 1e5) Double> value,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 2) Integer> ev,
            @ForAll @IntRange(min = 0, max = 3) int claims) {
        Batch b = row(present, value, ev, claims);
        Scores s = score(b);
        double[] values = new double[PLAN.columnCount()];
        byte[] evidence = new byte[PLAN.columnCount()];
        for (int c = 0; c < values.length; c++) {
            values[c] = b.value(c, 0);
            evidence[c] = b.evidence(c, 0);
        }
        NaiveScorer.Result naive = new NaiveScorer(PLAN).score(values, evidence);
        for (int sc = 0; sc < PLAN.scenarioCount(); sc++) {
            double rep = s.reported(sc, 0);
            assertEquals(naive.reported()[sc], rep, 1e-9, "reported share of " + PLAN.scenarioId(sc));
            assertTrue(rep >= -1e-12 && rep <= 1 + 1e-12, "a share: " + rep);
            ScenarioStatus expected = (claims & (1 << sc)) == 0 ? ScenarioStatus.NOT_CLAIMED
                    : rep >= RULES.missing().minReported() - 1e-9 ? ScenarioStatus.RATED : ScenarioStatus.INSUFFICIENT_DATA;
            assertEquals(expected, ScenarioStatus.fromCode(s.status(sc, 0)), PLAN.scenarioId(sc) + " at " + rep);
        }
    }

    @Property(tries = 300)
    void reporting_one_more_metric_never_lowers_the_reported_share_nor_takes_a_grade_away(
            @ForAll @Size(min = 1, max = 64) List<Boolean> present,
            @ForAll @Size(min = 1, max = 16) List<@DoubleRange(min = 0, max = 1e5) Double> value,
            @ForAll @IntRange(min = 0, max = 1000) int pick) {
        Batch before = row(present, value, List.of(2), 3);
        int c = pick % PLAN.columnCount();
        Batch after = row(present, value, List.of(2), 3);
        after.set(c, 0, Double.isNaN(before.value(c, 0)) ? 1.0 : before.value(c, 0), (byte) 3);
        Scores a = score(before);
        Scores b = score(after);
        for (int sc = 0; sc < PLAN.scenarioCount(); sc++) {
            assertTrue(b.reported(sc, 0) >= a.reported(sc, 0) - 1e-12, "reported share fell");
            if (a.status(sc, 0) == ScenarioStatus.RATED.code()) {
                assertEquals(ScenarioStatus.RATED.code(), b.status(sc, 0), "a rated scenario stays rated");
            }
        }
    }
}
