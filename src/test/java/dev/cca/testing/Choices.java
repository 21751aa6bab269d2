package dev.cca.testing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;

/**
 * A sequence of choices drawn by jqwik, read one at a time by a generator that makes many small decisions (where to
 * cut a file, which byte to replace, how many samples to write). When a property fails, jqwik shrinks the list (fewer
 * choices, each nearer 0), so the generator's output shrinks with it: a shorter mutant, fewer edits, smaller numbers.
 * Once the list is used up every further choice is 0, the simplest one.
 */
public final class Choices {

    /** Each choice is one of this many equally likely values; {@link #nextDouble} reads it as a share of 1. */
    private static final int SPAN = 1 << 20;

    private final List<Integer> drawn;
    private int next;

    private Choices(List<Integer> drawn) {
        this.drawn = drawn;
    }

    /** Sequences of up to {@code max} choices. */
    public static Arbitrary<Choices> upTo(int max) {
        return Arbitraries.integers().between(0, SPAN - 1).withDistribution(RandomDistribution.uniform())
                .list().ofMaxSize(max).withSizeDistribution(RandomDistribution.uniform()).map(Choices::new);
    }

    private int take() {
        return next < drawn.size() ? drawn.get(next++) : 0;
    }

    /** A value in [0, 1). */
    public double nextDouble() {
        return take() / (double) SPAN;
    }

    /** A value in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        return (int) ((long) take() * bound / SPAN);
    }

    public boolean nextBoolean() {
        return take() % 2 == 1;
    }

    public <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    @Override
    public String toString() {
        return "choices " + drawn;
    }
}
