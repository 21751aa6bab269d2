package dev.cca.result;

import java.util.List;
import java.util.Map;

/**
 * A benchmark run applied to a center: which file, which tool and kind, when, under which conditions, the
 * profile metrics it set, the measurements no rule uses, and anything worth noting about it.
 */
public record BenchmarkSummary(String file, String tool, String kind, String date, Map<String, String> conditions,
                               List<String> metrics, List<String> unused, List<dev.cca.diag.Localized.Pair> notes) {
}
