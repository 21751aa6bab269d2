package dev.cca.input.bench;

import dev.cca.diag.Diagnostic;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One benchmark result read from a tool's own output file.
 *
 * @param format       the native format ({@code vllm-bench}, {@code nccl-tests}, ...), as {@code import.format}
 *                     and {@code tool} spell it
 * @param kind         the kind of run this format measures ({@code inference-serving}, ...); training logs say
 *                     {@code training-efficiency}, and a benchmark-run document may file them under another
 *                     training kind
 * @param conditions   what the file itself reveals about how the run was made: model, concurrency,
 *                     input_tokens, output_tokens, accelerators, nodes, accelerator_model, scenario, date
 *                     (YYYY-MM-DD) and a few format-specific extras; values as text, numbers in plain form
 * @param measurements the measured values, in the canonical vocabulary of {@link MetricKeys}
 * @param warnings     what was odd but did not make the run unusable (failed requests, skipped iterations)
 */
public record NativeRun(String format, String kind, Map<String, String> conditions, List<Measurement> measurements,
                        List<Diagnostic> warnings) {

    public NativeRun {
        conditions = Collections.unmodifiableMap(new LinkedHashMap<>(conditions));
        measurements = List.copyOf(measurements);
        warnings = List.copyOf(warnings);
    }

    /**
     * The date the file gives the run ({@code conditions.date}), or null when it gives none or one that is no date.
     * What a run's date is checked by ({@link BenchmarkRunReader#futureDate}) however the file arrives: with
     * {@code --bench} or imported by a benchmark-run document.
     */
    public java.time.LocalDate date() {
        String d = conditions.get(RunConditions.DATE);
        if (d == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(d);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The value of {@code key}, or NaN when the run did not measure it. */
    public double value(String key) {
        for (Measurement m : measurements) {
            if (m.key().equals(key)) {
                return m.value();
            }
        }
        return Double.NaN;
    }

    /** The measurement of {@code key}, or null. */
    public Measurement measurement(String key) {
        for (Measurement m : measurements) {
            if (m.key().equals(key)) {
                return m;
            }
        }
        return null;
    }
}
