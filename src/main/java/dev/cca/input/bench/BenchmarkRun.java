package dev.cca.input.bench;

import dev.cca.diag.Location;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated {@code benchmark-run/v1} document: one measured run of a center, with the conditions it was
 * measured under and its results in the {@link MetricKeys} vocabulary.
 *
 * @param center       the profile id the run belongs to
 * @param kind         {@code inference-serving}, {@code training-scaling}, {@code training-efficiency},
 *                     {@code training-stability} or {@code collective-communication}
 * @param tool         the tool that measured it ({@code vllm-bench}, ..., {@code custom})
 * @param date         when it was measured
 * @param conditions   condition name to value as text (numbers in plain form), in document order; after
 *                     {@link BenchmarkRunReader#resolveImport} also what the imported file reveals
 * @param measurements the results; empty until an import is resolved
 * @param origin       where the document starts
 * @param imported     the native file the results come from, or null when the document has {@code results}
 */
public record BenchmarkRun(String center, String kind, String tool, LocalDate date, Map<String, String> conditions,
                           List<Measurement> measurements, Location origin, Import imported) {

    /**
     * The {@code import} of a document.
     *
     * @param format the native format named
     * @param file   the path as the document wrote it
     * @param path   that path resolved against the document's directory
     * @param record which result of a file holding several (1-based), or 0 when the file must hold one
     * @param origin where the {@code import} key is
     */
    public record Import(String format, String file, String path, int record, Location origin) {
    }

    public BenchmarkRun {
        conditions = Collections.unmodifiableMap(new LinkedHashMap<>(conditions));
        measurements = List.copyOf(measurements);
    }

    /** The imported file, resolved against the document's directory; null when the document has results. */
    public String importedFile() {
        return imported == null ? null : imported.path();
    }

    /** True when the results still have to be read from the imported file. */
    public boolean needsImport() {
        return imported != null && measurements.isEmpty();
    }

    /** The value of {@code key}, or NaN when the run does not report it. */
    public double value(String key) {
        for (Measurement m : measurements) {
            if (m.key().equals(key)) {
                return m.value();
            }
        }
        return Double.NaN;
    }

    /** A condition as a number, or NaN when absent or not numeric. */
    public double number(String condition) {
        String v = conditions.get(condition);
        if (v == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
