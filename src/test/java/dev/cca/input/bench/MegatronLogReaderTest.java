package dev.cca.input.bench;

import static dev.cca.input.bench.Fixtures.failure;
import static dev.cca.input.bench.Fixtures.says;
import static dev.cca.input.bench.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.InputException;
import org.junit.jupiter.api.Test;

class MegatronLogReaderTest {

    private final MegatronLogReader reader = new MegatronLogReader();

    @Test
    void tflopsPerGpuIsTheMedianOfTheSteadyStateIterations() throws InputException {
        NativeRun run = reader.read(source("megatron/gpt-8b-tp8-dp2-pretrain.log"));
        assertEquals("megatron", run.format());
        // 20 logged iterations: the first 2 are warm-up (15 s for iteration 10), the median of the other 18.
        assertEquals(402.1, run.value("tflops_per_accelerator"), 1e-9);
        assertEquals(4520.9, run.value("step_time_ms"), 1e-9);
        assertEquals(113.25178620418659, run.value("samples_per_s"), 1e-9);
        assertTrue(run.measurement("tflops_per_accelerator").source().path().contains("steps 30..200"),
                run.measurement("tflops_per_accelerator").source().path());
    }

    @Test
    void theLogRevealsWorldSizeBatchAndDate() throws InputException {
        NativeRun run = reader.read(source("megatron/gpt-8b-tp8-dp2-pretrain.log"));
        assertEquals("16", run.conditions().get("accelerators"));
        assertEquals("512", run.conditions().get("global_batch_size"));
        assertEquals("2025-09-03", run.conditions().get("date"));
    }

    @Test
    void skippedIterationsAreAWarning() throws InputException {
        NativeRun run = reader.read(source("megatron/gpt-8b-tp8-dp2-pretrain.log"));
        assertTrue(run.warnings().stream().anyMatch(d -> d.message().contains("1 skipped")), run.warnings().toString());
    }

    @Test
    void twoIterationsCannotSeparateWarmUpFromSteadyState() {
        InputException e = failure(reader, "megatron/invalid/two-iterations.log");
        assertTrue(says(e, "only 2 logged iteration(s)"), e.getMessage());
    }

    @Test
    void aNanThroughputIsALocatedError() {
        InputException e = failure(reader, "megatron/invalid/nan-throughput.log");
        assertTrue(says(e, "throughput per GPU (TFLOP/s/GPU) 'nan' is not a number"), e.getMessage());
        assertEquals(17, e.diagnostics().get(0).location().line());
    }
}
