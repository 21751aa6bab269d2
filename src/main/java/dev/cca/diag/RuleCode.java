package dev.cca.diag;

/** Rule sets: their tables, weights, curves, caps and citations ({@code CCA-R}). */
public enum RuleCode implements Code {
    ;

    private final int number;
    private final String en;
    private final String zh;

    RuleCode(int number, String en, String zh) {
        this.number = number;
        this.en = en;
        this.zh = zh;
    }

    @Override
    public Area area() {
        return Area.R;
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
