package dev.cca.engine.robust;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A barrier for a few threads that meet once per variation: it spins briefly, then sleeps in short naps, and
 * allocates nothing (a {@link java.util.concurrent.CyclicBarrier} allocates a wait node per await). Broken by
 * {@link #breakAll} when a thread fails, so that the others stop instead of waiting forever.
 */
final class SpinBarrier {

    private final int parties;
    private final AtomicInteger arrived = new AtomicInteger();
    private final AtomicInteger generation = new AtomicInteger();
    private volatile boolean broken;

    SpinBarrier(int parties) {
        this.parties = parties;
    }

    /** Waits until every party has arrived; throws when the barrier was broken. */
    void await() {
        int gen = generation.get();
        if (arrived.incrementAndGet() == parties) {
            arrived.set(0);
            generation.incrementAndGet();
            return;
        }
        int spins = 0;
        while (generation.get() == gen) {
            if (broken) {
                throw new IllegalStateException("another re-scoring thread failed");
            }
            if (++spins < 2_000) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(20_000);
            }
        }
    }

    void breakAll() {
        broken = true;
    }
}
