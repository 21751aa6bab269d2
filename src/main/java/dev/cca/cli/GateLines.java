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

    /** Also prints skipped checks (an unclaimed scenario, no baseline) unless {@code quiet}; in {@code lang}. */
    static void print(GateReport g, PrintWriter err, int limit, boolean quiet, String lang) {
        boolean zh = "zh".equals(lang);
        int[] shown = new int[GateStatus.values().length];
        int[] hidden = new int[GateStatus.values().length];
        for (GateReport.Outcome o : g.outcomes()) {
            String word = switch (o.status()) {
                case FAIL -> zh ? "门禁未通过" : "gate failed";
                case WARN -> zh ? "门禁警告" : "gate warning";
                case WAIVED -> zh ? "门禁豁免" : "gate waived";
                case SKIPPED -> quiet ? null : zh ? "门禁跳过" : "gate skipped";
                default -> null;
            };
            if (word == null) {
                continue;
            }
            if (shown[o.status().ordinal()]++ >= limit) {
                hidden[o.status().ordinal()]++;
                continue;
            }
            err.println(word + (zh ? "：" : ": ") + sentence(g, o, lang));
        }
        if (hidden[GateStatus.FAIL.ordinal()] > 0) {
            err.println(zh ? "另有 " + hidden[GateStatus.FAIL.ordinal()] + " 项门禁未通过（全部结果见 JSON 报告）"
                    : "gate failed for " + hidden[GateStatus.FAIL.ordinal()] + " more (every outcome is in the JSON report)");
        }
        if (hidden[GateStatus.SKIPPED.ordinal()] > 0) {
            err.println(zh ? "另跳过 " + hidden[GateStatus.SKIPPED.ordinal()] + " 项门禁检查"
                    : "gate skipped " + hidden[GateStatus.SKIPPED.ordinal()] + " more checks");
        }
        if (hidden[GateStatus.WARN.ordinal()] > 0) {
            err.println(zh ? "另有 " + hidden[GateStatus.WARN.ordinal()] + " 项门禁警告"
                    : "and " + hidden[GateStatus.WARN.ordinal()] + " more gate warnings");
        }
    }

    /** "wuhan-aicc training: grade 2 Basic is below the minimum 3 Proficient (overall min_grade 3 Proficient, gate.yaml:4:5)". */
    static String sentence(GateReport g, GateReport.Outcome o, String lang) {
        GateReport.Check c = g.checks().get(o.check());
        boolean zh = "zh".equals(lang);
        return o.subject() + (zh ? "：" : ": ") + o.message().get(lang) + (zh ? "（" : " (") + c.title() + (zh ? "，" : ", ")
                + c.definedAt() + (zh ? "）" : ")");
    }

    /** Whether to write workflow commands: inside GitHub Actions only. */
    static boolean githubActions(Map<String, String> vars) {
        return "true".equals(vars.get("GITHUB_ACTIONS"));
    }
}
