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
                    + "breaks a bound is scored at the bound or not at all (docs/scoring.md, section 0).",
                    "每项声明在计分前与中心的其他声明及物理上限核对；超出上限的声明按上限计分或不计分（见 docs/scoring.md 第0节）。"),
            e("check", "Check", "核查项"),
            e("where", "Where", "位置"),
            e("stated", "Stated", "声明值"),
            e("bound", "Bound", "上限"),
            e("outcome", "Outcome", "处理"),
            // cca rules list | show | explain | diff | plot
            e("rule-sets", "Rule sets", "规则集"),
            e("id", "Id", "标识"),
            e("version", "Version", "版本"),
            e("title", "Title", "标题"),
            e("indicators", "Indicators", "指标"),
            e("from", "From", "出处"),
            e("read-from", "Read from", "读取自"),
            e("extends", "extends", "继承自"),
            e("embedded", "embedded", "内置"),
            e("scenarios-tables", "Scenarios and tables", "场景与能力表"),
            e("combine", "Combined by", "合成方式"),
            e("weighted-mean", "weighted mean", "加权算术平均"),
            e("weighted-geometric-mean", "weighted geometric mean", "加权几何平均"),
            e("share-of-score", "Share of the score", "占场景得分"),
            e("share-of-table", "Share of the table", "占能力表"),
            e("share-of-indicator", "Share of the indicator", "占指标"),
            e("effective-weights", "Effective weight of each metric in each scenario score",
                    "各度量在各场景得分中的实际权重"),
            e("effective-weights-note", "With every value present: the table's share of the scenario, times the indicator's"
                    + " share of the table column, times the metric's share of the indicator, summed over the tables that use it.",
                    "在所有取值齐全时：能力表占场景的份额 × 指标占该能力表该列的份额 × 度量占指标的份额，按使用它的各能力表求和。"),
            e("direction", "Direction", "方向"),
            e("higher", "higher is better", "越高越好"),
            e("lower", "lower is better", "越低越好"),
            e("curve", "Curve", "曲线"),
            e("normalize", "Normalised", "归一化"),
            e("unit", "Unit", "单位"),
            e("grades", "Grades", "等级"),
            e("min-score", "From score", "起始分"),
            e("when", "When", "条件"),
            e("max-grade", "Grade at most", "最高等级"),
            e("evidence-policy", "Evidence and missing data", "证据与缺失数据"),
            e("missing-policy", "Missing values", "缺失值"),
            e("min-reported", "A grade needs this share of a scenario's weight reported", "评级所需的已填报权重占比"),
            e("max-age", "Evidence older than this counts as stale", "超过此天数的证据视为过期"),
            e("days", "days", "天"),
            e("references", "Reference lists", "参考清单"),
            e("accelerator-catalog", "Accelerator catalog", "加速卡目录"),
            e("accelerator", "Accelerator", "加速卡"),
            e("model-table", "Model table", "模型表"),
            e("model", "Model", "模型"),
            e("params-total", "Parameters (B)", "参数量（十亿）"),
            e("params-active", "Active (B)", "激活参数（十亿）"),
            e("check-params", "Parameters of the checks", "核查参数"),
            e("measures", "What it measures", "衡量内容"),
            e("where-counts", "Where it counts", "计分位置"),
            e("metrics", "Metrics", "度量"),
            e("profile-key", "Profile key", "档案字段"),
            e("anchors", "Anchors", "锚点"),
            e("citations", "Citations", "出处"),
            e("caps-naming", "Caps and fit levels that name it", "涉及它的封顶与适配规则"),
            e("otherwise", "otherwise", "否则"),
            e("column", "column", "列"),
            e("of-score", "of the score", "的得分"),
            e("none", "none", "无"),
            e("rules-diff", "Rule-set changes", "规则集变更"),
            e("what-changed", "What changed", "变更内容"),
            e("before", "Before", "变更前"),
            e("after", "After", "变更后"),
            e("no-changes", "The two rule sets score alike: nothing differs.", "两个规则集的评分方式相同：没有差异。"),
            e("shares-moved", "Shares of the score that moved", "得分份额的变化"),
            e("change", "Change", "变化"),
            e("catalog-effect", "Effect on the catalog", "对目录的影响"),
            e("centers", "Centers", "中心"),
            e("grade-up", "Grade up", "升级"),
            e("grade-down", "Grade down", "降级"),
            e("rank-changed", "Rank changed", "排名变化"),
            e("mean-change", "Mean change", "平均变化"),
            e("largest-rise", "Largest rise", "最大升幅"),
            e("largest-fall", "Largest fall", "最大降幅"),
            e("moved-centers", "Centers whose grade, rank or score moved", "等级、排名或得分变化的中心"),
            e("center", "Center", "中心"),
            e("rank", "Rank", "排名"),
            e("nothing-moved", "No center's grade, rank or score moved.", "没有中心的等级、排名或得分发生变化。")
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

    static String get(String key, String lang) {
        return get(key, "zh".equals(lang) ? RenderOptions.DEFAULT.withLang("zh") : RenderOptions.DEFAULT);
    }

    static String get(String key, RenderOptions o) {
        String[] v = W.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no report word " + key);
        }
        return o.zh() ? v[1] : v[0];
    }
}
