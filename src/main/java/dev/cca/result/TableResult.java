package dev.cca.result;

import dev.cca.rules.Label;
import java.util.List;

/**
 * A capability table in one scenario. {@code share} is its weight's share of the scenario score and
 * {@code contribution} the points it adds to it (share x score, for a weighted mean).
 */
public record TableResult(String id, Label label, double weight, double share, double score, double contribution,
                          double evidenceCoverage, List<IndicatorResult> indicators) {
}
