package dev.cca.input.bench;

import static dev.cca.input.bench.Fixtures.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Problems;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkRunReaderTest {

    /** The fixtures import their raw files from a sibling folder: the bench fixtures' folder is the input's. */
    private final BenchmarkRunReader reader = new BenchmarkRunReader(LocalDate.of(2025, 10, 1),
            dev.cca.input.Limits.DEFAULT.withInputRoots(java.util.List.of(java.nio.file.Path.of("src/test/resources/bench"))));

    private BenchmarkRun valid(String name) {
        Problems p = new Problems();
        BenchmarkRun run = reader.read(yaml("run/valid/" + name), p);
        assertFalse(p.hasErrors(), p.all().toString());
        assertNotNull(run);
        return run;
    }

    /** Reads an invalid document; returns its errors after checking each is located. */
    private List<Diagnostic> errors(String name) {
        Problems p = new Problems();
        assertNull(reader.read(yaml("run/invalid/" + name), p), "an invalid document gives no run");
        List<Diagnostic> errors = p.all().stream().filter(Diagnostic::isError).toList();
        assertFalse(errors.isEmpty());
        for (Diagnostic d : errors) {
            assertTrue(d.location().file().endsWith(name), d.format());
            assertTrue(d.location().line() > 0, "located: " + d.format());
        }
        return errors;
    }

    private static boolean any(List<Diagnostic> ds, String... parts) {
        return ds.stream().anyMatch(d -> {
            for (String p : parts) {
                if (!d.format().contains(p)) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void theSpecificationExampleReadsAsWritten() {
        BenchmarkRun run = valid("inference-results.yaml");
        assertEquals("wuhan-aicc", run.center());
        assertEquals("inference-serving", run.kind());
        assertEquals("vllm-bench", run.tool());
        assertEquals(LocalDate.of(2025, 9, 1), run.date());
        assertEquals("Qwen2.5-72B", run.conditions().get("model"));
        assertEquals("72", run.conditions().get("params_b"));
        assertEquals("bf16", run.conditions().get("precision"));
        assertEquals("Ascend 910B", run.conditions().get("accelerator_model"));
        assertEquals(8, run.number("accelerators"));
        assertEquals(5200, run.value("output_tokens_per_s"));
        assertEquals(420, run.value("ttft_ms.p99"));
        assertEquals(22, run.value("tpot_ms.p50"));
        assertEquals(9100, run.value("e2e_ms.p99"));
        assertNull(run.importedFile());
        Measurement m = run.measurements().stream().filter(x -> x.key().equals("ttft_ms.p99")).findFirst().orElseThrow();
        assertEquals("results.ttft_ms.p99", m.source().path());
        assertEquals(10, m.source().line());
    }

    @Test
    void valuesWithUnitsAreConvertedToTheKeysUnits() {
        BenchmarkRun run = valid("inference-results-with-units.yaml");
        assertEquals(52000, run.value("output_tokens_per_s"));
        assertEquals(180, run.value("ttft_ms.p50"), 1e-9);
        assertEquals(1200, run.value("ttft_ms.p99"), 1e-9);
        assertEquals(12500, run.value("e2e_ms.p99.9"), 1e-9);
        assertEquals("inf", run.conditions().get("request_rate"));
        assertEquals("72", run.conditions().get("params_b"));
    }

    @Test
    void aSpeedupAsAPercentageIsARatio() {
        BenchmarkRun run = valid("training-scaling.yaml");
        assertEquals(0.91, run.value("linear_speedup"), 1e-12);
        assertEquals("64", run.conditions().get("baseline_accelerators"));
        assertEquals("313", run.conditions().get("peak_tflops_per_accelerator"));
    }

    @Test
    void bandwidthInGigabytesPerSecondIsConvertedToGigabits() {
        BenchmarkRun run = valid("collective-bandwidth.yaml");
        assertEquals(194.675 * 8, run.value("busbw_gbps"), 1e-9);
        assertEquals(1572, run.value("peak_busbw_gbps"));
    }

    @Test
    void stabilityResultsTakeTimeUnits() {
        BenchmarkRun run = valid("stability.yaml");
        assertEquals(72, run.value("mtbf_hours"), 1e-9);
        assertEquals(96, run.value("effective_training_time_pct"), 1e-9);
    }

    @Test
    void unknownKeysAreErrorsWithDidYouMean() {
        List<Diagnostic> e = errors("unknown-keys.yaml");
        assertTrue(any(e, "unknown condition 'acelerators'", "did you mean 'accelerators'?", "conditions.acelerators"), e.toString());
        assertTrue(any(e, "unknown result 'output_tokens_per_sec'", "did you mean 'output_tokens_per_s'?"), e.toString());
    }

    @Test
    void aP99BelowTheP50IsRefused() {
        List<Diagnostic> e = errors("p99-below-p50.yaml");
        assertTrue(any(e, "ttft_ms.p99 (120 ms) is lower than ttft_ms.p50 (180 ms)", "results.ttft_ms.p99"), e.toString());
    }

    @Test
    void negativeNanAndInfiniteValuesAreRefused() {
        assertTrue(any(errors("negative-throughput.yaml"), "must not be negative", "results.output_tokens_per_s"));
        List<Diagnostic> e = errors("nan-and-infinity.yaml");
        assertTrue(any(e, "NaN", "results.output_tokens_per_s"), e.toString());
        assertTrue(any(e, "infinity", "results.tpot_ms.p50"), e.toString());
    }

    @Test
    void aUnitOfAnotherDimensionIsRefused() {
        List<Diagnostic> e = errors("unit-of-wrong-dimension.yaml");
        assertTrue(any(e, "'PB' is a unit of storage", "results.ttft_ms.p50"), e.toString());
    }

    @Test
    void resultsAndImportAreExclusiveAndOneIsNeeded() {
        assertTrue(any(errors("results-and-import.yaml"), "either results or import, not both"));
        assertTrue(any(errors("no-results.yaml"), "needs its results"));
    }

    @Test
    void requiredKeysAreNamedWithAnExample() {
        List<Diagnostic> e = errors("missing-required-keys.yaml");
        assertTrue(any(e, "missing required key 'center'"), e.toString());
        assertTrue(any(e, "missing required key 'tool'"), e.toString());
        assertTrue(any(e, "missing required key 'date'", "date: 2025-09-01"), e.toString());
    }

    @Test
    void theImportedFormatMustBeTheTools() {
        assertTrue(any(errors("import-format-not-tool.yaml"), "import.format is sglang-bench but tool is vllm-bench"));
    }

    @Test
    void aToolOnlyMeasuresItsKindsOfRun() {
        assertTrue(any(errors("kind-the-tool-cannot-measure.yaml"), "vllm-bench does not measure training-efficiency"));
        assertTrue(any(errors("result-of-another-kind.yaml"), "busbw_gbps is not a result of a inference-serving run"));
    }

    @Test
    void profileStyleKeysAndUnknownStatisticsGetAHint() {
        List<Diagnostic> e = errors("profile-style-and-bad-statistic.yaml");
        assertTrue(any(e, "unknown result 'ttft_ms_p99'", "write it as ttft_ms: {p99: ...}"), e.toString());
        assertTrue(any(e, "'p999' is not a statistic"), e.toString());
        assertTrue(any(e, "median repeats the median"), e.toString());
    }

    @Test
    void lowercaseGbPerSecondIsAmbiguous() {
        assertTrue(any(errors("ambiguous-bandwidth-unit.yaml"), "ambiguous", "results.busbw_gbps"));
    }

    @Test
    void anImportPathThatIsNoPathIsAnError() {
        assertTrue(any(errors("import-path-with-nul.yaml"), "is not a valid path", "import.file"));
    }

    @Test
    void aCenterProfileIsNotABenchmarkRun() {
        assertTrue(any(errors("wrong-format-tag.yaml"), "unsupported format 'center-profile/v1'", "this is a center profile"));
    }

    // ---- imports -----------------------------------------------------------------------------------------

    @Test
    void anImportIsResolvedAgainstTheDocumentsDirectory() throws InputException {
        BenchmarkRun run = valid("import-vllm.yaml");
        assertTrue(run.needsImport());
        assertEquals(Fixtures.path("run/raw/vllm-qwen72b-c64.json").normalize().toString(), run.importedFile());
        Problems warnings = new Problems();
        BenchmarkRun done = reader.resolveImport(run, warnings);
        assertFalse(done.needsImport());
        assertEquals(1299.4559, done.value("output_tokens_per_s"));
        assertEquals(2411.9080034, done.value("ttft_ms.p99"));
        // The document's conditions stay; the file fills in the rest.
        assertEquals("Ascend 910B", done.conditions().get("accelerator_model"));
        assertEquals("Qwen/Qwen2.5-72B-Instruct", done.conditions().get("model"));
        assertEquals("1024", done.conditions().get("input_tokens"));
        assertTrue(warnings.isEmpty(), warnings.all().toString());
    }

    @Test
    void oneResultOfAJsonLinesFileIsChosenWithRecord() throws InputException {
        Problems warnings = new Problems();
        BenchmarkRun done = reader.resolveImport(valid("import-jsonl-record.yaml"), warnings);
        assertEquals(5841.355557587435, done.value("output_tokens_per_s"));
        assertEquals("30", done.conditions().get("request_rate"));
        assertTrue(warnings.isEmpty(), "999 input tokens and rate 30 agree with the file: " + warnings.all());
    }

    @Test
    void conditionsThatDisagreeWithTheFileAreWarningsAndTheFilesValueIsKept() throws InputException {
        Problems warnings = new Problems();
        BenchmarkRun run = valid("import-vllm.yaml");
        BenchmarkRun changed = new BenchmarkRun(run.center(), run.kind(), run.tool(), run.date(),
                Map.of("concurrency", "128"), run.measurements(), run.origin(), run.imported());
        BenchmarkRun done = reader.resolveImport(changed, warnings);
        // The tool ran at concurrency 64; a document saying 128 would loosen every bound that counts concurrency.
        assertEquals("64", done.conditions().get("concurrency"));
        assertTrue(warnings.all().stream().anyMatch(d -> d.message().contains("the imported file says 64")),
                warnings.all().toString());
    }

    @Test
    void severalResultsWithoutARecordMustBeChosen() {
        BenchmarkRun run = reader.read(yaml("run/invalid/import-several-results-without-record.yaml"), new Problems());
        InputException e = assertThrows(InputException.class, () -> reader.resolveImport(run, new Problems()));
        assertTrue(e.getMessage().contains("holds 4 results"), e.getMessage());
        assertEquals("import", e.diagnostics().get(0).location().path());
    }

    @Test
    void anImportedInvalidMlperfRunIsRejected() {
        BenchmarkRun run = reader.read(yaml("run/invalid/import-invalid-mlperf-run.yaml"), new Problems());
        InputException e = assertThrows(InputException.class, () -> reader.resolveImport(run, new Problems()));
        assertInstanceOf(RejectedRunException.class, e);
    }

    @Test
    void aMissingImportedFileIsLocatedAtTheImport() {
        BenchmarkRun run = reader.read(yaml("run/invalid/import-missing-file.yaml"), new Problems());
        InputException e = assertThrows(InputException.class, () -> reader.resolveImport(run, new Problems()));
        assertEquals("import.file", e.diagnostics().get(0).location().path());
        assertTrue(e.diagnostics().get(0).location().file().endsWith("import-missing-file.yaml"));
        assertTrue(e.getMessage().contains("cannot read the imported file"), e.getMessage());
    }

    @Test
    void aFileOfAnotherFormatThanTheImportSaysIsRefused() {
        BenchmarkRun run = reader.read(yaml("run/invalid/import-file-of-another-format.yaml"), new Problems());
        InputException e = assertThrows(InputException.class, () -> reader.resolveImport(run, new Problems()));
        assertTrue(e.getMessage().contains("looks like mlperf-inference output"), e.getMessage());
    }

    @Test
    void aRelativeDocumentPathGivesARelativeImportPathToTheSameFile() throws java.io.IOException {
        Path imported = Path.of(valid("import-vllm.yaml").importedFile());
        assertFalse(imported.isAbsolute(), "reports name files the same way on every machine");
        assertTrue(java.nio.file.Files.isSameFile(imported, Fixtures.path("run/raw/vllm-qwen72b-c64.json")));
    }
}
