package dev.cca.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nonsense that used to be accepted without a word is refused or warned about, with its location. */
class NonsenseInputTest {

    @TempDir
    Path tmp;

    private static final String VLLM = "src/test/resources/bench/vllm-bench/serve-result.json";
    private static final String MLPERF = "src/test/resources/bench/mlperf-inference/real-dgx-h100-llama2-70b-offline-mlperf_log_summary.txt";

    private Path edited(String from, String name, String old, String replacement) throws IOException {
        String text = Files.readString(Path.of(from));
        assertTrue(text.contains(old), old);
        return Files.writeString(tmp.resolve(name), text.replace(old, replacement));
    }

    private static Cli.Run validate(Path p) {
        return Cli.run("validate", p.toString());
    }

    @Test
    void a_vllm_result_with_a_negative_completed_count_is_an_error_at_the_member() throws IOException {
        Cli.Run r = validate(edited(VLLM, "r.json", "\"completed\": 1024", "\"completed\": -5"));
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("completed -5 is not a count of requests") && r.err().contains("[/completed]"), r.err());
    }

    @Test
    void a_vllm_result_dated_in_2999_is_not_a_measurement_and_an_unreadable_date_is_named() throws IOException {
        Cli.Run future = Cli.run("assess", "samples/wuhan-aicc.yaml", "-q", "--bench",
                edited(VLLM, "f.json", "20250912-101530", "29990912-101530").toString());
        assertEquals(3, future.exit(), future.toString());
        assertTrue(future.err().contains("the run is dated 2999-09-12, after the reference date"), future.err());
        Cli.Run tomorrow = Cli.run("assess", "samples/wuhan-aicc.yaml", "-q", "--bench",
                edited(VLLM, "t.json", "20250912-101530", "20991231-101530").toString());
        assertEquals(3, tomorrow.exit(), tomorrow.toString());
        assertTrue(tomorrow.err().contains("after the reference date") && tomorrow.err().contains("a measurement cannot come from after the assessment"),
                tomorrow.err());
        Cli.Run garbled = validate(edited(VLLM, "g.json", "20250912-101530", "yesterday"));
        assertTrue(garbled.err().contains("date 'yesterday' is not a date as vLLM writes it") && garbled.err().contains("[/date]"),
                garbled.err());
    }

    @Test
    void a_benchmark_run_document_dated_in_the_future_is_an_error() throws IOException {
        Path doc = Files.writeString(tmp.resolve("run.yaml"), "cca: benchmark-run/v1\ncenter: wuhan-aicc\nkind: inference-serving\n"
                + "tool: vllm-bench\ndate: 2099-01-01\nconditions: {accelerators: 8, concurrency: 64}\n"
                + "results: {output_tokens_per_s: 5000}\n");
        Cli.Run r = validate(doc);
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("run.yaml:5:7: error " + dev.cca.diag.BenchCode.RUN_AFTER_REFERENCE.id() + ": the run is dated 2099-01-01, after the reference date"), r.err());
    }

    @Test
    void an_mlperf_summary_that_says_valid_and_then_invalid_is_an_error_at_the_second() throws IOException {
        Path p = edited(MLPERF, "mlperf_log_summary.txt", "Result is : VALID\n", "Result is : VALID\nResult is : INVALID\n");
        Cli.Run r = validate(p);
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("mlperf_log_summary.txt:10:13:") && r.err().contains("a second 'Result is' line says INVALID"), r.err());
    }

    @Test
    void dates_outside_the_plausible_years_are_errors_at_their_value() throws IOException {
        Path p = Files.writeString(tmp.resolve("p.yaml"), "cca: center-profile/v1\nid: p\nname: P\nassessed_on: 0000-01-01\n"
                + "compute:\n  pue: {value: 1.2, evidence: measured, source: audit, date: 2999-01-01}\n");
        Cli.Run r = validate(p);
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("p.yaml:4:14: error " + dev.cca.diag.ProfileCode.IMPLAUSIBLE_DATE.id() + ": '0000-01-01' is not a plausible date (years 1990 to 2100)"), r.err());
        assertTrue(r.err().contains("'2999-01-01' is not a plausible date"), r.err());
        assertEquals(2, Cli.run("assess", "samples/wuhan-aicc.yaml", "--as-of", "0000-01-01").exit(), "--as-of takes the same years");
    }

    @Test
    void a_number_where_a_list_of_ids_belongs_is_an_error() throws IOException {
        Path p = Files.writeString(tmp.resolve("p.yaml"), "cca: center-profile/v1\nid: p\nname: P\ntraining:\n  frameworks: 5\n"
                + "  model_families: [llama, 7]\n");
        Cli.Run r = validate(p);
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("p.yaml:5:15: error " + dev.cca.diag.ProfileCode.EXPECTED_GOT.id() + ": "), r.err());
        assertTrue(r.err().contains("p.yaml:6:27: error " + dev.cca.diag.ProfileCode.EXPECTED_GOT.id() + ": "), r.err());
    }
}
