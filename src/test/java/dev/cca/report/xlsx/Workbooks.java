package dev.cca.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cca.input.catalog.PoiSetup;
import dev.cca.testing.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Runs the command line to write a workbook and, from the same run, the JSON report that says what the workbook
 * must show; then reads the workbook back with POI, as a reviewer's spreadsheet program would.
 */
final class Workbooks {

    static {
        PoiSetup.ensure();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A workbook read back, the JSON of the same run, and how the run went. */
    record Written(XSSFWorkbook workbook, JsonNode json, Cli.Run run, Path file) implements AutoCloseable {

        Sheet sheet(String name) {
            Sheet s = workbook.getSheet(name);
            assertNotNull(s, "no sheet " + name + "; sheets: " + sheetNames(workbook));
            return s;
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }

    private Workbooks() {
    }

    /** {@code cca COMMAND ARGS... -o DIR/NAME.xlsx -o DIR/NAME.json}; the exit code must be 0, 1 or 3. */
    static Written write(Path dir, String name, String... args) throws IOException {
        Path xlsx = dir.resolve(name + ".xlsx");
        Path json = dir.resolve(name + ".json");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-q", "-o", xlsx.toString(), "-o", json.toString()));
        Cli.Run r = Cli.run(all.toArray(String[]::new));
        assertTrue(r.exit() == 0 || r.exit() == 1 || r.exit() == 3, r.toString());
        assertTrue(Files.size(xlsx) > 0, "empty workbook");
        return new Written(open(xlsx), JSON.readTree(json.toFile()), r, xlsx);
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            out.add(wb.getSheetName(i));
        }
        return out;
    }

    /** The cells of a row as text, as POI's formatter shows them (number formats applied). */
    static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        if (row == null) {
            return out;
        }
        DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : f.formatCellValue(cell));
        }
        return out;
    }

    /** The column of the header cell reading {@code title} in row {@code r}; fails when there is none. */
    static int column(Sheet s, int r, String title) {
        Row row = s.getRow(r);
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(title)) {
                return c;
            }
        }
        throw new AssertionError("no column '" + title + "' in row " + (r + 1) + " of " + s.getSheetName() + ": " + texts(row));
    }

    /** The first row at or below {@code from} whose column {@code c} reads {@code text}, or -1. */
    static int find(Sheet s, int c, String text, int from) {
        for (int r = from; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            Cell cell = row == null ? null : row.getCell(c);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return r;
            }
        }
        return -1;
    }

    static double number(Sheet s, int r, int c) {
        Cell cell = s.getRow(r).getCell(c);
        assertNotNull(cell, s.getSheetName() + " row " + (r + 1) + " column " + (c + 1) + " is empty");
        assertEquals(CellType.NUMERIC, cell.getCellType(), "not a number: " + s.getSheetName() + " row " + (r + 1)
                + " column " + (c + 1) + ": " + texts(s.getRow(r)));
        return cell.getNumericCellValue();
    }

    static List<XSSFChart> charts(Sheet s) {
        XSSFDrawing d = ((XSSFSheet) s).getDrawingPatriarch();
        return d == null ? List.of() : d.getCharts();
    }

    /** Every cell of the workbook, for checks that hold everywhere. */
    static List<Cell> cells(XSSFWorkbook wb) {
        List<Cell> out = new ArrayList<>();
        for (Sheet s : wb) {
            for (Row row : s) {
                for (Cell c : row) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Rounded as the workbook stores numbers. */
    static double round(double v, int decimals) {
        double p = Math.pow(10, decimals);
        return Math.rint(v * p) / p;
    }
}
