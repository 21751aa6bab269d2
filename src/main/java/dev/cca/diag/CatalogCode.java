package dev.cca.diag;

/** Catalogs: tables, records and the centers they list ({@code CCA-C}). */
public enum CatalogCode implements Code {
    ;

    private final int number;
    private final String en;
    private final String zh;

    CatalogCode(int number, String en, String zh) {
        this.number = number;
        this.en = en;
        this.zh = zh;
    }

    @Override
    public Area area() {
        return Area.C;
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
