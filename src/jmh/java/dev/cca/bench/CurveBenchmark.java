package dev.cca.bench;

import dev.cca.rules.Curve;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import java.util.ArrayList;
import java.util.List;
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
 * The scoring core's curve calls alone: every metric term of the default rule set, in its order (so the call site
 * meets every kind of curve, as the core's does), scores one column of {@code chunk} rows and adds it to the
 * chunk's sums, one {@code accumulate} call per column. This is the code a change to {@code Curve} can slow;
 * it uses only calls that every version of {@code Curve} has, so two builds can be compared side by side:
 * {@code src/bench/curves.sh --baseline old/benchmarks.jar}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CurveBenchmark {

    /** 16: the rows batch scores per call (RecordPipeline.BATCH); 4096: a large chunk. */
    @Param({"16", "4096"})
    int chunk;

    Curve[] curves;
    double[][] in;
    byte[] ev;
    float[] strength;
    final double[] base = {0, 0.6, 0.8, 1.0};
    final double[] premium = {0, 0.1, 0.15, 0.2};
    final double[] covW = {0, 0.5, 0.75, 1.0};
    double[] num;
    double[] cov;
    double[] scratch;

    @Setup(Level.Trial)
    public void setUp() {
        List<Curve> all = new ArrayList<>();
        for (RuleSet.Indicator ind : RuleSetLoader.loadDefault().indicators().values()) {
            for (RuleSet.MetricRule m : ind.metrics()) {
                if (m.curve() != null) {
                    all.add(m.curve());
                }
            }
        }
        curves = all.toArray(new Curve[0]);
        Random r = new Random(42);
        in = new double[curves.length][chunk];
        for (double[] column : in) {
            for (int i = 0; i < chunk; i++) {
                // Shares and flags (0-1) and magnitudes from 0.1 to 100,000, as the default rule set's metrics take.
                column[i] = r.nextBoolean() ? r.nextDouble() : Math.pow(10, r.nextDouble() * 6 - 1);
            }
        }
        ev = new byte[chunk];
        strength = new float[chunk];
        for (int i = 0; i < chunk; i++) {
            ev[i] = (byte) r.nextInt(4);
            strength[i] = r.nextFloat();
        }
        num = new double[chunk];
        cov = new double[chunk];
        scratch = new double[chunk];
        System.out.println("curves: " + curves.length);
    }

    /** Every term's column scored and accumulated: microseconds per chunk of every term. */
    @Benchmark
    public void accumulate(Blackhole bh) {
        for (int t = 0; t < curves.length; t++) {
            curves[t].accumulate(in[t], ev, strength, base, premium, 1.0 / (t + 1), covW, num, cov, scratch, chunk);
        }
        bh.consume(num);
        bh.consume(cov);
    }

    /** Every term's column scored into an array, as the re-scorer and the gap analysis do. */
    @Benchmark
    public void evalInto(Blackhole bh) {
        for (int t = 0; t < curves.length; t++) {
            curves[t].evalInto(in[t], scratch, chunk);
            bh.consume(scratch[t % chunk]);
        }
    }
}
