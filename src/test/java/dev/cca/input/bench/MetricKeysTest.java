package dev.cca.input.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.model.Quantity;
import org.junit.jupiter.api.Test;

class MetricKeysTest {

    @Test
    void percentilesHaveOneCanonicalSpelling() {
        assertEquals("p50", MetricKeys.percentile(50.00));
        assertEquals("p99.9", MetricKeys.percentile(99.90));
        assertEquals("p97", MetricKeys.percentile(97));
        assertEquals("p99.99", MetricKeys.percentile(99.99));
        assertTrue(MetricKeys.isStat("p99.9"));
        assertFalse(MetricKeys.isStat("p99.90"), "only the canonical spelling is a key");
        assertFalse(MetricKeys.isStat("p05"));
        assertFalse(MetricKeys.isStat("p100"));
        assertFalse(MetricKeys.isStat("p0"));
        assertTrue(MetricKeys.isStat("mean"));
        assertFalse(MetricKeys.isStat("median"), "the median is p50");
    }

    @Test
    void familiesTakeStatisticsAndScalarsDoNot() {
        assertNotNull(MetricKeys.spec("ttft_ms.p99"));
        assertNotNull(MetricKeys.spec("output_tokens_per_s"));
        assertNull(MetricKeys.spec("ttft_ms"), "a family needs a statistic");
        assertNull(MetricKeys.spec("output_tokens_per_s.p99"), "a scalar has none");
        assertNull(MetricKeys.spec("ttft_ms.p101"));
        assertEquals("ttft_ms", MetricKeys.familyOf("ttft_ms.p99.9"));
        assertEquals("p99.9", MetricKeys.statOf("ttft_ms.p99.9"));
    }

    @Test
    void unitsFollowTheKeyNames() {
        for (MetricKeys.Spec s : MetricKeys.all().values()) {
            if (s.name().endsWith("_ms")) {
                assertEquals(Quantity.DURATION_MS, s.quantity(), s.name());
            } else if (s.name().endsWith("_pct")) {
                assertEquals(Quantity.PERCENT, s.quantity(), s.name());
                assertEquals(100, s.field().max(), s.name());
            } else if (s.name().endsWith("_gbps")) {
                assertEquals(Quantity.BANDWIDTH_GBPS, s.quantity(), s.name());
            } else if (s.name().endsWith("_minutes")) {
                assertEquals(Quantity.DURATION_MINUTES, s.quantity(), s.name());
            } else if (s.name().endsWith("_hours")) {
                assertEquals(Quantity.DURATION_HOURS, s.quantity(), s.name());
            }
            assertFalse(s.kinds().isEmpty(), s.name());
        }
    }
}
