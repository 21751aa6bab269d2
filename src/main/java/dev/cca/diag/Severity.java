package dev.cca.diag;

/** How bad a problem is. An error makes the input invalid (exit 3); a warning is reported and scoring goes on. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
