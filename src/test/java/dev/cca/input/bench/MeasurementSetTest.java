package dev.cca.input.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementSetTest {

    private final Problems problems = new Problems();
    private final MeasurementSet set = new MeasurementSet(problems);

    private static Location at(int line) {
        return Location.of("f", line, 1);
    }

    @Test
    void aPercentileBelowTheMedianNamesTheMedian() {
        set.add("ttft_ms.p50", 180, at(1));
        set.add("ttft_ms.p90", 300, at(2));
        set.add("ttft_ms.p99", 150, at(3));
        set.finish();
        assertEquals(1, problems.errorCount());
        String msg = problems.all().get(0).message();
        assertTrue(msg.contains("ttft_ms.p99 (150 ms) is lower than ttft_ms.p50 (180 ms), the median"), msg);
        assertEquals(3, problems.all().get(0).location().line());
    }

    @Test
    void tiesAndPrintedRoundingAreNotInversions() {
        set.add("ttft_ms.p50", 180.0, at(1));
        set.add("ttft_ms.p99", 180.0, at(2));
        set.add("ttft_ms.max", 180.0, at(3));
        set.add("ttft_ms.min", 180.0, at(4));
        set.finish();
        assertFalse(problems.hasErrors(), problems.all().toString());
    }

    @Test
    void aMaximumBelowAPercentileIsRefused() {
        set.add("e2e_ms.p99", 900, at(1));
        set.add("e2e_ms.max", 800, at(2));
        set.finish();
        assertTrue(problems.hasErrors());
    }

    @Test
    void aRepeatedKeyKeepsItsFirstValueAndWarnsWhenItDiffers() {
        set.add("samples_per_s", 74.42, at(1));
        set.add("samples_per_s", 74.42, at(2));
        assertFalse(problems.hasErrors() || !problems.isEmpty());
        set.add("samples_per_s", 80, at(3));
        List<Measurement> list = set.finish();
        assertEquals(1, list.size());
        assertEquals(74.42, list.get(0).value());
        assertEquals(1, problems.size());
        assertFalse(problems.hasErrors());
    }

    @Test
    void percentagesAboveOneHundredAndNegativeValuesAreRefused() {
        set.add("mfu_pct", 140, at(1));
        set.add("output_tokens_per_s", -1, at(2));
        set.add("output_tokens_per_s", Double.NaN, at(3));
        set.add("output_tokens_per_s", Double.POSITIVE_INFINITY, at(4));
        assertEquals(4, problems.errorCount());
        assertTrue(set.finish().isEmpty());
    }
}
