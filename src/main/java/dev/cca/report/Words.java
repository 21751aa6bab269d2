package dev.cca.report;

import java.util.Map;

/**
 * The fixed words of human-readable reports, in English and Chinese, kept in one place so that the two
 * languages stay in step and wording is consistent across Markdown and terminal output.
 */
final class Words {

    private Words() {
    }

    private static final Map<String, String[]> W = Map.ofEntries(
            e("assessment", "Assessment", "评估报告"),
            e("summary", "Summary", "总览"),
            e("scenario", "Scenario", "场景"),
            e("score", "Score", "得分"),
            e("grade", "Grade", "等级"),
            e("evidence-coverage", "Evidence coverage", "证据覆盖"),
            e("scores", "Scores", "评分明细"),
            e("fit", "Scenario fit", "场景适配"),
            e("gaps", "Gaps: what to improve first", "差距与改进优先级"),
            e("warnings", "Warnings", "警告"),
            e("curves", "Appendix: scoring curves", "附录：评分曲线"),
            e("indicator", "Indicator", "指标"),
            e("metric", "Metric", "度量"),
            e("value", "Value", "取值"),
            e("evidence", "Evidence", "证据"),
            e("curve-score", "Curve score", "曲线得分"),
            e("factor", "Factor", "证据系数"),
            e("weight", "Weight", "权重"),
            e("points", "Points", "贡献分"),
            e("source", "Source", "来源"),
            e("claimed", "Claimed", "声明"),
            e("why", "Why", "说明"),
            e("scored-as", "Scored as", "对应评分场景"),
            e("not-assessed", "not assessed", "未评估"),
            e("informative", "informative, not weighted", "参考指标，不计权重"),
            e("yes", "yes", "是"),
            e("no", "no", "否"),
            e("caps", "Caps", "封顶规则"),
            e("table", "Table", "能力表"),
            e("potential", "Points if at 100", "满分可增分"),
            e("now", "Now", "当前"),
            e("needed", "Needed", "目标值"),
            e("improve", "How to improve", "改进建议"),
            e("weakest", "Weakest indicators", "最弱指标"),
            e("no-warnings", "No warnings.", "无警告。"),
            e("not-claimed", "not claimed", "未声明"),
            e("insufficient-data", "insufficient data", "数据不足"),
            e("status", "Status", "状态"),
            e("checks", "Checks of the claims", "声明核查"),
            e("no-findings", "Every claim checked is consistent with the others and with the rule set's physical bounds.",
                    "所核查的声明彼此一致，且未超出规则集的物理上限。"),
            e("checks-intro", "Each claim is held to the center's other claims and to physics before it scores; a claim that "
                    + "breaks a bound is scored at the bound or not at all (docs/scoring.md, \"Checks\").",
                    "每项声明在计分前与中心的其他声明及物理上限核对；超出上限的声明按上限计分或不计分（见 docs/scoring.md“核查”）。"),
            e("check", "Check", "核查项"),
            e("where", "Where", "位置"),
            e("stated", "Stated", "声明值"),
            e("bound", "Bound", "上限"),
            e("outcome", "Outcome", "处理")
    );

    private static Map.Entry<String, String[]> e(String k, String en, String zh) {
        return Map.entry(k, new String[] {en, zh});
    }

    /**
     * What stands in for the grade of a scenario that has none: "not claimed", or "insufficient data (12%
     * reported)"; null for a rated scenario. {@code brief} drops the word "reported" (terminal columns).
     */
    static String unrated(dev.cca.result.ScenarioStatus status, double reported, RenderOptions o, boolean brief) {
        return switch (status) {
            case RATED -> null;
            case NOT_CLAIMED -> get("not-claimed", o);
            case INSUFFICIENT_DATA -> {
                String pct = dev.cca.model.Numbers.format(reported * 100, 0) + "%";
                if (brief) {
                    yield o.zh() ? "数据不足(" + pct + ")" : "insufficient (" + pct + ")";
                }
                yield o.zh() ? "数据不足（已报告 " + pct + "）" : "insufficient data (" + pct + " reported)";
            }
        };
    }

    /** The sentence that says why a scenario has no grade, with the rule set's threshold. */
    static String unratedWhy(dev.cca.result.ScenarioStatus status, double reported, double minReported, RenderOptions o) {
        String pct = dev.cca.model.Numbers.format(reported * 100, 0) + "%";
        String min = dev.cca.model.Numbers.format(minReported * 100, 0) + "%";
        return switch (status) {
            case RATED -> null;
            case NOT_CLAIMED -> o.zh() ? "档案的 scenarios 未声明此场景：得分仅供参考，不评级。"
                    : "the profile's scenarios do not claim it: the score is shown for reference, without a grade.";
            case INSUFFICIENT_DATA -> o.zh() ? "仅 " + pct + " 的权重有填报数据（评级至少需要 " + min + "）：缺失值按 0 分计，得分仅供参考，不评级。"
                    : "only " + pct + " of its weight has reported values (a grade needs " + min + "); missing values count 0,"
                    + " so the score is shown for reference, without a grade.";
        };
    }

    static String get(String key, RenderOptions o) {
        String[] v = W.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no report word " + key);
        }
        return o.zh() ? v[1] : v[0];
    }
}
