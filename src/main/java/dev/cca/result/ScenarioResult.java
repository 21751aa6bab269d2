package dev.cca.result;

import dev.cca.rules.Label;
import java.util.List;

/**
 * A center's result in one scoring scenario (training or inference): score, grade (after caps) and the
 * grade it would have without caps, evidence coverage, the three tables, and the gaps to improve.
 *
 * <p>{@code status} says whether the grade stands: only a {@link ScenarioStatus#RATED} scenario has one;
 * for the others the score is shown for reference and {@code grade} must not be read as a rating.
 * {@code reportedShare} is the share (0-1) of the scenario's weight whose metrics have a value.
 */
public record ScenarioResult(
        String id,
        Label label,
        ScenarioStatus status,
        double reportedShare,
        double score,
        int grade,
        Label gradeLabel,
        int uncappedGrade,
        List<CapResult> caps,
        double evidenceCoverage,
        String combine,
        List<TableResult> tables,
        Gaps gaps) {

    public boolean rated() {
        return status.rated();
    }

    /** A cap whose condition held. {@code lowered} is true when it actually lowered the grade. */
    public record CapResult(String id, Label label, int maxGrade, boolean lowered) {
    }
}
