package dev.cca.run;

/**
 * The documented exit codes of cca (see the CLI contract); scripts and CI pipelines depend on them. The one place
 * their meanings are written: every command's help reads {@link #summary}, and a test holds the README's table to
 * these codes and words.
 */
public enum ExitCode {
    /** Everything was scored and every gate passed. */
    OK(0, "ok", "成功"),
    /** A gate failed (score, grade or regression); reports were still written. */
    GATE_FAILED(1, "a gate failed", "门禁未通过"),
    /** Usage error: unknown option, missing argument, an output path that cannot be used. */
    USAGE(2, "usage error", "用法错误"),
    /** Invalid input: a profile, benchmark or rule set failed validation. Valid centers are still scored. */
    INVALID_INPUT(3, "invalid input", "输入无效"),
    /** An unexpected error: a bug, or the environment failed (a disk that filled up while writing). */
    INTERNAL(4, "internal error or failed write", "内部错误或写入失败"),
    /**
     * Standard output was closed by its reader before cca was done (head after its lines, less quit, grep -q):
     * 128 + SIGPIPE, what a shell reports of a program that SIGPIPE ended. Decided by {@link OutputPipe}.
     */
    READER_GONE(141, "standard output closed by its reader", "读取方提前关闭了标准输出");

    private final int code;
    private final String meaning;
    private final String zh;

    ExitCode(int code, String meaning, String zh) {
        this.code = code;
        this.meaning = meaning;
        this.zh = zh;
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
        return summary("en", codes);
    }

    /** As {@link #summary(ExitCode...)}, in {@code lang}: "退出码：0 成功，1 门禁未通过，……". */
    public static String summary(String lang, ExitCode... codes) {
        boolean zh = "zh".equals(lang);
        StringBuilder sb = new StringBuilder(zh ? "退出码：" : "Exit codes:");
        for (int i = 0; i < codes.length; i++) {
            sb.append(i == 0 ? zh ? "" : " " : zh ? "，" : ", ").append(codes[i].code).append(' ').append(zh ? codes[i].zh : codes[i].meaning);
        }
        return sb.append(zh ? '。' : '.').toString();
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
            case READER_GONE -> 4;
            case INTERNAL -> 5;
        };
    }
}
