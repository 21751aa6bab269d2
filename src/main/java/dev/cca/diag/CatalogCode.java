package dev.cca.diag;

/** Catalogs: tables, records and the centers they list ({@code CCA-C}). */
public enum CatalogCode implements Code {
    DUPLICATE_CENTER_ID(1, "duplicate center id '{id}': also at {prefix}; this record is not scored",
            "重复的中心 id“{id}”：另见 {prefix}；此记录不计分"),
    TOOL_OWN_OUTPUT_NAMES(2, "a tool's own output names no center, and the inputs hold more than one profile; wrap it in a benchmark-run document (cca: benchmark-run/v1) whose center says which",
            "工具自己的输出没有指明中心，而输入中有不止一个档案；请将其包在 benchmark-run 文档（cca: benchmark-run/v1）中，由其 center 指明"),
    BENCHMARK_FOR_NO_PROFILE(3, "this benchmark is for center '{key}', which is not among the profiles assessed",
            "此基准测试属于中心“{key}”，但该中心不在所评估的档案中"),
    NO_CENTER_RECORD(4, "no center record was read from the inputs: {likely_cause}",
            "未从输入中读到任何中心记录：{likely_cause}"),
    RECORD_NOT_VALID_PROFILE(5, "the record is not a valid profile",
            "此记录不是有效的档案"),
    MORE_WARNINGS_CENTERS_ARE(6, "{kept_warnings} more warnings of centers are counted but not listed",
            "另有 {kept_warnings} 条中心警告已计数但未列出"),
    CELL_TWICE(7, "cell {ref} is written twice in this row; which value counts would be ambiguous (the workbook was not saved by a spreadsheet program)",
            "单元格 {ref} 在此行中写了两次；无法确定以哪个值为准（该工作簿不是由电子表格程序保存的）"),
    DATE_CELL_OUT_OF_RANGE(8, "cell {ref} is formatted as a date but holds {value}, past the last day Excel's calendar has (9999-12-31); write the date itself",
            "单元格 {ref} 设为日期格式，但其值 {value} 超出 Excel 日历的最后一天（9999-12-31）；请直接写出日期"),
    RECORD_TOO_LONG(9, "this record is longer than the {limit} limit for one record; raise it with --max-record-size",
            "此记录超过单条记录 {limit} 的上限；可用 --max-record-size 调高"),
    RECORD_TOO_LONG_UNCLOSED_QUOTE(10, "this record is longer than the {limit} limit for one record; raise it with --max-record-size; a quoted cell opened at line {quote_line}, column {quote_column} may be missing its closing quote",
            "此记录超过单条记录 {limit} 的上限；可用 --max-record-size 调高；第 {quote_line} 行第 {quote_column} 列开始的带引号单元格可能缺少右引号"),
    CELL_TOO_LONG(11, "a cell of {length} characters is over the {max}-character limit; raise it with --max-string-length",
            "单元格长 {length} 个字符，超过 {max} 个字符的上限；可用 --max-string-length 调高"),
    UNCLOSED_QUOTE(12, "the quoted cell that starts at line {line}, column {column} is not closed before the end of the file",
            "第 {line} 行第 {column} 列开始的带引号单元格直到文件末尾都未闭合"),
    UNCLOSED_QUOTE_RECOVERED(13, "the quote opened at line {line}, column {column} is never closed; this row (line {line}) is not read, and reading goes on at line {resume_line}",
            "第 {line} 行第 {column} 列的引号始终未闭合；此行（第 {line} 行）不读取，从第 {resume_line} 行继续读取"),
    TEXT_AFTER_QUOTE(14, "text after the closing quote of a cell; a quote inside a quoted cell is written twice (\"\")",
            "单元格右引号之后还有文本；带引号单元格中的引号须写两次（\"\"）"),
    CELL_COUNT(15, "this row has {cells} cell(s) but the header has {header} columns (delimiter {delimiter}); check for a missing or extra delimiter, or an unquoted {delimiter} inside a value",
            "此行有 {cells} 个单元格，而表头有 {header} 列（分隔符 {delimiter}）；请检查是否缺少或多出分隔符，或值中有未加引号的 {delimiter}"),
    VALUE_WITHOUT_HEADER(16, "a value in column {ref}, which has no header; add a header or delete the value",
            "第 {ref} 列有值但没有表头；请补上表头或删除该值"),
    COMPANION_WITHOUT_VALUE(17, "column {column} has a value but {metric} is empty; ignored",
            "列 {column} 有值，但 {metric} 为空；已忽略"),
    NO_HEADER(18, "the table has no header row; the first row names the columns (id, name, compute.total_pflops_fp16, ...)",
            "表格没有表头行；第一行须写明各列名称（id、name、compute.total_pflops_fp16 ……）"),
    UNKNOWN_COLUMN(19, "unknown column '{name}'{hint}",
            "未知的列“{name}”{hint}"),
    MISSING_COLUMN(20, "the table has no column '{key}', which every profile needs; add it to the header",
            "表格没有每个档案都需要的列“{key}”；请将其加入表头"),
    DUPLICATE_COLUMN(21, "duplicate column '{name}' (first in column {first_ref}); remove one: which value counts is ambiguous",
            "重复的列“{name}”（首次出现在第 {first_ref} 列）；请删除其一：无法确定以哪个值为准"),
    GROUP_COLUMN(22, "column '{name}' names a group of keys; use one column per key, such as {example}",
            "列“{name}”指的是一组键；请每个键用一列，例如 {example}"),
    COMPANION_NOT_ALLOWED(23, "column '{name}': {base} is not a metric, so it takes no evidence, source or date",
            "列“{name}”：{base} 不是指标，不带证据、来源或日期"),
    INVENTORY_BOTH_FORMS(24, "column '{name}': use either one compute.accelerators column (the compact form) or compute.accelerators[i].* columns, not both",
            "列“{name}”：请只用一种写法，单独一列 compute.accelerators（紧凑写法）或 compute.accelerators[i].* 各列，不要同时使用"),
    INVENTORY_INDEX(25, "column '{name}': the accelerator index must be 0 to {last}",
            "列“{name}”：加速卡下标须在 0 到 {last} 之间"),
    INVENTORY_FIELD(26, "column '{name}': unknown accelerator key{hint}; use vendor, model, kind, count, fp16_tflops or memory_gb",
            "列“{name}”：未知的加速卡键{hint}；可用 vendor、model、kind、count、fp16_tflops 或 memory_gb"),
    COMPANION_WITHOUT_COLUMN(27, "column '{name}' goes with a column '{metric}', which the table does not have",
            "列“{name}”须与列“{metric}”同用，但表格中没有该列"),
    NESTED_COLUMN(28, "column '{name}' goes deeper than the key it names",
            "列“{name}”比它所指的键更深一层"),
    XLSX_ENCRYPTED(29, "the workbook is password-protected (encrypted); save an unprotected copy and read that",
            "工作簿有密码保护（已加密）；请另存一份不加保护的副本再读取"),
    XLSX_IS_OLE2(30, "this is an old binary Excel workbook (.xls) with another name; open it in Excel or LibreOffice and save it as .xlsx",
            "这是改了扩展名的旧式二进制 Excel 工作簿（.xls）；请在 Excel 或 LibreOffice 中打开并另存为 .xlsx"),
    XLSX_CORRUPT(31, "the file is not a readable .xlsx workbook ({detail}); open and save it again in Excel, or export CSV",
            "文件不是可读的 .xlsx 工作簿（{detail}）；请在 Excel 中重新打开并保存，或导出 CSV"),
    XLSX_ZIP_BOMB(32, "the workbook expands to far more data than its size suggests (a zip bomb?); it is not read. A real workbook compresses less than 100 to 1",
            "工作簿解压后的数据量远超其文件大小（zip 炸弹？），不予读取。真实的工作簿压缩比小于 100 比 1"),
    XLSX_NO_SHEET(33, "the workbook has no sheet named '{wanted}'{hint}; its sheets are: {available}",
            "工作簿中没有名为“{wanted}”的工作表{hint}；其工作表为：{available}"),
    XLSX_OWN_REPORT(34, "this workbook is a report written by cca assess ({format}), not a catalog of centers; score the profiles it was made from, or compare two runs with --baseline OLD.json",
            "此工作簿是 cca assess 写出的报告（{format}），不是中心目录；请对生成它的档案评分，或用 --baseline OLD.json 比较两次运行"),
    XLSX_OWN_BATCH(35, "this workbook is a catalog's ranking written by cca batch ({format}), not a catalog of centers; score the catalog it was made from, or compare two runs with --baseline OLD.json",
            "此工作簿是 cca batch 写出的目录排名（{format}），不是中心目录；请对生成它的目录评分，或用 --baseline OLD.json 比较两次运行"),
    XLSX_EMPTY_WORKBOOK(36, "the workbook has no sheets",
            "工作簿中没有工作表"),
    FORMULA_WITHOUT_VALUE(37, "cell {ref} holds a formula without a calculated value; open the workbook in Excel and save it (which stores the values), or paste the values over the formulas",
            "单元格 {ref} 是没有计算结果的公式；请在 Excel 中打开并保存工作簿（会存下计算结果），或以数值粘贴覆盖公式"),
    ERROR_CELL(38, "cell {ref} holds the error value {error}; fix the formula or clear the cell",
            "单元格 {ref} 的值是错误值 {error}；请修正公式或清空该单元格"),
    BAD_SHARED_STRING(39, "cell {ref} refers to a shared string that the workbook does not have; the workbook is damaged",
            "单元格 {ref} 引用了工作簿中不存在的共享字符串；工作簿已损坏"),
    COLUMN_PAST_LIMIT(40, "cell {ref} lies past the last column an .xlsx sheet can have (XFD)",
            "单元格 {ref} 超出了 .xlsx 工作表的最后一列（XFD）"),
    UNKNOWN_COMPANION(41, "unknown column '{name}'{hint}; a metric's companion columns are {metric}.{{allowed}}",
            "未知的列“{name}”{hint}；指标的附属列为 {metric}.{{allowed}}"),
    ARRAY_TRAILING_COMMA(42, "a comma before ']' leaves an empty element",
            "“]”前的逗号留下了一个空元素"),
    ARRAY_NOT_CLOSED(43, "the array that starts here is not closed: ']' is missing at the end of the file; the {read} element(s) before the end are read",
            "从此处开始的数组未闭合：文件末尾缺少“]”；已读取末尾之前的 {read} 个元素"),
    ELEMENT_NOT_CLOSED_LINE(44, "this element is not closed (a missing '}', ']' or '\"'): it runs to the end of line {line}, which is not read; reading goes on after it",
            "此元素未闭合（缺少“}”“]”或“\"”）：它一直延续到第 {line} 行末尾，该行不读取，从其后继续读取"),
    ELEMENT_NOT_CLOSED_LINES(45, "this element is not closed (a missing '}', ']' or '\"'): it runs over {lines} lines, {first} to {last}, which are not read; reading goes on after them",
            "此元素未闭合（缺少“}”“]”或“\"”）：它跨越 {lines} 行（第 {first} 到 {last} 行），这些行不读取，从其后继续读取"),
    TEXT_AFTER_ARRAY(46, "text after the end of the array; it is not read",
            "数组结束之后还有文本，不予读取");

    private final Text text;

    CatalogCode(int number, String en, String zh) {
        this.text = new Text(number, en, zh);
    }

    @Override
    public Area area() {
        return Area.C;
    }

    @Override
    public Text text() {
        return text;
    }
}
