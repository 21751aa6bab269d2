package dev.cca.input.catalog;

import dev.cca.diag.CatalogCode;
import dev.cca.diag.FileCode;
import dev.cca.diag.Localized;
import dev.cca.diag.Message;
import dev.cca.input.Limits;

/**
 * The messages of every problem the catalog readers report, in one place: each is a code of the catalogue
 * ({@link FileCode} for files and directories, {@link CatalogCode} for tables, records and workbooks) with its
 * arguments, and says what is wrong and what to do; the caller adds file, line and column.
 */
final class Messages {

    private Messages() {
    }

    // ---- files and directories ----------------------------------------------------------------------

    static Message noSuchInput() {
        return new Message(FileCode.NO_SUCH_FILE_OR_DIRECTORY);
    }

    static Message cellTwice(String ref) {
        return new Message(CatalogCode.CELL_TWICE, ref);
    }

    static Message dateCellOutOfRange(String ref, String value) {
        return new Message(CatalogCode.DATE_CELL_OUT_OF_RANGE, ref, value);
    }

    static Message oldExcel() {
        return new Message(FileCode.OLD_EXCEL);
    }

    static Message binaryExcel() {
        return new Message(FileCode.BINARY_EXCEL);
    }

    static Message otherSpreadsheet(String ext) {
        return new Message(FileCode.OTHER_SPREADSHEET, ext);
    }

    static Message skippedInDirectory(Message reason) {
        return new Message(FileCode.SKIPPED, reason);
    }

    /** @param target the directory the link leads back to, as named in the walk */
    static Message symlinkLoop(String target) {
        return new Message(FileCode.SYMLINK_LOOP, target);
    }

    static Message brokenLink() {
        return new Message(FileCode.BROKEN_LINK);
    }

    static Message cannotList(String why) {
        return new Message(FileCode.CANNOT_LIST, why);
    }

    static Message unknownContent() {
        return new Message(FileCode.UNKNOWN_CONTENT);
    }

    static Message notCenters(FileKind kind) {
        return new Message(FileCode.NOT_CENTERS, switch (kind) {
            case BENCHMARK_RUN -> Localized.of("a benchmark-run document", "基准测试运行文档");
            case TOOL_OUTPUT -> Localized.of("a benchmark tool's output", "基准测试工具的输出");
            case RULE_SET -> Localized.of("a rule set", "规则集");
            case GATE -> Localized.of("a gate file", "门禁文件");
            case REPORT -> Localized.of("a report cca wrote", "cca 写出的报告");
            case CENTERS -> Localized.of("center records", "中心记录");
        });
    }

    static Message inputTooLarge(long max) {
        return new Message(FileCode.INPUT_TOO_LARGE, Limits.human(max));
    }

    static Message noDocument() {
        return new Message(FileCode.NO_DOCUMENT);
    }

    static Message cannotRead(String why) {
        return new Message(FileCode.CANNOT_READ, String.valueOf(why));
    }

    static Message xlsxFromStream() {
        return new Message(FileCode.XLSX_FROM_STREAM);
    }

    static Message decodeErrorMidFile(String charset) {
        return new Message(FileCode.DECODE_ERROR_MID_FILE, charset);
    }

    static Message badUtf8Line() {
        return new Message(FileCode.BAD_UTF8_LINE);
    }

    static Message tooManyDocuments(int max) {
        return new Message(FileCode.MORE_THAN_DOCUMENTS_ONE, max);
    }

    static Message fileTooLarge(long size, long max) {
        return new Message(FileCode.TOO_LARGE, Limits.human(size), Limits.human(max));
    }

    // ---- records ------------------------------------------------------------------------------------

    static Message recordTooLong(int max) {
        return new Message(CatalogCode.RECORD_TOO_LONG, Limits.human(max));
    }

    static Message recordTooLongUnclosedQuote(int max, int quoteLine, int quoteColumn) {
        return new Message(CatalogCode.RECORD_TOO_LONG_UNCLOSED_QUOTE, Limits.human(max), quoteLine, quoteColumn);
    }

    static Message cellTooLong(int length, int max) {
        return new Message(CatalogCode.CELL_TOO_LONG, length, max);
    }

    static Message unclosedQuote(int line, int column) {
        return new Message(CatalogCode.UNCLOSED_QUOTE, line, column);
    }

    static Message unclosedQuoteRecovered(int line, int column, int resumeLine) {
        return new Message(CatalogCode.UNCLOSED_QUOTE_RECOVERED, line, column, resumeLine);
    }

    static Message textAfterQuote() {
        return new Message(CatalogCode.TEXT_AFTER_QUOTE);
    }

    static Message cellCount(int cells, int header, Localized delimiter) {
        return new Message(CatalogCode.CELL_COUNT, cells, header, delimiter);
    }

    /** How a message names a delimiter: "tab", or the character quoted. */
    static Localized delimiterName(char delimiter) {
        return delimiter == '\t' ? Localized.of("tab", "制表符") : Localized.of("'" + delimiter + "'", "“" + delimiter + "”");
    }

    static Message valueWithoutHeader(String ref) {
        return new Message(CatalogCode.VALUE_WITHOUT_HEADER, ref);
    }

    static Message companionWithoutValue(String column, String metric) {
        return new Message(CatalogCode.COMPANION_WITHOUT_VALUE, column, metric);
    }

    static Message arrayTrailingComma() {
        return new Message(CatalogCode.ARRAY_TRAILING_COMMA);
    }

    static Message arrayNotClosed(int read) {
        return new Message(CatalogCode.ARRAY_NOT_CLOSED, read);
    }

    /** An element of a JSON array not closed; it runs from {@code line} to {@code lastLine} (0-based). */
    static Message elementNotClosed(int line, int lastLine) {
        int lines = lastLine - line + 1;
        return lines == 1 ? new Message(CatalogCode.ELEMENT_NOT_CLOSED_LINE, line + 1)
                : new Message(CatalogCode.ELEMENT_NOT_CLOSED_LINES, lines, line + 1, lastLine + 1);
    }

    static Message textAfterArray() {
        return new Message(CatalogCode.TEXT_AFTER_ARRAY);
    }

    // ---- headers ------------------------------------------------------------------------------------

    static Message noHeader() {
        return new Message(CatalogCode.NO_HEADER);
    }

    static Message unknownColumn(String name, Localized hint) {
        return new Message(CatalogCode.UNKNOWN_COLUMN, name, hint);
    }

    static Message unknownCompanion(String name, Localized hint, String metric, String allowed) {
        return new Message(CatalogCode.UNKNOWN_COMPANION, name, hint, metric, allowed);
    }

    static Message missingColumn(String key) {
        return new Message(CatalogCode.MISSING_COLUMN, key);
    }

    static Message duplicateColumn(String name, String firstRef) {
        return new Message(CatalogCode.DUPLICATE_COLUMN, name, firstRef);
    }

    static Message groupColumn(String name, String example) {
        return new Message(CatalogCode.GROUP_COLUMN, name, example);
    }

    static Message companionNotAllowed(String name, String base) {
        return new Message(CatalogCode.COMPANION_NOT_ALLOWED, name, base);
    }

    static Message inventoryBothForms(String name) {
        return new Message(CatalogCode.INVENTORY_BOTH_FORMS, name);
    }

    static Message inventoryIndex(String name, int max) {
        return new Message(CatalogCode.INVENTORY_INDEX, name, max - 1);
    }

    static Message inventoryField(String name, Localized hint) {
        return new Message(CatalogCode.INVENTORY_FIELD, name, hint);
    }

    static Message companionWithoutColumn(String name, String metric) {
        return new Message(CatalogCode.COMPANION_WITHOUT_COLUMN, name, metric);
    }

    static Message nested(String name) {
        return new Message(CatalogCode.NESTED_COLUMN, name);
    }

    /** " (only compute.accelerators takes an index [i])". */
    static Localized onlyInventoryIndexed() {
        return Localized.of(" (only compute.accelerators takes an index [i])", "（只有 compute.accelerators 可带下标 [i]）");
    }

    /** " (did you mean a or b?)": several columns a name may have meant. */
    static Localized didYouMeanOneOf(java.util.List<String> columns) {
        return Localized.of(" (did you mean " + String.join(" or ", columns) + "?)",
                "（是否应为 " + String.join(" 或 ", columns) + "？）");
    }

    // ---- XLSX ---------------------------------------------------------------------------------------

    static Message xlsxEncrypted() {
        return new Message(CatalogCode.XLSX_ENCRYPTED);
    }

    static Message xlsxIsOle2() {
        return new Message(CatalogCode.XLSX_IS_OLE2);
    }

    /** @param detail a {@link Localized} reason, or the text of the library's exception */
    static Message xlsxCorrupt(Object detail) {
        return new Message(CatalogCode.XLSX_CORRUPT, detail);
    }

    static Localized xlsxEmptyFile() {
        return Localized.of("the file is empty", "文件为空");
    }

    static Localized xlsxNotZip() {
        return Localized.of("it is not a zip container", "它不是 zip 容器");
    }

    static Localized xlsxNotOoxml() {
        return Localized.of("not an Office Open XML package", "不是 Office Open XML 包");
    }

    static Localized xlsxBrokenXml(String detail) {
        return Localized.of("the sheet's XML is broken: " + detail, "工作表的 XML 已损坏：" + detail);
    }

    static Message xlsxZipBomb() {
        return new Message(CatalogCode.XLSX_ZIP_BOMB);
    }

    static Message xlsxNoSheet(String wanted, String available, Localized hint) {
        return new Message(CatalogCode.XLSX_NO_SHEET, wanted, hint, available);
    }

    /** A workbook cca wrote (its {@code cca.format} property names the result it holds) given as a catalog. */
    static Message xlsxOwnWorkbook(String format) {
        return new Message(format.startsWith("cca-batch/") ? CatalogCode.XLSX_OWN_BATCH : CatalogCode.XLSX_OWN_REPORT, format);
    }

    static Message xlsxHiddenSheetSkipped(String hidden, String read) {
        return new Message(dev.cca.diag.ProfileCode.XLSX_HIDDEN_SHEET_SKIPPED, hidden, read);
    }

    static Message xlsxEverySheetHidden(String hidden) {
        return new Message(dev.cca.diag.ProfileCode.XLSX_EVERY_SHEET_HIDDEN, hidden);
    }

    static Message tooManyMergedRanges(int count, int limit) {
        return new Message(dev.cca.diag.ProfileCode.XLSX_MERGED_TOO_MANY, count, limit);
    }

    static Message mergedHeader(String range, int row) {
        return new Message(dev.cca.diag.ProfileCode.XLSX_MERGED_HEADER, range, row);
    }

    static Message mergedOverlap(String range, String other) {
        return new Message(dev.cca.diag.ProfileCode.XLSX_MERGED_NOT_AS_EXCEL, Localized.of(
                "the merged range " + range + " overlaps the merged range " + other,
                "合并区域 " + range + " 与合并区域 " + other + " 重叠"));
    }

    static Message mergedMarkupInText() {
        return new Message(dev.cca.diag.ProfileCode.XLSX_MERGED_NOT_AS_EXCEL, Localized.of(
                "the sheet's text (a cell's text or a comment) holds merged-cell markup that is not among its merged cells, and"
                        + " its rows were read through it",
                "工作表的文本（单元格文本或注释）中含有并非其合并单元格的合并标记，而其各行已按此读取"));
    }

    static Message mergedAcrossColumns(String ref, String range) {
        return new Message(dev.cca.diag.ProfileCode.XLSX_MERGED_CELL, ref, range,
                Localized.of("a range merged across columns shows its value across them all and belongs to none of them:"
                                + " unmerge the cells and write the value in its column",
                        "跨列合并的区域把值显示在所有列上，不属于其中任何一列：请取消合并，把值写在它所属的列中"));
    }

    static Message mergedCellOwnValue(String ref, String range, String top) {
        return new Message(dev.cca.diag.ProfileCode.XLSX_MERGED_CELL, ref, range,
                Localized.of("it holds a value of its own, which the workbook does not show (it shows " + top
                                + "'s in its place): clear the cell or unmerge the range",
                        "它有自己的值，而工作簿并不显示（在此处显示的是 " + top + " 的值）：请清除该单元格或取消合并"));
    }

    static Message xlsxEmptyWorkbook() {
        return new Message(CatalogCode.XLSX_EMPTY_WORKBOOK);
    }

    static Message formulaWithoutValue(String ref) {
        return new Message(CatalogCode.FORMULA_WITHOUT_VALUE, ref);
    }

    static Message errorCell(String ref, String error) {
        return new Message(CatalogCode.ERROR_CELL, ref, error);
    }

    static Message badSharedString(String ref) {
        return new Message(CatalogCode.BAD_SHARED_STRING, ref);
    }

    static Message columnPastLimit(String ref) {
        return new Message(CatalogCode.COLUMN_PAST_LIMIT, ref);
    }
}
