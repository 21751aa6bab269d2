package dev.cca.result;

import dev.cca.rules.Label;
import java.util.List;

/**
 * What to improve first in one scenario.
 *
 * @param indicators       weighted indicators by the scenario points that bringing each to 100 would add
 * @param nextGrade        the grade above the current one, or 0 at the top
 * @param nextGradeScore   the score that earns it
 * @param targets          single metrics that alone would lift the score to the next grade, with the value needed
 * @param blockingCaps     caps that hold the grade down whatever the score
 * @param evidenceGain     scenario points gained if every declared and audited value were measured
 */
public record Gaps(List<IndicatorGap> indicators, int nextGrade, double nextGradeScore, List<MetricTarget> targets,
                   List<ScenarioResult.CapResult> blockingCaps, double evidenceGain) {

    public record IndicatorGap(String id, Label label, double score, double potential, Label improve) {
    }

    /**
     * A metric value that lifts the center one grade on its own.
     *
     * @param current the current value (NaN when missing), in the metric's unit
     * @param target  the value needed, in the metric's unit
     */
    public record MetricTarget(String metric, Label label, String indicator, double current, double target, String unit,
                               boolean higherIsBetter) {
    }
}
