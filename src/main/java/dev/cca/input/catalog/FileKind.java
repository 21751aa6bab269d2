package dev.cca.input.catalog;

import dev.cca.input.bench.BenchmarkRunReader;
import dev.cca.input.bench.NativeFormats;
import dev.cca.model.ProfileSchema;
import java.util.regex.Pattern;

/**
 * What a file among the inputs holds, told by its content: center records (profiles, catalogs), a
 * benchmark-run document, a benchmark tool's own output, a rule set or a gate file. Every command sorts its inputs with
 * this one test, so that a file means the same to {@code assess}, {@code validate} and {@code batch}.
 */
public enum FileKind {
    /** Center profiles or catalog rows: the records of a catalog. */
    CENTERS,
    /** A {@code cca: benchmark-run/v1} document (or a stream of them). */
    BENCHMARK_RUN,
    /** The output of a benchmark tool (vLLM, SGLang, MLPerf, nccl-tests, ...), found by its content. */
    TOOL_OUTPUT,
    /** A {@code cca: rules/v1} rule set. */
    RULE_SET,
    /** A {@code cca: gate/v1} gate file. */
    GATE;

    private static final Pattern RULES_TAG = tag("rules");
    private static final Pattern GATE_TAG = tag("gate");
    private static final NativeFormats NATIVE = NativeFormats.standard();

    /** A line {@code cca: KIND/vN} (the format tag of a document, on its own line). */
    private static Pattern tag(String kind) {
        return Pattern.compile("(?m)^\\s*cca:\\s*[\"']?" + kind + "/v\\d+[\"']?\\s*(#.*)?$");
    }

    /** True for a benchmark-run document or a tool output. */
    public boolean isBenchmark() {
        return this == BENCHMARK_RUN || this == TOOL_OUTPUT;
    }

    /**
     * The kind of a text file from its head (its first 64 KiB or so, decoded). A profile's format tag wins over
     * anything else the text mentions but a rule-set or gate tag line; a file with no tag that a benchmark format claims is that tool's output.
     */
    public static FileKind of(String head) {
        if (RULES_TAG.matcher(head).find()) {
            return RULE_SET;
        }
        if (GATE_TAG.matcher(head).find()) {
            return GATE;
        }
        if (head.contains(ProfileSchema.FORMAT)) {
            return CENTERS;
        }
        if (head.contains(BenchmarkRunReader.FORMAT)) {
            return BENCHMARK_RUN;
        }
        return NATIVE.candidates(head).isEmpty() ? CENTERS : TOOL_OUTPUT;
    }
}
