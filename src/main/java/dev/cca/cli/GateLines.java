package dev.cca.cli;

import dev.cca.result.GateReport;
import dev.cca.result.GateStatus;
import java.io.PrintWriter;
import java.util.Map;

/**
 * The gate's outcomes on the terminal: one line per failure, warning and waiver on standard error (the first
 * {@code limit} of each), and, inside GitHub Actions ({@code GITHUB_ACTIONS=true}), a workflow command per
 * failure and warning so that the run's summary and the pull request show them at the profile's line.
 */
final class GateLines {

    private GateLines() {
    }

    /** Also prints skipped checks (an unclaimed scenario, no baseline) unless {@code quiet}. */
    static void print(GateReport g, PrintWriter err, int limit, boolean quiet) {
        int[] shown = new int[GateStatus.values().length];
        int[] hidden = new int[GateStatus.values().length];
        for (GateReport.Outcome o : g.outcomes()) {
            String word = switch (o.status()) {
                case FAIL -> "gate failed";
                case WARN -> "gate warning";
                case WAIVED -> "gate waived";
                case SKIPPED -> quiet ? null : "gate skipped";
                default -> null;
            };
            if (word == null) {
                continue;
            }
            if (shown[o.status().ordinal()]++ >= limit) {
                hidden[o.status().ordinal()]++;
                continue;
            }
            err.println(word + ": " + sentence(g, o));
        }
        if (hidden[GateStatus.FAIL.ordinal()] > 0) {
            err.println("gate failed for " + hidden[GateStatus.FAIL.ordinal()] + " more (every outcome is in the JSON report)");
        }
        if (hidden[GateStatus.SKIPPED.ordinal()] > 0) {
            err.println("gate skipped " + hidden[GateStatus.SKIPPED.ordinal()] + " more checks");
        }
        if (hidden[GateStatus.WARN.ordinal()] > 0) {
            err.println("and " + hidden[GateStatus.WARN.ordinal()] + " more gate warnings");
        }
    }

    /** "wuhan-aicc training: grade 2 Basic is below the minimum 3 Proficient (overall min_grade 3 Proficient, gate.yaml:4:5)". */
    static String sentence(GateReport g, GateReport.Outcome o) {
        GateReport.Check c = g.checks().get(o.check());
        return o.subject() + ": " + o.message() + " (" + c.title() + ", " + c.definedAt() + ")";
    }

    /** Whether to write workflow commands: inside GitHub Actions only. */
    static boolean githubActions(Map<String, String> vars) {
        return "true".equals(vars.get("GITHUB_ACTIONS"));
    }
}
