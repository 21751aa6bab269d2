package dev.cca.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class FastMathTest {

    @Property(tries = 5000)
    void log2_is_accurate(@ForAll @DoubleRange(min = 1, max = 10) @Scale(12) double m, @ForAll @IntRange(min = -300, max = 300) int e) {
        double x = m * Math.pow(10, e);
        assertEquals(Math.log(x) / Math.log(2), FastMath.log2(x), 1e-6);
    }

    @Property(tries = 5000)
    void log2_never_decreases(@ForAll @DoubleRange(min = 1, max = 10) @Scale(12) double m, @ForAll @IntRange(min = -12, max = 12) int e,
                              @ForAll @DoubleRange(min = 0, max = 1) @Scale(15) double step) {
        double lo = m * Math.pow(10, e);
        double hi = lo * (1 + step);
        assertTrue(FastMath.log2(hi) >= FastMath.log2(lo), lo + " " + hi);
        assertTrue(FastMath.log2(Math.nextUp(lo)) >= FastMath.log2(lo), "next double " + lo);
    }

    @Property(tries = 5000)
    void exp2_of_minus_u_is_accurate_and_never_increases(@ForAll @DoubleRange(min = 0, max = 2000) @Scale(12) double u,
                                                         @ForAll @DoubleRange(min = 0, max = 10) @Scale(12) double step) {
        double expected = Math.pow(2, -u);
        assertEquals(expected, FastMath.exp2Neg(u), Math.max(1e-300, expected * 1e-6));
        assertTrue(FastMath.exp2Neg(u + step) <= FastMath.exp2Neg(u));
    }

    @Test
    void powers_of_two_are_exact() {
        assertEquals(10, FastMath.log2(1024), 0);
        assertEquals(0, FastMath.log2(1), 0);
        assertEquals(0.5, FastMath.exp2Neg(1), 0);
        assertEquals(1, FastMath.exp2Neg(0), 0);
        assertEquals(Double.NEGATIVE_INFINITY, FastMath.log2(0), 0);
    }
}
