package dev.cca.report.xlsx;

import static dev.cca.report.xlsx.Workbooks.column;
import static dev.cca.report.xlsx.Workbooks.find;
import static dev.cca.report.xlsx.Workbooks.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cca.testing.Cli;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.STBarGrouping;

/** The workbook of {@code cca batch -o ranking.xlsx}, read back and checked against the batch JSON of the same run. */
class BatchWorkbookTest {

    static {
        // The test builds a catalog with POI itself, before any reader has set POI's logging up.
        dev.cca.input.catalog.PoiSetup.ensure();
    }

    @TempDir
    Path tmp;

    @TempDir
    static Path shared;

    /** The ranking of the samples in each language, written once for the tests that only read it. */
    private static final Map<String, Workbooks.Written> SAMPLES = new HashMap<>();

    private static Workbooks.Written samples(String lang) throws IOException {
        Workbooks.Written w = SAMPLES.get(lang);
        if (w == null) {
            w = Workbooks.write(shared, "batch-" + lang, "batch", "samples", "--as-of", "2025-11-30", "--lang", lang);
            SAMPLES.put(lang, w);
        }
        return w;
    }

    @org.junit.jupiter.api.AfterAll
    static void close() throws IOException {
        for (Workbooks.Written w : SAMPLES.values()) {
            w.close();
        }
        SAMPLES.clear();
    }

    @Test
    void a_ranking_workbook_has_its_four_sheets_named_in_the_report_language() throws IOException {
        var en = samples("en");
        var zh = samples("zh");
        assertEquals(List.of("Ranking", "Regions", "Centers", "Errors"), Workbooks.sheetNames(en.workbook()));
        assertEquals(List.of("排名", "分组统计", "中心指标", "错误"), Workbooks.sheetNames(zh.workbook()));
        assertEquals("cca-batch/v1", en.workbook().getProperties().getCustomProperties()
                .getProperty(Book.FORMAT_PROPERTY).getLpwstr());
    }

    @Test
    void ranking_lists_every_center_in_rank_order_with_ranks_grades_and_scores_as_numbers() throws IOException {
        var w = samples("en");
        Sheet s = w.sheet("Ranking");
        assertEquals("Training", s.getRow(0).getCell(column(s, 1, "Rank")).getStringCellValue(), "scenario over its columns");
        Map<String, JsonNode> byId = byId(w.json());
        int rank = column(s, 1, "Rank");
        int status = column(s, 1, "Status");
        int reported = column(s, 1, "Reported");
        int tables = column(s, 1, "Foundational support");
        int province = column(s, 1, "Province");
        int hub = column(s, 1, "National hub");
        int previous = 0;
        for (int r = 2; r <= s.getLastRowNum(); r++) {
            JsonNode c = byId.get(s.getRow(r).getCell(0).getStringCellValue());
            assertNotNull(c);
            JsonNode training = c.get("scenarios").get(0);
            assertEquals(training.get("score").asDouble(), number(s, r, rank + 1), 1e-9);
            assertEquals(training.get("reported").asDouble(), number(s, r, reported), 1e-9);
            if (training.get("status").asText().equals("rated")) {
                int k = (int) number(s, r, rank);
                assertEquals(training.get("rank").asInt(), k);
                assertTrue(k >= previous, "rows in rank order");
                previous = k;
                assertEquals(training.get("grade").asInt(), (int) number(s, r, rank + 2));
            } else {
                // Not rated: no rank and no grade, the reason instead, and listed after every rated center.
                assertEquals(null, s.getRow(r).getCell(rank));
                assertEquals(null, s.getRow(r).getCell(rank + 2));
                String why = s.getRow(r).getCell(status).getStringCellValue();
                assertTrue(why.matches("not claimed|insufficient data \\(\\d+% reported\\)"), why);
                previous = Integer.MAX_VALUE;
            }
            assertEquals(training.get("tables").get(0).asDouble(), number(s, r, tables), 1e-9);
            assertEquals(text(c.get("groups").get(0), "(none)"), s.getRow(r).getCell(province).getStringCellValue());
            // Hubs by their names, not their ids.
            String hubId = c.get("groups").get(1).isNull() ? null : c.get("groups").get(1).asText();
            assertEquals(hubId == null ? "(none)" : dev.cca.report.Words.value("hub", hubId, "en"),
                    s.getRow(r).getCell(hub).getStringCellValue());
        }
        assertEquals(w.json().get("centers").size(), s.getLastRowNum() - 1, "every center, under two header rows");
        assertEquals(2, s.getPaneInformation().getHorizontalSplitPosition(), "both header rows frozen");
        assertEquals("1:2", ((XSSFSheet) s).getRepeatingRows().formatAsString().replace("$", ""));
    }

    @Test
    void a_capped_grade_is_marked_in_the_ranking_with_the_cap_that_lowered_it() throws IOException {
        var w = samples("en");
        Sheet s = w.sheet("Ranking");
        int r = find(s, 0, "changan-auto", 2);
        int grade = column(s, 1, "Grade");
        int capped = column(s, 1, "Status");
        JsonNode training = byId(w.json()).get("changan-auto").get("scenarios").get(0);
        assertTrue(training.get("uncapped_grade").asInt() > training.get("grade").asInt(), "the sample is no longer capped");
        assertTrue(s.getRow(r).getCell(grade).getCellStyle().getDataFormatString().contains("▼"));
        assertEquals("capped (from " + training.get("uncapped_grade").asInt() + "): " + training.get("caps").get(0).asText(),
                s.getRow(r).getCell(capped).getStringCellValue());
        int uncappedRow = find(s, 0, "harbin-mobile", 2);
        assertTrue(!s.getRow(uncappedRow).getCell(grade).getCellStyle().getDataFormatString().contains("▼"));
    }

    @Test
    void regions_give_counts_means_medians_and_grade_distributions_with_a_chart_by_province() throws IOException {
        var w = samples("zh");
        Sheet s = w.sheet("分组统计");
        int head = find(s, 0, "分组字段", 0);
        int count = column(s, head, "中心数");
        int median = column(s, head, "中位数");
        int g1 = column(s, head, "1级 待提升");
        int matched = 0;
        for (JsonNode a : w.json().get("aggregates")) {
            if (!a.get("field").asText().equals("region.province")) {
                continue;
            }
            String value = a.get("value").asText().equals("(none)") ? "（未填写）" : a.get("value").asText();
            String scenario = a.get("scenario").asText().equals("training") ? "训练" : "推理";
            for (int r = head + 1; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                if (row != null && row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("省份")
                        && row.getCell(1).getStringCellValue().equals(value) && row.getCell(2).getStringCellValue().equals(scenario)) {
                    assertEquals(a.get("count").asInt(), (int) number(s, r, count));
                    assertEquals(a.get("rated").asInt(), (int) number(s, r, column(s, head, "已评级")));
                    if (a.get("median").isNull()) {
                        assertEquals(null, row.getCell(median), "no median without a rated center");
                    } else {
                        assertEquals(a.get("median").asDouble(), number(s, r, median), 1e-9);
                    }
                    assertEquals(a.get("grades").get("1").asInt(), (int) number(s, r, g1));
                    matched++;
                }
            }
        }
        assertTrue(matched >= 10, "province rows found: " + matched);

        List<XSSFChart> charts = Workbooks.charts(s);
        assertEquals(2, charts.size(), "one chart per scenario");
        assertEquals("各省份等级分布：训练", charts.get(0).getTitleText().getString());
        CTBarChart bars = charts.get(0).getCTChart().getPlotArea().getBarChartArray(0);
        assertEquals(STBarGrouping.STACKED, bars.getGrouping().getVal());
        assertEquals(5, bars.getSerList().size(), "one series per grade");
        assertEquals("1级 待提升", bars.getSerArray(0).getTx().getV());
        List<String> provinces = AssessmentWorkbookTest.categories(bars.getSerArray(0));
        Map<String, Integer> perProvince = new HashMap<>();
        for (JsonNode c : w.json().get("centers")) {
            boolean rated = c.get("scenarios").get(0).get("status").asText().equals("rated");
            perProvince.merge(text(c.get("groups").get(0), "（未填写）"), rated ? 1 : 0, Integer::sum);
        }
        assertEquals(perProvince.keySet(), new java.util.HashSet<>(provinces));
        for (int i = 0; i < provinces.size(); i++) {
            double sum = 0;
            for (CTBarSer ser : bars.getSerList()) {
                sum += AssessmentWorkbookTest.values(ser).get(i);
                AssessmentWorkbookTest.assertSeriesMatchesCells(w, ser);
            }
            assertEquals(perProvince.get(provinces.get(i)), (int) sum, "the grades of " + provinces.get(i) + " add up to its rated centers");
        }
    }

    @Test
    void centers_sheet_holds_every_indicator_score_of_every_center() throws IOException {
        var w = samples("en");
        Sheet s = w.sheet("Centers");
        JsonNode indicators = w.json().get("indicators");
        assertEquals(indicators.size() + 2, s.getRow(1).getLastCellNum());
        for (int k = 0; k < indicators.size(); k++) {
            assertEquals(indicators.get(k).get("id").asText(), s.getRow(1).getCell(2 + k).getStringCellValue());
            assertEquals(indicators.get(k).get("name").get("en").asText(), s.getRow(0).getCell(2 + k).getStringCellValue());
        }
        JsonNode centers = w.json().get("centers");
        assertEquals(centers.size(), s.getLastRowNum() - 1);
        for (int i = 0; i < centers.size(); i++) {
            JsonNode c = centers.get(i);
            assertEquals(c.get("id").asText(), s.getRow(2 + i).getCell(0).getStringCellValue(), "catalog order");
            for (int k = 0; k < indicators.size(); k++) {
                assertEquals(c.get("indicators").get(k).asDouble(), number(s, 2 + i, 2 + k), 1e-9);
            }
        }
        AssessmentWorkbookTest.assertColourScale(s, 2);
    }

    @Test
    void errors_name_the_file_sheet_and_cell_of_a_bad_xlsx_record_and_the_line_of_a_bad_yaml_one() throws IOException {
        Path book = tmp.resolve("catalog.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sh = wb.createSheet("目录");
            String[][] rows = {{"id", "name", "compute.pue"}, {"good", "好中心", "1.2"}, {"bad", "坏中心", "0.5"}};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sh.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (r > 0 && c == 2) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(book)) {
                wb.write(out);
            }
        }
        Path yaml = tmp.resolve("broken.yaml");
        Files.writeString(yaml, "cca: center-profile/v1\nid: broken\nname: B\ncompute:\n  pue: -3\n");
        try (var w = Workbooks.write(tmp, "errors", "batch", book.toString(), yaml.toString())) {
            assertEquals(3, w.run().exit());
            Sheet s = w.sheet("Errors");
            int file = column(s, 0, "File");
            int sheet = column(s, 0, "Sheet");
            int cell = column(s, 0, "Cell");
            int line = column(s, 0, "Line");
            int x = find(s, file, book.toString(), 1);
            assertTrue(x > 0, "no error row for the workbook: " + Workbooks.texts(s.getRow(1)));
            assertEquals("目录", s.getRow(x).getCell(sheet).getStringCellValue());
            assertEquals("C3", s.getRow(x).getCell(cell).getStringCellValue());
            int y = find(s, file, yaml.toString(), 1);
            assertEquals(5, (int) number(s, y, line));
            assertEquals(w.json().get("problems").size(), s.getLastRowNum());
        }
    }

    @Test
    void a_ranking_read_back_as_a_catalog_is_named_for_what_it_is() throws IOException {
        var w = samples("en");
        Cli.Run r = Cli.run("batch", w.file().toString(), "-q", "-o", tmp.resolve("again.csv").toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("a catalog's ranking written by cca batch (cca-batch/v1), not a catalog of centers"), r.err());
        Cli.Run a = Cli.run("assess", w.file().toString());
        assertEquals(3, a.exit(), a.toString());
        assertTrue(a.err().contains("cca-batch/v1"), a.err());
    }

    @Test
    void every_sheet_prints_on_a4_landscape_one_page_wide_with_the_catalog_rule_set_and_page_in_the_footer() throws IOException {
        var w = samples("en");
        for (Sheet s : w.workbook()) {
            PrintSetup ps = s.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize());
            assertTrue(ps.getLandscape());
            assertTrue(s.getFitToPage());
            assertEquals(1, ps.getFitWidth());
            assertEquals(0, ps.getFitHeight());
            assertNotNull(s.getRepeatingRows(), s.getSheetName());
            assertEquals("Catalog assessment · 10 centers", s.getFooter().getLeft());
            assertTrue(s.getFooter().getCenter().startsWith("cca-default "));
            assertEquals("Page &P of &N", s.getFooter().getRight());
        }
    }

    @Test
    void robustness_intervals_hold_the_nominal_rank_and_score_and_are_drawn_as_floating_bars() throws IOException {
        try (var w = Workbooks.write(tmp, "robust", "batch", "samples", "--as-of", "2025-11-30", "--robustness", "80")) {
            assertEquals(List.of("Ranking", "Regions", "Centers", "Robustness", "Sensitivity", "Errors"), Workbooks.sheetNames(w.workbook()));
            Sheet s = w.sheet("Robustness");
            int head = find(s, 0, "Center id", 0);
            int rank = column(s, head, "Rank");
            int best = column(s, head, "Best rank");
            int worst = column(s, head, "Worst rank");
            int score = column(s, head, "Score");
            int low = column(s, head, "Score low");
            int high = column(s, head, "Score high");
            int rated = 0;
            for (int r = head + 1; r <= s.getLastRowNum(); r++) {
                if (s.getRow(r).getCell(rank) == null) {
                    continue;
                }
                rated++;
                assertTrue(number(s, r, best) <= number(s, r, rank) && number(s, r, rank) <= number(s, r, worst));
                assertTrue(number(s, r, low) <= number(s, r, score) + 0.01 && number(s, r, score) <= number(s, r, high) + 0.01);
            }
            assertTrue(rated >= 7, "rated centers: " + rated);
            List<XSSFChart> charts = Workbooks.charts(s);
            assertEquals(1, charts.size());
            CTBarChart bars = charts.get(0).getCTChart().getPlotArea().getBarChartArray(0);
            assertEquals(STBarGrouping.STACKED, bars.getGrouping().getVal());
            assertTrue(bars.getSerArray(0).getSpPr().isSetNoFill(), "the base of a floating bar is invisible");
            List<Double> base = AssessmentWorkbookTest.values(bars.getSerArray(0));
            List<Double> spread = AssessmentWorkbookTest.values(bars.getSerArray(1));
            for (int i = 0; i < base.size(); i++) {
                if (Double.isNaN(base.get(i))) {
                    continue; // not rated in training
                }
                assertEquals(number(s, head + 1 + i, low), base.get(i), 1e-9);
                assertEquals(number(s, head + 1 + i, high) - number(s, head + 1 + i, low), spread.get(i), 0.011);
            }
            AssessmentWorkbookTest.assertSeriesMatchesCells(w, bars.getSerArray(0));
        }
    }

    private static Map<String, JsonNode> byId(JsonNode json) {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode c : json.get("centers")) {
            out.put(c.get("id").asText(), c);
        }
        return out;
    }

    private static String text(JsonNode n, String none) {
        return n == null || n.isNull() ? none : n.asText();
    }
}
