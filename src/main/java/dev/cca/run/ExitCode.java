package dev.cca.run;

/** The documented exit codes of cca (see the CLI contract); scripts and CI pipelines depend on them. */
public enum ExitCode {
    /** Everything was scored and every gate passed. */
    OK(0),
    /** A gate failed (score, grade or regression); reports were still written. */
    GATE_FAILED(1),
    /** Usage error: unknown option, missing argument, an output path that cannot be used. */
    USAGE(2),
    /** Invalid input: a profile, benchmark or rule set failed validation. Valid centers are still scored. */
    INVALID_INPUT(3),
    /** An unexpected error: a bug, or the environment failed (a disk that filled up while writing). */
    INTERNAL(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The more severe of two outcomes (input errors outrank gate failures, which outrank success). */
    public ExitCode worst(ExitCode other) {
        return rank() >= other.rank() ? this : other;
    }

    private int rank() {
        return switch (this) {
            case OK -> 0;
            case GATE_FAILED -> 1;
            case INVALID_INPUT -> 2;
            case USAGE -> 3;
            case INTERNAL -> 4;
        };
    }
}
