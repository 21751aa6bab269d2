package dev.cca.engine.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.engine.Batch;
import dev.cca.engine.CatalogColumns;
import dev.cca.engine.Plan;
import dev.cca.engine.Rescorer;
import dev.cca.engine.Scores;
import dev.cca.generate.SyntheticCatalog;
import dev.cca.input.Limits;
import dev.cca.input.catalog.Format;
import dev.cca.model.Evidence;
import dev.cca.result.BatchResult;
import dev.cca.result.BatchRow;
import dev.cca.result.BatchRows;
import dev.cca.result.BatchStatistics;
import dev.cca.result.Robustness;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import dev.cca.run.BatchConfig;
import dev.cca.run.BatchRun;
import dev.cca.run.InputPaths;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The uncertainty analysis on a synthetic catalog of 400 centers (read as {@code cca batch} reads it) and on
 * catalogs built column by column: what zero variation, a runaway leader, twins and seeds must give.
 */
class RobustnessAnalysisTest {

    private static final RuleSet RULES = RuleSetLoader.loadDefault();
    private static final Plan PLAN = Plan.compile(RULES);
    private static BatchRun.Catalog catalog;

    @BeforeAll
    static void readCatalog(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("catalog.jsonl");
        SyntheticCatalog.generate(400, 7, Format.JSON_LINES, file);
        BatchConfig cfg = new BatchConfig(List.of(file.toString()), null, null, LocalDate.of(2025, 11, 30), null, Limits.DEFAULT,
                List.of(), "en", List.of(), "training", 20, 1, null, null, dev.cca.run.GateConfig.NONE);
        catalog = BatchRun.read(cfg, null, PLAN, List.of(), true, new InputPaths(), dev.cca.run.Intake.Progress.NONE);
        assertEquals(400, catalog.columns().size());
    }

    /** The rule set's own judgements only: nothing varies. */
    private static final RuleSet.Robustness NONE = new RuleSet.Robustness(RuleSet.WeightDistribution.UNIFORM_FACTOR, 0, 0,
            List.of(), List.of(), List.of(), 5, 95, RULES.robustness().peers(), List.of());

    private static Robustness run(CatalogColumns columns, RuleSet.Robustness spec, int variations, long seed, int threads) {
        return RobustnessAnalysis.run(new Rescorer(columns), spec, new RobustnessAnalysis.Options(variations, seed, threads));
    }

    @Test
    void with_zero_variation_every_center_keeps_its_nominal_score_grade_and_rank() {
        for (boolean histograms : new boolean[] {false, true}) {
            Robustness r = histograms
                    ? RobustnessAnalysis.run(new Rescorer(catalog.columns()), NONE, new RobustnessAnalysis.Options(40, 1, 1), 0, 1 << 20)
                    : run(catalog.columns(), NONE, 40, 1, 1);
            assertEquals(histograms, r.settings().scoreBins() > 0, "percentile method");
            BatchRows rows = catalog.rows();
            for (int s = 0; s < PLAN.scenarioCount(); s++) {
                int[] rank = rankByRow(rows, s);
                Robustness.ScenarioStats st = r.scenarios().get(s);
                int rated = 0;
                for (int i = 0; i < rows.size(); i++) {
                    BatchRow b = rows.get(i);
                    if (!b.rated(s)) {
                        assertFalse(st.isRated(i), "a center without a rating is in no rank");
                        continue;
                    }
                    rated++;
                    float nominal = Math.round(b.scenario()[s] * 100.0) / 100f;
                    assertEquals(1.0f, st.gradeHeld()[i], "grade held, row " + i);
                    assertEquals(nominal, st.scoreLow()[i], 1e-6, "score low, row " + i);
                    assertEquals(nominal, st.scoreHigh()[i], 1e-6, "score high, row " + i);
                    assertEquals(rank[i], st.rank()[i], "nominal rank, row " + i);
                    assertEquals(rank[i], st.rankLow()[i], "rank low, row " + i);
                    assertEquals(rank[i], st.rankHigh()[i], "rank high, row " + i);
                }
                assertEquals(rated, st.rated());
                assertEquals(0.0, st.meanRankShift());
                assertTrue(st.sensitivity().isEmpty(), "nothing varied, nothing to explain");
            }
        }
    }

    private static int[] rankByRow(BatchRows rows, int s) {
        BatchResult.Ranking rk = BatchStatistics.rank(rows, s, PLAN.scenarioId(s));
        int[] out = new int[rows.size()];
        for (int k = 0; k < rk.order().length; k++) {
            out[rk.order()[k]] = rk.rank()[k];
        }
        return out;
    }

    @Test
    void every_interval_contains_the_nominal_score_and_rank() {
        Robustness r = run(catalog.columns(), RULES.robustness(), 200, 3, 2);
        for (Robustness.ScenarioStats st : r.scenarios()) {
            int unsettledOrNot = 0;
            for (int i = 0; i < catalog.rows().size(); i++) {
                if (!st.isRated(i)) {
                    continue;
                }
                float nominal = Math.round(catalog.rows().get(i).scenario()[r.scenarios().indexOf(st)] * 100.0) / 100f;
                assertTrue(st.scoreLow()[i] <= nominal + 1e-6 && nominal - 1e-6 <= st.scoreHigh()[i], "score interval, row " + i);
                assertTrue(st.rankLow()[i] <= st.rank()[i] && st.rank()[i] <= st.rankHigh()[i], "rank interval, row " + i);
                assertTrue(st.rankLow()[i] >= 1 && st.rankHigh()[i] <= st.rated(), "ranks among the rated");
                assertTrue(st.gradeHeld()[i] >= 0 && st.gradeHeld()[i] <= 1);
                unsettledOrNot++;
            }
            assertTrue(unsettledOrNot > 100, "most synthetic centers are rated");
            assertTrue(st.meanRankShift() > 0, "the judgements move the ranking");
            assertFalse(st.sensitivity().isEmpty());
        }
    }

    @Test
    void histogram_percentiles_are_never_narrower_than_the_exact_ones() {
        Rescorer rescorer = new Rescorer(catalog.columns());
        RobustnessAnalysis.Options o = new RobustnessAnalysis.Options(300, 11, 1);
        Robustness exact = RobustnessAnalysis.run(rescorer, RULES.robustness(), o);
        // Budgets that force the histograms, with the fewest bins, the widest they get.
        Robustness hist = RobustnessAnalysis.run(rescorer, RULES.robustness(), o, 0, 1);
        assertEquals(0, exact.settings().scoreBins());
        assertEquals(RobustnessAnalysis.MIN_BINS, hist.settings().scoreBins());
        for (int s = 0; s < exact.scenarios().size(); s++) {
            Robustness.ScenarioStats e = exact.scenarios().get(s);
            Robustness.ScenarioStats h = hist.scenarios().get(s);
            assertArrayEquals(e.gradeHeld(), h.gradeHeld(), "grade held is counted, not estimated");
            assertArrayEquals(e.rank(), h.rank());
            for (int i = 0; i < e.rank().length; i++) {
                if (!e.isRated(i)) {
                    continue;
                }
                assertTrue(h.scoreLow()[i] <= e.scoreLow()[i] && h.scoreHigh()[i] >= e.scoreHigh()[i], "score, row " + i);
                assertTrue(h.rankLow()[i] <= e.rankLow()[i] && h.rankHigh()[i] >= e.rankHigh()[i], "rank, row " + i);
            }
            assertEquals(e.meanRankShift(), h.meanRankShift(), "the same variations in both");
        }
    }

    @Test
    void a_center_far_ahead_of_all_its_peers_stays_first_in_every_variation() {
        CatalogColumns columns = new CatalogColumns(PLAN);
        Batch leader = leader();
        columns.add(leader, 0);
        columns.addAll(catalog.columns());
        Robustness r = run(columns, RULES.robustness(), 300, 5, 2);
        for (Robustness.ScenarioStats st : r.scenarios()) {
            assertEquals(1, st.rank()[0], st.scenario());
            assertEquals(1, st.rankLow()[0], st.scenario());
            assertEquals(1, st.rankHigh()[0], st.scenario() + ": never below first");
            assertTrue(st.settled()[0], "its order is settled");
            assertEquals(1.0f, st.gradeHeld()[0], "and so is its grade");
            assertTrue(st.scoreLow()[0] > 90, "it scores near the top whatever the judgements: " + st.scoreLow()[0]);
        }
    }

    /** A center that reaches the top of every curve, with measured evidence for everything. */
    private static Batch leader() {
        Batch b = new Batch(PLAN, 1);
        double[] candidates = {0, 1e-6, 1e-3, 0.5, 1, 10, 1e3, 1e6, 1e9};
        for (int c = 0; c < PLAN.columnCount(); c++) {
            double best = 1e6;
            double bestScore = -1;
            boolean scored = false;
            for (double v : candidates) {
                double sum = 0;
                for (int t = 0; t < PLAN.termCount(); t++) {
                    if (PLAN.termColumn(t) == c) {
                        sum += PLAN.termRule(t).curve().eval(v);
                        scored = true;
                    }
                }
                if (sum > bestScore) {
                    bestScore = sum;
                    best = v;
                }
            }
            b.set(c, 0, scored ? best : 1e6, Evidence.MEASURED.code());
        }
        b.setSize(1);
        return b;
    }

    @Test
    void centers_with_identical_metrics_get_identical_intervals() {
        CatalogColumns columns = new CatalogColumns(PLAN);
        columns.addAll(catalog.columns());
        Batch twin = catalog.columns().chunk(0);
        int source = 17;
        columns.add(twin, source);
        columns.add(twin, source);
        int a = columns.size() - 2;
        int b = columns.size() - 1;
        Robustness r = run(columns, RULES.robustness(), 250, 9, 2);
        for (Robustness.ScenarioStats st : r.scenarios()) {
            for (int row : new int[] {a, b}) {
                assertEquals(st.gradeHeld()[source], st.gradeHeld()[row]);
                assertEquals(st.scoreLow()[source], st.scoreLow()[row]);
                assertEquals(st.scoreHigh()[source], st.scoreHigh()[row]);
                assertEquals(st.rank()[source], st.rank()[row]);
                assertEquals(st.rankLow()[source], st.rankLow()[row]);
                assertEquals(st.rankHigh()[source], st.rankHigh()[row]);
            }
            if (st.isRated(source)) {
                assertFalse(st.settled()[source], "three centers sharing a rank are tied, never settled");
            }
        }
    }

    @Test
    void the_same_seed_gives_the_same_numbers_on_any_number_of_threads_and_another_seed_other_numbers() {
        // Eleven copies make enough chunks for the histograms to split the catalog among threads.
        CatalogColumns big = new CatalogColumns(PLAN);
        for (int k = 0; k < 11; k++) {
            big.addAll(catalog.columns());
        }
        Rescorer rescorer = new Rescorer(big);
        for (long exactBudget : new long[] {Long.MAX_VALUE, 0}) {
            Robustness one = RobustnessAnalysis.run(rescorer, RULES.robustness(), new RobustnessAnalysis.Options(60, 42, 1), exactBudget, 1 << 20);
            Robustness two = RobustnessAnalysis.run(rescorer, RULES.robustness(), new RobustnessAnalysis.Options(60, 42, 2), exactBudget, 1 << 20);
            Robustness other = RobustnessAnalysis.run(rescorer, RULES.robustness(), new RobustnessAnalysis.Options(60, 43, 2), exactBudget, 1 << 20);
            boolean differs = false;
            for (int s = 0; s < one.scenarios().size(); s++) {
                Robustness.ScenarioStats x = one.scenarios().get(s);
                Robustness.ScenarioStats y = two.scenarios().get(s);
                assertArrayEquals(x.gradeHeld(), y.gradeHeld());
                assertArrayEquals(x.scoreLow(), y.scoreLow());
                assertArrayEquals(x.scoreHigh(), y.scoreHigh());
                assertArrayEquals(x.rankLow(), y.rankLow());
                assertArrayEquals(x.rankHigh(), y.rankHigh());
                assertArrayEquals(x.settled(), y.settled());
                assertEquals(x.meanRankShift(), y.meanRankShift());
                assertEquals(x.sensitivity(), y.sensitivity());
                Robustness.ScenarioStats z = other.scenarios().get(s);
                differs |= x.meanRankShift() != z.meanRankShift() || !java.util.Arrays.equals(x.scoreLow(), z.scoreLow());
            }
            assertTrue(differs, "another seed draws other variations");
        }
    }

    @Test
    void re_scoring_a_variation_allocates_nothing() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Rescorer rescorer = new Rescorer(catalog.columns());
        Sampler sampler = new Sampler(rescorer, RULES.robustness(), 42);
        Rescorer.Variation v = rescorer.variation();
        Scores out = rescorer.scratch();
        double[] factors = new double[sampler.factorCount()];
        for (int warm = 0; warm < 50; warm++) {
            sampler.draw(warm, v, factors, 0);
            rescorer.score(v, 0, out);
        }
        long before = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int k = 0; k < 500; k++) {
            sampler.draw(k, v, factors, 0);
            for (int c = 0; c < catalog.columns().chunkCount(); c++) {
                rescorer.score(v, c, out);
            }
        }
        long allocated = mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertTrue(allocated < 4096, "500 variations allocated " + allocated + " bytes");
    }

    @Test
    void a_judgement_that_decides_the_output_has_a_first_order_index_near_one_and_noise_one_near_the_floor() {
        int n = 1000;
        double[] x = new double[n];
        double[] noise = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (double) i / n;
            noise[i] = (double) ((i * 7919L) % n) / n;   // a fixed shuffle of the same values
            y[i] = 3 * x[i] * x[i];
        }
        assertTrue(Sensitivity.firstOrder(x, y, 10) > 0.95, "y is a function of x");
        assertTrue(Sensitivity.firstOrder(noise, y, 10) < 0.03, "y does not depend on the noise");
        double[] flat = new double[n];
        assertEquals(0, Sensitivity.firstOrder(x, flat, 10), "an output that does not vary has nothing to explain");
    }
}
