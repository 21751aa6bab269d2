package dev.cca.result;

import dev.cca.rules.Label;
import java.util.List;

/**
 * One metric of an indicator, with everything needed to recompute its score by hand: the value and unit,
 * where it came from and how strong the evidence is, the normalised value the curve scored, the curve,
 * the score (after the evidence factor), its weight, its share of the indicator and the points it adds.
 *
 * @param status ok, missing (no value), excluded (missing, and the policy drops its weight),
 *               needs-condition (a normalising value is absent), or stale-ignored
 * @param evidence the evidence level the value earned (what it counts as)
 * @param claimedEvidence the level its source labelled it with; differs from {@code evidence} when not earned
 * @param unearned why the label was not earned, or null
 * @param strength how much of its level's premium over a declaration the evidence keeps at its age (0-1)
 * @param evidenceFactor what the curve score is multiplied by: the declared factor plus the level's premium
 *                       times the strength
 * @param origin where the value was read (file:line:column, and the path inside the file when it is not the
 *               metric's own), in each language
 * @param provenance the files (with hashes) or the audit that back the value
 */
public record MetricResult(
        String metric,
        Label label,
        String valueText,
        double value,
        String unit,
        double normalizedValue,
        String normalizedUnit,
        String evidence,
        String claimedEvidence,
        dev.cca.diag.Localized unearned,
        double strength,
        double evidenceFactor,
        dev.cca.rules.Label origin,
        dev.cca.rules.Label note,
        long ageDays,
        boolean stale,
        dev.cca.rules.Label curve,
        double curveScore,
        double score,
        double weight,
        double share,
        double contribution,
        String status,
        String missingReason,
        List<dev.cca.model.Provenance> provenance,
        List<Superseded> superseded) {

    /** A value that a stronger source replaced, still shown so readers see both. */
    public record Superseded(String valueText, String evidence, dev.cca.rules.Label origin) {
    }
}
