package dev.cca.cli;

import dev.cca.engine.robust.RobustnessAnalysis;
import dev.cca.run.AnalysisConfig;
import java.util.List;
import picocli.CommandLine.Option;

/** The uncertainty-analysis options that assess and batch share. */
final class AnalysisOptions {

    @Option(names = "--robustness", paramLabel = "N",
            description = "Re-score N times with the rule set's weights, aggregation and missing-data policy varied (its "
                    + "robustness: section): how often each grade holds, and 5th-95th percentile scores and ranks.")
    Integer variations;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed of --robustness; the same seed gives the same numbers. Default: 42.")
    long seed = AnalysisConfig.DEFAULT_SEED;

    /** A usage problem with these options, or null. */
    dev.cca.diag.Message problem() {
        if (variations != null && (variations < 1 || variations > RobustnessAnalysis.MAX_VARIATIONS)) {
            return new dev.cca.diag.Message(dev.cca.diag.OptionCode.ROBUSTNESS, String.format(java.util.Locale.ROOT, "%,d", RobustnessAnalysis.MAX_VARIATIONS));
        }
        return null;
    }

    AnalysisConfig config(List<String> peers) {
        return new AnalysisConfig(peers, variations == null ? 0 : variations, seed);
    }
}
