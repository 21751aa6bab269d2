package dev.cca.run;

import java.util.List;

/**
 * The gates that failed, one sentence each (empty when every gate passed), and the scenarios the gates did not
 * apply to because the center does not claim them: a gate never fails, nor passes, a scenario silently.
 *
 * @param skipped how many (center, scenario) pairs were skipped as not claimed
 * @param skippedExamples the first of them, one sentence each
 */
public record GateResult(List<String> failures, long skipped, List<String> skippedExamples) {

    public GateResult(List<String> failures) {
        this(failures, 0, List.of());
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
