package dev.cca.input.bench;

import java.util.List;
import java.util.Random;

/**
 * Generators for the benchmark-reader properties: jqwik supplies a seed per try (and reports the one that
 * fails), these turn a seeded {@link Random} into plausible benchmark values.
 */
final class Trials {

    private Trials() {
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
