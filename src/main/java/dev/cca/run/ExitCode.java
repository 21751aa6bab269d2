package dev.cca.run;

/**
 * The documented exit codes of cca (see the CLI contract); scripts and CI pipelines depend on them. The one place
 * their meanings are written: every command's help reads {@link #summary}, and a test holds the README's table to
 * these codes and words.
 */
public enum ExitCode {
    /** Everything was scored and every gate passed. */
    OK(0, "ok"),
    /** A gate failed (score, grade or regression); reports were still written. */
    GATE_FAILED(1, "a gate failed"),
    /** Usage error: unknown option, missing argument, an output path that cannot be used. */
    USAGE(2, "usage error"),
    /** Invalid input: a profile, benchmark or rule set failed validation. Valid centers are still scored. */
    INVALID_INPUT(3, "invalid input"),
    /** An unexpected error: a bug, or the environment failed (a disk that filled up while writing). */
    INTERNAL(4, "internal error or failed write");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    /** A few words for help texts: "a gate failed". */
    public String meaning() {
        return meaning;
    }

    /** "Exit codes: 0 ok, 1 a gate failed, ..." over {@code codes}, for a command's help. */
    public static String summary(ExitCode... codes) {
        StringBuilder sb = new StringBuilder("Exit codes:");
        for (int i = 0; i < codes.length; i++) {
            sb.append(i == 0 ? " " : ", ").append(codes[i].code).append(' ').append(codes[i].meaning);
        }
        return sb.append('.').toString();
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
