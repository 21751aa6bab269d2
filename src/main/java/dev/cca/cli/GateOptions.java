package dev.cca.cli;

import dev.cca.run.GateConfig;
import picocli.CommandLine.Option;

/** The CI gate options that assess and batch share, as the CLI contract defines them. */
final class GateOptions {

    @Option(names = "--gate", paramLabel = "FILE",
            description = "Gate: a policy file (cca: gate/v1) with assertions, presets and waivers; see docs/gates.md.")
    String gate;

    @Option(names = "--fail-under", paramLabel = "SCORE", description = "Gate: exit 1 when a center's scenario score is below SCORE (0-100)"
                    + " (scenarios the center does not claim are skipped; a claimed one with insufficient data fails).")
    Double failUnder;

    @Option(names = "--min-grade", paramLabel = "GRADE|SCENARIO=GRADE,...",
            description = "Gate: exit 1 when a grade is below GRADE: a number or a name (3, Proficient, 良好); "
                    + "per scenario as training=4,inference=3 (unclaimed scenarios are skipped; insufficient data fails).")
    String minGrade;

    @Option(names = "--baseline", paramLabel = "OLD.json",
            description = "Gate: exit 1 when a center's score or grade dropped against an earlier JSON result (of assess or batch).")
    String baseline;

    @Option(names = "--max-drop", paramLabel = "POINTS", description = "With --baseline: the score drop allowed. Default: 0.")
    Double maxDrop;

    @Option(names = "--allow-rules-change",
            description = "With --baseline: compare with a baseline scored by another rule-set version, "
                    + "and say how much of each change comes from the rules.")
    boolean allowRulesChange;

    GateConfig config() {
        return new GateConfig(gate, failUnder, minGrade, baseline, maxDrop, allowRulesChange);
    }
}
