package dev.cca.cli;

import picocli.CommandLine.Option;

/** The CI gate options that assess and batch share, as the CLI contract defines them. */
final class GateOptions {

    @Option(names = "--fail-under", paramLabel = "SCORE", description = "Gate: exit 1 when a center's scenario score is below SCORE"
            + " (scenarios the center does not claim are skipped; a claimed one with insufficient data fails).")
    Double failUnder;

    @Option(names = "--min-grade", paramLabel = "GRADE", description = "Gate: exit 1 when a center's scenario grade is below GRADE"
            + " (scenarios the center does not claim are skipped; a claimed one with insufficient data has no grade and fails).")
    Integer minGrade;

    @Option(names = "--baseline", paramLabel = "OLD.json",
            description = "Gate: exit 1 when a center's score or grade dropped against an earlier JSON result (of assess or batch).")
    String baseline;

    @Option(names = "--max-drop", paramLabel = "POINTS", description = "With --baseline: the score drop allowed. Default: 0.")
    double maxDrop;

    /** Says which scenarios the gates skipped because the center does not claim them (unless quiet). */
    static void printSkipped(dev.cca.run.GateResult gates, boolean quiet, java.io.PrintWriter err) {
        if (quiet || gates.skipped() == 0) {
            return;
        }
        for (String s : gates.skippedExamples()) {
            err.println("gate skipped: " + s);
        }
        if (gates.skipped() > gates.skippedExamples().size()) {
            err.println("gate skipped " + (gates.skipped() - gates.skippedExamples().size()) + " more unclaimed scenario(s)");
        }
    }

    /** A usage problem with these options, or null. */
    String problem() {
        if (!(maxDrop >= 0)) {
            return "--max-drop must be 0 or more";
        }
        if (failUnder != null && !(failUnder >= 0 && failUnder <= 100)) {
            return "--fail-under " + failUnder + ": a score is from 0 to 100";
        }
        if (minGrade != null && minGrade < 0) {
            return "--min-grade " + minGrade + ": a grade is 1 or more";
        }
        return null;
    }
}
