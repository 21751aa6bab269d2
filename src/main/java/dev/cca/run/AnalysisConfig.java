package dev.cca.run;

import java.util.List;

/**
 * What a run compares and varies beyond scoring: the catalog of peers a center is compared with ({@code cca assess
 * --peers}; a catalog run's peers are the catalog itself) and the re-scorings of an uncertainty analysis
 * ({@code --robustness N --seed S}).
 *
 * @param peers      catalog folders and files of the peers, read as {@code cca batch} reads them; empty for none
 * @param variations re-scorings with varied judgements; 0 for no analysis
 * @param seed       the random seed of the variations
 */
public record AnalysisConfig(List<String> peers, int variations, long seed) {

    /** The seed when none is given (the same as {@code cca generate}'s). */
    public static final long DEFAULT_SEED = 42;

    public static final AnalysisConfig NONE = new AnalysisConfig(List.of(), 0, DEFAULT_SEED);

    public AnalysisConfig {
        peers = List.copyOf(peers);
    }

    public boolean robustness() {
        return variations > 0;
    }
}
