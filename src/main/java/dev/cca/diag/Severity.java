package dev.cca.diag;

/** How bad a problem is. An error makes the input invalid (exit 3); a warning is reported and scoring goes on. */
public enum Severity {
    ERROR("error", "错误"),
    WARNING("warning", "警告");

    private final String label;
    private final String zh;

    Severity(String label, String zh) {
        this.label = label;
        this.zh = zh;
    }

    /** {@code error} or {@code warning}: the word machine-read outputs use, whatever the language. */
    public String label() {
        return label;
    }

    public String label(String lang) {
        return "zh".equals(lang) ? zh : label;
    }
}
