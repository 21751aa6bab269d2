package dev.cca.engine.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The selection behind exact percentiles puts the same values in place as a full sort would. */
class SelectionProperties {

    @Property(tries = 300)
    void selection_puts_the_low_and_high_order_statistics_where_a_sort_puts_them(
            @ForAll @Size(min = 1, max = 400) List<@IntRange(min = 0, max = 50) Integer> values,
            @ForAll @IntRange(min = 0, max = 100) int lowPct, @ForAll @IntRange(min = 0, max = 100) int highPct) {
        int[] a = values.stream().mapToInt(Integer::intValue).toArray();
        int lo = Math.min(lowPct, highPct) * (a.length - 1) / 100;
        int hi = Math.max(lowPct, highPct) * (a.length - 1) / 100;
        int[] sorted = a.clone();
        Arrays.sort(sorted);
        RobustnessAnalysis.select(a, lo, hi);
        assertEquals(sorted[lo], a[lo], "low order statistic");
        assertEquals(sorted[hi], a[hi], "high order statistic");
        Arrays.sort(a);
        assertEquals(Arrays.toString(sorted), Arrays.toString(a), "a selection only reorders");
    }
}
