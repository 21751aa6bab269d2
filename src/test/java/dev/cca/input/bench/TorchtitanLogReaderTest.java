package dev.cca.input.bench;

import static dev.cca.input.bench.Fixtures.failure;
import static dev.cca.input.bench.Fixtures.says;
import static dev.cca.input.bench.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import org.junit.jupiter.api.Test;

class TorchtitanLogReaderTest {

    private final TorchtitanLogReader reader = new TorchtitanLogReader();

    @Test
    void stepLinesInAnsiColourGiveSteadyStateTflopsMfuAndTokens() throws InputException {
        NativeRun run = reader.read(source("torchtitan/llama3-8b-fsdp8-h100-train.log"));
        assertEquals("torchtitan", run.format());
        // 11 logged steps: steps 1 and 10 are warm-up; the median of steps 20..100.
        assertEquals(406.84, run.value("tflops_per_accelerator"), 1e-9);
        assertEquals(41.14, run.value("mfu_pct"), 1e-9);
        assertEquals(7025, run.value("tokens_per_s_per_accelerator"), 1e-9);
    }

    @Test
    void validationStepsAreNotTrainingSteps() throws InputException {
        NativeRun run = reader.read(source("torchtitan/llama3-8b-fsdp8-h100-train.log"));
        assertTrue(run.measurement("mfu_pct").source().path().contains("9 of 11 logged"),
                run.measurement("mfu_pct").source().path());
    }

    /** Where the median was read is said in each language; the English is the path JSON reports keep. */
    @Test
    void whereTheSteadyStateValueWasReadIsSaidInEnglishAndChinese() throws InputException {
        NativeRun run = reader.read(source("torchtitan/llama3-8b-fsdp8-h100-train.log"));
        dev.cca.diag.Location at = run.measurement("mfu_pct").source();
        String en = at.path();
        assertTrue(en.endsWith(": median of steps 20..100 (9 of 11 logged steps; warm-up dropped)"), en);
        assertEquals(en, at.path("en"));
        String zh = at.path("zh");
        String label = en.substring(0, en.indexOf(": median"));
        assertEquals("日志项“" + label + "”：第 20..100 步的中位数（记录的 11 步中取 9 步，已去除预热）", zh);
        assertEquals(at, at.withPath(en), "a described path is the same place as its English");
    }

    @Test
    void theLogRevealsMeshSizeModelAndDate() throws InputException {
        NativeRun run = reader.read(source("torchtitan/llama3-8b-fsdp8-h100-train.log"));
        assertEquals("8", run.conditions().get("accelerators"));
        assertEquals("llama3 8B", run.conditions().get("model"));
        assertEquals("2025-06-04", run.conditions().get("date"));
    }

    @Test
    void aResumedJobCountsEachStepOnce() throws InputException {
        StringBuilder sb = new StringBuilder();
        for (int pass = 0; pass < 2; pass++) {
            for (int step = 1; step <= 5; step++) {
                double tflops = pass == 0 ? 100 + step : 900;
                sb.append("[titan] 2025-06-04 10:00:00,000 - root - INFO - step: ").append(step)
                        .append("  loss:  7.0  memory: 30.99GiB(32.62%)  tps: 7,000  tflops: ").append(tflops)
                        .append("  mfu: 40.00%\n");
            }
        }
        NativeRun run = reader.read(SourceFile.ofText("resumed.log", sb.toString()));
        assertEquals(103.5, run.value("tflops_per_accelerator"), 1e-9);
    }

    @Test
    void oneLoggedStepIsNotEnough() {
        InputException e = failure(reader, "torchtitan/invalid/one-step.log");
        assertTrue(says(e, "step"), e.getMessage());
    }

    @Test
    void aNegativeTflopsIsRefusedAtItsLine() {
        InputException e = failure(reader, "torchtitan/invalid/negative-tflops.log");
        assertTrue(says(e, "must not be negative"), e.getMessage());
    }
}
