package dev.cca.diag;

/** Gate files: presets, checks, levels and waivers ({@code CCA-G}). */
public enum GateCode implements Code {
    ;

    private final int number;
    private final String en;
    private final String zh;

    GateCode(int number, String en, String zh) {
        this.number = number;
        this.en = en;
        this.zh = zh;
    }

    @Override
    public Area area() {
        return Area.G;
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
