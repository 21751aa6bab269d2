package dev.cca.result;

import java.util.Arrays;

/**
 * Order statistics of float values without sorting them: the same values a sort ({@link Arrays#sort(float[])},
 * whose order puts -0.0 before 0.0) would put at a position, found by selection in linear expected time. The values
 * must not be NaN. Selection falls back to sorting the part left when its partitions keep coming out lopsided, so
 * no input makes it quadratic.
 */
final class Selection {

    private Selection() {
    }

    /** The smallest of {@code a[0..n)}, as a sort orders them. */
    static float min(float[] a, int n) {
        int best = key(a[0]);
        for (int i = 1; i < n; i++) {
            best = Math.min(best, key(a[i]));
        }
        return value(best);
    }

    /** The largest of {@code a[0..n)}, as a sort orders them. */
    static float max(float[] a, int n) {
        int best = key(a[0]);
        for (int i = 1; i < n; i++) {
            best = Math.max(best, key(a[i]));
        }
        return value(best);
    }

    /**
     * The median of {@code a[0..n)}, {@code n > 0}: the middle value, or the mean of the two middle values (as doubles);
     * the values are reordered.
     */
    static double median(float[] a, int n) {
        int[] k = new int[n];
        for (int i = 0; i < n; i++) {
            k[i] = key(a[i]);
        }
        int upper = select(k, n, n / 2);
        if (n % 2 == 1) {
            return value(upper);
        }
        // After selecting position n/2, the positions before it hold the n/2 smallest: the lower middle is their largest.
        int lower = k[0];
        for (int i = 1; i < n / 2; i++) {
            lower = Math.max(lower, k[i]);
        }
        return (value(lower) + (double) value(upper)) / 2;
    }

    /**
     * The value a sort would put at position {@code at} of {@code k[0..n)}; afterwards every position before
     * {@code at} holds a value no larger than it.
     */
    static int select(int[] k, int n, int at) {
        int lo = 0;
        int hi = n; // exclusive
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(n)) + 4;
        while (hi - lo > 16) {
            if (budget-- == 0) {
                Arrays.sort(k, lo, hi);
                return k[at];
            }
            int pivot = median3(k[lo], k[lo + (hi - lo) / 2], k[hi - 1]);
            // Three-way partition of [lo, hi): < pivot, == pivot, > pivot.
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i < gt) {
                int v = k[i];
                if (v < pivot) {
                    k[i++] = k[lt];
                    k[lt++] = v;
                } else if (v > pivot) {
                    k[i] = k[--gt];
                    k[gt] = v;
                } else {
                    i++;
                }
            }
            if (at < lt) {
                hi = lt;
            } else if (at >= gt) {
                lo = gt;
            } else {
                return pivot;
            }
        }
        Arrays.sort(k, lo, hi);
        return k[at];
    }

    private static int median3(int a, int b, int c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    /** A float as an int whose signed order is the sort order of floats (-0.0 before 0.0). */
    static int key(float f) {
        int bits = Float.floatToRawIntBits(f);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    static float value(int key) {
        return Float.intBitsToFloat(key ^ ((key >> 31) & 0x7fffffff));
    }
}
