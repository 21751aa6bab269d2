package dev.cca.result;

import dev.cca.rules.Label;

/**
 * Whether a center can serve a target scenario (pre-training, fine-tuning, inference) at its scale.
 *
 * @param fit     full, limited, none, or unknown (a metric the judgement needs is missing)
 * @param warning set when the center claims the scenario but cannot (or cannot be shown to) serve it
 */
public record FitResult(String scenario, Label label, String fit, Label note, boolean claimed, String scoredAs,
                        dev.cca.diag.Message warning) {
}
