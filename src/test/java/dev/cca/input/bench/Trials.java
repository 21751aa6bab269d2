package dev.cca.input.bench;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A small property runner: a property is checked on many generated cases, each from its own seeded
 * {@link Random}, so a failure names the seed that reproduces it ({@code Trials.run(seed, 1, ...)}).
 */
final class Trials {

    private Trials() {
    }

    static void run(long firstSeed, int tries, Consumer<Random> property) {
        for (int i = 0; i < tries; i++) {
            long seed = firstSeed + i;
            try {
                property.accept(new Random(seed));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property fails for seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    /** A positive value spread over many orders of magnitude, as benchmark numbers are. */
    static double positive(Random r) {
        return Math.exp(r.nextDouble() * 20 - 6);
    }

    /** {@code n} ascending values from {@code low}, each up to half as large again as the one before. */
    static double[] ascending(Random r, int n, double low) {
        double[] v = new double[n];
        v[0] = low;
        for (int i = 1; i < n; i++) {
            v[i] = v[i - 1] * (1 + r.nextDouble() / 2);
        }
        return v;
    }

    static <T> T pick(Random r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }
}
