package dev.cca.diag;

/** Catalogs: tables, records and the centers they list ({@code CCA-C}). */
public enum CatalogCode implements Code {
    DUPLICATE_CENTER_ID(1, "duplicate center id '{id}': also at {prefix}; this record is not scored",
            "重复的中心 id“{id}”：另见 {prefix}；此记录不计分"),
    TOOL_OWN_OUTPUT_NAMES(2, "a tool's own output names no center, and the inputs hold more than one profile; wrap it in a benchmark-run document (cca: benchmark-run/v1) whose center says which",
            "工具自己的输出没有指明中心，而输入中有不止一个档案；请将其包在 benchmark-run 文档（cca: benchmark-run/v1）中，由其 center 指明"),
    BENCHMARK_FOR_NO_PROFILE(3, "this benchmark is for center '{key}', which is not among the profiles assessed",
            "此基准测试属于中心“{key}”，但该中心不在所评估的档案中"),
    NO_CENTER_RECORD(4, "no center record was read from the inputs: {likely_cause}",
            "未从输入中读到任何中心记录：{likely_cause}"),
    RECORD_NOT_VALID_PROFILE(5, "the record is not a valid profile",
            "此记录不是有效的档案"),
    MORE_WARNINGS_CENTERS_ARE(6, "{kept_warnings} more warnings of centers are counted but not listed",
            "另有 {kept_warnings} 条中心警告已计数但未列出");

    private final Text text;

    CatalogCode(int number, String en, String zh) {
        this.text = new Text(number, en, zh);
    }

    @Override
    public Area area() {
        return Area.C;
    }

    @Override
    public Text text() {
        return text;
    }
}
