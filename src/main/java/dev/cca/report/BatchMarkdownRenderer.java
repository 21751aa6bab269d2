package dev.cca.report;

import dev.cca.diag.Diagnostic;
import dev.cca.model.Numbers;
import dev.cca.result.BatchResult;
import dev.cca.result.BatchRow;
import dev.cca.result.ScenarioStatus;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A readable summary of a catalog: counts, the top centers of each scenario, the grade distribution and
 * the aggregates by group, and the invalid records (the full lists are in the CSV and JSON outputs).
 */
public final class BatchMarkdownRenderer implements TextRenderer<BatchResult> {

    private static final int MAX_PROBLEMS = 200;

    @Override
    public void render(BatchResult r, RenderOptions o, Writer out) throws IOException {
        boolean zh = o.zh();
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append(zh ? "# 智算中心目录评估\n\n" : "# Catalog assessment\n\n");
        sb.append(zh ? "中心 " : "Centers: ").append(r.rows().size()).append(zh ? " 个，无效记录 " : " scored, ")
                .append(r.invalidRecords()).append(zh ? " 条，警告 " : " invalid records, ").append(r.warnings())
                .append(zh ? " 条。" : " warnings. ").append("Rule set ").append(Text.code(r.rules().id())).append(' ')
                .append(Text.md(r.rules().version())).append(" (sha256 ").append(Text.code(r.rules().sha256().substring(0, 12)))
                .append(") · cca ").append(r.tool().version());
        if (r.asOf() != null) {
            sb.append(" · as of ").append(r.asOf());
        }
        sb.append("\n\n");
        long withFindings = r.rows().stream().filter(b -> b.findings() > 0).count();
        long adjusted = r.rows().stream().filter(b -> b.adjusted() > 0).count();
        long claims = r.rows().stream().mapToLong(BatchRow::adjusted).sum();
        sb.append(zh ? "声明核查：" + withFindings + " 个中心有核查结果，" + adjusted + " 个中心共 " + claims + " 项声明未按声明值计分。\n\n"
                : "Checks: " + withFindings + " centers have findings; " + adjusted + " centers have " + claims
                + " claims not scored as stated.\n\n");
        for (int s = 0; s < r.scenarios().size(); s++) {
            BatchResult.ScenarioInfo sc = r.scenarios().get(s);
            BatchResult.Ranking rk = r.rankings().get(s);
            int rated = 0;
            while (rated < rk.rank().length && rk.rank()[rated] > 0) {
                rated++;
            }
            int n = Math.min(o.top(), rated);
            sb.append("## ").append(zh ? "排名前 " + n + "：" : "Top " + n + ": ").append(Text.md(sc.label().get(o.lang()))).append("\n\n");
            sb.append(zh ? "| 排名 | 中心 | 省份 | 得分 | 等级 |\n" : "| Rank | Center | Province | Score | Grade |\n")
                    .append("|---:|---|---|---:|---|\n");
            int province = r.groupFields().indexOf("region.province");
            for (int k = 0; k < n; k++) {
                BatchRow b = r.rows().get(rk.order()[k]);
                sb.append("| ").append(rk.rank()[k]).append(" | ").append(Text.md(b.name())).append(" (").append(Text.code(b.id()))
                        .append(") | ").append(province < 0 ? "" : Text.md(b.group(province))).append(" | ")
                        .append(Numbers.score(b.scenario()[s])).append(" | ").append(b.grade()[s]).append(' ')
                        .append(Text.md(gradeName(r, b.grade()[s], o.lang()))).append(" |\n");
            }
            sb.append('\n');
            unrated(sb, r, rk, rated, s, o, province);
        }
        String field = null;
        for (BatchResult.Aggregate a : r.aggregates()) {
            if (!a.field().equals(field)) {
                field = a.field();
                sb.append("## ").append(zh ? "分组统计：" : "By ").append(Text.code(field)).append("\n\n");
                sb.append(zh ? "| 分组 | 场景 | 数量 | 已评级 | 未声明 | 数据不足 | 平均 | 中位数 | 最低 | 最高 |"
                        : "| Group | Scenario | Count | Rated | Not claimed | Insufficient data | Mean | Median | Min | Max |");
                for (BatchResult.GradeInfo g : r.grades()) {
                    sb.append(' ').append(zh ? g.grade() + "级" : "Grade " + g.grade()).append(" |");
                }
                sb.append("\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|").append("---:|".repeat(r.grades().size())).append('\n');
            }
            sb.append("| ").append(Text.md(a.value())).append(" | ").append(Text.md(a.scenario())).append(" | ").append(a.count())
                    .append(" | ").append(a.rated()).append(" | ").append(a.notClaimed()).append(" | ").append(a.insufficientData())
                    .append(" | ").append(Numbers.score(a.mean())).append(" | ").append(Numbers.score(a.median())).append(" | ")
                    .append(Numbers.score(a.min())).append(" | ").append(Numbers.score(a.max())).append(" |");
            for (BatchResult.GradeInfo g : r.grades()) {
                sb.append(' ').append(g.grade() < a.gradeCounts().length ? a.gradeCounts()[g.grade()] : 0).append(" |");
            }
            sb.append('\n');
            if (sb.length() > 1 << 15) {
                out.write(sb.toString());
                sb.setLength(0);
            }
        }
        sb.append('\n');
        GateMarkdown.section(sb, r.gate(), o, "##");
        if (!r.problems().isEmpty()) {
            sb.append(zh ? "## 问题\n\n" : "## Problems\n\n");
            int shown = 0;
            for (Diagnostic d : r.problems()) {
                if (shown++ == MAX_PROBLEMS) {
                    sb.append("- … ").append(r.problems().size() - MAX_PROBLEMS)
                            .append(zh ? " 条未列出（见 JSON 输出）\n" : " more (all of them are in the JSON output)\n");
                    break;
                }
                sb.append("- ").append(Text.code(d.format())).append('\n');
            }
            sb.append('\n');
        }
        out.write(sb.toString().stripTrailing());
        out.write('\n');
    }

    /**
     * The centers of scenario {@code s} that have no grade, apart from the ranking: how many do not claim it and
     * how many reported too little, then the first {@code --top} of them (the ranking lists them after every rated
     * center, by status and score).
     */
    private static void unrated(StringBuilder sb, BatchResult r, BatchResult.Ranking rk, int rated, int s, RenderOptions o,
                                int province) {
        int total = rk.order().length - rated;
        if (total == 0) {
            return;
        }
        boolean zh = o.zh();
        int notClaimed = 0;
        for (int k = rated; k < rk.order().length; k++) {
            if (r.rows().get(rk.order()[k]).status(s) == ScenarioStatus.NOT_CLAIMED) {
                notClaimed++;
            }
        }
        sb.append(zh ? "未评级（不参与排名）：" : "Not rated (not ranked): ").append(total).append(zh ? " 个中心，其中未声明此场景 " : " centers, ")
                .append(notClaimed).append(zh ? " 个，数据不足 " : " not claiming the scenario and ").append(total - notClaimed)
                .append(zh ? " 个。\n\n" : " with insufficient data.\n\n");
        int n = Math.min(o.top(), total);
        sb.append(zh ? "| 中心 | 省份 | 状态 | 得分（参考） |\n" : "| Center | Province | Status | Score (for reference) |\n")
                .append("|---|---|---|---:|\n");
        for (int k = rated; k < rated + n; k++) {
            BatchRow b = r.rows().get(rk.order()[k]);
            sb.append("| ").append(Text.md(b.name())).append(" (").append(Text.code(b.id())).append(") | ")
                    .append(province < 0 ? "" : Text.md(b.group(province))).append(" | ")
                    .append(Text.md(Words.unrated(b.status(s), b.reported()[s], o, false))).append(" | ")
                    .append(Numbers.score(b.scenario()[s])).append(" |\n");
        }
        sb.append('\n');
    }

    private static String gradeName(BatchResult r, int grade, String lang) {
        for (BatchResult.GradeInfo g : r.grades()) {
            if (g.grade() == grade) {
                return g.label().get(lang);
            }
        }
        return "";
    }
}
