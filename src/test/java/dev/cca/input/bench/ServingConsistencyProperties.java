package dev.cca.input.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import java.nio.file.Files;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * A vLLM or SGLang serving result whose figures disagree with each other was edited: output_throughput and
 * request_throughput are the tool's counts over its duration (CCA-B210), and the requests in flight on average
 * (request_throughput x mean_e2el_ms, Little's law) are never more than max_concurrency (CCA-B211). Every real and
 * fixture result agrees to within 0.001%.
 */
class ServingConsistencyProperties {

    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    static ObjectNode fixture(String relative) throws Exception {
        return (ObjectNode) JSON.readTree(Files.readString(Fixtures.path(relative)));
    }

    static List<Diagnostic> errors(NativeReader reader, ObjectNode result) {
        SourceFile f = SourceFile.ofText("bench/edited.json", result.toString());
        try {
            reader.readAll(f);
            return List.of();
        } catch (InputException e) {
            return e.diagnostics().stream().filter(Diagnostic::isError).toList();
        }
    }

    static boolean has(List<Diagnostic> errors, String code) {
        return errors.stream().anyMatch(d -> d.code().id().equals(code));
    }

    @Property(tries = 200)
    void an_output_throughput_is_refused_exactly_when_it_is_not_the_tokens_over_the_duration(
            @ForAll @DoubleRange(min = 0.5, max = 2) double factor) throws Exception {
        ObjectNode r = fixture("vllm-bench/serve-result.json");
        double expected = r.get("total_output_tokens").asDouble() / r.get("duration").asDouble();
        double stated = r.get("output_throughput").asDouble() * factor;
        r.put("output_throughput", stated);
        List<Diagnostic> errors = errors(new VllmBenchReader(), r);
        boolean off = Math.abs(stated - expected) > expected * ServingJsonReader.RATE_TOLERANCE;
        assertEquals(off, has(errors, "CCA-B210"), factor + ": " + errors);
        if (off) {
            Diagnostic d = errors.stream().filter(e -> e.code().id().equals("CCA-B210")).findFirst().orElseThrow();
            assertEquals("/output_throughput", d.location().path());
            assertTrue(d.message("en").contains("edited") && d.message("zh").contains("被改动过"), d.format());
        }
    }

    @Property(tries = 100)
    void sglangs_request_throughput_is_held_the_same_way(@ForAll @DoubleRange(min = 1.01, max = 10) double factor)
            throws Exception {
        String line = Files.readAllLines(Fixtures.path("sglang-bench/bench-serving-one-run.jsonl")).get(0);
        ObjectNode r = (ObjectNode) JSON.readTree(line);
        r.remove("request_rate"); // Infinity, which Jackson would write back as text
        assertEquals(List.of(), errors(new SglangBenchReader(), r), "the fixture itself is consistent");
        r.put("request_throughput", r.get("request_throughput").asDouble() * factor);
        assertTrue(has(errors(new SglangBenchReader(), r), "CCA-B210"), "x " + factor);
    }

    @Test
    void more_requests_in_flight_than_the_concurrency_allows_is_refused() throws Exception {
        ObjectNode r = fixture("vllm-bench/serve-result.json");
        assertEquals(List.of(), errors(new VllmBenchReader(), r), "the fixture itself is consistent");
        // 9.81 requests/s x 6.49 s is 63.7 in flight at max_concurrency 64; a mean latency twice as long says 127.
        r.put("mean_e2el_ms", r.get("mean_e2el_ms").asDouble() * 2);
        List<Diagnostic> errors = errors(new VllmBenchReader(), r);
        assertTrue(has(errors, "CCA-B211"), errors.toString());
        r.putNull("max_concurrency");
        assertTrue(!has(errors(new VllmBenchReader(), r), "CCA-B211"), "without a concurrency cap there is no bound");
    }

    @Test
    void every_result_the_tests_read_agrees_with_itself() throws Exception {
        for (String f : List.of("vllm-bench/serve-result.json", "vllm-bench/legacy-benchmark-serving.json",
                "vllm-bench/legacy-2024-no-total-throughput.json", "run/raw/vllm-qwen72b-c64.json")) {
            assertEquals(List.of(), errors(new VllmBenchReader(), fixture(f)), f);
        }
    }
}
