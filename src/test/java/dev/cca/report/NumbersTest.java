package dev.cca.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cca.model.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Report numbers: the fast path prints exactly what rounding the decimal form with BigDecimal prints. */
class NumbersTest {

    static String reference(double v, int decimals) {
        BigDecimal bd = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (bd.scale() < 0) {
            bd = bd.setScale(0);
        }
        String s = bd.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    @Property(tries = 5000)
    void formatting_equals_the_bigdecimal_reference(@ForAll @DoubleRange(min = -1e9, max = 1e9) double v,
                                                    @ForAll @IntRange(min = 0, max = 4) int decimals) {
        assertEquals(reference(v, decimals), Numbers.format(v, decimals));
    }

    @Property(tries = 3000)
    void scores_with_few_decimals_are_exact(@ForAll @IntRange(min = 0, max = 100_000) int hundredths,
                                             @ForAll @IntRange(min = 0, max = 4) int decimals) {
        double v = hundredths / 1000.0;
        assertEquals(reference(v, decimals), Numbers.format(v, decimals));
    }

    @Property(tries = 5000)
    void writing_into_a_buffer_prints_what_formatting_prints(@ForAll @DoubleRange(min = -1e13, max = 1e13) double v,
                                                             @ForAll @IntRange(min = 0, max = 6) int decimals,
                                                             @ForAll @IntRange(min = 0, max = 8) int at) {
        char[] buf = new char[at + 40];
        int end = Numbers.write(buf, at, v, decimals);
        if (end >= 0) {
            assertEquals(Numbers.format(v, decimals), new String(buf, at, end - at));
        } else {
            assertEquals(false, Math.abs(v) < 1e12 && Math.abs(Math.abs(v) * Math.pow(10, decimals) % 1 - 0.5) >= 1e-6);
        }
    }

    @Property(tries = 2000)
    void scores_as_floats_are_written_as_formatted(@ForAll float v) {
        char[] buf = new char[40];
        int end = Numbers.write(buf, 0, v, 2);
        if (end >= 0) {
            assertEquals(Numbers.format(v, 2), new String(buf, 0, end));
        }
    }

    @Test
    void ties_round_half_even_on_the_decimal_form() {
        assertEquals("0.12", Numbers.format(0.125, 2));
        assertEquals("0.38", Numbers.format(0.375, 2));
        assertEquals("2", Numbers.format(2.5, 0));
        assertEquals("45", Numbers.format(45.0, 2));
        assertEquals("0", Numbers.format(-0.0001, 2));
    }
}
