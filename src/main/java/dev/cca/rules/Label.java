package dev.cca.rules;

/** A text in English and Chinese; every name a report shows has both. */
public record Label(String en, String zh) implements dev.cca.diag.Localized {

    public static final Label EMPTY = new Label("", "");

    @Override
    public String get(String lang) {
        return "zh".equals(lang) && zh != null && !zh.isEmpty() ? zh : en;
    }

    /** "Cluster stability (计算集群稳定性)". */
    public String both() {
        if (zh == null || zh.isEmpty() || zh.equals(en)) {
            return en;
        }
        return en + " (" + zh + ")";
    }
}
