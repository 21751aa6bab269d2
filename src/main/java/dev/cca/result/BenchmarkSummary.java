package dev.cca.result;

import java.util.List;
import java.util.Map;

/**
 * A benchmark run applied to a center: which file, which tool and kind, when, under which conditions, the
 * profile metrics it set, the measurements no rule uses (with their values, so that a report shows what was
 * measured and left out, not only its name), and anything worth noting about it.
 */
public record BenchmarkSummary(String file, String tool, String kind, String date, Map<String, String> conditions,
                               List<String> metrics, List<Unused> unused, List<dev.cca.diag.Localized.Pair> notes) {

    /** A measurement of the run that no rule takes: its key, value and unit as the tool's reader gave them. */
    public record Unused(String key, double value, String unit) {
        /** {@code peak_busbw_gbps 603.44 Gbit/s}. */
        public String text() {
            return key + " " + dev.cca.model.Numbers.format(value) + (unit == null || unit.isEmpty() ? "" : " " + unit);
        }
    }

    /** The keys of {@link #unused}, in order. */
    public List<String> unusedKeys() {
        return unused.stream().map(Unused::key).toList();
    }
}
