package dev.cca.result;

import dev.cca.rules.Label;
import java.util.List;

/**
 * An indicator in a table: its score, its weight and share of the table, and the points it contributes.
 * Informative indicators are scored and shown but carry no weight. {@code assessed} is false when none of
 * its metrics had a value.
 */
public record IndicatorResult(String id, Label label, double weight, double share, boolean informative, double score,
                              double contribution, boolean assessed, Label improve, List<MetricResult> metrics) {
}
