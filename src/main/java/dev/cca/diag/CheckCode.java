package dev.cca.diag;

/** The checks stage: claims held against physical and cross-claim bounds ({@code CCA-K}). */
public enum CheckCode implements Code {
    ;

    private final int number;
    private final String en;
    private final String zh;

    CheckCode(int number, String en, String zh) {
        this.number = number;
        this.en = en;
        this.zh = zh;
    }

    @Override
    public Area area() {
        return Area.K;
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
