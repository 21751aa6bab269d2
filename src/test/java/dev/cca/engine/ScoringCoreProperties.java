package dev.cca.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.model.Evidence;
import dev.cca.rules.Curve;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the columnar core on the shipped rule set, over random centers: scores in bounds, monotone
 * in every metric, batch equal to single, order-independent, and equal to a naive row-by-row scorer.
 */
class ScoringCoreProperties {

    private static final RuleSet RULES = RuleSetLoader.loadDefault();
    private static final Plan PLAN = Plan.compile(RULES);
    private static final double EPS = 1e-9;

    /** A random center: per column a plausible value (sometimes missing, sometimes extreme) and evidence. */
    static Batch randomBatch(Random r, int n) {
        Batch b = new Batch(PLAN, n);
        for (int i = 0; i < n; i++) {
            randomRow(r, b, i);
        }
        b.setSize(n);
        return b;
    }

    static void randomRow(Random r, Batch b, int row) {
        for (int c = 0; c < PLAN.columnCount(); c++) {
            double v;
            int kind = r.nextInt(10);
            if (kind == 0) {
                v = Double.NaN;
            } else if (PLAN.column(c).mode() == Column.Mode.COVERAGE) {
                v = r.nextDouble();
            } else if (kind == 1) {
                v = 0;
            } else if (kind == 2) {
                v = r.nextInt(2);
            } else {
                v = Math.pow(10, r.nextDouble() * 10 - 3);
            }
            b.set(c, row, v, Double.isNaN(v) ? 0 : (byte) (1 + r.nextInt(3)));
        }
    }

    static Scores score(Batch b) {
        Scores s = new Scores(PLAN, b.capacity());
        ScoringCore.score(PLAN, b, s);
        return s;
    }

    @Property(tries = 300)
    void every_score_lies_between_0_and_100(@ForAll long seed) {
        Random r = new Random(seed);
        Batch b = new Batch(PLAN, 16);
        for (int i = 0; i < 16; i++) {
            randomRow(r, b, i);
        }
        b.setSize(16);
        Scores s = score(b);
        for (int i = 0; i < 16; i++) {
            for (int t = 0; t < PLAN.termCount(); t++) {
                double v = s.term(t, i);
                assertTrue(Double.isNaN(v) || (v >= 0 && v <= 100), "term " + t + " = " + v);
            }
            for (int k = 0; k < PLAN.indicatorCount(); k++) {
                double v = s.indicator(k, i);
                assertTrue(Double.isNaN(v) || (v >= 0 && v <= 100 + EPS), "indicator " + k + " = " + v);
            }
            for (int sc = 0; sc < PLAN.scenarioCount(); sc++) {
                double v = s.scenario(sc, i);
                assertTrue(v >= 0 && v <= 100 + EPS, "scenario = " + v);
                assertTrue(s.grade(sc, i) >= 1 && s.grade(sc, i) <= 5);
                assertTrue(s.scenarioCoverage(sc, i) >= -EPS && s.scenarioCoverage(sc, i) <= 1 + EPS);
            }
        }
    }

    @Property(tries = 500)
    void improving_one_metric_never_lowers_any_score_or_grade(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1000) int pick) {
        Random r = new Random(seed);
        Batch b = new Batch(PLAN, 2);
        randomRow(r, b, 0);
        int c = pick % PLAN.columnCount();
        double v = b.value(c, 0);
        if (Double.isNaN(v)) {
            v = 1;
            b.set(c, 0, v, b.evidence(c, 0) == 0 ? Evidence.DECLARED.code() : b.evidence(c, 0));
        }
        boolean rises = risesWith(c);
        double better = rises ? (PLAN.column(c).mode() == Column.Mode.COVERAGE ? Math.min(1, v + r.nextDouble()) : v * (1 + r.nextDouble() * 10) + r.nextDouble())
                : v * r.nextDouble();
        for (int k = 0; k < PLAN.columnCount(); k++) {
            b.set(k, 1, b.value(k, 0), b.evidence(k, 0));
        }
        b.set(c, 1, better, b.evidence(c, 0));
        b.setSize(2);
        Scores s = score(b);
        for (int t = 0; t < PLAN.termCount(); t++) {
            if (!Double.isNaN(s.term(t, 0))) {
                assertTrue(s.term(t, 1) >= s.term(t, 0) - EPS, "term " + t);
            }
        }
        for (int sc = 0; sc < PLAN.scenarioCount(); sc++) {
            assertTrue(s.scenario(sc, 1) >= s.scenario(sc, 0) - EPS, "scenario " + sc + ": " + s.scenario(sc, 0) + " -> " + s.scenario(sc, 1));
            assertTrue(s.grade(sc, 1) >= s.grade(sc, 0), "grade");
        }
    }

    @Property(tries = 300)
    void stronger_evidence_never_lowers_a_score(@ForAll long seed, @ForAll @IntRange(min = 0, max = 1000) int pick) {
        Random r = new Random(seed);
        Batch b = new Batch(PLAN, 2);
        randomRow(r, b, 0);
        int c = pick % PLAN.columnCount();
        for (int k = 0; k < PLAN.columnCount(); k++) {
            b.set(k, 1, b.value(k, 0), b.evidence(k, 0));
        }
        if (!Double.isNaN(b.value(c, 0))) {
            b.set(c, 0, b.value(c, 0), Evidence.DECLARED.code());
            b.set(c, 1, b.value(c, 0), Evidence.MEASURED.code());
        }
        b.setSize(2);
        Scores s = score(b);
        for (int sc = 0; sc < PLAN.scenarioCount(); sc++) {
            assertTrue(s.scenario(sc, 1) >= s.scenario(sc, 0) - EPS);
            assertTrue(s.grade(sc, 1) >= s.grade(sc, 0));
        }
    }

    private static boolean risesWith(int c) {
        for (int t = 0; t < PLAN.termCount(); t++) {
            if (PLAN.termColumn(t) == c) {
                return PLAN.termRule(t).higherIsBetter();
            }
        }
        return true;
    }

    @Property(tries = 100)
    void scoring_many_centers_together_equals_scoring_each_alone(@ForAll long seed, @ForAll @IntRange(min = 1, max = 64) int n) {
        Random r = new Random(seed);
        Batch all = new Batch(PLAN, n);
        for (int i = 0; i < n; i++) {
            randomRow(r, all, i);
        }
        all.setSize(n);
        Scores together = score(all);
        for (int i = 0; i < n; i++) {
            Batch one = new Batch(PLAN, 1);
            for (int c = 0; c < PLAN.columnCount(); c++) {
                one.set(c, 0, all.value(c, i), all.evidence(c, i));
            }
            one.setSize(1);
            Scores alone = score(one);
            for (int sc = 0; sc < PLAN.scenarioCount(); sc++) {
                assertEquals(together.scenario(sc, i), alone.scenario(sc, 0), 0.0);
                assertEquals(together.grade(sc, i), alone.grade(sc, 0));
                for (int t = 0; t < PLAN.tableCount(); t++) {
                    assertEquals(together.table(sc, t, i), alone.table(sc, t, 0), 0.0);
                }
            }
        }
    }

    @Property(tries = 300)
    void the_catalog_path_scores_as_the_explaining_path(@ForAll long seed) {
        Random r = new Random(seed);
        int n = 32;
        Batch b = randomBatch(r, n);
        Scores full = new Scores(PLAN, n, true);
        Scores lean = new Scores(PLAN, n, false);
        ScoringCore.score(PLAN, b, full);
        ScoringCore.score(PLAN, b, lean);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < PLAN.indicatorCount(); k++) {
                assertEquals(full.indicator(k, i), lean.indicator(k, i), 1e-9, PLAN.indicatorId(k));
            }
            for (int sc = 0; sc < PLAN.scenarioCount(); sc++) {
                assertEquals(full.scenario(sc, i), lean.scenario(sc, i), 1e-9);
                assertEquals(full.scenarioCoverage(sc, i), lean.scenarioCoverage(sc, i), 1e-9);
                assertEquals(full.grade(sc, i), lean.grade(sc, i));
                assertEquals(full.capsHeld(sc, i), lean.capsHeld(sc, i));
            }
        }
    }

    @Property(tries = 100)
    void permuting_centers_permutes_results(@ForAll long seed) {
        Random r = new Random(seed);
        int n = 20;
        Batch b = randomBatch(r, n);
        List<Integer> perm = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            perm.add(i);
        }
        java.util.Collections.shuffle(perm, r);
        Batch p = new Batch(PLAN, n);
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < PLAN.columnCount(); c++) {
                p.set(c, i, b.value(c, perm.get(i)), b.evidence(c, perm.get(i)));
            }
        }
        p.setSize(n);
        Scores sb = score(b);
        Scores sp = score(p);
        for (int i = 0; i < n; i++) {
            for (int sc = 0; sc < PLAN.scenarioCount(); sc++) {
                assertEquals(sb.scenario(sc, perm.get(i)), sp.scenario(sc, i), 0.0);
                assertEquals(sb.grade(sc, perm.get(i)), sp.grade(sc, i));
            }
        }
    }

    @Property(tries = 500)
    void the_columnar_core_equals_a_naive_row_by_row_scorer(@ForAll long seed) {
        Random r = new Random(seed);
        Batch b = new Batch(PLAN, 1);
        randomRow(r, b, 0);
        b.setSize(1);
        Scores s = score(b);
        double[] values = new double[PLAN.columnCount()];
        byte[] ev = new byte[PLAN.columnCount()];
        for (int c = 0; c < values.length; c++) {
            values[c] = b.value(c, 0);
            ev[c] = b.evidence(c, 0);
        }
        NaiveScorer.Result naive = new NaiveScorer(PLAN).score(values, ev);
        for (int sc = 0; sc < PLAN.scenarioCount(); sc++) {
            assertEquals(naive.scenario()[sc], s.scenario(sc, 0), 1e-9, "scenario " + PLAN.scenarioId(sc));
            assertEquals(naive.grade()[sc], s.grade(sc, 0), "grade " + PLAN.scenarioId(sc));
        }
        for (int k = 0; k < PLAN.indicatorCount(); k++) {
            double expected = naive.indicators().get(PLAN.indicatorId(k));
            assertEquals(expected, s.indicator(k, 0), 1e-9, PLAN.indicatorId(k));
        }
    }

    @Property(tries = 50)
    void the_naive_scorer_agrees_under_geometric_combination_too(@ForAll long seed) {
        List<RuleSet.Scenario> geo = RULES.scenarios().stream()
                .map(x -> new RuleSet.Scenario(x.id(), x.label(), RuleSet.Combine.WEIGHTED_GEOMETRIC_MEAN)).toList();
        RuleSet g = new RuleSet(RULES.id(), RULES.version(), RULES.title(), RULES.sha256(), RULES.citations(), RULES.evidence(),
                RULES.missing(), RULES.grades(), geo, RULES.tables(), RULES.indicators(), RULES.references(), RULES.caps(), RULES.fit(), RULES.catalogs());
        Plan plan = Plan.compile(g);
        Random r = new Random(seed);
        Batch b = new Batch(plan, 1);
        for (int c = 0; c < plan.columnCount(); c++) {
            double v = plan.column(c).mode() == Column.Mode.COVERAGE ? r.nextDouble() : Math.pow(10, r.nextDouble() * 6 - 1);
            b.set(c, 0, v, (byte) (1 + r.nextInt(3)));
        }
        b.setSize(1);
        Scores s = new Scores(plan, 1);
        ScoringCore.score(plan, b, s);
        double[] values = new double[plan.columnCount()];
        byte[] ev = new byte[plan.columnCount()];
        for (int c = 0; c < values.length; c++) {
            values[c] = b.value(c, 0);
            ev[c] = b.evidence(c, 0);
        }
        NaiveScorer.Result naive = new NaiveScorer(plan).score(values, ev);
        for (int sc = 0; sc < plan.scenarioCount(); sc++) {
            assertEquals(naive.scenario()[sc], s.scenario(sc, 0), 1e-9);
        }
    }

    static boolean isCoverage(Curve c) {
        return c instanceof Curve.Coverage;
    }
}
