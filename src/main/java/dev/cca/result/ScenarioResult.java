package dev.cca.result;

import dev.cca.rules.Label;
import java.util.List;

/**
 * A center's result in one scoring scenario (training or inference): score, grade (after caps) and the
 * grade it would have without caps, evidence coverage, the three tables, and the gaps to improve.
 */
public record ScenarioResult(
        String id,
        Label label,
        double score,
        int grade,
        Label gradeLabel,
        int uncappedGrade,
        List<CapResult> caps,
        double evidenceCoverage,
        String combine,
        List<TableResult> tables,
        Gaps gaps) {

    /** A cap whose condition held. {@code lowered} is true when it actually lowered the grade. */
    public record CapResult(String id, Label label, int maxGrade, boolean lowered) {
    }
}
