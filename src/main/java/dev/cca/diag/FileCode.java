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
            "这是二进制文件而非文本（偏移 {offset} 处有 NUL 字节）；cca 读取 YAML、JSON、JSON Lines、CSV 和 XLSX"),
    UNEXPECTED(10, "unexpected {t}",
            "意外的 {t}"),
    UNEXPECTED_MAP(11, "unexpected {t} in a map",
            "映射中意外的 {t}"),
    UNTERMINATED_LIST(12, "unterminated list",
            "列表未结束"),
    KEY_CHARACTERS_OVER_CHARACTER(13, "a key of {key_length} characters is over the {max_string_length}-character limit",
            "键长 {key_length} 个字符，超过 {max_string_length} 个字符的上限"),
    DUPLICATE_KEY_FIRST_LINE(14, "duplicate key '{key}' (first at line {first_line}); remove one: which value should count is ambiguous",
            "重复的键“{key}”（首次出现在第 {first_line} 行）；请删除其一：无法确定应以哪个值为准"),
    VALUE_CHARACTERS_OVER_CHARACTER(15, "a value of {text_length} characters is over the {max_string_length}-character limit; raise it with --max-string-length",
            "值长 {text_length} 个字符，超过 {max_string_length} 个字符的上限；可用 --max-string-length 调高"),
    ALIAS_REFERS_NO_ANCHOR(16, "alias *{name} refers to no anchor &{name} before it",
            "别名 *{name} 之前没有对应的锚点 &{name}"),
    YAML_ALIASES_EXPAND_MORE(17, "YAML aliases expand to more than {max_alias_nodes} values (an alias bomb?); a profile never needs that many",
            "YAML 别名展开后超过 {max_alias_nodes} 个值（别名炸弹？）；档案从不需要这么多"),
    VALUES_ARE_NESTED_MORE(18, "values are nested more than {max_depth} levels deep; raise the limit with --max-depth",
            "值的嵌套超过 {max_depth} 层；可用 --max-depth 调高上限"),
    MORE_THAN_DOCUMENTS_ONE(19, "more than {max_documents} documents in one file; raise the limit with --max-documents",
            "一个文件中的文档超过 {max_documents} 个；可用 --max-documents 调高上限"),
    SECOND_DOCUMENT_STARTS_HERE(20, "a second document starts here without a '---' line before it",
            "此处开始了第二个文档，但前面没有“---”行"),
    CANNOT_READ_DOCUMENT(21, "cannot read the document: {message}",
            "无法读取文档：{message}"),
    NOT_VALID_YAML(22, "not valid YAML: {message}",
            "不是有效的 YAML：{message}"),
    EMPTY_JSON_DOCUMENT(24, "empty JSON document",
            "JSON 文档为空"),
    UNEXPECTED_TEXT_AFTER_JSON(25, "unexpected text after the JSON value",
            "JSON 值之后有多余的文本"),
    NOT_VALID_JSON(26, "not valid JSON: {original_message}",
            "不是有效的 JSON：{original_message}"),
    CANNOT_READ_JSON(27, "cannot read JSON: {message}",
            "无法读取 JSON：{message}"),
    NOT_VALID_PATH(28, "'{written}' is not a valid path: {reason}",
            "“{written}”不是有效的路径：{reason}"),
    NOT_FOUND_LOOKED(29, "{what} '{written}' not found (looked for {p})",
            "未找到{what}“{written}”（查找位置 {p}）"),
    CANNOT_READ_2(30, "cannot read {what} '{written}': {message}",
            "无法读取{what}“{written}”：{message}"),
    OUTSIDE_PATHS_SUBMITTED_FILES(31, "{what} '{written}' is outside {where}; paths in submitted files stay inside it. Widen it with --bench-root DIR, or trust the paths with --allow-outside-paths",
            "{what}“{written}”位于 {where} 之外；提交文件中的路径须在其内。可用 --bench-root DIR 放宽，或用 --allow-outside-paths 信任这些路径"),
    NOT_REGULAR_NAMED(32, "{what} '{written}' is {kind}, not a regular file; cca reads only regular files a submitted file names",
            "{what}“{written}”是{kind}，不是普通文件；提交的文件所指向的只能是普通文件");

    private final Text text;

    FileCode(int number, String en, String zh) {
        this.text = new Text(number, en, zh);
    }

    @Override
    public Area area() {
        return Area.F;
    }

    @Override
    public Text text() {
        return text;
    }
}
