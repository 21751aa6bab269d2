package dev.cca.input.bench;

import dev.cca.diag.BenchCode;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.model.Numbers;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The conditions a native file reveals, gathered as text in one order. Numbers are written in plain form
 * ("64", "1000"), dates as YYYY-MM-DD, so they compare equal to the conditions of a benchmark-run document.
 * A condition that does not make sense (a negative concurrency) is left out with a warning: conditions
 * describe a run, they are not its result, and the wrapping document can still give them.
 */
public final class RunConditions {

    static final String MODEL = "model";
    static final String PARAMS_B = "params_b";
    static final String PRECISION = "precision";
    static final String ACCELERATORS = "accelerators";
    static final String ACCELERATOR_MODEL = "accelerator_model";
    static final String NODES = "nodes";
    static final String CONCURRENCY = "concurrency";
    static final String REQUEST_RATE = "request_rate";
    static final String INPUT_TOKENS = "input_tokens";
    static final String OUTPUT_TOKENS = "output_tokens";
    static final String SCENARIO = "scenario";
    static final String GLOBAL_BATCH_SIZE = "global_batch_size";
    static final String BENCHMARK = "benchmark";
    static final String COLLECTIVE = "collective";
    static final String BACKEND = "backend";
    public static final String DATE = "date";

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Problems problems;

    RunConditions(Problems problems) {
        this.problems = problems;
    }

    void text(String key, String value) {
        if (value != null && !value.isBlank() && !values.containsKey(key)) {
            values.put(key, value.strip());
        }
    }

    /** A whole count greater than zero (accelerators, concurrency, tokens); anything else is a warning. */
    void count(String key, Double value, Location at) {
        if (value == null || values.containsKey(key)) {
            return;
        }
        if (Double.isNaN(value) || Double.isInfinite(value) || value <= 0 || value > 1e15) {
            problems.warning(at, BenchCode.NOT_COUNT_LEFT_OUT, key, Numbers.format(value));
            return;
        }
        values.put(key, Numbers.format(Math.rint(value), 0));
    }

    /** A non-negative number (a request rate); anything else is a warning. */
    void number(String key, Double value, Location at) {
        if (value == null || values.containsKey(key)) {
            return;
        }
        if (Double.isNaN(value) || value < 0) {
            problems.warning(at, BenchCode.NOT_VALID_VALUE_LEFT, key, Numbers.format(value));
            return;
        }
        values.put(key, Double.isInfinite(value) ? "inf" : Numbers.format(value));
    }

    void date(LocalDate d) {
        if (d != null && !values.containsKey(DATE)) {
            values.put(DATE, d.toString());
        }
    }

    /**
     * The run's date from the first time stamp found (a log line's, say) unless one is already known; a
     * garbled stamp only loses the date, which the wrapping document can still give.
     */
    void dateOnce(java.util.regex.Matcher isoDate) {
        if (!has(DATE) && isoDate.find()) {
            try {
                date(LocalDate.parse(isoDate.group(1)));
            } catch (java.time.format.DateTimeParseException e) {
                // left to the document
            }
        }
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    /** The conditions in the order they were found. */
    Map<String, String> toMap() {
        return new LinkedHashMap<>(values);
    }
}
