package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.testing.Cli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every option value a user can get wrong is a usage error (exit 2) that names the option and the cause. */
class OptionValidationTest {

    @TempDir
    Path tmp;

    private static final String SAMPLE = "samples/wuhan-aicc.yaml";
    private static final String VLLM = "src/test/resources/bench/vllm-bench/serve-result.json";

    private static String[] join(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static void usage(Cli.Run r, String... fragments) {
        assertEquals(2, r.exit(), r.toString());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "'" + f + "' in:\n" + r.err());
        }
        assertFalse(r.err().contains("cca: internal error") || r.err().contains("Exception"), r.err());
    }

    @Test
    void sizes_below_one_byte_or_not_sizes_at_all_name_the_option() {
        usage(Cli.run("assess", SAMPLE, "--max-file-size", "0.5"), "--max-file-size 0.5", "at least 1 byte");
        usage(Cli.run("assess", SAMPLE, "--max-record-size", "0.5"), "--max-record-size 0.5", "at least 1 byte");
        usage(Cli.run("assess", SAMPLE, "--max-file-size", "-3MiB"), "--max-file-size -3MiB", "expected a size");
        usage(Cli.run("assess", SAMPLE, "--max-file-size", "NaN"), "expected a size");
        usage(Cli.run("batch", SAMPLE, "-o", tmp.resolve("r.csv").toString(), "--max-record-size", "0"), "--max-record-size 0");
        assertEquals(0, Cli.run("assess", SAMPLE, "-q", "--max-file-size", "1.5MiB").exit(), "fractions of a unit are sizes");
    }

    @Test
    void a_depth_limit_above_the_ceiling_is_refused_rather_than_risking_the_stack() {
        usage(Cli.run("assess", SAMPLE, "--max-depth", "5000"), "--max-depth 5000", "at most 1000");
        usage(Cli.run("assess", SAMPLE, "--max-depth", "0"), "--max-depth 0", "greater than 0");
        assertEquals(0, Cli.run("assess", SAMPLE, "-q", "--max-depth", "1000").exit());
        assertEquals(0, Cli.run("assess", SAMPLE, "-q", "--max-string-length", String.valueOf(Integer.MAX_VALUE)).exit(),
                "the longest string limit is capped, not an internal error");
    }

    @Test
    void a_delimiter_that_cannot_separate_cells_is_refused() {
        for (String d : new String[] {"\"", "\n", "\r", "\u0000"}) {
            usage(Cli.run("batch", SAMPLE, "-o", tmp.resolve("r.csv").toString(), "--delimiter", d), "--delimiter", "cannot be");
        }
        usage(Cli.run("batch", SAMPLE, "-o", tmp.resolve("r.csv").toString(), "--delimiter", ";;"), "one character");
        usage(Cli.run("batch", SAMPLE, "-o", tmp.resolve("r.csv").toString(), "--threads", "100000"), "--threads");
    }

    @Test
    void every_command_that_reads_on_threads_takes_the_same_thread_count() {
        for (String command : new String[] {"assess", "validate", "batch"}) {
            // validate writes no report; the others are given one.
            String[] out = command.equals("validate") ? new String[0] : new String[] {"-o", tmp.resolve(command + ".json").toString()};
            usage(Cli.run(join(new String[] {command, SAMPLE, "--threads", "0"}, out)), "cca " + command, "--threads 0: must be from 1 to 256");
            usage(Cli.run(join(new String[] {command, SAMPLE, "--threads", "257"}, out)), "--threads 257: must be from 1 to 256");
            Cli.Run one = Cli.run(join(new String[] {command, SAMPLE, "-q", "--threads", "1"}, out));
            assertEquals(0, one.exit(), one.toString());
        }
        usage(Cli.run("rules", "diff", "cca-default", "cca-default", "--threads", "0"), "--threads 0: must be from 1 to 256");
    }

    @Test
    void a_path_no_file_system_takes_is_a_usage_error_whichever_option_names_it() {
        for (String option : new String[] {"--bench-root", "--rules", "--baseline", "--bench"}) {
            usage(Cli.run("assess", SAMPLE, option, "a\u0000b"), "path", "Nul character not allowed");
        }
        usage(Cli.run("assess", "a\u0000b.yaml"), "is not a usable path");
        usage(Cli.run("assess", SAMPLE, "-o", "a\u0000b.md"), "not a usable file name");
    }

    @Test
    void gate_values_outside_their_range_are_refused() {
        usage(Cli.run("assess", SAMPLE, "--fail-under", "NaN"), "--fail-under NaN", "0 to 100");
        usage(Cli.run("assess", SAMPLE, "--fail-under", "101"), "--fail-under");
        usage(Cli.run("assess", SAMPLE, "--max-drop", "NaN"), "--max-drop");
        usage(Cli.run("assess", SAMPLE, "--max-drop", "-1"), "--max-drop");
    }

    @Test
    void bench_conditions_are_checked_as_strictly_as_a_benchmark_run_document_checks_them() {
        usage(Cli.run("assess", SAMPLE, "--bench", VLLM, "--bench-conditions", "params_b=-72"), "params_b: must not be negative");
        usage(Cli.run("assess", SAMPLE, "--bench", VLLM, "--bench-conditions", "accelerators=0"), "accelerators: must be greater than 0");
        usage(Cli.run("assess", SAMPLE, "--bench", VLLM, "--bench-conditions", "accelerators=-8"), "accelerators: must not be negative");
        usage(Cli.run("assess", SAMPLE, "--bench", VLLM, "--bench-conditions", "params_b=NaN"), "NaN is not a value");
        usage(Cli.run("assess", SAMPLE, "--bench", VLLM, "--bench-conditions", "concurrency=1.5"), "whole number");
        usage(Cli.run("assess", SAMPLE, "--bench", VLLM, "--bench-conditions", "accelerators=1e400"), "too large");
        usage(Cli.run("assess", SAMPLE, "--bench", VLLM, "--bench-conditions", "acelerators=8"), "unknown condition", "did you mean");
        usage(Cli.run("assess", SAMPLE, "--bench", VLLM, "--bench-conditions", "accelerators=8", "--bench-conditions", "accelerators=16"),
                "given twice");
        usage(Cli.run("assess", SAMPLE, "--bench", VLLM, "--bench-conditions", "accelerators"), "key=value");
        Cli.Run ok = Cli.run("assess", SAMPLE, "-q", "--bench", VLLM, "--bench-conditions", "accelerators=8,params_b=72,request_rate=inf");
        assertEquals(0, ok.exit(), ok.toString());
    }
}
