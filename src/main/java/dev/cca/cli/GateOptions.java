package dev.cca.cli;

import picocli.CommandLine.Option;

/** The CI gate options that assess and batch share, as the CLI contract defines them. */
final class GateOptions {

    @Option(names = "--fail-under", paramLabel = "SCORE", description = "Gate: exit 1 when a center's scenario score is below SCORE.")
    Double failUnder;

    @Option(names = "--min-grade", paramLabel = "GRADE", description = "Gate: exit 1 when a center's scenario grade is below GRADE.")
    Integer minGrade;

    @Option(names = "--baseline", paramLabel = "OLD.json",
            description = "Gate: exit 1 when a center's score or grade dropped against an earlier JSON result (of assess or batch).")
    String baseline;

    @Option(names = "--max-drop", paramLabel = "POINTS", description = "With --baseline: the score drop allowed. Default: 0.")
    double maxDrop;

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
