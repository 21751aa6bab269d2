package dev.cca.diag;

import java.util.List;

/** Thrown when an input cannot be used at all; carries the located problems that say why. */
public class InputException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public InputException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "invalid input" : diagnostics.get(0).format());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public InputException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
