package dev.cca.result;

import dev.cca.diag.Diagnostic;
import java.util.List;

/**
 * Everything an assessment produced, in the shape every renderer reads: tool and rule-set identity (for
 * reproducibility), the reference date, one {@link CenterResult} per center, and the problems of inputs
 * that could not be scored.
 *
 * @param asOf          the {@code --as-of} date, or null when none was given
 * @param referenceDate the date the assessment was made for: {@code --as-of}, else the day it ran. Evidence aged
 *                      against it; a result is reproduced by running again with {@code --as-of} this date
 * @param inputs        every input file with its SHA-256
 * @param gate          what the CI gate decided; {@link GateReport#NONE} without a gate
 * @param peers         the comparison with a catalog of peers ({@code --peers}, {@code --robustness}), or null
 */
public record AssessmentResult(String format, ToolInfo tool, RulesInfo rules, String asOf, String referenceDate,
                               List<InputDigest> inputs, List<CenterResult> centers, List<Diagnostic> problems, GateReport gate,
                               PeerComparison peers) {

    public static final String FORMAT = "cca-result/v1";

    /** A result without a comparison with peers. */
    public AssessmentResult(String format, ToolInfo tool, RulesInfo rules, String asOf, String referenceDate,
                            List<InputDigest> inputs, List<CenterResult> centers, List<Diagnostic> problems, GateReport gate) {
        this(format, tool, rules, asOf, referenceDate, inputs, centers, problems, gate, null);
    }

    public record ToolInfo(String name, String version) {
    }

    /**
     * Which rule set scored: id, version, content hash, where it came from ("embedded" or a path), and the
     * policies it applied that a reader must know to read the scores (reports state them).
     */
    public record RulesInfo(String id, String version, String sha256, String source, Policy policy) {

        public static RulesInfo of(dev.cca.rules.RuleSet rs, String source) {
            return new RulesInfo(rs.id(), rs.version(), rs.sha256(), source, Policy.of(rs));
        }
    }

    /**
     * The rule set's policies for partial data: a missing metric ({@code zero}: it scores 0 with its weight;
     * {@code exclude}: its weight drops out), an indicator without any value, and the share of a scenario's weight
     * that must be reported for a grade.
     */
    public record Policy(String missingMetric, String missingIndicator, double minReported) {

        public static Policy of(dev.cca.rules.RuleSet rs) {
            return new Policy(id(rs.missing().metric()), id(rs.missing().indicator()), rs.missing().minReported());
        }

        private static String id(dev.cca.rules.RuleSet.Missing m) {
            return m == dev.cca.rules.RuleSet.Missing.EXCLUDE ? "exclude" : "zero";
        }
    }

    /** This result with the gate's decision. */
    public AssessmentResult withGate(GateReport g) {
        return new AssessmentResult(format, tool, rules, asOf, referenceDate, inputs, centers, problems, g, peers);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Diagnostic::isError);
    }
}
