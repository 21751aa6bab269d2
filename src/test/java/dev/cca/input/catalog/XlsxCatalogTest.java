package dev.cca.input.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.input.Node;
import dev.cca.model.CenterProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class XlsxCatalogTest {

    static {
        // This test builds workbooks with POI itself, before any reader has set POI's logging up.
        PoiSetup.ensure();
    }

    @TempDir
    Path tmp;

    /** A workbook as an assessment body keeps it: shared strings, numbers, a date column, a formula. */
    private Path workbook(String name, boolean evaluate, WorkbookEdit edit) throws IOException {
        Path p = tmp.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("目录");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            String[] header = {"id", "name", "compute.total_pflops_fp16", "compute.pue", "assessed_on",
                    "inference.cloud.api", "training.frameworks", "compute.largest_cluster.pflops_fp16"};
            XSSFRow h = s.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Object[][] rows = {
                    {"wuhan-aicc", "武汉人工智能计算中心", 400.0, 1.25, LocalDate.of(2025, 10, 1), true, "pytorch; mindspore"},
                    {"hefei-aicc", "=合肥先进计算中心", 0.1, 1.0, LocalDate.of(2024, 2, 29), false, "jax"},
            };
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = s.createRow(r + 2); // row 2 (index 1) left empty on purpose
                for (int c = 0; c < rows[r].length; c++) {
                    XSSFCell cell = row.createCell(c);
                    Object v = rows[r][c];
                    if (v instanceof Double d) {
                        cell.setCellValue(d);
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue((String) v);
                    }
                }
                row.createCell(7).setCellFormula("C" + (r + 3) + "/2");
            }
            edit.apply(wb, s);
            if (evaluate) {
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        return p;
    }

    interface WorkbookEdit {
        void apply(XSSFWorkbook wb, XSSFSheet s);
    }

    @Test
    void aWorkbookGivesOneProfilePerRowWithTypedCells() throws IOException {
        Catalogs.Result r = Catalogs.read(workbook("c.xlsx", true, (wb, s) -> { }));
        assertEquals(List.of(), r.recordErrors(), r.describe());
        assertEquals(List.of(), r.fileProblems());
        CenterProfile wuhan = r.profiles().get(0);
        assertEquals("wuhan-aicc", wuhan.id());
        assertEquals(400, wuhan.number("compute.total_pflops_fp16"));
        assertEquals(LocalDate.of(2025, 10, 1), wuhan.assessedOn());
        assertEquals(1.0, wuhan.number("inference.cloud.api"));
        assertEquals(List.of("pytorch", "mindspore"), wuhan.get("training.frameworks").items());
        assertEquals("=合肥先进计算中心", r.profiles().get(1).name(), "a text cell starting with = is text");
    }

    @Test
    void numbersAreReadWithoutFloatNoiseAndDatesAsIsoDates() throws IOException {
        Catalogs.Result r = Catalogs.read(workbook("c.xlsx", true, (wb, s) -> { }));
        Node.MapNode hefei = (Node.MapNode) r.records().get(1).record().document().root();
        Node.MapNode compute = (Node.MapNode) hefei.get("compute");
        assertEquals("0.1", ((Node.ScalarNode) compute.get("total_pflops_fp16")).text());
        assertEquals("1", ((Node.ScalarNode) compute.get("pue")).text());
        assertEquals(Node.ScalarKind.INTEGER, ((Node.ScalarNode) compute.get("pue")).kind());
        assertEquals("2024-02-29", ((Node.ScalarNode) hefei.get("assessed_on")).text());
        assertEquals("1024", XlsxRecords.canonicalNumber(1024.0));
        assertEquals("0.3", XlsxRecords.canonicalNumber(0.1 + 0.2));
        assertEquals("1E+20", XlsxRecords.canonicalNumber(1e20));
        assertEquals("-2.5", XlsxRecords.canonicalNumber(-2.5));
    }

    @Test
    void aNumberShownAsAPercentageIsReadAsThePercentageShown() throws IOException {
        Path p = workbook("c.xlsx", true, (wb, s) -> {
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("0.0%"));
            XSSFCell u = s.getRow(2).createCell(8);
            u.setCellValue(0.8);
            u.setCellStyle(pct);
            XSSFCell speedup = s.getRow(2).createCell(9);
            speedup.setCellValue(0.91);
            speedup.setCellStyle(pct);
        });
        p = withHeader(p, 8, "compute.utilization_pct");
        p = withHeader(p, 9, "training.linear_speedup");
        Catalogs.Result r = Catalogs.read(p);
        assertEquals(List.of(), r.recordErrors(), r.describe());
        assertEquals(80, r.profiles().get(0).number("compute.utilization_pct"), 1e-9);
        assertEquals(0.91, r.profiles().get(0).number("training.linear_speedup"), 1e-12);
        assertTrue(XlsxRecords.isPercentFormat("0%"));
        assertTrue(!XlsxRecords.isPercentFormat("0\"%\""));
        assertTrue(!XlsxRecords.isPercentFormat("0\\%"));
    }

    @Test
    void aFormulaCellGivesItsCachedValue() throws IOException {
        Catalogs.Result r = Catalogs.read(workbook("c.xlsx", true, (wb, s) -> { }));
        assertEquals(200, r.profiles().get(0).number("compute.largest_cluster.pflops_fp16"));
        assertEquals(0.05, r.profiles().get(1).number("compute.largest_cluster.pflops_fp16"), 1e-12);
    }

    @Test
    void aFormulaWithoutACachedValueIsAnErrorAtItsCell() throws IOException {
        Catalogs.Result r = Catalogs.read(workbook("c.xlsx", false, (wb, s) -> { }));
        assertEquals(List.of(), r.profiles(), "a row with an error is not valid");
        Diagnostic d = r.records().get(0).errors().get(0);
        assertTrue(d.location().file().endsWith("c.xlsx[目录]"), d.location().file());
        assertEquals(3, d.location().line());
        assertEquals(8, d.location().column());
        assertTrue(d.message().startsWith("cell H3 holds a formula without a calculated value"), d.message());
        assertEquals("H3", CellRef.of(d.location().line(), d.location().column()));
    }

    @Test
    void aFormulaWhoseResultIsEmptyTextLeavesTheKeyOut() throws IOException {
        Path p = workbook("c.xlsx", true, (wb, s) -> s.getRow(2).createCell(8).setCellFormula("IF(1=1,\"\",\"x\")"));
        p = withHeader(p, 8, "name_en");
        Catalogs.Result r = Catalogs.read(p);
        assertEquals(List.of(), r.recordErrors(), r.describe());
        assertNull(r.profiles().get(0).get("name_en"));
    }

    /** Adds a header cell to the first row of a saved workbook. */
    private Path withHeader(Path p, int column, String name) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(p))) {
            wb.getSheetAt(0).getRow(0).createCell(column).setCellValue(name);
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        return p;
    }

    @Test
    void anErrorValueIsAnErrorAtItsCell() throws IOException {
        Path p = workbook("c.xlsx", true, (wb, s) -> s.getRow(3).createCell(3).setCellErrorValue(FormulaError.NA));
        Catalogs.Result r = Catalogs.read(p);
        assertEquals(List.of("wuhan-aicc"), r.profiles().stream().map(CenterProfile::id).toList());
        Diagnostic d = r.records().get(1).errors().get(0);
        assertEquals("cell D4 holds the error value #N/A; fix the formula or clear the cell", d.message());
    }

    @Test
    void validationErrorsPointAtTheRowAndColumnOfTheCell() throws IOException {
        Path p = workbook("c.xlsx", true, (wb, s) -> s.getRow(2).getCell(3).setCellValue(0.5));
        Catalogs.Result r = Catalogs.read(p);
        Diagnostic d = r.records().get(0).errors().get(0);
        assertEquals("compute.pue", d.location().path());
        assertEquals("D3", CellRef.of(d.location().line(), d.location().column()));
        assertEquals(3, r.records().get(0).record().location().line());
    }

    @Test
    void aValueInAColumnWithoutHeaderIsAnErrorOfItsRow() throws IOException {
        Path p = workbook("c.xlsx", true, (wb, s) -> s.getRow(2).createCell(12).setCellValue("stray"));
        Catalogs.Result r = Catalogs.read(p);
        assertTrue(r.records().get(0).errors().get(0).message().startsWith("a value in column M3"), r.describe());
        assertEquals(1, r.profiles().size());
    }

    @Test
    void aNamedSheetIsReadAndAMissingOneIsReportedWithTheSheetsThereAre() throws IOException {
        Path p = workbook("c.xlsx", true, (wb, s) -> {
            XSSFSheet other = wb.createSheet("second");
            other.createRow(0).createCell(0).setCellValue("id");
            other.getRow(0).createCell(1).setCellValue("name");
            XSSFRow row = other.createRow(1);
            row.createCell(0).setCellValue("only-here");
            row.createCell(1).setCellValue("Only");
        });
        Catalogs.Result r = Catalogs.read(CatalogOptions.DEFAULT.withSheet("second"), p);
        assertEquals(List.of("only-here"), r.profiles().stream().map(CenterProfile::id).toList(), r.describe());
        Catalogs.Result missing = Catalogs.read(CatalogOptions.DEFAULT.withSheet("secnd"), p);
        assertEquals("the workbook has no sheet named 'secnd' (did you mean 'second'?); its sheets are: 目录, second",
                missing.fileErrors().get(0).message());
    }

    @Test
    void anUnknownHeaderIsOneErrorNamingTheCell() throws IOException {
        Path p = workbook("c.xlsx", true, (wb, s) -> s.getRow(0).getCell(3).setCellValue("compute.peu"));
        Catalogs.Result r = Catalogs.read(p);
        assertEquals(List.of(), r.records());
        Diagnostic d = r.fileErrors().get(0);
        assertEquals("unknown column 'compute.peu' (did you mean 'compute.pue'?)", d.message());
        assertEquals("D1", CellRef.of(d.location().line(), d.location().column()));
    }

    @Test
    void aPasswordProtectedWorkbookIsNamedAsSuch() throws Exception {
        Path plain = workbook("plain.xlsx", true, (wb, s) -> { });
        Path encrypted = tmp.resolve("secret.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                 OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        Catalogs.Result r = Catalogs.read(encrypted);
        assertEquals(List.of(), r.records());
        assertEquals("the workbook is password-protected (encrypted); save an unprotected copy and read that",
                r.fileErrors().get(0).message());
    }

    @Test
    void anOldBinaryWorkbookIsRefusedWithAdviceToSaveAsXlsx() {
        Catalogs.Result r = Catalogs.read(Fixtures.path("invalid/old-excel.xls"));
        assertTrue(r.fileErrors().get(0).message().contains("save it as .xlsx"), r.describe());
    }

    @Test
    void anOldBinaryWorkbookNamedXlsxIsRecognised() throws IOException {
        Path p = tmp.resolve("renamed.xlsx");
        Files.copy(Fixtures.path("invalid/old-excel.xls"), p);
        Catalogs.Result r = Catalogs.read(p);
        assertEquals(1, r.fileErrors().size(), r.describe());
    }

    @Test
    void aCorruptWorkbookIsAClearError() {
        Catalogs.Result r = Catalogs.read(Fixtures.path("invalid/corrupt.xlsx"));
        assertEquals(List.of(), r.records());
        assertTrue(r.fileErrors().get(0).message().startsWith("the file is not a readable .xlsx workbook"), r.describe());
        Catalogs.Result text = Catalogs.read(Fixtures.path("invalid/not-a-zip.xlsx"));
        assertTrue(text.fileErrors().get(0).message().contains("not a zip container"), text.describe());
    }

    @Test
    void aTruncatedWorkbookIsAClearError() throws IOException {
        Path good = workbook("good.xlsx", true, (wb, s) -> { });
        byte[] all = Files.readAllBytes(good);
        Path cut = tmp.resolve("cut.xlsx");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        Catalogs.Result r = Catalogs.read(cut);
        assertEquals(1, r.fileErrors().size(), r.describe());
        assertTrue(r.fileErrors().get(0).message().startsWith("the file is not a readable .xlsx workbook"), r.describe());
    }

    @Test
    void aWorkbookOverTheFileSizeLimitIsNotOpened() throws IOException {
        Path p = workbook("c.xlsx", true, (wb, s) -> { });
        Catalogs.Result r = Catalogs.read(CatalogOptions.DEFAULT.withLimits(
                dev.cca.input.Limits.DEFAULT.withMaxFileBytes(1000)), p);
        assertTrue(r.fileErrors().get(0).message().contains("limit for one file"), r.describe());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aZipBombDisguisedAsAWorkbookIsRefused() throws IOException {
        Path good = workbook("good.xlsx", true, (wb, s) -> { });
        Path bomb = tmp.resolve("bomb.xlsx");
        // A real workbook whose sheet is swapped for 200 MB of blanks that deflate to about 200 KB.
        try (ZipFile zip = new ZipFile(good.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write(("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>").getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        out.write(blanks);
                    }
                    out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream in = zip.getInputStream(e)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        assertTrue(Files.size(bomb) < 2_000_000, "the bomb is small on disk: " + Files.size(bomb));
        Catalogs.Result r = Catalogs.read(bomb);
        assertEquals(List.of(), r.records());
        assertEquals(1, r.fileErrors().size(), r.describe());
        assertTrue(r.fileErrors().get(0).message().contains("zip bomb"), r.describe());
    }

    @Test
    void theCompactInventoryAndEvidenceColumnsWorkInWorkbooksToo() throws IOException {
        Path p = tmp.resolve("inv.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet();
            String[] h = {"id", "name", "compute.accelerators", "training.mfu_pct", "training.mfu_pct.evidence",
                "training.mfu_pct.audit", "training.mfu_pct.date"};
            String[] v = {"x", "X", "Huawei Ascend 910B x8 @313TF", "45", "audited", "EXAMPLE-LAB 2025-7", "2025-06-01"};
            for (int i = 0; i < h.length; i++) {
                s.createRow(0).createCell(i);
            }
            XSSFRow hr = s.getRow(0);
            XSSFRow vr = s.createRow(1);
            for (int i = 0; i < h.length; i++) {
                hr.createCell(i).setCellValue(h[i]);
                vr.createCell(i).setCellValue(v[i]);
            }
            try (OutputStream out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        Catalogs.Result r = Catalogs.read(p);
        assertEquals(List.of(), r.recordErrors(), r.describe());
        assertEquals(8, r.profiles().get(0).accelerators().get(0).count());
        assertEquals(dev.cca.model.Evidence.AUDITED, r.profiles().get(0).get("training.mfu_pct").evidence());
        assertNull(r.profiles().get(0).get("compute.pue"));
    }

    @Test
    void cellReferencesConvertBothWays() {
        assertEquals("A1", CellRef.of(1, 1));
        assertEquals("Z9", CellRef.of(9, 26));
        assertEquals("AA10", CellRef.of(10, 27));
        assertEquals("XFD1048576", CellRef.of(1_048_576, 16_384));
        assertEquals(16_384, CellRef.column("XFD1"));
        assertEquals(0, CellRef.column("XFE1"));
        assertEquals(28, CellRef.column("AB12"));
        assertEquals(12, CellRef.row("AB12"));
    }
}
