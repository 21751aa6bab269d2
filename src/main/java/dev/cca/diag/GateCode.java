package dev.cca.diag;

/** Gate files: presets, checks, levels and waivers ({@code CCA-G}). */
public enum GateCode implements Code {
    EXTENDS_AGAIN_PRESETS_FILES(1, "extends '{name}' again: the presets and files a gate extends must not form a cycle ({reading})",
            "再次 extends“{name}”：门禁所继承的预设与文件不能形成循环（{reading}）"),
    EXTENDS_MORE_THAN_FILES(2, "extends more than {max_extends_depth} files deep",
            "extends 的文件层级超过 {max_extends_depth} 层"),
    GATE_FILE_ONE_YAML(3, "a gate file is one YAML document holding a map (cca: {format})",
            "门禁文件是一个包含映射的 YAML 文档（cca: {format}）"),
    UNSUPPORTED_FORMAT(4, "unsupported format '{tag}'; this cca reads {format}",
            "不支持的格式“{tag}”；本 cca 读取 {format}"),
    UNKNOWN_PRESET_PRESETS_ARE(5, "unknown preset '{ext}'{hint}; presets are {presets}",
            "未知的预设“{ext}”{hint}；可用预设为 {presets}"),
    OVERALL_ASSERTION_HAS_NO(6, "an overall assertion has no id (it applies to every scenario)",
            "总体断言没有 id（它适用于每个场景）"),
    ASSERTION_NAMES_ID(7, "an assertion on {id} names its id ({on})",
            "对 {id} 的断言须给出其 id（{on}）"),
    UNKNOWN_ID(8, "unknown {id} '{id2}'{hint} in rule set {rules_id} {version}",
            "规则集 {rules_id} {version} 中没有 {id}“{id2}”{hint}"),
    UNKNOWN_SCENARIO_RULE_SET(9, "unknown scenario '{scenario}'{hint}; the rule set scores {scenarios}",
            "未知的场景“{scenario}”{hint}；规则集评分的场景为 {scenarios}"),
    SCENARIO_ASSERTION_NAMES_SCENARIO(10, "a scenario assertion names its scenario as its id",
            "场景断言以场景名作为其 id"),
    NOT_GRADE_RULE_SET(11, "'{grade_text}' is not a grade of rule set {rules_id} ({rules})",
            "“{grade_text}”不是规则集 {rules_id} 的等级（{rules}）"),
    MIN_GRADE_APPLIES_OVERALL(12, "min_grade applies to overall and scenario assertions; a {id} has a score (use min_score)",
            "min_grade 只适用于总体和场景断言；{id} 只有分数（请用 min_score）"),
    MAX_DROP_APPLIES_OVERALL(13, "max_drop applies to overall and scenario assertions (a baseline keeps scenario scores and grades)",
            "max_drop 只适用于总体和场景断言（基线只保存场景的分数与等级）"),
    REQUIRED_EVIDENCE_APPLIES_INDICATOR(14, "required_evidence applies to indicator and table assertions",
            "required_evidence 只适用于指标和表断言"),
    ASSERTION_NEEDS_BOUND_MIN(15, "an assertion needs a bound: min_score, min_grade, max_drop or required_evidence",
            "断言需要一个界限：min_score、min_grade、max_drop 或 required_evidence"),
    UNKNOWN_INDICATOR(16, "unknown indicator '{ind}'{hint}",
            "未知的指标“{ind}”{hint}"),
    WAIVER_NAMES_CENTERS_COVERS(17, "a waiver names the centers it covers",
            "豁免须列出其覆盖的中心"),
    WAIVER_SAYS_WHY(18, "a waiver says why",
            "豁免须说明理由"),
    REQUIRED_GOT_NULL(19, "{path} is required, got null",
            "{path} 为必填项，实际为空值"),
    EXPECTED_LIST_GOT(20, "expected a list for {path}, got {kind}",
            "{path} 应为列表，实际为{kind}"),
    EXPECTED_NAME_GOT(21, "expected a name in {path}, got {kind}",
            "{path} 中应为名称，实际为{kind}"),
    NOT_ONE(22, "'{text}' is not one of {choices}{hint}",
            "“{text}”不是 {choices} 之一{hint}"),
    NUMBER_FROM_GOT(23, "{path} is a number from {min} to {max}, got {text}",
            "{path} 是 {min} 到 {max} 之间的数，实际为 {text}"),
    DATE_YYYY_MM_DD(24, "{path} is a date as YYYY-MM-DD, got '{text}'",
            "{path} 是 YYYY-MM-DD 格式的日期，实际为“{text}”"),
    EXPECTED_SINGLE_VALUE_GOT(25, "expected a single value for {path}, got {kind}",
            "{path} 应为单个值，实际为{kind}"),
    NOT_A_FILE(26, "{what} '{name}': no such file (a preset id is one of {presets})",
            "{what}“{name}”：没有这个文件（预设的 id 为 {presets} 之一）"),
    NOT_A_FILE_FOLDER(27, "{what} '{name}': is a directory (a preset id is one of {presets})",
            "{what}“{name}”：是文件夹（预设的 id 为 {presets} 之一）"),
    EXPECTED_MAP_GOT(28, "expected a map for {path}, got {kind}",
            "{path} 应为映射，实际为{kind}"),
    UNKNOWN_KEY(29, "unknown key '{key}'{hint}; {path} takes {keys}",
            "未知的键“{key}”{hint}；{path} 可用的键为 {keys}"),
    MISSING_REQUIRED_KEY(30, "{path}: missing required key '{key}'",
            "{path}：缺少必填的键“{key}”");

    private final Text text;

    GateCode(int number, String en, String zh) {
        this.text = new Text(number, en, zh);
    }

    @Override
    public Area area() {
        return Area.G;
    }

    @Override
    public Text text() {
        return text;
    }
}
