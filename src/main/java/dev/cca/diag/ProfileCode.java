package dev.cca.diag;

/** Center profiles: keys, values and their cross-references ({@code CCA-P}). */
public enum ProfileCode implements Code {
    ;

    private final int number;
    private final String en;
    private final String zh;

    ProfileCode(int number, String en, String zh) {
        this.number = number;
        this.en = en;
        this.zh = zh;
    }

    @Override
    public Area area() {
        return Area.P;
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
