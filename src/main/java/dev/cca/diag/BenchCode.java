package dev.cca.diag;

/** Benchmark results: native files, tool outputs and logs, and the runs they describe ({@code CCA-B}). */
public enum BenchCode implements Code {
    ;

    private final int number;
    private final String en;
    private final String zh;

    BenchCode(int number, String en, String zh) {
        this.number = number;
        this.en = en;
        this.zh = zh;
    }

    @Override
    public Area area() {
        return Area.B;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String en() {
        return en;
    }

    @Override
    public String zh() {
        return zh;
    }
}
