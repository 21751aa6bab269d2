package dev.cca.input.catalog;

import dev.cca.input.bench.BenchmarkRunReader;
import dev.cca.input.bench.NativeFormats;
import dev.cca.model.ProfileSchema;
import java.util.regex.Pattern;

/**
 * What a file among the inputs holds, told by its content: center records (profiles, catalogs), a
 * benchmark-run document, a benchmark tool's own output, a rule set, a gate file or a result cca wrote. Every command sorts its inputs with
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
    GATE,
    /** A result cca wrote: a JSON report ({@code "format": "cca-result/v1"} or {@code cca-batch/v1}), a batch's CSV. */
    REPORT;

    private static final Pattern RULES_TAG = tag("rules");
    private static final Pattern GATE_TAG = tag("gate");
    /** The first member of cca's JSON results, as every JSON renderer writes it (compact or pretty). */
    private static final Pattern REPORT_TAG = Pattern.compile("\\A\\s*\\{\\s*\"format\"\\s*:\\s*\"cca-(result|batch)/v\\d+\"");
    private static final NativeFormats NATIVE = NativeFormats.standard();

    /**
     * The format tag {@code cca: KIND/vN} of a document: on a line of its own (block YAML), or as a member of a
     * JSON object or flow map ({@code "cca": "gate/v1"}, {@code {cca: gate/v1, ...}}).
     */
    private static Pattern tag(String kind) {
        // Blanks within a line only ([ \\t], never \\s): a pattern that could run over line ends from every line start
        // would take quadratic time on a log that begins with a million blank lines.
        return Pattern.compile("(?m)(?:^|[{,])[ \\t]*[\"']?cca[\"']?[ \\t]*:[ \\t]*[\"']?" + kind + "/v\\d+[\"']?[ \\t]*(?:$|[,}#])");
    }

    /** True for the header line of the CSV that {@code cca batch} writes (its rank and source columns). */
    public static boolean isBatchCsvHeader(String firstLine) {
        String h = firstLine.startsWith("\uFEFF") ? firstLine.substring(1) : firstLine;
        return h.startsWith("id,name,") && h.contains(",source_file,source_line,reference_date,") && h.contains("_rank,");
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
        if (REPORT_TAG.matcher(head).find()) {
            return REPORT;
        }
        // A tag holds "rules/v" or "gate/v" as it stands: a search for that spares the pattern's run from every line
        // start of every profile's head.
        if (head.contains("rules/v") && RULES_TAG.matcher(head).find()) {
            return RULE_SET;
        }
        if (head.contains("gate/v") && GATE_TAG.matcher(head).find()) {
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
