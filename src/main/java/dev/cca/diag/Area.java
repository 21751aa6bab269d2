package dev.cca.diag;

/** The part of cca a diagnostic code belongs to: the letter after {@code CCA-} in the code. */
public enum Area {
    F("Files and output", "文件与输出"),
    P("Profiles", "中心档案"),
    B("Benchmark results", "基准测试结果"),
    C("Catalogs", "目录"),
    R("Rule sets", "规则集"),
    G("Gates", "门禁"),
    O("Options", "命令行选项"),
    K("Checks of claims", "声明核查");

    private final String en;
    private final String zh;

    Area(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    public String en() {
        return en;
    }

    public String zh() {
        return zh;
    }
}
