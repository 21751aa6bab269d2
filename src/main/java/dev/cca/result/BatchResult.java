package dev.cca.result;

import dev.cca.diag.Diagnostic;
import dev.cca.rules.Label;
import java.util.List;

/**
 * Everything a catalog run produced, for every batch writer (CSV, JSON, Markdown, and later Excel and
 * JUnit): the rows in input order (as columns, {@link BatchRows}), per-scenario rankings, aggregates by group, and the problems of invalid
 * records; each center's standing among the peers of its scale class ({@code standing}, null when not computed) and,
 * with {@code --robustness N}, how far grades and ranks hold when the judgements vary ({@code robustness}, else
 * null). Computing happens before rendering; writers only format.
 */
public record BatchResult(
        String format,
        AssessmentResult.ToolInfo tool,
        AssessmentResult.RulesInfo rules,
        String asOf,
        String referenceDate,
        List<InputDigest> inputs,
        List<ScenarioInfo> scenarios,
        List<TableInfo> tables,
        List<IndicatorInfo> indicators,
        List<GradeInfo> grades,
        List<String> capIds,
        List<String> groupFields,
        BatchRows rows,
        List<Ranking> rankings,
        List<Aggregate> aggregates,
        List<Diagnostic> problems,
        int invalidRecords,
        long warnings,
        GateReport gate,
        PeerStanding standing,
        Robustness robustness) {

    public static final String FORMAT = "cca-batch/v1";

    /** A result without standing among peers and without a robustness analysis. */
    public BatchResult(String format, AssessmentResult.ToolInfo tool, AssessmentResult.RulesInfo rules, String asOf,
                       String referenceDate, List<InputDigest> inputs, List<ScenarioInfo> scenarios, List<TableInfo> tables,
                       List<IndicatorInfo> indicators, List<GradeInfo> grades, List<String> capIds, List<String> groupFields,
                       BatchRows rows, List<Ranking> rankings, List<Aggregate> aggregates, List<Diagnostic> problems,
                       int invalidRecords, long warnings, GateReport gate) {
        this(format, tool, rules, asOf, referenceDate, inputs, scenarios, tables, indicators, grades, capIds, groupFields, rows, rankings,
                aggregates, problems, invalidRecords, warnings, gate, null, null);
    }

    public record ScenarioInfo(String id, Label label) {
    }

    public record TableInfo(String id, Label label) {
    }

    public record IndicatorInfo(String id, Label label) {
    }

    public record GradeInfo(int grade, double min, Label label) {
    }

    /**
     * The order of the centers in one scenario: {@code order[k]} is the row index of the k-th center and
     * {@code rank[k]} its rank. Ties share a rank ("1224" competition ranking on the score rounded to two
     * decimals); tied centers are listed by id. Centers without a score are ranked last. Centers whose scenario
     * is not rated (not claimed, insufficient data) follow, apart, with rank 0: they have no rank.
     */
    public record Ranking(String scenario, int[] order, int[] rank) {
    }

    /**
     * Statistics of one group (a province, a hub, an operator type, ...) in one scenario: {@code count} centers, of
     * which {@code rated} have a grade and the others do not claim the scenario or reported too little; the mean,
     * median, minimum, maximum and grade counts are over the rated ones.
     */
    public record Aggregate(String field, String value, String scenario, int count, int rated, int notClaimed,
                            int insufficientData, double mean, double median, double min, double max, int[] gradeCounts) {
    }

    /** This result with the gate's decision. */
    public BatchResult withGate(GateReport g) {
        return new BatchResult(format, tool, rules, asOf, referenceDate, inputs, scenarios, tables, indicators, grades, capIds, groupFields, rows,
                rankings, aggregates, problems, invalidRecords, warnings, g, standing, robustness);
    }

    /** {@code [scenario][row index]}: each row's rank in each scenario. */
    public int[][] ranksByRow() {
        int[][] out = new int[rankings.size()][rows.size()];
        for (int s = 0; s < rankings.size(); s++) {
            Ranking rk = rankings.get(s);
            for (int k = 0; k < rk.order().length; k++) {
                out[s][rk.order()[k]] = rk.rank()[k];
            }
        }
        return out;
    }

    /** The ids of the caps whose bits are set in {@code bits} (a row's {@link BatchRows#caps}), joined by ';'. */
    public String capNames(long bits) {
        if (bits == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < capIds.size(); c++) {
            if ((bits & (1L << c)) != 0) {
                if (sb.length() > 0) {
                    sb.append(';');
                }
                sb.append(capIds.get(c));
            }
        }
        return sb.toString();
    }

    public int scenarioIndex(String id) {
        for (int i = 0; i < scenarios.size(); i++) {
            if (scenarios.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
