package dev.cca.input.bench;

import dev.cca.diag.Location;

/**
 * One measured value: a key of the {@link MetricKeys} vocabulary ({@code output_tokens_per_s},
 * {@code ttft_ms.p99}), the value in the unit the key names, that unit as reports print it, and where the
 * value was read: a YAML key path, a JSON pointer (in {@link Location#path()}, with line and column when the
 * file has them) or a line of a text log.
 */
public record Measurement(String key, double value, String unit, Location source) {

    /** The distribution family ({@code ttft_ms}), or the key itself for a scalar. */
    public String family() {
        return MetricKeys.familyOf(key);
    }

    /** The statistic ({@code p99}), or empty for a scalar. */
    public String stat() {
        return MetricKeys.statOf(key);
    }
}
