package dev.cca.input.bench;

import static dev.cca.input.bench.Fixtures.failure;
import static dev.cca.input.bench.Fixtures.says;
import static dev.cca.input.bench.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.InputException;
import org.junit.jupiter.api.Test;

class MlperfTrainingReaderTest {

    private final MlperfTrainingReader reader = new MlperfTrainingReader();

    @Test
    void timeToTrainIsRunStopMinusRunStartInMinutes() throws InputException {
        NativeRun run = reader.read(source("mlperf-training/llama2-70b-lora-eos-n128-result_0-excerpt.txt"));
        assertEquals("mlperf-training", run.format());
        assertEquals(BenchmarkKinds.TRAINING_EFFICIENCY, run.kind());
        assertEquals((1714905658686L - 1714905569479L) / 60_000.0, run.value("time_to_train_minutes"), 1e-12);
        Measurement m = run.measurement("time_to_train_minutes");
        assertEquals(36, m.source().line(), "located at run_stop");
        assertEquals("minutes", m.unit());
    }

    @Test
    void theLogRevealsBenchmarkBatchSystemAndDate() throws InputException {
        NativeRun run = reader.read(source("mlperf-training/llama2-70b-lora-eos-n128-result_0-excerpt.txt"));
        assertEquals("llama2_70b_lora", run.conditions().get("benchmark"));
        assertEquals("128", run.conditions().get("global_batch_size"));
        assertEquals("1024", run.conditions().get("accelerators"));
        assertEquals("128", run.conditions().get("nodes"));
        assertEquals("NVIDIA H100-SXM5-80GB", run.conditions().get("accelerator_model"));
        assertEquals("2024-05-05", run.conditions().get("date"));
    }

    @Test
    void anAbortedRunDoesNotCount() {
        InputException e = assertThrows(InputException.class, () -> reader.read(source("mlperf-training/invalid/aborted.txt")));
        assertInstanceOf(RejectedRunException.class, e);
        assertTrue(says(e, "status 'aborted'"), e.getMessage());
        assertEquals(36, e.diagnostics().get(0).location().line());
    }

    @Test
    void aLogWithoutRunStopIsIncomplete() {
        InputException e = failure(reader, "mlperf-training/invalid/no-run-stop.txt");
        assertTrue(says(e, "no run_stop"), e.getMessage());
    }

    @Test
    void aBrokenEventLineIsALocatedJsonError() {
        InputException e = failure(reader, "mlperf-training/invalid/broken-event.txt");
        assertEquals(23, e.diagnostics().get(0).location().line());
        assertTrue(says(e, "not valid JSON"), e.getMessage());
    }
}
