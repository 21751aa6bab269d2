package dev.cca.check;

import dev.cca.diag.Location;
import dev.cca.evidence.MeasuredEvidence;
import dev.cca.input.bench.Measurement;
import dev.cca.model.Provenance;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Measured serving runs for the checks' tests: one vllm-bench result of 2025-09-01 in run.json. */
final class ServingRuns {

    private ServingRuns() {
    }

    /** A run with {@code conditions} that measured {@code tps} output tokens per second. */
    static MeasuredEvidence.Run of(Map<String, String> conditions, double tps) {
        Location at = Location.file("run.json");
        LocalDate date = LocalDate.of(2025, 9, 1);
        return new MeasuredEvidence.Run("t", "inference-serving", "vllm-bench", date, conditions,
                List.of(new Measurement("output_tokens_per_s", tps, "tokens/s", at)), "run.json", at,
                List.of(new Provenance(Provenance.Kind.NATIVE_FILE, "run.json", null, "vllm-bench", date, null)));
    }
}
