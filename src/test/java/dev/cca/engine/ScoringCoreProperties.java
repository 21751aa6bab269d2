package dev.cca.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.model.Evidence;
import dev.cca.rules.Curve;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the columnar core on the shipped rule set, over centers jqwik draws (so a failure shrinks to a
 * small one): scores in bounds, monotone in every metric, batch equal to single, order-independent, and equal to
 * a naive row-by-row scorer.
 */
class ScoringCoreProperties {

    private static final RuleSet RULES = RuleSetLoader.loadDefault();
    private static final Plan PLAN = Plan.compile(RULES);
    private static final double EPS = 1e-9;

    /** One center as the core sees it: a value per column (NaN when missing) and its evidence code (0 when missing). */
    record Row(double[] values, byte[] evidence) {

        void into(Batch b, int row) {
            for (int c = 0; c < values.length; c++) {
                b.set(c, row, values[c], evidence[c]);
            }
        }

        @Override
        public String toString() {
            return java.util.Arrays.toString(values) + " " + java.util.Arrays.toString(evidence);
        }
    }

    /**
     * A plausible value of one column: sometimes missing, sometimes 0 or 1, mostly spread over ten orders of
     * magnitude; a coverage column is a share in [0, 1].
     */
    static Arbitrary<Double> value(Plan plan, int c) {
        Arbitrary<Double> absent = Arbitraries.just(Double.NaN);
        if (plan.column(c).mode() == Column.Mode.COVERAGE) {
            return Arbitraries.frequencyOf(Tuple.of(1, absent), Tuple.of(9, Arbitraries.doubles().between(0, 1).ofScale(6)));
        }
        Arbitrary<Double> spread = Arbitraries.doubles().between(-3, 7).ofScale(6).map(e -> Math.pow(10, e));
        return Arbitraries.frequencyOf(Tuple.of(1, absent), Tuple.of(2, Arbitraries.of(0.0, 1.0)), Tuple.of(7, spread));
    }

    /** Every column present and positive, as a geometric mean needs. */
    static Arbitrary<Double> positiveValue(Plan plan, int c) {
        return plan.column(c).mode() == Column.Mode.COVERAGE
                ? Arbitraries.doubles().between(0.001, 1).ofScale(6)
                : Arbitraries.doubles().between(-1, 5).ofScale(6).map(e -> Math.pow(10, e));
    }

    static Arbitrary<Row> rows(Plan plan, boolean complete) {
        List<Arbitrary<Double>> cells = new ArrayList<>();
        for (int c = 0; c < plan.columnCount(); c++) {
            cells.add(complete ? positiveValue(plan, c) : value(plan, c));
        }
        Arbitrary<List<Double>> values = Combinators.combine(cells).as(l -> l);
        Arbitrary<List<Byte>> evidence = Arbitraries.bytes().between((byte) 1, (byte) 3).list().ofSize(plan.columnCount());
        return Combinators.combine(values, evidence).as((v, e) -> {
            double[] vs = new double[v.size()];
            byte[] ev = new byte[v.size()];
            for (int c = 0; c < vs.length; c++) {
                vs[c] = v.get(c);
                ev[c] = Double.isNaN(vs[c]) ? 0 : e.get(c);
            }
            return new Row(vs, ev);
        });
    }

    @Provide
    Arbitrary<Row> center() {
        return rows(PLAN, false);
    }

    @Provide
    Arbitrary<List<Row>> centers() {
        return center().list().ofMinSize(1).ofMaxSize(64);
    }

    static Batch batch(Plan plan, List<Row> rows) {
        Batch b = new Batch(plan, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).into(b, i);
        }
        b.setSize(rows.size());
        return b;
    }

    static Scores score(Batch b) {
        Scores s = new Scores(PLAN, b.capacity());
        ScoringCore.score(PLAN, b, s);
        return s;
    }

    @Property(tries = 300)
    void every_score_lies_between_0_and_100(@ForAll("centers") List<Row> rows) {
        int n = rows.size();
        Scores s = score(batch(PLAN, rows));
        for (int i = 0; i < n; i++) {
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
    void improving_one_metric_never_lowers_any_score_or_grade(@ForAll("center") Row row,
                                                              @ForAll @IntRange(min = 0, max = 1000) int pick,
                                                              @ForAll @DoubleRange(min = 0, max = 1) double step,
                                                              @ForAll @DoubleRange(min = 0, max = 1) double shift) {
        Batch b = new Batch(PLAN, 2);
        row.into(b, 0);
        int c = pick % PLAN.columnCount();
        double v = b.value(c, 0);
        if (Double.isNaN(v)) {
            v = 1;
            b.set(c, 0, v, Evidence.DECLARED.code());
        }
        boolean coverage = PLAN.column(c).mode() == Column.Mode.COVERAGE;
        double better = risesWith(c) ? (coverage ? Math.min(1, v + step) : v * (1 + step * 10) + shift) : v * step;
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
    void stronger_evidence_never_lowers_a_score(@ForAll("center") Row row, @ForAll @IntRange(min = 0, max = 1000) int pick) {
        Batch b = new Batch(PLAN, 2);
        row.into(b, 0);
        row.into(b, 1);
        int c = pick % PLAN.columnCount();
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
    void scoring_many_centers_together_equals_scoring_each_alone(@ForAll("centers") List<Row> rows) {
        Scores together = score(batch(PLAN, rows));
        for (int i = 0; i < rows.size(); i++) {
            Scores alone = score(batch(PLAN, List.of(rows.get(i))));
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
    void the_catalog_path_scores_as_the_explaining_path(@ForAll("centers") List<Row> rows) {
        int n = rows.size();
        Batch b = batch(PLAN, rows);
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

    @Provide
    Arbitrary<List<Row>> twenty() {
        return center().list().ofSize(20);
    }

    @Provide
    Arbitrary<List<Integer>> permutations() {
        List<Integer> identity = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            identity.add(i);
        }
        return Arbitraries.shuffle(identity);
    }

    @Property(tries = 100)
    void permuting_centers_permutes_results(@ForAll("twenty") List<Row> rows,
                                            @ForAll("permutations") List<Integer> perm) {
        List<Row> permuted = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            permuted.add(rows.get(perm.get(i)));
        }
        Scores sb = score(batch(PLAN, rows));
        Scores sp = score(batch(PLAN, permuted));
        for (int i = 0; i < rows.size(); i++) {
            for (int sc = 0; sc < PLAN.scenarioCount(); sc++) {
                assertEquals(sb.scenario(sc, perm.get(i)), sp.scenario(sc, i), 0.0);
                assertEquals(sb.grade(sc, perm.get(i)), sp.grade(sc, i));
            }
        }
    }

    @Property(tries = 500)
    void the_columnar_core_equals_a_naive_row_by_row_scorer(@ForAll("center") Row row) {
        Scores s = score(batch(PLAN, List.of(row)));
        NaiveScorer.Result naive = new NaiveScorer(PLAN).score(row.values(), row.evidence());
        for (int sc = 0; sc < PLAN.scenarioCount(); sc++) {
            assertEquals(naive.scenario()[sc], s.scenario(sc, 0), 1e-9, "scenario " + PLAN.scenarioId(sc));
            assertEquals(naive.grade()[sc], s.grade(sc, 0), "grade " + PLAN.scenarioId(sc));
        }
        for (int k = 0; k < PLAN.indicatorCount(); k++) {
            double expected = naive.indicators().get(PLAN.indicatorId(k));
            assertEquals(expected, s.indicator(k, 0), 1e-9, PLAN.indicatorId(k));
        }
    }

    private static final Plan GEOMETRIC = Plan.compile(geometric());

    private static RuleSet geometric() {
        List<RuleSet.Scenario> geo = RULES.scenarios().stream()
                .map(x -> new RuleSet.Scenario(x.id(), x.label(), RuleSet.Combine.WEIGHTED_GEOMETRIC_MEAN)).toList();
        return new RuleSet(RULES.id(), RULES.version(), RULES.title(), RULES.sha256(), RULES.citations(), RULES.evidence(),
                RULES.missing(), RULES.grades(), geo, RULES.tables(), RULES.indicators(), RULES.references(), RULES.caps(), RULES.fit(), RULES.catalogs());
    }

    @Provide
    Arbitrary<Row> completeCenter() {
        return rows(GEOMETRIC, true);
    }

    @Property(tries = 50)
    void the_naive_scorer_agrees_under_geometric_combination_too(@ForAll("completeCenter") Row row) {
        Scores s = new Scores(GEOMETRIC, 1);
        ScoringCore.score(GEOMETRIC, batch(GEOMETRIC, List.of(row)), s);
        NaiveScorer.Result naive = new NaiveScorer(GEOMETRIC).score(row.values(), row.evidence());
        for (int sc = 0; sc < GEOMETRIC.scenarioCount(); sc++) {
            assertEquals(naive.scenario()[sc], s.scenario(sc, 0), 1e-9);
        }
    }

    static boolean isCoverage(Curve c) {
        return c instanceof Curve.Coverage;
    }
}
