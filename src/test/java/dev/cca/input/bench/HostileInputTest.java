package dev.cca.input.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Inputs built to make a parser slow or deep: each ends quickly, with a result or an InputException. */
class HostileInputTest {

    private final NativeFormats formats = NativeFormats.standard();

    @Test
    void aMultiMegabyteLineIsNeverGivenToAPattern() {
        String line = " iteration 1/ 2 | elapsed time per iteration (ms): " + "1 ".repeat(1_000_000) + "\n";
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> { // a hang guard, not a speed claim
            assertThrows(InputException.class, () -> formats.readAll(SourceFile.ofText("huge.log", line.repeat(3))));
        });
    }

    @Test
    void deeplyNestedJsonIsRefusedAtTheDepthLimit() {
        String json = "{\"request_throughput\": 1, \"total_token_throughput\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> { // a hang guard, not a speed claim
            assertThrows(InputException.class, () -> new VllmBenchReader().read(SourceFile.ofText("deep.json", json)));
        });
    }

    @Test
    void fiftyThousandStepLinesAreReadInLinearTime() throws InputException {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 50_000; i++) {
            sb.append("[titan] 2025-06-04 10:00:00,000 - root - INFO - step: ").append(i)
                    .append("  loss:  7.0  memory: 30.99GiB(32.62%)  tps: 7,000  tflops: 400.00  mfu: 40.00%\n");
        }
        // Linear growth in the number of log lines is proved by LinearGrowthProperties (bytes allocated as the input
        // doubles); here: a long log reads to the value of its steady state.
        NativeRun run = formats.readAll(SourceFile.ofText("long.log", sb.toString())).get(0);
        assertEquals(400.0, run.value("tflops_per_accelerator"));
    }

    @Test
    void aBinaryLookingFileIsUnrecognised() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            sb.append((char) ((i * 7919L + 13) % 0x10000)); // every code unit of the BMP, in a scattered order
        }
        assertThrows(InputException.class, () -> formats.readAll(SourceFile.ofText("noise.bin", sb.toString())));
    }
}
