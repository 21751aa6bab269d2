package dev.cca.run;

import dev.cca.model.Numbers;
import dev.cca.result.AssessmentResult;
import dev.cca.result.BatchResult;
import dev.cca.result.BatchRow;
import dev.cca.result.CenterResult;
import dev.cca.result.ScenarioResult;
import dev.cca.result.ScenarioStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The CI gates of assess and batch: minimum score, minimum grade, and no regression against a {@link Baseline}
 * (an earlier {@code cca-result/v1} or {@code cca-batch/v1} JSON, either for either command).
 */
public final class Gates {

    private Gates() {
    }

    /** How many skipped scenarios a gate result names one by one. */
    private static final int SKIPPED_EXAMPLES = 20;

    /** The gates of one or more single assessments. */
    public static GateResult check(AssessmentResult r, Double failUnder, Integer minGrade, Baseline baseline, double maxDrop) {
        Tally t = new Tally();
        if (failUnder == null && minGrade == null && baseline.isEmpty()) {
            return t.result();
        }
        for (CenterResult c : r.centers()) {
            for (ScenarioResult s : c.scenarios()) {
                check(t, c.id(), s.id(), s.status(), s.reportedShare(), s.score(), s.grade(), failUnder, minGrade, baseline, maxDrop);
            }
        }
        return t.result();
    }

    /** The gates of a catalog run, over its compact rows. */
    public static GateResult check(BatchResult r, Double failUnder, Integer minGrade, Baseline baseline, double maxDrop) {
        Tally t = new Tally();
        if (failUnder == null && minGrade == null && baseline.isEmpty()) {
            return t.result();
        }
        for (BatchRow row : r.rows()) {
            for (int s = 0; s < r.scenarios().size(); s++) {
                check(t, row.id(), r.scenarios().get(s).id(), row.status(s), row.reported()[s], row.scenario()[s], row.grade()[s],
                        failUnder, minGrade, baseline, maxDrop);
            }
        }
        return t.result();
    }

    private static final class Tally {
        final List<String> failures = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        long skippedCount;

        GateResult result() {
            return new GateResult(failures, skippedCount, skipped);
        }
    }

    /**
     * One scenario of one center. A scenario the center does not claim is skipped by every gate (and counted as
     * skipped): a center is not failed for work it does not offer. A claimed scenario with too little data
     * reported has no grade, so it fails --min-grade and --fail-under, and a baseline grade it had counts as lost.
     */
    private static void check(Tally t, String id, String scenario, ScenarioStatus status, double reported, double score,
                              int grade, Double failUnder, Integer minGrade, Baseline baseline, double maxDrop) {
        List<String> failures = t.failures;
        String who = id + " " + scenario;
        if (status == ScenarioStatus.NOT_CLAIMED) {
            if (t.skippedCount++ < SKIPPED_EXAMPLES) {
                t.skipped.add(who + ": not claimed by the profile; the gates do not apply");
            }
            return;
        }
        if (status == ScenarioStatus.INSUFFICIENT_DATA) {
            String why = who + ": insufficient data (" + Numbers.format(reported * 100, 0) + "% of the weight reported), so no grade";
            if (failUnder != null || minGrade != null) {
                failures.add(why + (minGrade != null ? " to meet --min-grade " + minGrade : " to meet --fail-under "
                        + Numbers.format(failUnder)));
            }
            int at = baseline.indexOf(id);
            if (at >= 0 && baseline.grade(at, scenario) > 0) {
                failures.add(why + "; the baseline had grade " + baseline.grade(at, scenario));
            }
            return;
        }
        if (failUnder != null && !(score >= failUnder)) {
            failures.add(who + ": score " + Numbers.score(score) + " is below --fail-under " + Numbers.format(failUnder));
        }
        if (minGrade != null && grade < minGrade) {
            failures.add(who + ": grade " + grade + " is below --min-grade " + minGrade);
        }
        int at = baseline.indexOf(id);
        if (at < 0) {
            return;
        }
        int bg = baseline.grade(at, scenario);
        double bs = baseline.score(at, scenario);
        if (bg > 0 && grade < bg) {
            failures.add(who + ": grade fell from " + bg + " to " + grade + " against the baseline");
        }
        // Compared at the precision results are written and ranked at (two decimals), so that a baseline read
        // back from JSON equals the run that wrote it.
        long allowed = Math.round(Math.min(maxDrop, 1000) * 100);
        if (bs == bs && hundredths(score) < hundredths(bs) - allowed) {
            failures.add(who + ": score fell from " + Numbers.score(bs) + " to " + Numbers.score(score)
                    + " against the baseline (allowed drop " + Numbers.format(maxDrop) + ")");
        }
    }

    /**
     * A score in hundredths, the precision results are written and ranked at. Scores are 0-100 (a baseline's are
     * checked when read), so this never saturates; NaN (no score) is below every score.
     */
    private static long hundredths(double score) {
        return score == score ? Math.round(Math.max(-1, Math.min(101, score)) * 100) : Long.MIN_VALUE / 2;
    }
}
