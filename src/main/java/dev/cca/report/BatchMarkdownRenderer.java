package dev.cca.report;

import dev.cca.diag.Diagnostic;
import dev.cca.model.Numbers;
import dev.cca.result.BatchResult;
import dev.cca.result.BatchRow;
import dev.cca.result.PeerStanding;
import dev.cca.result.Robustness;
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
                .append(zh ? " 条。" : " warnings. ").append(zh ? "规则集 " : "Rule set ").append(Text.code(r.rules().id())).append(' ')
                .append(Text.md(r.rules().version())).append(" (sha256 ").append(Text.code(r.rules().sha256().substring(0, 12)))
                .append(") · cca ").append(r.tool().version());
        sb.append(" · ").append(MarkdownRenderer.referenceDate(r.asOf(), r.referenceDate(), o));
        sb.append("\n\n");
        long withFindings = 0;
        long adjusted = 0;
        long claims = 0;
        for (int i = 0; i < r.rows().size(); i++) {
            withFindings += r.rows().findings(i) > 0 ? 1 : 0;
            adjusted += r.rows().adjusted(i) > 0 ? 1 : 0;
            claims += r.rows().adjusted(i);
        }
        sb.append(zh ? "声明核查：" + withFindings + " 个中心有核查结果，" + adjusted + " 个中心共 " + claims + " 项声明未按声明值计分。\n\n"
                : "Checks: " + withFindings + " centers have findings; " + adjusted + " centers have " + claims
                + " claims not scored as stated.\n\n");
        Robustness rb = r.robustness();
        PeerStanding st = r.standing();
        for (int s = 0; s < r.scenarios().size(); s++) {
            BatchResult.ScenarioInfo sc = r.scenarios().get(s);
            Robustness.ScenarioStats rs = rb == null ? null : rb.scenarios().get(s);
            BatchResult.Ranking rk = r.rankings().get(s);
            int rated = 0;
            while (rated < rk.rank().length && rk.rank()[rated] > 0) {
                rated++;
            }
            int n = Math.min(o.top(), rated);
            sb.append("## ").append(zh ? "排名前 " + n + "：" : "Top " + n + ": ").append(Text.md(sc.label().get(o.lang()))).append("\n\n");
            sb.append(zh ? "| 排名 | 中心 | 省份 | 得分 | 等级 |" : "| Rank | Center | Province | Score | Grade |");
            if (st != null) {
                sb.append(zh ? " 同规模中 |" : " Among peers |");
            }
            if (rs != null) {
                sb.append(zh ? " 等级保持 | 得分区间 | 排名区间 |" : " Grade held | Score range | Rank range |");
            }
            sb.append("\n|---:|---|---|---:|---|").append(st != null ? "---|" : "").append(rs != null ? "---:|---:|---:|" : "").append('\n');
            int province = r.groupFields().indexOf("region.province");
            for (int k = 0; k < n; k++) {
                int row = rk.order()[k];
                BatchRow b = r.rows().get(row);
                boolean unsettled = rs != null && rs.isRated(row) && !rs.settled()[row];
                sb.append("| ").append(unsettled ? "≈" : "").append(rk.rank()[k]).append(" | ").append(Text.md(b.name())).append(" (")
                        .append(Text.code(b.id())).append(") | ").append(province < 0 ? "" : Text.md(b.group(province))).append(" | ")
                        .append(Numbers.score(b.scenario()[s])).append(" | ").append(b.grade()[s]).append(' ')
                        .append(Text.md(gradeName(r, b.grade()[s], o.lang()))).append(" |");
                if (st != null) {
                    sb.append(' ').append(Text.md(PeerText.standing(st, s, row, o))).append(" |");
                }
                if (rs != null) {
                    if (rs.isRated(row)) {
                        sb.append(' ').append(PeerText.share(rs.gradeHeld()[row])).append(" | ")
                                .append(PeerText.scoreRange(rs.scoreLow()[row], rs.scoreHigh()[row])).append(" | ")
                                .append(rs.rankLow()[row]).append('-').append(rs.rankHigh()[row]).append(" |");
                    } else {
                        sb.append(" | | |");
                    }
                }
                sb.append('\n');
            }
            sb.append('\n');
            if (rs != null) {
                sb.append(zh ? "≈：名次未定：其第" + rb.settings().lowPercentile() + "至第" + rb.settings().highPercentile()
                        + "百分位排名区间与其他中心重叠，在区间内并列。等级保持：" + PeerText.count(rb.settings().variations())
                        + "次变化中保持该等级的比例。\n\n"
                        : "≈: order not settled: its " + rb.settings().lowPercentile() + "th-" + rb.settings().highPercentile()
                        + "th percentile rank interval overlaps another center's, so they are tied within their intervals. Grade held: "
                        + "the share of the " + PeerText.count(rb.settings().variations()) + " variations that give the same grade.\n\n");
            }
            unrated(sb, r, rk, rated, s, o, province);
        }
        if (rb != null) {
            sb.append(zh ? "## 稳健性\n\n" : "## Robustness\n\n").append(PeerText.settings(rb.settings(), o)).append("\n\n");
            for (Robustness.ScenarioStats rs : rb.scenarios()) {
                int settled = 0;
                for (int i = 0; i < rs.settled().length; i++) {
                    settled += rs.settled()[i] ? 1 : 0;
                }
                String label = Text.md(r.scenarios().get(r.scenarioIndex(rs.scenario())).label().get(o.lang()));
                sb.append("### ").append(label).append("\n\n").append(zh
                        ? "平均名次变动 " + Numbers.format(rs.meanRankShift(), 1) + " 位；" + PeerText.count(rs.rated()) + " 个有评分的中心中 "
                        + PeerText.count(settled) + " 个名次已定。影响排名最大的判断：\n\n"
                        : "Mean shift in ranks: " + Numbers.format(rs.meanRankShift(), 1) + " places; the order of " + PeerText.count(settled)
                        + " of " + PeerText.count(rs.rated()) + " rated centers is settled. The judgements that move the ranking most:\n\n");
                PeerText.factors(sb, rs, 10, o);
            }
        }
        if (st != null) {
            sb.append(zh ? "## 同规模对比\n\n" : "## Standing among peers\n\n").append(zh
                    ? "按 " + Text.code(st.metric() == null ? "-" : st.metric()) + " 划分规模等级；百分位为同等级其他中心中得分更低者的比例（同分计一半）。\n\n"
                    : "Scale classes by " + Text.code(st.metric() == null ? "-" : st.metric()) + "; a percentile is the share of the other "
                    + "centers of the class that score lower (ties count half).\n\n");
            sb.append(zh ? "| 规模等级 |" : "| Scale class |");
            for (BatchResult.ScenarioInfo sc : r.scenarios()) {
                sb.append(' ').append(Text.md(sc.label().get(o.lang()))).append(" |");
            }
            sb.append("\n|---|").append("---:|".repeat(r.scenarios().size())).append('\n');
            for (int c = 0; c < st.classes().size(); c++) {
                sb.append("| ").append(Text.md(st.classes().get(c).label().get(o.lang()))).append(" |");
                for (int s = 0; s < r.scenarios().size(); s++) {
                    int count = 0;
                    for (int i = 0; i < st.scaleClass().length; i++) {
                        count += st.scaleClass()[i] == c && st.scenarios().get(s).classRank()[i] > 0 ? 1 : 0;
                    }
                    sb.append(' ').append(count).append(" |");
                }
                sb.append('\n');
            }
            sb.append('\n');
        }
        String field = null;
        for (BatchResult.Aggregate a : r.aggregates()) {
            if (!a.field().equals(field)) {
                if (field != null) {
                    sb.append('\n');
                }
                field = a.field();
                String named = field.equals("all") ? Words.get("field.all", o) : Words.fieldName(field, o.lang());
                sb.append("## ").append(field.equals("all") ? "" : zh ? "分组统计：" : "By ").append(Text.md(named));
                if (!named.equals(field) && !field.equals("all")) {
                    sb.append(" (").append(Text.code(field)).append(')');
                }
                sb.append("\n\n");
                sb.append(zh ? "| 分组 | 场景 | 数量 | 已评级 | 未声明 | 数据不足 | 平均 | 中位数 | 最低 | 最高 |"
                        : "| Group | Scenario | Count | Rated | Not claimed | Insufficient data | Mean | Median | Min | Max |");
                for (BatchResult.GradeInfo g : r.grades()) {
                    sb.append(' ').append(zh ? g.grade() + "级" : "Grade " + g.grade()).append(" |");
                }
                sb.append("\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|").append("---:|".repeat(r.grades().size())).append('\n');
            }
            String group = a.field().equals("all") ? Words.get("field.all", o) : Words.groupValue(a.field(), a.value(), o.lang());
            int si = r.scenarioIndex(a.scenario());
            String scenario = si < 0 ? a.scenario() : r.scenarios().get(si).label().get(o.lang());
            sb.append("| ").append(Text.md(group)).append(" | ").append(Text.md(scenario)).append(" | ").append(a.count())
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
            if (r.rows().status(rk.order()[k], s) == ScenarioStatus.NOT_CLAIMED) {
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
