package dev.cca.bench;

import dev.cca.engine.Batch;
import dev.cca.engine.Column;
import dev.cca.engine.Plan;
import dev.cca.engine.Scores;
import dev.cca.engine.ScoringCore;
import dev.cca.rules.RuleSetLoader;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The columnar scoring core on one core, over a catalog of {@code centers} centers scored in chunks of
 * {@code chunk} rows with the default rule set: every curve, evidence factor, weighted mean, grade and cap.
 * {@link #bareLinearLoop} is the yardstick measured in the same run: one linear curve applied to the same
 * arrays (as many column passes as the rule set has terms) and nothing else.
 *
 * <p>Metric evaluations per second = terms x centers / (seconds per operation); the rule set's term count
 * is printed at setup. Run: {@code java -jar target/benchmarks.jar ScoringCore -p centers=1000000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Threads(1)
public class ScoringCoreBenchmark {

    @Param({"1000000"})
    int centers;

    /**
     * Rows per call to the core: 16 is what a batch run scores (each worker scores the valid centers of one batch of
     * {@code RecordPipeline.BATCH} records per call, in a chunk of capacity {@code ChunkScorer.DEFAULT_CHUNK}).
     */
    @Param({"16"})
    int chunk;

    Plan plan;
    Batch[] batches;
    Scores scores;
    double[] out;

    @Setup(Level.Trial)
    public void setUp() {
        plan = Plan.compile(RuleSetLoader.loadDefault());
        Random r = new Random(42);
        int n = (centers + chunk - 1) / chunk;
        batches = new Batch[n];
        for (int b = 0; b < n; b++) {
            Batch batch = new Batch(plan, chunk);
            int rows = Math.min(chunk, centers - b * chunk);
            for (int i = 0; i < rows; i++) {
                for (int c = 0; c < plan.columnCount(); c++) {
                    double v;
                    int kind = r.nextInt(10);
                    if (kind == 0) {
                        v = Double.NaN;
                    } else if (plan.column(c).mode() == Column.Mode.COVERAGE) {
                        v = r.nextDouble();
                    } else {
                        v = Math.pow(10, r.nextDouble() * 6 - 1);
                    }
                    batch.set(c, i, v, v != v ? 0 : (byte) (1 + r.nextInt(3)));
                }
            }
            batch.setSize(rows);
            batches[b] = batch;
        }
        // As a catalog run scores (term scores are kept only when a report explains one center).
        scores = new Scores(plan, chunk, false);
        out = new double[chunk];
        System.out.println("\nterms=" + plan.termCount() + " indicators=" + plan.indicatorCount() + " columns=" + plan.columnCount()
                + " centers=" + centers + " metric evaluations per operation=" + (long) plan.termCount() * centers);
    }

    @Benchmark
    public void scoringCore(Blackhole bh) {
        for (Batch b : batches) {
            ScoringCore.score(plan, b, scores);
            bh.consume(scores.scenario(0, 0));
        }
    }

    /** One linear curve (a x + b, clamped to 0-100) over the same columns, as many passes as there are terms. */
    @Benchmark
    public void bareLinearLoop(Blackhole bh) {
        int terms = plan.termCount();
        for (Batch b : batches) {
            int n = b.size();
            for (int t = 0; t < terms; t++) {
                double[] x = b.rawValues(plan.termColumn(t));
                for (int i = 0; i < n; i++) {
                    out[i] = Math.min(100.0, Math.max(0.0, 2.0 * x[i] + 1.0));
                }
            }
            bh.consume(out[0]);
        }
    }
}
