package dev.cca.generate;

import dev.cca.input.catalog.PoiSetup;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The XLSX form of a synthetic catalog, written with POI's streaming SXSSF workbook: only a window of
 * rows is in memory, the rest goes to a compressed temporary file, so a sheet of a million rows is
 * written in constant memory. Strings are written inline (no shared-string table to hold), numbers as
 * numbers, dates as date cells, and the creation date is fixed so that a seed gives the same workbook.
 */
final class XlsxCatalogWriter {

    private static final int WINDOW = 200;
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2025, 1, 1, 0, 0);

    private XlsxCatalogWriter() {
    }

    static void write(long count, long seed, OutputStream out) throws IOException {
        if (count > SyntheticCatalog.MAX_XLSX_ROWS) {
            throw SyntheticCatalog.tooManyRows(count);
        }
        PoiSetup.ensure();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, WINDOW, true, false)) {
            wb.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(
                    java.util.Date.from(FIXED_TIME.toInstant(java.time.ZoneOffset.UTC))));
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle headerStyle = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            SXSSFSheet sheet = wb.createSheet("centers");
            sheet.createFreezePane(0, 1);
            List<String> columns = SyntheticCatalog.columns(true);
            SXSSFRow header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                SXSSFCell cell = header.createCell(c);
                cell.setCellValue(columns.get(c));
                cell.setCellStyle(headerStyle);
            }
            for (long i = 0; i < count; i++) {
                Map<String, Object> flat = SyntheticCatalog.flatten(SyntheticCenters.center(seed, i), true);
                SXSSFRow row = sheet.createRow((int) (i + 1));
                for (int c = 0; c < columns.size(); c++) {
                    Object v = flat.get(columns.get(c));
                    if (v == null) {
                        continue;
                    }
                    SXSSFCell cell = row.createCell(c);
                    if (v instanceof BigDecimal b) {
                        cell.setCellValue(b.doubleValue());
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        } // close() also deletes the temporary sheet files
    }
}
