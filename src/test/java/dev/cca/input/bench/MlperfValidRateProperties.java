package dev.cca.input.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A run LoadGen marks {@code Result is : VALID} ran its minimum duration and completed its minimum number of queries, so
 * every rate its summary states is above 0: a valid run at 0 samples or tokens a second is refused at the rate's line
 * (CCA-B219), as a serving result of zero duration is (CCA-B216). It was read, and its 0 taken as measured.
 */
class MlperfValidRateProperties {

    private static final String SERVER = "mlperf-inference/real-dgx-h100-llama2-70b-server-mlperf_log_summary.txt";
    private static final String OFFLINE = "mlperf-inference/real-dgx-h100-llama2-70b-offline-mlperf_log_summary.txt";

    /** A rate line of a real summary: its fixture, its line number, its label and the key it is read as. */
    record RateLine(String fixture, int line, String label, String key) {
    }

    @Provide
    Arbitrary<RateLine> rateLines() {
        return Arbitraries.of(new RateLine(SERVER, 7, "Completed samples per second", MetricKeys.SAMPLES_PER_S),
                new RateLine(SERVER, 8, "Completed tokens per second", MetricKeys.OUTPUT_TOKENS_PER_S),
                new RateLine(SERVER, 22, "Scheduled samples per second", MetricKeys.SCHEDULED_SAMPLES_PER_S),
                new RateLine(OFFLINE, 7, "Samples per second", MetricKeys.SAMPLES_PER_S),
                new RateLine(OFFLINE, 8, "Tokens per second", MetricKeys.OUTPUT_TOKENS_PER_S));
    }

    @Provide
    Arbitrary<String> zeros() {
        return Arbitraries.of("0", "0.0", "-0", "+0", "0e0", "0.000000", "-0.0", "0E+5");
    }

    @Provide
    Arbitrary<String> notFinite() {
        return Arbitraries.of("1e400", "-1e400", "nan", "NaN", "inf", "Infinity", "-inf");
    }

    /** The summary of {@code r} with the value of its line replaced by {@code value}. */
    static String edited(RateLine r, String value) {
        String[] lines = Fixtures.text(r.fixture()).split("\n", -1);
        String line = lines[r.line() - 1];
        assertTrue(line.startsWith(r.label()), "where the test expects it: " + line);
        lines[r.line() - 1] = line.substring(0, line.indexOf(':') + 1) + " " + value;
        return String.join("\n", lines);
    }

    static List<Diagnostic> errors(String text) {
        try {
            new MlperfInferenceReader().read(TextLog.of(SourceFile.ofText("mlperf_log_summary.txt", text)));
            return List.of();
        } catch (InputException e) {
            return e.diagnostics().stream().filter(Diagnostic::isError).toList();
        }
    }

    @Property(tries = 80)
    void a_valid_run_at_zero_samples_or_tokens_a_second_is_refused_at_the_rate(@ForAll("rateLines") RateLine r,
                                                                               @ForAll("zeros") String zero) {
        List<Diagnostic> errors = errors(edited(r, zero));
        Diagnostic d = errors.stream().filter(e -> e.code().id().equals("CCA-B219")).findFirst()
                .orElseThrow(() -> new AssertionError(r + " at " + zero + " accepted: " + errors));
        assertEquals(r.line(), d.location().line(), d.format());
        assertEquals(r.label(), d.location().path(), d.format());
        assertTrue(d.message("en").startsWith("'Result is : VALID' with '" + r.label() + " : 0'"), d.message("en"));
        assertTrue(d.message("zh").contains("LoadGen") && d.message("zh").contains("大于 0"), d.message("zh"));
    }

    @Property(tries = 40)
    void a_rate_that_is_no_finite_number_is_refused_when_read(@ForAll("rateLines") RateLine r, @ForAll("notFinite") String v) {
        List<Diagnostic> errors = errors(edited(r, v));
        assertFalse(errors.isEmpty(), r + " at " + v + " accepted");
        assertTrue(errors.stream().anyMatch(e -> e.location().line() == r.line()), errors.toString());
    }

    @Property(tries = 40)
    void a_valid_run_at_any_positive_rate_is_read_with_it(@ForAll("rateLines") RateLine r,
                                                         @ForAll @net.jqwik.api.constraints.DoubleRange(min = 0.001, max = 1e7)
                                                         @net.jqwik.api.constraints.Scale(3) double rate) throws InputException {
        String value = String.format(java.util.Locale.ROOT, "%.3f", rate);
        String text = edited(r, value);
        // The server summary repeats its tokens line in Additional Stats; edit both, as LoadGen writes one figure.
        if (r.fixture().equals(SERVER) && r.line() == 8) {
            text = text.replace("Completed tokens per second                 : 21605.79",
                    "Completed tokens per second                 : " + value);
        }
        NativeRun run = new MlperfInferenceReader().read(TextLog.of(SourceFile.ofText("mlperf_log_summary.txt", text)));
        assertEquals(Double.parseDouble(value), run.value(r.key()), 1e-9, r.toString());
    }

    @Property(tries = 20)
    void an_invalid_run_at_zero_is_refused_as_invalid_not_as_edited(@ForAll("rateLines") RateLine r, @ForAll("zeros") String zero) {
        String text = edited(r, zero).replace("Result is : VALID", "Result is : INVALID");
        try {
            new MlperfInferenceReader().read(TextLog.of(SourceFile.ofText("mlperf_log_summary.txt", text)));
            throw new AssertionError("an INVALID run was read");
        } catch (InputException e) {
            assertInstanceOf(RejectedRunException.class, e, e.diagnostics().toString());
            assertTrue(e.diagnostics().stream().noneMatch(d -> d.code().id().equals("CCA-B219")), e.diagnostics().toString());
        }
    }
}
