package dev.cca.input.bench;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import java.util.List;

/**
 * A file that was read completely and correctly, but whose own tool says the run does not count: an MLPerf
 * LoadGen summary marked INVALID, an MLPerf Training log that ends with {@code status: aborted}, nccl-tests
 * rows with wrong values. The diagnostics point at the lines that say so. Callers that aggregate several runs
 * may report it as a warning and leave the run out; callers that only know {@link InputException} treat it as
 * an error, which is the safe default: such a run is never scored.
 */
public final class RejectedRunException extends InputException {

    private static final long serialVersionUID = 1L;

    public RejectedRunException(List<Diagnostic> diagnostics) {
        super(diagnostics);
    }
}
