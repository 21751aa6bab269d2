package dev.cca.result;

/**
 * One center of a catalog, as compact as the outputs allow: identity, grouping fields, and scores as
 * primitive arrays. A catalog of a million centers keeps only these rows in memory. Rows are kept in catalog
 * order; a row's position in that list is its index everywhere (rankings refer to it).
 *
 * @param groups    values of the grouping fields, parallel to {@link BatchResult#groupFields()}; null when absent
 * @param scenario  per scenario: the score (NaN when not assessed)
 * @param status    per scenario: the {@link ScenarioStatus} code; only a rated scenario's grade stands
 * @param reported  per scenario: share (0-1) of the weight with a reported value
 * @param grade     per scenario: the grade after caps
 * @param uncapped  per scenario: the grade before caps
 * @param caps      per scenario: bit c set when cap c lowered the grade
 * @param coverage  per scenario: evidence coverage 0-1
 * @param tables    per scenario x table (scenario-major): table scores
 * @param indicators per indicator (plan order): indicator scores
 * @param findings  what the checks stage found about the center's claims
 * @param adjusted  of those, the claims not scored as stated (scored at a bound, or not scored)
 * @param scaleClass the center's scale class for standing among peers: an index into the rule set's
 *                   {@code robustness.peers.classes} (0 when it names none), -1 when its scale is not given
 * @param evidence  per indicator (plan order): the code ({@link dev.cca.model.Evidence#code()}) of the weakest evidence
 *                  among its metrics with a value, 0 when none has one; null unless a gate asks for evidence
 * @param weakest   per indicator: the metric that evidence is of, null when none; null with {@code evidence}
 * @param weakestAt per indicator: where that metric's value is written, as {@link #at}: line in the high 32 bits, column
 *                  in the low ones, 0 when not known; null with {@code evidence}
 * @param weakestFiles per indicator: the file of that place when it is not {@code sourceFile} (a benchmark file the
 *                  record names), else null; null when every place is in {@code sourceFile}
 */
public record BatchRow(String id, String name, String sourceFile, int sourceLine, String[] groups,
                       float[] scenario, byte[] status, float[] reported, byte[] grade, byte[] uncapped, long[] caps, float[] coverage,
                       float[] tables, float[] indicators, int warnings, int findings, int adjusted, byte scaleClass,
                       byte[] evidence, String[] weakest, long[] weakestAt, String[] weakestFiles) {

    /** A line and a column as one {@code weakestAt} entry. */
    public static long at(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    /**
     * Where the weakest evidence of indicator {@code k} is written (line and column, as the assessment's gate places an
     * outcome about that metric), or null when not kept or not known.
     */
    public dev.cca.diag.Location weakestLocation(int k) {
        if (weakestAt == null || weakestAt[k] == 0) {
            return null;
        }
        String file = weakestFiles != null && weakestFiles[k] != null ? weakestFiles[k] : sourceFile;
        return dev.cca.diag.Location.of(file, (int) (weakestAt[k] >>> 32), (int) weakestAt[k]);
    }

    public ScenarioStatus status(int s) {
        return ScenarioStatus.fromCode(status[s]);
    }

    public boolean rated(int s) {
        return status[s] == ScenarioStatus.RATED.code();
    }

    public String group(int g) {
        return groups[g];
    }

    /** The table score of scenario {@code s}, table {@code t}, with {@code tableCount} tables per scenario. */
    public float table(int s, int t, int tableCount) {
        return tables[s * tableCount + t];
    }
}
