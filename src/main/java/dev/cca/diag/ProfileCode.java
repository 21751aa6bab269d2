package dev.cca.diag;

/** Center profiles: keys, values and their cross-references ({@code CCA-P}). */
public enum ProfileCode implements Code {
    EMPTY_DOCUMENT(1, "the document is empty; a profile needs at least cca, id and name",
            "文档为空；档案至少需要 cca、id 和 name"),
    NOT_A_MAP(2, "a profile is a map of keys, but this document is {kind}",
            "档案是键的映射，但此文档是{kind}"),
    UNSUPPORTED_FORMAT(3, "unsupported format '{text}'; this cca reads {format}",
            "不支持的格式“{text}”；本 cca 读取 {format}"),
    MUST_HAVE_VALUE(4, "'{name}' must have a value",
            "“{name}”必须有值"),
    UNKNOWN_KEY(5, "unknown key '{key}'{hint}",
            "未知的键“{key}”{hint}"),
    NOT_VALID_USE(6, "'{t}' is not a valid {name}: use {pattern_doc}",
            "“{t}”不是有效的 {name}：请使用 {pattern_doc}"),
    UNKNOWN_EVIDENCE_LEVEL_USE(7, "unknown evidence level '{t}'; use measured, audited or declared{hint}",
            "未知的证据等级“{t}”；请使用 measured、audited 或 declared{hint}"),
    UNKNOWN_KEY_VALUE_MAP(8, "unknown key '{key}' in the value map of {path}{hint}; it takes {allowed}",
            "{path} 的值映射中有未知的键“{key}”{hint}；可用的键为 {allowed}"),
    MAP_HERE_NEEDS_VALUE(9, "a map here needs a 'value' key ({path}: {value: ..., evidence: ...})",
            "此处的映射需要“value”键（{path}: {value: ..., evidence: ...}）"),
    LISTED_TWICE(10, "'{id}' is listed twice",
            "“{id}”列出了两次"),
    AFTER_REFERENCE_DATE_TODAY(11, "{path} is {d}, after the reference date {reference_date} (--as-of, or today): data cannot come from after the assessment it is used in",
            "{path} 为 {d}，晚于基准日期 {reference_date}（--as-of，或今天）：数据不能来自使用它的评估之后"),
    EXPECTED_GOT(13, "expected {what}, got {kind}",
            "应为{what}，实际为{kind}"),
    P99_MS_LOWER_THAN(14, "{m}_p99 ({p99} ms) is lower than {m}_p50 ({p50} ms); a 99th percentile cannot be below the median",
            "{m}_p99（{p99} 毫秒）低于 {m}_p50（{p50} 毫秒）；第99百分位数不可能低于中位数"),
    LARGEST_CLUSTER_PFLOPS_LARGER(15, "the largest cluster ({largest} PFLOPS) is larger than the total compute ({total} PFLOPS)",
            "最大单体集群（{largest} PFLOPS）大于总算力（{total} PFLOPS）"),
    LINEAR_SPEED_UP_MEASURED(16, "linear speed-up is measured from more accelerators ({from}) than it scales to ({number})",
            "线性加速比的测量起点卡数（{from}）多于其扩展到的卡数（{number}）"),
    MISSING_REQUIRED_KEY(17, "missing required key '{key}'{example}",
            "缺少必填的键“{key}”{example}");

    private final Text text;

    ProfileCode(int number, String en, String zh) {
        this.text = new Text(number, en, zh);
    }

    @Override
    public Area area() {
        return Area.P;
    }

    @Override
    public Text text() {
        return text;
    }
}
