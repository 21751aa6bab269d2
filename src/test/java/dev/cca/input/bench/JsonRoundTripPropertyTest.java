package dev.cca.input.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import dev.cca.testing.Choices;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Property (a): a result written in a tool's JSON with generated values reads back as exactly those
 * values, under the canonical keys, for every JSON format.
 */
class JsonRoundTripPropertyTest {

    private static final int TRIES = 300;

    /** JSON numbers as Python's json.dump writes floats (repr), which Java's parser reads back exactly. */
    private static String num(double v) {
        return Double.toString(v);
    }

    private static String object(Map<String, String> members) {
        StringBuilder sb = new StringBuilder("{");
        members.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "").append('"').append(k).append("\": ").append(v));
        return sb.append('}').toString();
    }

    /** Adds mean, std and ordered percentiles of one latency metric in vLLM/SGLang naming. */
    private static void latency(Choices r, String metric, String family, Map<String, String> json, Map<String, Double> expected) {
        double[] p = Trials.ascending(r, 4, Trials.positive(r));
        String[][] names = {{"median", "p50"}, {"p90", "p90"}, {"p99", "p99"}, {"p99.9", "p99.9"}};
        for (int i = 0; i < names.length; i++) {
            json.put(names[i][0] + "_" + metric + "_ms", num(p[i]));
            expected.put(family + "." + names[i][1], p[i]);
        }
        double mean = p[0] + (p[3] - p[0]) * r.nextDouble();
        double std = Trials.positive(r);
        json.put("mean_" + metric + "_ms", num(mean));
        json.put("std_" + metric + "_ms", num(std));
        expected.put(family + ".mean", mean);
        expected.put(family + ".std", std);
    }

    private static void assertReadsBack(NativeRun run, Map<String, Double> expected) {
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            assertEquals(e.getValue(), run.value(e.getKey()), e.getKey());
        }
        assertEquals(expected.size(), run.measurements().size(), "no other measurements: " + run.measurements());
    }

    @Provide
    Arbitrary<Choices> choices() {
        return Choices.upTo(400);
    }

    @Property(tries = TRIES)
    void vllmResultsReadBackExactly(@ForAll("choices") Choices r) {
        VllmBenchReader reader = new VllmBenchReader();
        
        Map<String, String> json = new LinkedHashMap<>();
        Map<String, Double> expected = new LinkedHashMap<>();
        json.put("date", "\"20250912-101530\"");
        json.put("completed", "1000");
        String[][] scalars = {{"output_throughput", "output_tokens_per_s"}, {"total_token_throughput", "total_tokens_per_s"},
                {"request_throughput", "requests_per_s"}, {"max_output_tokens_per_s", "peak_output_tokens_per_s"}};
        for (String[] s : scalars) {
            double v = Trials.positive(r);
            json.put(s[0], num(v));
            expected.put(s[1], v);
        }
        if (r.nextBoolean()) {
            double g = Trials.positive(r);
            json.put(r.nextBoolean() ? "request_goodput" : "request_goodput:", num(g));
            expected.put("goodput_requests_per_s", g);
        }
        for (String[] m : new String[][] {{"ttft", "ttft_ms"}, {"tpot", "tpot_ms"}, {"itl", "itl_ms"}, {"e2el", "e2e_ms"}}) {
            latency(r, m[0], m[1], json, expected);
        }
        assertReadsBack(read(reader, object(json)), expected);
    }

    @Property(tries = TRIES)
    void sglangResultsReadBackExactly(@ForAll("choices") Choices r) {
        SglangBenchReader reader = new SglangBenchReader();
        
        Map<String, String> json = new LinkedHashMap<>();
        Map<String, Double> expected = new LinkedHashMap<>();
        json.put("backend", "\"sglang\"");
        json.put("request_rate", r.nextBoolean() ? "Infinity" : num(Trials.positive(r)));
        String[][] scalars = {{"output_throughput", "output_tokens_per_s"}, {"input_throughput", "input_tokens_per_s"},
                {"total_throughput", "total_tokens_per_s"}, {"request_throughput", "requests_per_s"}};
        for (String[] s : scalars) {
            double v = Trials.positive(r);
            json.put(s[0], num(v));
            expected.put(s[1], v);
        }
        for (String[] m : new String[][] {{"ttft", "ttft_ms"}, {"tpot", "tpot_ms"}, {"itl", "itl_ms"}, {"e2e_latency", "e2e_ms"}}) {
            latency(r, m[0], m[1], json, expected);
        }
        assertReadsBack(read(reader, object(json) + "\n"), expected);
    }

    @Property(tries = TRIES)
    void genAiPerfAndAiperfExportsReadBackInTheirOwnUnits(@ForAll("choices") Choices r) {
        GenAiPerfReader reader = new GenAiPerfReader();
        List<String> timeUnits = List.of("ns", "us", "ms", "s", "sec");
        Map<String, Double> toMs = Map.of("ns", 1e-6, "us", 1e-3, "ms", 1.0, "s", 1000.0, "sec", 1000.0);
        String[][] blocks = {{"time_to_first_token", "ttft_ms"}, {"inter_token_latency", "tpot_ms"}, {"request_latency", "e2e_ms"}};
        
        Map<String, String> json = new LinkedHashMap<>();
        Map<String, Double> expected = new LinkedHashMap<>();
        double rate = Trials.positive(r);
        json.put("output_token_throughput", "{\"unit\": \"tokens/sec\", \"avg\": " + num(rate) + "}");
        expected.put("output_tokens_per_s", rate);
        double req = Trials.positive(r);
        json.put("request_throughput", "{\"unit\": \"requests/sec\", \"avg\": " + num(req) + "}");
        expected.put("requests_per_s", req);
        for (String[] b : blocks) {
            String unit = Trials.pick(r, timeUnits);
            double f = toMs.get(unit);
            // Generated in milliseconds (so they stay plausible), written in the block's unit.
            double[] v = Trials.ascending(r, 11, Trials.positive(r));
            for (int i = 0; i < v.length; i++) {
                v[i] = v[i] / f;
            }
            String[] stats = {"min", "p1", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "p99", "max"};
            Map<String, String> block = new LinkedHashMap<>();
            block.put("unit", '"' + unit + '"');
            double avg = v[1] + (v[9] - v[1]) * r.nextDouble();
            block.put("avg", num(avg));
            expected.put(b[1] + ".mean", avg * f);
            for (int i = 0; i < stats.length; i++) {
                block.put(stats[i], num(v[i]));
                expected.put(b[1] + "." + stats[i], v[i] * f);
            }
            block.put("count", "200");
            json.put(b[0], object(block));
        }
        if (r.nextBoolean()) {
            json.put("schema_version", "\"1.5\"");
            json.put("input_config", "{\"loadgen\": {\"concurrency\": 8}, \"endpoint\": {\"model_names\": [\"m\"]}}");
        } else {
            json.put("input_config", "{\"model\": [\"m\"], \"concurrency\": 8}");
        }
        NativeRun run = read(reader, object(json));
        assertReadsBack(run, expected);
        assertEquals("8", run.conditions().get("concurrency"));
        assertEquals("m", run.conditions().get("model"));
    }

    private static NativeRun read(NativeReader reader, String text) {
        try {
            return reader.read(SourceFile.ofText("generated.json", text));
        } catch (InputException e) {
            throw new AssertionError(e.diagnostics().toString() + "\n" + text, e);
        }
    }
}
