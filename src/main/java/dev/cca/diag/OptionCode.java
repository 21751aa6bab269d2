package dev.cca.diag;

/** Command-line options and the values given to them ({@code CCA-O}). */
public enum OptionCode implements Code {
    ;

    private final int number;
    private final String en;
    private final String zh;

    OptionCode(int number, String en, String zh) {
        this.number = number;
        this.en = en;
        this.zh = zh;
    }

    @Override
    public Area area() {
        return Area.O;
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
