package dev.cca.result;

import dev.cca.diag.Diagnostic;
import java.util.List;

/**
 * The assessment of one center: identity, one result per scenario, scenario fit, benchmarks used, what the checks
 * stage found about its claims, and warnings.
 */
public record CenterResult(
        String id,
        String name,
        String nameEn,
        String province,
        String city,
        String hub,
        String operatorName,
        String operatorType,
        String sourceFile,
        int sourceLine,
        String assessedOn,
        String referenceDate,
        List<String> claimedScenarios,
        List<ScenarioResult> scenarios,
        List<FitResult> fit,
        List<BenchmarkSummary> benchmarks,
        List<Finding> findings,
        List<Diagnostic> warnings) {

    public ScenarioResult scenario(String id) {
        for (ScenarioResult s : scenarios) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
    }
}
