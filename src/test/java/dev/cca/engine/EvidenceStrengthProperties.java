package dev.cca.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.model.Evidence;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Evidence decays with age and never below a declaration: the factor of the default rule set falls with age,
 * stays between the declared and the level's factor, halves its premium every half-life; and in the core, fresher
 * (stronger) evidence never lowers a score, a grade or the evidence coverage.
 */
class EvidenceStrengthProperties {

    private static final RuleSet RULES = RuleSetLoader.loadDefault();
    private static final Plan PLAN = Plan.compile(RULES);

    @Property(tries = 300)
    void older_evidence_never_counts_more_and_never_less_than_a_declaration(
            @ForAll @LongRange(min = 0, max = 40_000) long younger, @ForAll @LongRange(min = 0, max = 40_000) long extra,
            @ForAll @IntRange(min = 1, max = 2) int code) {
        RuleSet.EvidencePolicy p = RULES.evidence();
        Evidence level = Evidence.fromCode((byte) code);
        double fYoung = p.factor(level, p.strength(younger));
        double fOld = p.factor(level, p.strength(younger + extra));
        assertTrue(fOld <= fYoung + 1e-15, younger + " -> " + (younger + extra));
        assertTrue(fOld >= p.factor(Evidence.DECLARED) - 1e-15, "never below declared: " + fOld);
        assertTrue(fYoung <= p.factor(level) + 1e-15);
        double h = p.halfLifeDays();
        assertEquals(p.strength(younger) / 2, p.strength(younger + Math.round(h)), 1e-12, "the premium halves every half-life");
    }

    @Property(tries = 200)
    void stronger_evidence_never_lowers_a_score_a_grade_or_the_coverage(
            @ForAll @Size(min = 1, max = 64) List<@DoubleRange(min = 0, max = 1e5) Double> value,
            @ForAll @Size(min = 1, max = 64) List<@DoubleRange(min = 0, max = 1) Double> strength,
            @ForAll @IntRange(min = 0, max = 1000) int pick, @ForAll @DoubleRange(min = 0, max = 1) double more) {
        Batch b = new Batch(PLAN, 2);
        for (int c = 0; c < PLAN.columnCount(); c++) {
            double v = PLAN.column(c).mode() == Column.Mode.COVERAGE ? Math.min(1, value.get(c % value.size()) / 1e4)
                    : value.get(c % value.size());
            byte code = (byte) (1 + c % 3);
            double s = strength.get(c % strength.size());
            b.set(c, 0, v, code, s);
            b.set(c, 1, v, code, s);
        }
        int c = pick % PLAN.columnCount();
        b.set(c, 1, b.value(c, 0), b.evidence(c, 0), Math.min(1, b.strength(c, 0) + more));
        b.setSize(2);
        Scores s = new Scores(PLAN, 2);
        ScoringCore.score(PLAN, b, s);
        for (int sc = 0; sc < PLAN.scenarioCount(); sc++) {
            assertTrue(s.scenario(sc, 1) >= s.scenario(sc, 0) - 1e-9, "score");
            assertTrue(s.grade(sc, 1) >= s.grade(sc, 0), "grade");
            assertTrue(s.scenarioCoverage(sc, 1) >= s.scenarioCoverage(sc, 0) - 1e-12, "coverage");
        }
    }
}
