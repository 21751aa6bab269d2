package dev.cca.diag;

/** Command-line options and the values given to them ({@code CCA-O}). */
public enum OptionCode implements Code {
    ;

    private final Text text;

    OptionCode(int number, String en, String zh) {
        this.text = new Text(number, en, zh);
    }

    @Override
    public Area area() {
        return Area.O;
    }

    @Override
    public Text text() {
        return text;
    }
}
