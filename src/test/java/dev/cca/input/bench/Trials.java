package dev.cca.input.bench;

import dev.cca.testing.Choices;
import java.util.List;

/**
 * Generators for the benchmark-reader properties: jqwik draws a sequence of {@link Choices} per try (and shrinks
 * the one that fails), these turn it into plausible benchmark values.
 */
final class Trials {

    private Trials() {
    }

    /** A positive value spread over many orders of magnitude, as benchmark numbers are. */
    static double positive(Choices r) {
        return Math.exp(r.nextDouble() * 20 - 6);
    }

    /** {@code n} ascending values from {@code low}, each up to half as large again as the one before. */
    static double[] ascending(Choices r, int n, double low) {
        double[] v = new double[n];
        v[0] = low;
        for (int i = 1; i < n; i++) {
            v[i] = v[i - 1] * (1 + r.nextDouble() / 2);
        }
        return v;
    }

    static <T> T pick(Choices r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }
}
