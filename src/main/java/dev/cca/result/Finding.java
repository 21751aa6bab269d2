package dev.cca.result;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Location;
import dev.cca.rules.Label;
import java.util.List;

/**
 * What the checks stage found about one claim: which check, where the claim is written (file, line, column and
 * profile path), the value stated and the bound it was held to (both in {@code unit}), what happened to it and
 * why, in both languages. Every renderer shows these; a workbook's "Checks" sheet is one row per finding.
 *
 * @param check   a stable code: {@code littles-law}, {@code peak-not-dense-fp16}, ... (docs/scoring.md, "Checks")
 * @param stated  the value the profile or benchmark states, NaN when the check is about a missing value
 * @param bound   the physical or cross-claim bound, NaN when the check could not compute one
 * @param scored  the value scored instead, NaN when the claim is not scored or scored as stated
 * @param message why, in both languages; null only in a catalog run, which counts findings and does not show them
 */
public record Finding(String check, Outcome outcome, String metric, Location location, double stated, double bound,
                      double scored, String unit, Label message, List<String> cite) {

    /** What the checks stage did with the claim. */
    public enum Outcome {
        /** The claim breaks a bound and is scored at the bound. */
        SCORED_AT_BOUND("scored-at-bound", "按上限计分"),
        /** The claim breaks a bound and is not scored at all. */
        NOT_SCORED("not-scored", "不计分"),
        /** The check lacks what it needs to decide; the claim is scored as stated and the report says so. */
        UNDECIDED("undecided", "无法判断"),
        /** Something the assessor should know; the score is not affected. */
        NOTED("noted", "提示");

        private final String id;
        private final String zh;

        Outcome(String id, String zh) {
            this.id = id;
            this.zh = zh;
        }

        public String id() {
            return id;
        }

        public String zh() {
            return zh;
        }

        /** True when the claim is not scored as stated. */
        public boolean adjusts() {
            return this == SCORED_AT_BOUND || this == NOT_SCORED;
        }
    }

    /** The finding as a located warning, for the compiler-style printer of {@code cca validate}. */
    public Diagnostic diagnostic() {
        return Diagnostic.warning(location, dev.cca.diag.CheckCode.of(check), message,
                dev.cca.diag.Localized.of(outcome.id(), outcome.zh()));
    }
}
