package dev.cca.report;

import java.util.Map;

/**
 * The fixed words of human-readable reports, in English and Chinese, kept in one place so that the two
 * languages stay in step and wording is consistent across Markdown, terminal and workbook output. Keys with a
 * dot name an enumeration value ({@code hub.guizhou}, {@code evidence.measured}); {@link #value} falls back to
 * the value itself for one that has no entry. A {@code {n}} in a text is filled in by the caller.
 */
public final class Words {

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
            e("check-param-defaulted", "not given: the default rule set's (cca-default)", "未给出：采用默认规则集（cca-default）的值"),
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
            e("nothing-moved", "No center's grade, rank or score moved.", "没有中心的等级、排名或得分发生变化。"),

            // Enumerations of the profile format and of results.
            e("hub.jing-jin-ji", "Beijing-Tianjin-Hebei", "京津冀"),
            e("hub.yangtze-river-delta", "Yangtze River Delta", "长三角"),
            e("hub.greater-bay-area", "Greater Bay Area", "粤港澳大湾区"),
            e("hub.chengdu-chongqing", "Chengdu-Chongqing", "成渝"),
            e("hub.inner-mongolia", "Inner Mongolia", "内蒙古"),
            e("hub.guizhou", "Guizhou", "贵州"),
            e("hub.gansu", "Gansu", "甘肃"),
            e("hub.ningxia", "Ningxia", "宁夏"),
            e("operator.telecom-operator", "Telecom operator", "电信运营商"),
            e("operator.cloud-provider", "Cloud provider", "云服务商"),
            e("operator.local-state-platform", "Local state platform", "地方国资平台"),
            e("operator.enterprise", "Enterprise", "企业"),
            e("operator.research-institute", "Research institute", "科研院所"),
            e("operator.other", "Other", "其他"),
            e("claim.pretraining", "Pre-training", "预训练"),
            e("claim.fine-tuning", "Fine-tuning", "微调"),
            e("claim.inference", "Inference", "推理"),
            e("evidence.measured", "measured", "实测"),
            e("evidence.audited", "audited", "审计"),
            e("evidence.declared", "declared", "自报"),
            e("fit.full", "fits", "适配"),
            e("fit.limited", "limited", "部分适配"),
            e("fit.none", "does not fit", "不适配"),
            e("fit.unknown", "unknown", "无法判断"),
            e("status.ok", "scored", "已计分"),
            e("status.missing", "missing", "缺失"),
            e("status.excluded", "missing, weight dropped", "缺失（不计权重）"),
            e("status.needs-condition", "needs a condition", "缺少归一化条件"),
            e("status.stale-ignored", "stale, not used", "过期未用"),
            e("severity.error", "error", "错误"),
            e("severity.warning", "warning", "警告"),
            e("field.all", "All centers", "全部中心"),
            e("field.region.province", "Province", "省份"),
            e("field.region.city", "City", "城市"),
            e("field.hub", "National hub", "枢纽节点"),
            e("field.operator.type", "Operator type", "运营主体类型"),
            e("field.operator.name", "Operator", "运营方"),

            // Workbooks: sheet names (at most 31 characters, none of : \ / ? * [ ]).
            e("sheet.summary", "Summary", "总览"),
            e("sheet.indicators", "Indicators", "指标明细"),
            e("sheet.gaps", "Gaps", "改进差距"),
            e("sheet.evidence", "Evidence", "证据"),
            e("sheet.checks", "Checks", "核查"),
            e("sheet.ranking", "Ranking", "排名"),
            e("sheet.regions", "Regions", "分组统计"),
            e("sheet.centers", "Centers", "中心指标"),
            e("sheet.errors", "Errors", "错误"),

            // Workbooks: titles, labels and column headers.
            e("title.batch", "Catalog assessment", "智算中心目录评估"),
            e("centers-n", "{n} centers", "{n} 个中心"),
            e("no-centers", "No center could be assessed; the problems are on the Checks sheet.",
                    "没有可评估的中心；问题见“核查”工作表。"),
            e("page", "Page &P of &N", "第 &P 页，共 &N 页"),
            e("center-id", "Center id", "中心编号"),
            e("name", "Name", "名称"),
            e("name-en", "English name", "英文名称"),
            e("name-zh", "Chinese name", "中文名称"),
            e("province-city", "Province, city", "省份、城市"),
            e("province", "Province", "省份"),
            e("hub", "National hub", "枢纽节点"),
            e("operator", "Operator", "运营方"),
            e("operator-type", "Operator type", "运营主体类型"),
            e("claims", "Claimed scenarios", "声明场景"),
            e("assessed-on", "Assessed on", "数据日期"),
            e("reference-date", "Reference date", "评估基准日"),
            e("as-of", "As of", "评估基准日"),
            e("reference-today", "none given: evidence aged against the day of the run, {n}; reproduce with --as-of {n}",
                    "未指定：证据时效按运行当日 {n} 计算；以 --as-of {n} 复现"),
            e("rule-set", "Rule set", "规则集"),
            e("rule-version", "Rule-set version", "规则集版本"),
            e("rule-sha", "Rule-set SHA-256", "规则集 SHA-256"),
            e("rule-source", "Rule-set source", "规则集来源"),
            e("tool", "Tool", "工具"),
            e("profile", "Profile", "档案"),
            e("grade-name", "Grade name", "等级名称"),
            e("grade-before-caps", "Grade before caps", "封顶前等级"),
            e("rated", "graded", "已评级"),
            e("capped-from", "capped (from {n})", "已封顶（原 {n} 级）"),
            e("capped", "Capped", "封顶"),
            e("cap", "Cap", "封顶规则"),
            e("lowered", "Lowered the grade", "压低了等级"),
            e("reason", "Reason", "原因"),
            e("fit-short", "Fit", "适配"),
            e("weight-in-scenario", "Weight in scenario", "占场景权重"),
            e("points-short", "Points short of full", "未得分"),
            e("weights-of", "Indicators by weight: {n}", "指标与权重：{n}"),
            e("chart.tables", "Table scores by scenario", "各场景能力表得分"),
            e("chart.weights", "Points earned against weight: {n}", "指标得分与权重：{n}"),
            e("chart.grades", "Grade distribution by province: {n}", "各省份等级分布：{n}"),
            e("centers-count", "Centers", "中心数"),
            e("details-limit", "Details and charts are shown for the first {n} centers; every center is in the other sheets.",
                    "仅前 {n} 个中心显示详情与图表；所有中心均见其他工作表。"),
            e("level", "Row", "层级"),
            e("level.indicator", "indicator", "指标"),
            e("level.metric", "metric", "度量"),
            e("indicator-id", "Indicator id", "指标编号"),
            e("metric-id", "Metric id", "度量编号"),
            e("scored-value", "Scored value", "计分值"),
            e("scored-unit", "Scored unit", "计分单位"),
            e("age-days", "Age (days)", "数据天数"),
            e("stale", "Stale", "过期"),
            e("share", "Share", "权重占比"),
            e("note", "Note", "备注"),
            e("supersedes", "supersedes {n}", "取代 {n}"),
            e("next-grade", "Next grade", "下一等级"),
            e("score-needed", "Score needed", "所需得分"),
            e("at-least", "at least", "不低于"),
            e("at-most", "at most", "不高于"),
            e("top-grade", "Already at the top grade.", "已达最高等级。"),
            e("lift-cap", "First lift the cap", "先解除封顶"),
            e("evidence-gain", "Points from measuring the declared values", "以实测支撑自报值可增分"),
            e("gaps.indicators", "Indicators by the points they would add", "按可增分排序的指标"),
            e("gaps.targets", "One metric alone lifts the center a grade (all else equal)", "单项度量即可升一级（其他不变）"),
            e("gaps.none", "No single metric lifts the center a grade on its own.", "没有单项度量能独自让中心升一级。"),
            e("runs", "Benchmark runs", "基准测试运行"),
            e("values-evidence", "Values and their evidence", "取值及其证据"),
            e("no-runs", "No benchmark results were given; every value comes from the profile.",
                    "未提供基准测试结果；所有取值均来自档案。"),
            e("file", "File", "文件"),
            e("kind", "Kind", "类型"),
            e("date", "Date", "日期"),
            e("undated", "undated", "未注明"),
            e("conditions", "Conditions", "条件"),
            e("used", "Used", "是否采用"),
            e("metrics-set", "Metrics set", "设定的度量"),
            e("unused", "Measurements not used", "未使用的测量"),
            e("notes", "Notes", "说明"),
            e("replaced", "Replaced", "被取代的取值"),
            e("severity", "Severity", "级别"),
            e("line", "Line", "行"),
            e("column-no", "Column", "列"),
            e("key-path", "Key", "键路径"),
            e("message", "Message", "内容"),
            e("sheet", "Sheet", "工作表"),
            e("cell", "Cell", "单元格"),
            e("no-checks", "No findings.", "无核查发现。"),
            e("no-errors", "Every input was scored.", "所有输入均已评估。"),
            e("rank-by", "Ranked by", "排名依据"),
            e("caps-lowered", "Caps that lowered the grade", "压低等级的封顶规则"),
            e("source-line", "Line", "行"),
            e("grouping", "Grouping", "分组字段"),
            e("group", "Group", "分组"),
            e("mean", "Mean", "平均"),
            e("median", "Median", "中位数"),
            e("min", "Min", "最低"),
            e("max", "Max", "最高"),
            e("grade-n", "Grade {n}", "{n}级"),
            e("group-none", "(none)", "（未填写）"),
            e("scored-centers", "Centers scored", "已评估中心"),
            e("invalid-records", "Invalid records", "无效记录"),
            e("warnings-count", "Warnings", "警告数"),
            e("reported", "Reported", "已填报"),
            e("sheet.robustness", "Robustness", "稳健性"),
            e("sheet.sensitivity", "Sensitivity", "敏感性"),
            e("sheet.gate", "Gate", "门禁"),
            e("best-rank", "Best rank", "最好排名"),
            e("worst-rank", "Worst rank", "最差排名"),
            e("settled", "Settled", "排名确定"),
            e("grade-held", "Grade held", "等级保持"),
            e("score-low", "Score low", "得分下限"),
            e("score-high", "Score high", "得分上限"),
            e("spread", "Spread", "区间宽度"),
            e("scale-class", "Scale class", "规模等级"),
            e("class-rank", "In class", "等级内排名"),
            e("percentile", "Percentile", "百分位"),
            e("chart.intervals", "Score intervals: {n}", "得分区间：{n}"),
            e("mean-rank-shift", "Mean shift in ranks", "平均名次变动"),
            e("noise-floor", "Noise floor", "噪声下限"),
            e("judgement", "Judgement", "判断"),
            e("first-order", "First-order index", "一阶敏感性指数"),
            e("given-choices", "Given the choices", "排除离散选择后"),
            e("gate-passed", "passed", "通过"),
            e("gate-failed", "failed", "未通过"),
            e("gate-level", "Level", "级别"),
            e("waiver", "Waiver", "豁免"),
            e("expires", "Expires", "到期"),
            e("waivers-on", "Waivers judged on", "豁免到期判定日期"),
            e("passes-counted", "{n} checks passed; a catalog run lists only the others", "{n} 项检查通过；目录评估只列出其余结果"),
            e("inputs", "Input files", "输入文件"),
            e("rated-count", "Rated", "已评级"),
            e("findings-count", "Findings", "核查发现"),
            e("adjusted-count", "Claims adjusted", "调整的声明"),
            e("gate.pass", "pass", "通过"),
            e("gate.warn", "warn", "警告"),
            e("gate.fail", "fail", "失败"),
            e("gate.waived", "waived", "豁免"),
            e("gate.skipped", "skipped", "跳过"),
            e("truncated", "… [cut at Excel's limit of 32,767 characters a cell]", "…［已按 Excel 单元格 32,767 字符上限截断］")
    );

    private static Map.Entry<String, String[]> e(String k, String en, String zh) {
        return Map.entry(k, new String[] {en, zh});
    }

    /**
     * What stands in for the grade of a scenario that has none: "not claimed", or "insufficient data (12%
     * reported)"; null for a rated scenario. {@code brief} drops the word "reported" (terminal columns).
     */
    public static String unrated(dev.cca.result.ScenarioStatus status, double reported, RenderOptions o, boolean brief) {
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
    public static String unratedWhy(dev.cca.result.ScenarioStatus status, double reported, double minReported, RenderOptions o) {
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

    /** The missing-data policy in words, so a reader of a partial profile knows what its score means. */
    public static String missingPolicy(dev.cca.result.AssessmentResult.Policy p, RenderOptions o) {
        String min = dev.cca.model.Numbers.format(p.minReported() * 100, 0) + "%";
        boolean zeroMetric = "zero".equals(p.missingMetric());
        boolean zeroIndicator = "zero".equals(p.missingIndicator());
        if (o.zh()) {
            return "缺失数据：" + (zeroMetric ? "未填报的度量按 0 分计并保留其权重" : "未填报的度量不计权重")
                    + "（规则集标为可替代的度量除外）；" + (zeroIndicator ? "无任何取值的指标按 0 分计。" : "无任何取值的指标不计入能力表。")
                    + "因此部分填报的档案按其所填内容评分。场景至少 " + min + " 的权重有填报数据才评级，否则显示“数据不足”；档案未声明的场景显示“未声明”，均不给等级。";
        }
        return "Missing data: " + (zeroMetric ? "a metric without a value scores 0 and keeps its weight"
                : "a metric without a value is left out with its weight")
                + " (except metrics the rule set marks as alternatives, which drop out); "
                + (zeroIndicator ? "an indicator without any value scores 0" : "an indicator without any value is left out of its table")
                + ". A partial profile is therefore scored on what it shows. A scenario gets a grade only when at least " + min
                + " of its weight has reported values (otherwise: insufficient data), and only when the profile claims it"
                + " (otherwise: not claimed).";
    }

    public static String get(String key, RenderOptions o) {
        return get(key, o.lang());
    }

    /** The word for {@code key} in {@code lang} ({@code en} or {@code zh}). */
    public static String get(String key, String lang) {
        String[] v = W.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no report word " + key);
        }
        return "zh".equals(lang) ? v[1] : v[0];
    }

    /** {@link #get} with {@code {n}} replaced. */
    public static String get(String key, String lang, Object n) {
        return get(key, lang).replace("{n}", String.valueOf(n));
    }

    /**
     * The name of an enumeration value, {@code kind.value} ({@code value("hub", "guizhou", "zh")} is 贵州), or
     * the value itself when it has none (a free-text group, a value a newer profile format added); null stays null.
     */
    public static String value(String kind, String value, String lang) {
        if (value == null) {
            return null;
        }
        String[] v = W.get(kind + "." + value);
        return v == null ? value : "zh".equals(lang) ? v[1] : v[0];
    }

    /**
     * A catalog group's value as a reader sees it, in every batch report: hubs and operator types by name, a center
     * without the field as "(none)" / （未填写）, any other value as it is.
     */
    public static String groupValue(String field, String value, String lang) {
        if (value == null || value.equals(dev.cca.result.BatchStatistics.NONE)) {
            return get("group-none", lang);
        }
        return switch (field) {
            case "hub" -> value("hub", value, lang);
            case "operator.type" -> value("operator", value, lang);
            default -> value;
        };
    }

    /** A grouping field by name ("province" / 省份), or its path when it has none; "all" for the whole catalog. */
    public static String fieldName(String field, String lang) {
        return has("field." + field) ? get("field." + field, lang) : field;
    }

    /**
     * A unit as a Chinese report writes it: the words of a unit (days, hours, the rule set's normalised units) in
     * Chinese, symbols (ms, Gbps, TFLOPS) as they are.
     */
    public static String unit(String unit, RenderOptions o) {
        return unit(unit, o.lang());
    }

    /** {@link #unit(String, RenderOptions)} in {@code lang}. */
    public static String unit(String unit, String lang) {
        if (unit == null || !"zh".equals(lang)) {
            return unit;
        }
        String zh = UNITS_ZH.get(unit);
        return zh != null ? zh : unit;
    }

    private static final Map<String, String> UNITS_ZH = Map.ofEntries(
            Map.entry("days", "天"), Map.entry("hours", "小时"), Map.entry("minutes", "分钟"), Map.entry("seconds", "秒"),
            Map.entry("accelerators", "卡"), Map.entry("accelerator-hours", "卡·小时"), Map.entry("count", "个"),
            Map.entry("x class target", "× 等级目标"),
            Map.entry("output tokens/s per accelerator x B active params", "每卡输出 tokens/s × 激活参数（B）"),
            Map.entry("CNY per PFLOPS-hour", "元/（PFLOPS·小时）"), Map.entry("share of reference list", "参考列表覆盖率"),
            Map.entry("% of the reference list", "%（参考列表覆盖率）"), Map.entry("ratio", "比值"),
            Map.entry("B params", "十亿参数"));

    /** Whether {@code key} has words (for tests that check every sheet name). */
    public static boolean has(String key) {
        return W.containsKey(key);
    }
}
