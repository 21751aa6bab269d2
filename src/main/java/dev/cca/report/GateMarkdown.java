package dev.cca.report;

import dev.cca.result.GateReport;
import dev.cca.result.GateStatus;

/**
 * The gate section of the Markdown reports (assess and batch): the verdict with counts, the gate files and
 * their hashes, and a table of outcomes, failures first. A catalog report lists up to {@link #MAX_ROWS} rows.
 */
final class GateMarkdown {

    static final int MAX_ROWS = 200;

    private GateMarkdown() {
    }

    static void section(StringBuilder sb, GateReport g, RenderOptions o, String heading) {
        if (g == null || !g.configured() && g.sources().isEmpty()) {
            return;
        }
        boolean zh = o.zh();
        GateReport.Counts n = g.counts();
        sb.append(heading).append(' ').append(zh ? "门禁：" : "Gate: ").append(g.passed() ? (zh ? "通过" : "passed") : (zh ? "未通过" : "failed"))
                .append(" (").append(n.fail()).append(zh ? " 失败，" : " failed, ").append(n.warn()).append(zh ? " 警告，" : " warnings, ")
                .append(n.waived()).append(zh ? " 豁免，" : " waived, ").append(n.skipped()).append(zh ? " 跳过，" : " skipped, ")
                .append(n.pass()).append(zh ? " 通过）" : " passed)").append("\n\n");
        if (!g.sources().isEmpty()) {
            sb.append(zh ? "门禁文件：" : "Gate files: ");
            for (int i = 0; i < g.sources().size(); i++) {
                GateReport.Source s = g.sources().get(i);
                sb.append(i == 0 ? "" : ", ").append(Text.code(s.file())).append(" (sha256 ").append(Text.code(s.sha256().substring(0, 12)))
                        .append(')');
            }
            sb.append(" · ");
        }
        sb.append(zh ? "豁免到期判定日期 " : "waivers judged on ").append(g.referenceDate()).append("\n\n");
        sb.append(zh ? "| 结果 | 中心 | 场景 | 检查 | 取值 | 说明 |\n" : "| Status | Center | Scenario | Check | Value | Why |\n");
        sb.append("|---|---|---|---|---|---|\n");
        int rows = 0;
        for (GateStatus st : new GateStatus[] {GateStatus.FAIL, GateStatus.WARN, GateStatus.WAIVED, GateStatus.SKIPPED, GateStatus.PASS}) {
            for (GateReport.Outcome out : g.outcomes()) {
                if (out.status() != st) {
                    continue;
                }
                if (rows++ == MAX_ROWS) {
                    sb.append("| … | ").append(zh ? "其余结果见 JSON 输出" : "the rest are in the JSON output").append(" | | | | |\n");
                    sb.append('\n');
                    return;
                }
                sb.append("| ").append(word(st, zh)).append(" | ").append(Text.code(out.center())).append(" | ")
                        .append(out.scenario() == null ? "" : Text.md(out.scenario()))
                        .append(" | ").append(Text.md(g.checks().get(out.check()).title())).append(" | ")
                        .append(out.value() == null ? "" : Text.md(out.value().get(o.lang()))).append(" | ").append(Text.md(out.message().get(o.lang())))
                        .append(" |\n");
            }
        }
        if (!g.passesListed() && n.pass() > 0) {
            sb.append("| ").append(word(GateStatus.PASS, zh)).append(" | ").append(n.pass()).append(zh ? " 项检查" : " checks")
                    .append(" | | | | |\n");
        }
        sb.append('\n');
    }

    private static String word(GateStatus s, boolean zh) {
        String w = Words.value("gate", s.id(), zh ? "zh" : "en");
        return s == GateStatus.WARN || s == GateStatus.FAIL ? "**" + w + "**" : w;
    }
}
