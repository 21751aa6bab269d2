package dev.cca.input.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.input.TextDecoder;
import dev.cca.model.Accelerator;
import dev.cca.model.CenterProfile;
import dev.cca.model.Datum;
import dev.cca.model.Evidence;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvCatalogTest {

    @TempDir
    Path tmp;

    private static Catalogs.Result read(String fixture) {
        return Catalogs.read(Fixtures.path(fixture));
    }

    private static List<String> ids(Catalogs.Result r) {
        return r.profiles().stream().map(CenterProfile::id).toList();
    }

    @Test
    void aCsvCatalogGivesOneProfilePerRowWithUnitsListsAndThousandsSeparators() {
        Catalogs.Result r = read("valid/centers.csv");
        assertEquals(List.of(), r.recordErrors(), r.describe());
        assertEquals(List.of("wuhan-aicc", "nanjing-aicc", "xian-aicc"), ids(r));
        CenterProfile wuhan = r.profiles().get(0);
        assertEquals("武汉人工智能计算中心", wuhan.name());
        assertEquals(400, wuhan.number("compute.total_pflops_fp16"));
        assertEquals(List.of("pytorch", "mindspore"), wuhan.get("training.frameworks").items());
        assertEquals(1200, r.profiles().get(1).number("compute.total_pflops_fp16"));
        assertNull(r.profiles().get(1).get("compute.pue"), "an empty cell leaves the key out");
        assertEquals(6930, r.profiles().get(2).number("compute.total_pflops_fp16"), 1e-9);
    }

    @Test
    void everyCellKeepsItsLineAndColumnAndHeaderName() {
        Catalogs.Result r = read("valid/centers.csv");
        Datum pue = r.profiles().get(0).get("compute.pue");
        assertEquals(2, pue.origin().line());
        assertEquals(30, pue.origin().column());
        assertEquals("compute.pue", pue.origin().path());
        // The blank line 4 is skipped but counted: the third center starts on line 5.
        assertEquals(5, r.records().get(2).record().location().line());
    }

    @Test
    void aBadValueIsReportedAtItsCellAndTheOtherRowsAreStillRead() {
        Catalogs.Result r = read("invalid/csv-bad-value.csv");
        assertEquals(List.of("wuhan-aicc"), ids(r));
        List<Diagnostic> errors = r.recordErrors();
        assertEquals(2, errors.size(), r.describe());
        Diagnostic unit = errors.get(0);
        assertEquals(3, unit.location().line());
        assertEquals(21, unit.location().column());
        assertEquals("compute.total_pflops_fp16", unit.location().path());
        assertTrue(unit.message().contains("'PB' is a unit of storage"), unit.message());
        assertEquals("compute.pue", errors.get(1).location().path());
    }

    @Test
    void aUtf8ByteOrderMarkAndCrlfLineEndsAreRead() {
        Catalogs.Result r = read("valid/bom-crlf.csv");
        assertEquals(List.of("wuhan-aicc", "hefei-aicc"), ids(r), r.describe());
        assertEquals(1, r.profiles().get(0).get("compute.pue").origin().line() - 1);
        assertEquals("合肥先进计算中心", r.profiles().get(1).name());
    }

    @Test
    void aSemicolonDelimiterIsSniffedFromTheHeader() {
        Catalogs.Result r = read("valid/semicolon.csv");
        assertEquals(List.of(), r.fileProblems());
        assertEquals("武汉人工智能计算中心", r.profiles().get(0).name());
        assertEquals(List.of("pytorch", "mindspore"), r.profiles().get(0).get("training.frameworks").items());
        // The second row's id has a quoted ';' and is therefore not a valid id: one located error.
        assertEquals("id", r.records().get(1).errors().get(0).location().path());
        assertEquals("名称;带分号", r.records().get(1).record().document().root() instanceof dev.cca.input.Node.MapNode m
                ? ((dev.cca.input.Node.ScalarNode) m.get("name")).text() : null);
    }

    @Test
    void aTsvFileIsTabSeparatedAndCommasInItsValuesAreText() {
        Catalogs.Result r = read("valid/tab.tsv");
        assertEquals(List.of("wuhan-aicc", "hefei-aicc"), ids(r), r.describe());
        assertEquals("合肥先进计算中心, 一期", r.profiles().get(1).name());
    }

    @Test
    void aTabSeparatedFileNamedCsvIsSniffed() {
        Catalogs.Result r = read("valid/tab-named-csv.csv");
        assertEquals(List.of("wuhan-aicc"), ids(r), r.describe());
        assertEquals(400, r.profiles().get(0).number("compute.total_pflops_fp16"));
    }

    @Test
    void aQuotedCellMayHoldLineEndsQuotesAndDelimiters() {
        Catalogs.Result r = read("valid/quoted-newlines.csv");
        assertEquals(List.of("wuhan-aicc", "hefei-aicc"), ids(r), r.describe());
        assertEquals("武汉人工智能\n计算中心", r.profiles().get(0).name());
        assertEquals("Wuhan \"AI\" Center, phase 1", r.profiles().get(0).text("name_en"));
        assertEquals(4, r.records().get(1).record().location().line(), "the next row starts after the quoted line end");
    }

    @Test
    void namesStartingWithFormulaCharactersAreReadAsPlainText() {
        Catalogs.Result r = read("valid/formula-like-names.csv");
        assertEquals(List.of(), r.recordErrors(), r.describe());
        assertEquals(List.of("=SUM(A1:A2)", "+86 智算中心", "-2 中心", "@home 中心"),
                r.profiles().stream().map(CenterProfile::name).toList());
        assertEquals("=cmd|' /C calc'!A0", r.profiles().get(0).text("operator.name"));
    }

    @Test
    void aGb18030FileIsNamedWithTheOptionThatReadsIt() {
        Catalogs.Result r = read("valid/gb18030.csv");
        assertEquals(List.of(), r.records());
        assertEquals(1, r.fileErrors().size());
        assertTrue(r.fileErrors().get(0).message().contains("GB18030"), r.describe());
        assertTrue(r.fileErrors().get(0).message().contains("--encoding gb18030"), r.describe());
    }

    @Test
    void aGb18030FileIsReadWhenItsEncodingIsGiven() {
        Catalogs.Result r = Catalogs.read(CatalogOptions.DEFAULT.withEncoding(TextDecoder.GB18030),
                Fixtures.path("valid/gb18030.csv"));
        assertEquals(List.of("wuhan-aicc", "hefei-aicc"), ids(r), r.describe());
        assertEquals("合肥先进计算中心", r.profiles().get(1).name());
        assertEquals("安徽", r.profiles().get(1).text("region.province"));
    }

    @Test
    void aUtf16FileWithAByteOrderMarkIsRead() throws IOException {
        Path p = tmp.resolve("utf16.csv");
        byte[] body = "id\tname\nwuhan-aicc\t武汉人工智能计算中心\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(body, 0, all, 2, body.length);
        Files.write(p, all);
        Catalogs.Result r = Catalogs.read(p);
        assertEquals(List.of("wuhan-aicc"), ids(r), r.describe());
    }

    @Test
    void aBinaryFileIsRefusedAsAWhole() {
        Catalogs.Result r = read("invalid/binary.csv");
        assertEquals(List.of(), r.records());
        assertTrue(r.fileErrors().get(0).message().contains("binary"), r.describe());
    }

    @Test
    void evidenceCompanionColumnsMakeTheEvidenceMap() {
        Catalogs.Result r = read("valid/evidence-columns.csv");
        assertEquals(List.of(), r.recordErrors(), r.describe());
        Datum mfu = r.profiles().get(0).get("training.mfu_pct");
        assertEquals(45, mfu.number());
        assertEquals(Evidence.AUDITED, mfu.evidence(), "an audit column with its date earns audited");
        assertEquals("示例测评机构 2025-0042", mfu.provenance().get(0).reference());
        assertEquals("测试报告 2025-06", mfu.note());
        assertEquals(LocalDate.of(2025, 6, 1), mfu.evidenceDate());
        assertEquals(0.91, r.profiles().get(0).number("training.linear_speedup"), 1e-12);
        assertEquals(1024, r.profiles().get(0).number("training.linear_speedup.to_accelerators"));
        Datum plain = r.profiles().get(1).get("training.mfu_pct");
        assertEquals(Evidence.DECLARED, plain.evidence(), "empty companions leave a bare value");
    }

    @Test
    void anEvidenceCellWithoutItsValueIsAWarningAndIgnored() throws IOException {
        Path p = tmp.resolve("c.csv");
        Files.writeString(p, "id,name,training.mfu_pct,training.mfu_pct.evidence\nx,X,,measured\n");
        Catalogs.Result r = Catalogs.read(p);
        assertEquals(1, r.profiles().size());
        assertNull(r.profiles().get(0).get("training.mfu_pct"));
        assertEquals(1, r.records().get(0).warnings().size());
        assertEquals(6, r.records().get(0).warnings().get(0).location().column());
    }

    @Test
    void theCompactInventoryFormGivesOneAcceleratorPerEntry() {
        Catalogs.Result r = read("valid/inventory-compact.csv");
        assertEquals(List.of(), r.recordErrors(), r.describe());
        List<Accelerator> wuhan = r.profiles().get(0).accelerators();
        assertEquals(2, wuhan.size());
        Accelerator a = wuhan.get(0);
        assertEquals("Huawei", a.vendor());
        assertEquals("Ascend 910B", a.model());
        assertEquals("npu", a.kind());
        assertEquals(1024, a.count());
        assertEquals(313, a.fp16Tflops());
        assertEquals(64, a.memoryGb());
        assertEquals("NVIDIA H800", wuhan.get(1).label());
        assertTrue(Double.isNaN(wuhan.get(1).fp16Tflops()));
        List<Accelerator> pool = r.profiles().get(1).accelerators();
        assertEquals("Iluvatar CoreX", pool.get(0).vendor());
        assertEquals("Tiangai 150", pool.get(0).model());
        assertEquals(720, pool.get(1).count());
    }

    @Test
    void indexedInventoryColumnsGiveOneAcceleratorPerIndex() {
        Catalogs.Result r = read("valid/inventory-indexed.csv");
        assertEquals(List.of(), r.recordErrors(), r.describe());
        List<Accelerator> wuhan = r.profiles().get(0).accelerators();
        assertEquals(2, wuhan.size());
        assertEquals("NVIDIA H800", wuhan.get(1).label());
        assertEquals(989, wuhan.get(1).fp16Tflops());
        assertEquals(1, r.profiles().get(1).accelerators().size(), "empty indexed columns add no accelerator");
    }

    @Test
    void aTableWithoutARequiredColumnIsOneErrorNotOnePerRow() {
        Catalogs.Result r = read("invalid/csv-missing-column.csv");
        assertEquals(List.of(), r.records());
        assertEquals(1, r.fileErrors().size(), r.describe());
        assertEquals("the table has no column 'name', which every profile needs; add it to the header",
                r.fileErrors().get(0).message());
    }

    @Test
    void aRowWithAMissingCellIsAnErrorForThatRowOnly() {
        Catalogs.Result r = read("invalid/csv-missing-cell.csv");
        assertEquals(List.of("wuhan-aicc", "xian-aicc"), ids(r));
        Diagnostic d = r.records().get(1).errors().get(0);
        assertEquals(3, d.location().line());
        assertEquals(dev.cca.diag.CatalogCode.CELL_COUNT, d.code());
        assertTrue(d.message().startsWith("this row has 2 cell(s) but the header has 3 columns"), d.message());
        assertEquals("compute.total_pflops_fp16", d.location().path(), "the first column without a cell");
        assertNull(r.records().get(1).record().document().root());
    }

    @Test
    void aRowWithAnExtraCellIsAnErrorForThatRowOnly() {
        Catalogs.Result r = read("invalid/csv-extra-cell.csv");
        assertEquals(List.of("wuhan-aicc", "xian-aicc"), ids(r));
        Diagnostic d = r.records().get(1).errors().get(0);
        assertEquals(3, d.location().line());
        assertEquals(23, d.location().column(), "the column of the first extra cell");
        assertEquals(dev.cca.diag.CatalogCode.CELL_COUNT, d.code());
        assertTrue(d.message().contains("4 cell(s) but the header has 3 columns"), d.message());
        assertEquals("", d.location().path());
    }

    @Test
    void anUnknownColumnIsOneErrorWithASuggestionAndNoRowIsRead() {
        Catalogs.Result r = read("invalid/csv-unknown-column.csv");
        assertEquals(List.of(), r.records());
        assertEquals(1, r.fileErrors().size());
        Diagnostic d = r.fileErrors().get(0);
        assertEquals("unknown column 'compute.total_pflop_fp16' (did you mean 'compute.total_pflops_fp16'?)", d.message());
        assertEquals(1, d.location().line());
        assertEquals(9, d.location().column());
    }

    @Test
    void aColumnNamedAfterAKeyOfAnotherSectionSaysWhereItBelongs() {
        Catalogs.Result r = read("invalid/csv-misplaced-column.csv");
        assertEquals("unknown column 'pue' (did you mean compute.pue?)", r.fileErrors().get(0).message());
    }

    @Test
    void aDuplicateColumnIsAnErrorNamingTheFirst() {
        Catalogs.Result r = read("invalid/csv-duplicate-column.csv");
        assertEquals(List.of(), r.records());
        assertTrue(r.fileErrors().get(0).message().startsWith("duplicate column 'compute.pue' (first in column 3)"),
                r.describe());
        assertEquals(1, r.fileErrors().get(0).location().line());
        assertEquals(21, r.fileErrors().get(0).location().column());
    }

    @Test
    void anEvidenceColumnWithoutItsMetricColumnIsAHeaderError() {
        Catalogs.Result r = read("invalid/csv-companion-without-metric.csv");
        assertEquals(List.of(), r.records());
        assertTrue(r.fileErrors().get(0).message().contains("goes with a column 'training.mfu_pct'"), r.describe());
    }

    @Test
    void an_unclosed_quote_costs_only_its_row() {
        Catalogs.Result r = read("invalid/csv-unclosed-quote.csv");
        // The quote would swallow the rest of the file into one cell: its row is reported at the quote, and the
        // rows after it are read.
        assertEquals(List.of("wuhan-aicc", "xian-aicc"), ids(r));
        Diagnostic d = r.recordErrors().get(0);
        assertEquals(3, d.location().line());
        assertEquals(12, d.location().column());
        assertTrue(d.message().contains("never closed") && d.message().contains("reading goes on at line 4"), d.message());
    }

    @Test
    void an_unclosed_quote_among_many_rows_costs_one_row(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        StringBuilder sb = new StringBuilder("id,name,compute.total_pflops_fp16\n");
        for (int i = 0; i < 2000; i++) {
            sb.append("c-").append(i).append(',').append(i == 7 ? "\"unclosed name" : "name " + i).append(',').append(i + 1).append('\n');
        }
        Path p = dir.resolve("many.csv");
        Files.writeString(p, sb.toString());
        Catalogs.Result r = Catalogs.read(p);
        assertEquals(1999, r.profiles().size(), r.describe());
        assertEquals(1, r.recordErrors().size(), r.describe());
        assertEquals(9, r.recordErrors().get(0).location().line());
    }

    @Test
    void a_quoted_cell_over_several_lines_is_still_one_cell(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path p = dir.resolve("multi.csv");
        Files.writeString(p, "id,name\na,\"first\nsecond \"\"quoted\"\"\"\nb,plain\n");
        Catalogs.Result r = Catalogs.read(p);
        assertEquals(List.of("a", "b"), ids(r), r.describe());
        assertEquals("first\nsecond \"quoted\"", r.profiles().get(0).name());
    }

    @Test
    void textAfterAClosingQuoteIsAnErrorAndTheNextRowIsRead() {
        Catalogs.Result r = read("invalid/csv-text-after-quote.csv");
        assertEquals(List.of("xian-aicc"), ids(r));
        Diagnostic d = r.recordErrors().get(0);
        assertEquals(2, d.location().line());
        assertTrue(d.message().startsWith("text after the closing quote"), d.message());
    }

    @Test
    void aRecordOverTheLimitIsReportedAndReadingGoesOn() throws IOException {
        Path p = tmp.resolve("long.csv");
        Files.writeString(p, "id,name\na,A\nb," + "x".repeat(5000) + "\nc,C\n");
        Catalogs.Result r = Catalogs.read(CatalogOptions.DEFAULT.withLimits(
                dev.cca.input.Limits.DEFAULT.withMaxRecordBytes(1000)), p);
        assertEquals(List.of("a", "c"), ids(r), r.describe());
        assertTrue(r.recordErrors().get(0).message().contains("longer than the"), r.describe());
    }

    @Test
    void aCellOverTheStringLimitIsAnErrorOfItsRow() throws IOException {
        Path p = tmp.resolve("cell.csv");
        Files.writeString(p, "id,name\na,A\nb," + "x".repeat(300) + "\n");
        Catalogs.Result r = Catalogs.read(CatalogOptions.DEFAULT.withLimits(
                dev.cca.input.Limits.DEFAULT.withMaxStringLength(100)), p);
        assertEquals(List.of("a"), ids(r));
        assertTrue(r.recordErrors().get(0).message().contains("100-character limit"), r.describe());
    }

    @Test
    void aCsvOfMoreRowsThanASpreadsheetHoldsIsReadToTheEnd() throws IOException {
        long rows = 1_048_577;
        Path p = tmp.resolve("big.csv");
        try (Writer w = Files.newBufferedWriter(p)) {
            w.write("id,name\n");
            for (long i = 1; i <= rows; i++) {
                w.write("c" + i + ",C\n");
            }
        }
        long n = 0;
        RawRecord last = null;
        try (CatalogSource src = CatalogSource.open(p)) {
            for (RawRecord raw : src) {
                n++;
                last = raw;
            }
            assertEquals(List.of(), src.fileProblems());
        }
        assertEquals(rows, n);
        assertNotNull(last);
        assertEquals(rows + 1, last.location().line());
        assertEquals("c1048577", Catalogs.READER.read(last.parse().document(), new dev.cca.diag.Problems()).id());
    }

    @Test
    void aFileWithoutExtensionIsSniffedAsCsv() {
        Catalogs.Result r = read("valid/catalog-without-extension");
        assertEquals(List.of("wuhan-aicc"), ids(r), r.describe());
    }

    @Test
    void theDelimiterRuleCountsOutsideQuotesAndBreaksTiesInOrder() {
        assertEquals(',', CsvRecords.sniff("a,b,c"));
        assertEquals(';', CsvRecords.sniff("a;b;\"c,d,e\""));
        assertEquals('\t', CsvRecords.sniff("a\tb;c,d\te"));
        assertEquals(',', CsvRecords.sniff("a;b,c"));
        assertEquals('|', CsvRecords.sniff("a|b|c,d"));
        assertEquals(',', CsvRecords.sniff("single"));
    }

    @Test
    void anExplicitDelimiterOverridesTheSniffing() throws IOException {
        Path p = tmp.resolve("pipe.csv");
        Files.writeString(p, "id|name,with,commas\nx|X\n");
        Catalogs.Result r = Catalogs.read(CatalogOptions.DEFAULT.withDelimiter('|'), p);
        assertTrue(r.fileErrors().get(0).message().startsWith("unknown column 'name,with,commas'"), r.describe());
    }

    @Test
    void excels_sep_line_names_the_delimiter_and_is_not_the_header() throws IOException {
        // Excel writes and reads a first line "sep=;" naming the delimiter; the header follows it.
        for (String[] form : new String[][] {{";", "\n"}, {",", "\r\n"}, {"\t", "\n"}, {"|", "\n"}}) {
            String d = form[0];
            String nl = form[1];
            Path p = tmp.resolve("sep.csv");
            Files.writeString(p, "\uFEFFsep=" + d + nl + "id" + d + "name" + d + "compute.pue" + nl
                    + "wuhan-aicc" + d + "武汉人工智能计算中心" + d + "1.25" + nl
                    + "hefei-aicc" + d + "\"合肥" + d + "中心\"" + d + "1.2" + nl, StandardCharsets.UTF_8);
            Catalogs.Result r = Catalogs.read(p);
            assertEquals(List.of(), r.fileProblems(), "sep=" + d + ": " + r.describe());
            assertEquals(List.of(), r.recordErrors(), "sep=" + d + ": " + r.describe());
            assertEquals(List.of("wuhan-aicc", "hefei-aicc"), ids(r));
            assertEquals("合肥" + d + "中心", r.profiles().get(1).name());
            assertEquals(1.25, r.profiles().get(0).number("compute.pue"), 1e-12);
            assertEquals(3, r.profiles().get(0).get("compute.pue").origin().line(), "lines are counted from the sep line");
        }
        // The option still wins over the line; a "sep=" of the quote is no delimiter line, and is read as the header.
        Path semi = tmp.resolve("semi.csv");
        Files.writeString(semi, "sep=;\nid,name\nwuhan-aicc,武汉\n", StandardCharsets.UTF_8);
        assertEquals(List.of("wuhan-aicc"), ids(Catalogs.read(CatalogOptions.DEFAULT.withDelimiter(','), semi)));
        Path quote = tmp.resolve("quote.csv");
        Files.writeString(quote, "sep=\"\nid,name\nwuhan-aicc,武汉\n", StandardCharsets.UTF_8);
        assertTrue(Catalogs.read(quote).profiles().isEmpty());
    }
}
