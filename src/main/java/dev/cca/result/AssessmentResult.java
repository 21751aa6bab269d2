package dev.cca.result;

import dev.cca.diag.Diagnostic;
import java.util.List;

/**
 * Everything an assessment produced, in the shape every renderer reads: tool and rule-set identity (for
 * reproducibility), the reference date, one {@link CenterResult} per center, and the problems of inputs
 * that could not be scored.
 *
 * @param asOf the {@code --as-of} date, or null when each center was judged against its own assessed_on
 */
public record AssessmentResult(String format, ToolInfo tool, RulesInfo rules, String asOf,
                               List<CenterResult> centers, List<Diagnostic> problems) {

    public static final String FORMAT = "cca-result/v1";

    public record ToolInfo(String name, String version) {
    }

    /** Which rule set scored: id, version, content hash, and where it came from ("embedded" or a path). */
    public record RulesInfo(String id, String version, String sha256, String source) {
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Diagnostic::isError);
    }
}
