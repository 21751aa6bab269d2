package dev.cca.diag;

/** Files: reading, decoding and parsing inputs, and writing outputs ({@code CCA-F}). */
public enum FileCode implements Code {
    NO_SUCH_FILE(1, "no such file",
            "没有这个文件"),
    PERMISSION_DENIED(2, "cannot read the file: permission denied",
            "无法读取文件：没有权限"),
    CANNOT_READ(3, "cannot read the file: {reason}",
            "无法读取文件：{reason}"),
    OUT_OF_MEMORY(4, "the file is too large to read in the memory available; raise -Xmx or split the file",
            "文件过大，可用内存无法读入；请调大 -Xmx 或拆分文件"),
    DIRECTORY(5, "this is a directory, not a file",
            "这是文件夹，不是文件"),
    NOT_REGULAR(6, "not a regular file",
            "不是普通文件"),
    CANNOT_READ_STDIN(7, "cannot read standard input: {reason}",
            "无法读取标准输入：{reason}"),
    TOO_LARGE(8, "the file is {size}, over the {limit} limit for one file; raise it with --max-file-size, or split the catalog",
            "文件大小为 {size}，超过单个文件 {limit} 的上限；请用 --max-file-size 调高上限，或拆分目录"),
    BINARY(9, "this is a binary file, not text (a NUL byte at offset {offset}); cca reads YAML, JSON, JSON Lines, CSV and XLSX",
            "这是二进制文件而非文本（偏移 {offset} 处有 NUL 字节）；cca 读取 YAML、JSON、JSON Lines、CSV 和 XLSX");

    private final int number;
    private final String en;
    private final String zh;

    FileCode(int number, String en, String zh) {
        this.number = number;
        this.en = en;
        this.zh = zh;
    }

    @Override
    public Area area() {
        return Area.F;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String en() {
        return en;
    }

    @Override
    public String zh() {
        return zh;
    }
}
