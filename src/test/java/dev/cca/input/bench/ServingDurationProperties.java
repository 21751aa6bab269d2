package dev.cca.input.bench;

import static dev.cca.input.bench.ServingConsistencyProperties.errors;
import static dev.cca.input.bench.ServingConsistencyProperties.fixture;
import static dev.cca.input.bench.ServingConsistencyProperties.has;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cca.diag.Diagnostic;
import dev.cca.input.SourceFile;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The duration of a vLLM or SGLang serving result is what the tool timed and divided its counts by: a duration that is
 * no positive, finite number of seconds (CCA-B216) was never written by the tool, and its rates are refused with it.
 * Before, such a result was read without a word, its throughput taken at face value.
 */
class ServingDurationProperties {

    @Provide
    Arbitrary<String> impossible() {
        Arbitrary<String> negative = Arbitraries.doubles().between(-1e12, -1e-9).ofScale(12).map(d -> Double.toString(d));
        return Arbitraries.oneOf(negative, Arbitraries.of("0", "0.0", "-0.0", "NaN", "Infinity", "-Infinity", "1e400"));
    }

    private static String withDuration(String json, String duration) {
        return json.replaceFirst("\"duration\": [^,]+,", "\"duration\": " + duration + ",");
    }

    @Property(tries = 150)
    void aDurationTheToolNeverWritesIsRefusedAtTheDuration(@ForAll("impossible") String duration, @ForAll boolean sglang) {
        String fixture = sglang ? "sglang-bench/bench-serving-one-run.jsonl" : "vllm-bench/serve-result.json";
        String edited = withDuration(Fixtures.text(fixture).strip(), duration);
        NativeReader reader = sglang ? new SglangBenchReader() : new VllmBenchReader();
        List<Diagnostic> errors;
        try {
            reader.readAll(SourceFile.ofText("edited.json", edited));
            errors = List.of();
        } catch (dev.cca.diag.InputException e) {
            errors = e.diagnostics().stream().filter(Diagnostic::isError).toList();
        }
        Diagnostic d = errors.stream().filter(e -> e.code().id().equals("CCA-B216")).findFirst()
                .orElseThrow(() -> new AssertionError(duration + " accepted"));
        assertEquals("/duration", d.location().path());
        assertTrue(d.message("en").contains(duration) && d.message("zh").contains("时长"), d.format());
    }

    @Provide
    Arbitrary<Double> seconds() {
        return Arbitraries.doubles().between(0.001, 1e7).ofScale(6);
    }

    /** A result rescaled to any positive duration, its rates with it, is read, and gives the rate it states. */
    @Property(tries = 150)
    void anyPositiveDurationWithItsRatesIsRead(@ForAll("seconds") double seconds) throws Exception {
        ObjectNode r = fixture("vllm-bench/serve-result.json");
        double scale = r.get("duration").asDouble() / seconds;
        r.put("duration", seconds);
        r.put("output_throughput", r.get("total_output_tokens").asDouble() / seconds);
        r.put("request_throughput", r.get("completed").asDouble() / seconds);
        r.put("total_token_throughput", r.get("total_token_throughput").asDouble() * scale);
        r.put("max_output_tokens_per_s", r.get("max_output_tokens_per_s").asDouble() * scale);
        r.put("max_concurrency", 1_000_000_000); // Little's law is another property's; here only the duration moves
        List<Diagnostic> errors = errors(new VllmBenchReader(), r);
        assertFalse(has(errors, "CCA-B216"), seconds + ": " + errors);
        if (errors.isEmpty()) {
            NativeRun run = new VllmBenchReader().read(SourceFile.ofText("rescaled.json", r.toString()));
            assertEquals(r.get("output_throughput").asDouble(), run.value("output_tokens_per_s"));
        } else {
            // only the plausibility bound of a rate can refuse a result this fast
            assertTrue(errors.stream().allMatch(e -> e.code().id().equals("CCA-P050")), seconds + ": " + errors);
        }
    }
}
