package dev.cca.input.catalog;

import dev.cca.input.Limits;

/**
 * The texts of every problem the catalog readers report, in one place so that they stay consistent and
 * can be translated. Each says what is wrong and what to do; the caller adds file, line and column.
 */
final class Messages {

    private Messages() {
    }

    // ---- files and directories ----------------------------------------------------------------------

    static String noSuchInput() {
        return "no such file or directory";
    }

    static String cellTwice(String ref) {
        return "cell " + ref + " is written twice in this row; which value counts would be ambiguous (the workbook was not"
                + " saved by a spreadsheet program)";
    }

    static String dateCellOutOfRange(String ref, String value) {
        return "cell " + ref + " is formatted as a date but holds " + value + ", past the last day Excel's calendar has"
                + " (9999-12-31); write the date itself";
    }

    static String oldExcel() {
        return "old binary Excel workbooks (.xls) are not read; open it in Excel or LibreOffice and save it as .xlsx";
    }

    static String binaryExcel() {
        return "binary Excel workbooks (.xlsb) are not read; save the workbook as .xlsx";
    }

    static String otherSpreadsheet(String ext) {
        return "." + ext + " spreadsheets are not read; save the sheet as .xlsx or CSV (UTF-8)";
    }

    static String skippedInDirectory(String reason) {
        return "skipped: " + reason;
    }

    /** @param target the directory the link leads back to, as named in the walk */
    static String symlinkLoop(String target) {
        return "symbolic link loop: this directory is " + target + " again (an ancestor in the walk); skipped";
    }

    static String brokenLink() {
        return "broken symbolic link; skipped";
    }

    static String cannotList(String why) {
        return "cannot list the directory: " + why;
    }

    static String unknownContent() {
        return "the file is empty, or its format cannot be recognised; name it .yaml, .json, .jsonl, .csv or .xlsx";
    }

    static String notCenters(FileKind kind) {
        return "skipped: " + switch (kind) {
            case BENCHMARK_RUN -> "a benchmark-run document";
            case TOOL_OUTPUT -> "a benchmark tool's output";
            case RULE_SET -> "a rule set";
            case GATE -> "a gate file";
            case REPORT -> "a report cca wrote";
            case CENTERS -> "center records";
        } + ", not center records";
    }

    static String inputTooLarge(long max) {
        return "the input is over the " + dev.cca.input.Limits.human(max) + " limit for one file; raise it with --max-file-size";
    }

    static String noDocument() {
        return "the file holds no document (it is empty or only comments)";
    }

    static String cannotRead(String why) {
        return "cannot read the file: " + why;
    }

    static String xlsxFromStream() {
        return "an .xlsx workbook is read from a file, not from standard input";
    }

    static String decodeErrorMidFile(String charset) {
        return "the file is not valid " + charset + " text from here on; the rest of the file is skipped"
                + " (save it as UTF-8, or name its encoding with --encoding)";
    }

    static String badUtf8Line() {
        return "this line is not valid UTF-8 from here on; save the file as UTF-8"
                + " (or name its encoding with --encoding)";
    }

    static String tooManyDocuments(int max) {
        return "more than " + max + " documents in one file; raise the limit with --max-documents";
    }

    // ---- records ------------------------------------------------------------------------------------

    static String recordTooLong(int max) {
        return "this record is longer than the " + Limits.human(max)
                + " limit for one record; raise it with --max-record-size";
    }

    static String recordTooLongUnclosedQuote(int max, int quoteLine, int quoteColumn) {
        return recordTooLong(max) + "; a quoted cell opened at line " + quoteLine + ", column " + quoteColumn
                + " may be missing its closing quote";
    }

    static String cellTooLong(int length, int max) {
        return "a cell of " + length + " characters is over the " + max
                + "-character limit; raise it with --max-string-length";
    }

    static String unclosedQuote(int line, int column) {
        return "the quoted cell that starts at line " + line + ", column " + column
                + " is not closed before the end of the file";
    }

    static String unclosedQuoteRecovered(int line, int column, int resumeLine) {
        return "the quote opened at line " + line + ", column " + column + " is never closed; this row (line " + line
                + ") is not read, and reading goes on at line " + resumeLine;
    }

    static String textAfterQuote() {
        return "text after the closing quote of a cell; a quote inside a quoted cell is written twice (\"\")";
    }

    static String cellCount(int cells, int header, String delimiter) {
        return "this row has " + cells + (cells == 1 ? " cell" : " cells") + " but the header has " + header
                + " columns (delimiter " + delimiter + "); check for a missing or extra delimiter, or an unquoted "
                + delimiter + " inside a value";
    }

    static String valueWithoutHeader(String ref) {
        return "a value in column " + ref + ", which has no header; add a header or delete the value";
    }

    static String companionWithoutValue(String column, String metric) {
        return "column " + column + " has a value but " + metric + " is empty; ignored";
    }

    // ---- headers ------------------------------------------------------------------------------------

    static String noHeader() {
        return "the table has no header row; the first row names the columns (id, name, compute.total_pflops_fp16, ...)";
    }

    static String unknownColumn(String name, String hint) {
        return "unknown column '" + name + "'" + hint;
    }

    static String missingColumn(String key) {
        return "the table has no column '" + key + "', which every profile needs; add it to the header";
    }

    static String duplicateColumn(String name, String firstRef) {
        return "duplicate column '" + name + "' (first in column " + firstRef + "); remove one: which value counts is ambiguous";
    }

    static String groupColumn(String name, String example) {
        return "column '" + name + "' names a group of keys; use one column per key, such as " + example;
    }

    static String companionNotAllowed(String name, String base) {
        return "column '" + name + "': " + base + " is not a metric, so it takes no evidence, source or date";
    }

    static String inventoryBothForms(String name) {
        return "column '" + name + "': use either one compute.accelerators column (the compact form)"
                + " or compute.accelerators[i].* columns, not both";
    }

    static String inventoryIndex(String name, int max) {
        return "column '" + name + "': the accelerator index must be 0 to " + (max - 1);
    }

    static String inventoryField(String name, String hint) {
        return "column '" + name + "': unknown accelerator key" + hint
                + "; use vendor, model, kind, count, fp16_tflops or memory_gb";
    }

    static String companionWithoutColumn(String name, String metric) {
        return "column '" + name + "' goes with a column '" + metric + "', which the table does not have";
    }

    static String nested(String name) {
        return "column '" + name + "' goes deeper than the key it names";
    }

    // ---- XLSX ---------------------------------------------------------------------------------------

    static String xlsxEncrypted() {
        return "the workbook is password-protected (encrypted); save an unprotected copy and read that";
    }

    static String xlsxIsOle2() {
        return "this is an old binary Excel workbook (.xls) with another name; open it in Excel or LibreOffice and save it as .xlsx";
    }

    static String xlsxCorrupt(String detail) {
        return "the file is not a readable .xlsx workbook (" + detail + "); open and save it again in Excel, or export CSV";
    }

    static String xlsxZipBomb() {
        return "the workbook expands to far more data than its size suggests (a zip bomb?); it is not read."
                + " A real workbook compresses less than 100 to 1";
    }

    static String xlsxNoSheet(String wanted, String available, String hint) {
        return "the workbook has no sheet named '" + wanted + "'" + hint + "; its sheets are: " + available;
    }

    /** A workbook cca wrote (its {@code cca.format} property names the result it holds) given as a catalog. */
    static String xlsxOwnWorkbook(String format) {
        boolean batch = format.startsWith("cca-batch/");
        String what = batch ? "a catalog's ranking written by cca batch" : "a report written by cca assess";
        return "this workbook is " + what + " (" + format + "), not a catalog of centers; score the "
                + (batch ? "catalog" : "profiles") + " it was made from, or compare two runs with --baseline OLD.json";
    }

    static String xlsxEmptyWorkbook() {
        return "the workbook has no sheets";
    }

    static String formulaWithoutValue(String ref) {
        return "cell " + ref + " holds a formula without a calculated value; open the workbook in Excel and save it"
                + " (which stores the values), or paste the values over the formulas";
    }

    static String errorCell(String ref, String error) {
        return "cell " + ref + " holds the error value " + error + "; fix the formula or clear the cell";
    }

    static String badSharedString(String ref) {
        return "cell " + ref + " refers to a shared string that the workbook does not have; the workbook is damaged";
    }

    static String columnPastLimit(String ref) {
        return "cell " + ref + " lies past the last column an .xlsx sheet can have (XFD)";
    }
}
