package dev.cca.bench;

import dev.cca.engine.CatalogColumns;
import dev.cca.engine.Plan;
import dev.cca.engine.Rescorer;
import dev.cca.engine.robust.RobustnessAnalysis;
import dev.cca.generate.SyntheticCatalog;
import dev.cca.input.Limits;
import dev.cca.input.catalog.Format;
import dev.cca.result.Robustness;
import dev.cca.rules.RuleSetLoader;
import dev.cca.run.BatchConfig;
import dev.cca.run.BatchRun;
import dev.cca.run.GateConfig;
import dev.cca.run.InputPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code --robustness N} after parsing: a synthetic catalog of {@code centers} centers (seed 42, as {@code cca
 * generate} writes it) is read and extracted once in the setup, as {@code cca batch} does; each operation is the
 * whole analysis of that kept catalog: its term scores computed, {@code variations} re-scorings of both scenarios,
 * ranks, percentiles, sensitivity indices and settled orders, on every core. Run with {@code -prof gc} to see that
 * the allocation per operation does not grow with the variations beyond the arrays sized by them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class RobustnessBenchmark {

    @Param({"1000", "100000"})
    int centers;

    @Param({"1000"})
    int variations;

    @Param({"0"})
    int threads;

    CatalogColumns columns;
    Path dir;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("cca-robustness-bench");
        Path input = dir.resolve("catalog.jsonl");
        SyntheticCatalog.generate(centers, 42, Format.JSON_LINES, input);
        Plan plan = Plan.compile(RuleSetLoader.loadDefault());
        BatchConfig cfg = new BatchConfig(List.of(input.toString()), null, null, LocalDate.of(2026, 1, 1), null, Limits.DEFAULT,
                List.of(), "en", List.of(), "training", 20, Runtime.getRuntime().availableProcessors(), null, null, GateConfig.NONE);
        columns = BatchRun.read(cfg, null, plan, List.of(), true, new InputPaths(), dev.cca.run.Intake.Progress.NONE).columns();
    }

    @Benchmark
    public int robustness() {
        int t = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Robustness r = RobustnessAnalysis.run(new Rescorer(columns), new RobustnessAnalysis.Options(variations, 42, t));
        return r.scenarios().get(0).rated();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(dir.resolve("catalog.jsonl"));
        Files.deleteIfExists(dir);
    }
}
