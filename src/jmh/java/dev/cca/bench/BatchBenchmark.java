package dev.cca.bench;

import dev.cca.generate.SyntheticCatalog;
import dev.cca.input.Limits;
import dev.cca.input.catalog.Format;
import dev.cca.run.AssessConfig;
import dev.cca.run.BatchConfig;
import dev.cca.run.BatchRun;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * {@code cca batch} end to end in a warmed-up JVM: a synthetic catalog of {@code centers} centers (seed 42, as
 * {@code cca generate} writes it) read from {@code format}, parsed and scored on every core, ranked,
 * aggregated, and written as CSV and JSON. This is the steady-state rate, the one a long catalog run reaches
 * once the JIT compiler has done its work; {@code src/bench/e2e.sh} measures whole cold runs of the command.
 * Centers per second = centers / (seconds per operation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 7)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class BatchBenchmark {

    @Param({"100000"})
    int centers;

    @Param({"jsonl"})
    String format;

    Path dir;
    BatchConfig config;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("cca-batch-bench");
        Path input;
        if (format.equals("yaml-tree")) {
            input = dir.resolve("tree");
            SyntheticCatalog.generateTree(centers, 42, input);
        } else {
            Format f = switch (format) {
                case "jsonl" -> Format.JSON_LINES;
                case "csv" -> Format.CSV;
                case "yaml" -> Format.YAML;
                default -> throw new IllegalArgumentException("format: jsonl, csv, yaml or yaml-tree");
            };
            input = dir.resolve("catalog." + format);
            SyntheticCatalog.generate(centers, 42, f, input);
        }
        List<AssessConfig.Output> outs = List.of(new AssessConfig.Output(dir.resolve("out.csv").toString(), null),
                new AssessConfig.Output(dir.resolve("out.json").toString(), null));
        config = new BatchConfig(List.of(input.toString()), null, null, LocalDate.of(2026, 1, 1), null, Limits.DEFAULT, outs, "en",
                List.of(), "training", 20, Runtime.getRuntime().availableProcessors(), null, null, dev.cca.run.GateConfig.NONE);
    }

    @Benchmark
    public long batchToCsvAndJson() throws Exception {
        BatchRun.Outcome outcome = BatchRun.run(config, dev.cca.run.Intake.Progress.NONE);
        BatchRun.writeReports(outcome, config, OutputStream.nullOutputStream());
        return outcome.result().rows().size();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
