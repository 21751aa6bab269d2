package dev.cca.rules;

/**
 * The two transcendental functions of the scoring curves, by table: log2 for log-normal curves and 2^-u for
 * diminishing counts. {@code Math.log} and {@code Math.exp} cost about as much as everything else a term does
 * put together; these cost a table read and an interpolation. Both are monotone (interpolating a monotone
 * table is monotone, and the pieces meet exactly at powers of two), which the scoring properties rely on, and
 * accurate to about 1e-7, far below the resolution of a score.
 */
final class FastMath {

    private static final int BITS = 10;
    private static final int SIZE = 1 << BITS;
    /** log2(1 + j / SIZE) for j = 0..SIZE; the last entry is exactly 1. */
    private static final double[] LOG2_MANTISSA = new double[SIZE + 1];
    /** 2^(-j / SIZE) for j = 0..SIZE; the last entry is exactly 0.5. */
    private static final double[] EXP2_NEG_FRACTION = new double[SIZE + 1];

    static {
        for (int j = 0; j <= SIZE; j++) {
            LOG2_MANTISSA[j] = Math.log1p((double) j / SIZE) / Math.log(2);
            EXP2_NEG_FRACTION[j] = Math.pow(2, -(double) j / SIZE);
        }
        LOG2_MANTISSA[SIZE] = 1.0;
        EXP2_NEG_FRACTION[SIZE] = 0.5;
    }

    private FastMath() {
    }

    /** log2(x) for x > 0 (normal or subnormal); -infinity for 0; NaN for NaN and negative numbers. */
    static double log2(double x) {
        if (!(x > 0)) {
            return x == 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        long bits = Double.doubleToRawLongBits(x);
        int exponent = (int) (bits >>> 52) - 1023;
        if (exponent == -1023) {
            // Subnormal: scale into the normal range first.
            return log2(x * 0x1p54) - 54;
        }
        long mantissa = bits & 0x000F_FFFF_FFFF_FFFFL;
        int j = (int) (mantissa >>> (52 - BITS));
        double f = (mantissa & ((1L << (52 - BITS)) - 1)) / (double) (1L << (52 - BITS));
        double lo = LOG2_MANTISSA[j];
        return exponent + lo + f * (LOG2_MANTISSA[j + 1] - lo);
    }

    /** 2^(-u) for u >= 0 (0 beyond the double range); 1 for u <= 0. */
    static double exp2Neg(double u) {
        if (!(u > 0)) {
            return u != u ? Double.NaN : 1.0;
        }
        if (u >= 1022) {
            return 0.0;
        }
        int whole = (int) u;
        double frac = (u - whole) * SIZE;
        int j = (int) frac;
        double f = frac - j;
        double lo = EXP2_NEG_FRACTION[j];
        double power = Double.longBitsToDouble((long) (1023 - whole) << 52);
        return power * (lo + f * (EXP2_NEG_FRACTION[j + 1] - lo));
    }
}
