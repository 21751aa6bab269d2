package dev.cca.diag;

/**
 * The one transitional code, {@code CCA-X000}: a message written as plain English text at a call site not yet
 * moved to the catalogue. It is printed without a code and untranslated; no new call site should use it.
 */
public enum Uncoded implements Code {
    TEXT;

    @Override
    public Area area() {
        return Area.X;
    }

    private static final Text TEXT_ONLY = new Text(0, "{text}", "{text}");

    @Override
    public Text text() {
        return TEXT_ONLY;
    }
}
