package dev.cca.report.xlsx;

import static dev.cca.report.xlsx.Workbooks.column;
import static dev.cca.report.xlsx.Workbooks.find;
import static dev.cca.report.xlsx.Workbooks.number;
import static dev.cca.report.xlsx.Workbooks.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold;
import org.apache.poi.ss.usermodel.ConditionType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTStrVal;
import org.openxmlformats.schemas.drawingml.x2006.chart.STBarGrouping;

/** The workbook of {@code cca assess -o report.xlsx}, read back cell by cell and checked against the JSON of the same run. */
class AssessmentWorkbookTest {

    private static final String AS_OF = "2025-11-30";

    @TempDir
    Path tmp;

    @TempDir
    static Path shared;

    /** The sample with measured runs, in each language, written once for the tests that only read it. */
    private static final java.util.Map<String, Workbooks.Written> LINGANG = new java.util.HashMap<>();

    private static Workbooks.Written lingang(String lang) throws IOException {
        Workbooks.Written w = LINGANG.get(lang);
        if (w == null) {
            w = Workbooks.write(shared, "lingang-" + lang, "assess", "samples/unicom-lingang.yaml", "--as-of", AS_OF, "--lang", lang);
            LINGANG.put(lang, w);
        }
        return w;
    }

    @org.junit.jupiter.api.AfterAll
    static void close() throws IOException {
        for (Workbooks.Written w : LINGANG.values()) {
            w.close();
        }
        LINGANG.clear();
    }

    @Test
    void a_single_center_workbook_has_its_five_sheets_named_in_the_report_language() throws IOException {
        var en = lingang("en");
        var zh = lingang("zh");
        assertEquals(List.of("Summary", "Indicators", "Gaps", "Evidence", "Checks"), Workbooks.sheetNames(en.workbook()));
        assertEquals(List.of("总览", "指标明细", "改进差距", "证据", "核查"), Workbooks.sheetNames(zh.workbook()));
    }

    @Test
    void summary_gives_identity_rule_set_reference_date_and_each_grade_in_words() throws IOException {
        for (String lang : List.of("en", "zh")) {
            var w = lingang(lang);
            boolean zh = lang.equals("zh");
            JsonNode c = w.json().get("centers").get(0);
            Sheet s = w.sheet(zh ? "总览" : "Summary");
            assertEquals(c.get("id").asText(), value(s, zh ? "中心编号" : "Center id"));
            assertEquals(c.get("name").asText(), value(s, zh ? "名称" : "Name"));
            assertEquals(w.json().get("rules").get("id").asText() + " " + w.json().get("rules").get("version").asText(),
                    value(s, zh ? "规则集" : "Rule set"));
            assertEquals(zh ? "长三角" : "Yangtze River Delta", value(s, zh ? "枢纽节点" : "National hub"));
            assertEquals(zh ? "电信运营商" : "Telecom operator", value(s, zh ? "运营主体类型" : "Operator type"));
            // The reference date is a date, not text.
            int dateRow = find(s, 0, zh ? "评估基准日" : "Reference date", 0);
            Cell date = s.getRow(dateRow).getCell(1);
            assertEquals(CellType.NUMERIC, date.getCellType());
            assertEquals("yyyy-mm-dd", date.getCellStyle().getDataFormatString());
            assertEquals(LocalDate.parse(c.get("reference_date").asText()), date.getLocalDateTimeCellValue().toLocalDate());

            int header = find(s, 0, zh ? "场景" : "Scenario", 0);
            int gradeName = column(s, header, zh ? "等级名称" : "Grade name");
            for (JsonNode sc : c.get("scenarios")) {
                int r = find(s, 0, sc.get("name").get(lang).asText(), header + 1);
                assertTrue(r > header, "no row for " + sc.get("id"));
                assertEquals(round(sc.get("score").asDouble(), 4), number(s, r, 1), 1e-9);
                assertEquals("0.0", s.getRow(r).getCell(1).getCellStyle().getDataFormatString());
                assertEquals(sc.get("grade").asInt(), (int) number(s, r, 2));
                assertEquals(sc.get("grade_name").get(lang).asText(), s.getRow(r).getCell(gradeName).getStringCellValue());
                for (JsonNode t : sc.get("tables")) {
                    int col = column(s, header, t.get("name").get(lang).asText());
                    assertEquals(round(t.get("score").asDouble(), 4), number(s, r, col), 1e-9);
                }
            }
        }
    }

    @Test
    void a_capped_grade_says_what_it_was_capped_from() throws IOException {
        try (var w = Workbooks.write(tmp, "changan", "assess", "samples/changan-auto.yaml", "--as-of", AS_OF)) {
            JsonNode training = w.json().get("centers").get(0).get("scenarios").get(0);
            assertNotEquals(training.get("grade").asInt(), training.get("uncapped_grade").asInt(), "the sample is no longer capped");
            Sheet s = w.sheet("Summary");
            int r = find(s, 0, "Training", find(s, 0, "Scenario", 0) + 1);
            int status = column(s, find(s, 0, "Scenario", 0), "Status");
            assertEquals("capped (from " + training.get("uncapped_grade").asInt() + ")", s.getRow(r).getCell(status).getStringCellValue());
            // The grade cell itself is marked: its format appends a down arrow.
            assertTrue(s.getRow(r).getCell(2).getCellStyle().getDataFormatString().contains("▼"));
            assertEquals(training.get("grade").asInt(), (int) number(s, r, 2));
        }
    }

    @Test
    void summary_charts_are_native_bar_charts_whose_series_refer_to_the_cells_beside_them() throws IOException {
        var w = lingang("en");
        JsonNode c = w.json().get("centers").get(0);
        Sheet s = w.sheet("Summary");
        List<XSSFChart> charts = Workbooks.charts(s);
        int scenarios = c.get("scenarios").size();
        assertEquals(1 + scenarios, charts.size(), "a chart of table scores and one of points against weight per scenario");

        // 1. Table scores per scenario: one series per scenario, one category per table.
        CTBarChart tables = charts.get(0).getCTChart().getPlotArea().getBarChartArray(0);
        assertEquals(STBarGrouping.CLUSTERED, tables.getGrouping().getVal());
        assertEquals(scenarios, tables.getSerList().size());
        for (int k = 0; k < scenarios; k++) {
            JsonNode sc = c.get("scenarios").get(k);
            CTBarSer ser = tables.getSerArray(k);
            assertEquals(sc.get("name").get("en").asText(), ser.getTx().getV());
            List<String> cats = categories(ser);
            List<Double> vals = values(ser);
            assertEquals(sc.get("tables").size(), cats.size());
            for (int t = 0; t < cats.size(); t++) {
                assertEquals(sc.get("tables").get(t).get("name").get("en").asText(), cats.get(t));
                assertEquals(sc.get("tables").get(t).get("score").asDouble(), vals.get(t), 1e-4);
            }
            assertSeriesMatchesCells(w, ser);
        }

        // 2. Per scenario: points earned and points short, stacked; the points add up to the scenario score.
        for (int k = 0; k < scenarios; k++) {
            JsonNode sc = c.get("scenarios").get(k);
            CTBarChart bars = charts.get(1 + k).getCTChart().getPlotArea().getBarChartArray(0);
            assertEquals(STBarGrouping.STACKED, bars.getGrouping().getVal());
            assertEquals(2, bars.getSerList().size());
            assertTrue(charts.get(1 + k).getTitleText().getString().contains(sc.get("name").get("en").asText()));
            List<Double> earned = values(bars.getSerArray(0));
            List<Double> missing = values(bars.getSerArray(1));
            double sum = 0;
            double full = 0;
            for (int i = 0; i < earned.size(); i++) {
                sum += earned.get(i);
                full += earned.get(i) + missing.get(i);
                if (i > 0) {
                    double weightBefore = earned.get(i - 1) + missing.get(i - 1);
                    assertTrue(weightBefore >= earned.get(i) + missing.get(i) - 1e-3, "indicators are listed heaviest first");
                }
            }
            assertEquals(sc.get("score").asDouble(), sum, 0.01, "points add up to the score");
            assertEquals(100, full, 0.01, "the weights cover the whole score");
            assertSeriesMatchesCells(w, bars.getSerArray(0));
            assertSeriesMatchesCells(w, bars.getSerArray(1));
        }
    }

    @Test
    void indicator_rows_recompute_each_table_score_from_numbers_with_number_formats() throws IOException {
        var w = lingang("en");
        JsonNode c = w.json().get("centers").get(0);
        Sheet s = w.sheet("Indicators");
        int level = column(s, 0, "Row");
        int id = column(s, 0, "Id");
        int score = column(s, 0, "Score");
        int share = column(s, 0, "Share");
        int points = column(s, 0, "Points");
        int value = column(s, 0, "Value");
        int zh = column(s, 0, "Chinese name");
        int rows = 0;
        for (JsonNode sc : c.get("scenarios")) {
            for (JsonNode t : sc.get("tables")) {
                double sum = 0;
                for (JsonNode i : t.get("indicators")) {
                    int r = rowOf(s, sc.get("name").get("en").asText(), id, i.get("id").asText(), level, "indicator");
                    rows++;
                    assertEquals(i.get("name").get("zh").asText(), s.getRow(r).getCell(zh).getStringCellValue());
                    if (i.get("informative").asBoolean()) {
                        rows += i.get("metrics").size();
                        continue;
                    }
                    assertEquals("0.0%", s.getRow(r).getCell(share).getCellStyle().getDataFormatString());
                    double p = number(s, r, points);
                    assertEquals(number(s, r, share) * number(s, r, score), p, 1e-3);
                    sum += p;
                    for (JsonNode m : i.get("metrics")) {
                        int mr = rowOf(s, sc.get("name").get("en").asText(), id, m.get("metric").asText(), level, "metric");
                        rows++;
                        if (!m.get("value").isNull()) {
                            Cell v = s.getRow(mr).getCell(value);
                            assertEquals(CellType.NUMERIC, v.getCellType(), m.get("metric").asText());
                            assertEquals(round(m.get("value").asDouble(), 4), v.getNumericCellValue(), 1e-9);
                            assertTrue(v.getCellStyle().getDataFormatString().startsWith("#,##0"), "a number format");
                        }
                    }
                }
                assertEquals(t.get("score").asDouble(), sum, 0.01, "the indicator points of " + t.get("id") + " add up to its score");
            }
        }
        assertEquals(rows, s.getLastRowNum(), "one row per indicator and metric under the header");
    }

    @Test
    void indicators_sheet_is_frozen_filtered_and_its_scores_colour_scaled() throws IOException {
        var w = lingang("en");
        XSSFSheet s = (XSSFSheet) w.sheet("Indicators");
        assertTrue(s.getPaneInformation().isFreezePane());
        assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
        assertTrue(s.getCTWorksheet().getAutoFilter().getRef().startsWith("A1:"));
        assertColourScale(s, column(s, 0, "Score"));
        assertColourScale(s, column(s, 0, "Curve score"));
    }

    @Test
    void every_sheet_prints_on_a4_landscape_one_page_wide_with_center_rule_set_and_page_in_the_footer() throws IOException {
        var w = lingang("zh");
        String name = w.json().get("centers").get(0).get("name").asText();
        for (Sheet s : w.workbook()) {
            PrintSetup ps = s.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize(), s.getSheetName());
            assertTrue(ps.getLandscape(), s.getSheetName());
            assertTrue(s.getFitToPage(), s.getSheetName());
            assertEquals(1, ps.getFitWidth(), s.getSheetName());
            assertEquals(0, ps.getFitHeight(), s.getSheetName());
            assertTrue(s.getFooter().getLeft().contains(name), s.getFooter().getLeft());
            assertTrue(s.getFooter().getCenter().startsWith("cca-default "), s.getFooter().getCenter());
            assertTrue(s.getFooter().getRight().contains("&P") && s.getFooter().getRight().contains("&N"));
            assertTrue(s.getFooter().getRight().startsWith("第"), "the page in the report language");
            if (!s.getSheetName().equals("总览")) {
                assertNotNull(s.getRepeatingRows(), s.getSheetName() + " repeats its header rows on every page");
            }
        }
    }

    @Test
    void gaps_are_ordered_by_gain_and_give_the_value_each_metric_must_reach() throws IOException {
        try (var w = Workbooks.write(tmp, "wuhan", "assess", "samples/wuhan-aicc.yaml", "--as-of", AS_OF)) {
            JsonNode c = w.json().get("centers").get(0);
            Sheet s = w.sheet("Gaps");
            int gain = column(s, 1, "Points if at 100");
            for (JsonNode sc : c.get("scenarios")) {
                String label = sc.get("name").get("en").asText();
                double previous = Double.POSITIVE_INFINITY;
                int r = find(s, 0, label, 2);
                for (JsonNode i : sc.get("gaps").get("indicators")) {
                    assertEquals(label, s.getRow(r).getCell(0).getStringCellValue());
                    double g = number(s, r, gain);
                    assertTrue(g <= previous, "ordered by gain");
                    assertEquals(round(i.get("potential").asDouble(), 4), g, 1e-9);
                    previous = g;
                    r++;
                }
            }
            JsonNode inference = c.get("scenarios").get(1);
            assertTrue(inference.get("gaps").get("targets").size() > 0, "the sample has metric targets");
            int head = find(s, 0, "One metric alone lifts the center a grade (all else equal)", 0) + 1;
            int metric = column(s, head, "Metric id");
            int needed = column(s, head, "Needed");
            for (JsonNode t : inference.get("gaps").get("targets")) {
                int r = find(s, metric, t.get("metric").asText(), head + 1);
                assertTrue(r > head, "no target row for " + t.get("metric"));
                assertEquals(round(t.get("target").asDouble(), 4), number(s, r, needed), 1e-9);
            }
        }
    }

    @Test
    void evidence_lists_every_benchmark_run_with_its_file_and_date() throws IOException {
        var w = lingang("en");
        JsonNode runs = w.json().get("centers").get(0).get("benchmarks");
        assertTrue(runs.size() >= 3);
        Sheet s = w.sheet("Evidence");
        int file = column(s, 1, "File");
        int date = column(s, 1, "Date");
        int used = column(s, 1, "Used");
        for (int k = 0; k < runs.size(); k++) {
            Row row = s.getRow(2 + k);
            assertEquals(runs.get(k).get("file").asText(), row.getCell(file).getStringCellValue());
            assertEquals(runs.get(k).get("metrics").size() > 0 ? "yes" : "no", row.getCell(used).getStringCellValue());
            if (!runs.get(k).get("date").isNull()) {
                assertEquals(LocalDate.parse(runs.get(k).get("date").asText()),
                        row.getCell(date).getLocalDateTimeCellValue().toLocalDate());
            }
        }
    }

    @Test
    void checks_list_every_warning_of_the_center_with_its_location() throws IOException {
        Path p = tmp.resolve("odd.yaml");
        Files.writeString(p, "cca: center-profile/v1\nid: odd\nname: Odd center\noperations:\n  security: [made-up-standard]\n");
        try (var w = Workbooks.write(tmp, "odd", "assess", p.toString(), "--as-of", AS_OF)) {
            JsonNode warnings = w.json().get("centers").get(0).get("warnings");
            assertTrue(warnings.size() > 0, "the profile earns a warning");
            Sheet s = w.sheet("Checks");
            int message = column(s, 0, "Message");
            int line = column(s, 0, "Line");
            Set<String> shown = new HashSet<>();
            for (int r = 1; r <= s.getLastRowNum(); r++) {
                shown.add(s.getRow(r).getCell(message).getStringCellValue());
            }
            for (JsonNode d : warnings) {
                assertTrue(shown.contains(d.get("message").asText()), "Checks lacks: " + d.get("message"));
            }
            int r = find(s, message, warnings.get(0).get("message").asText(), 1);
            assertEquals(warnings.get(0).get("line").asInt(), (int) number(s, r, line));
        }
    }

    @Test
    void document_properties_name_the_result_and_nothing_depends_on_the_clock() throws IOException {
        var w = lingang("en");
        var props = w.workbook().getProperties();
        assertEquals("cca-result/v1", props.getCustomProperties().getProperty(Book.FORMAT_PROPERTY).getLpwstr());
        assertEquals(Date.from(LocalDate.parse(AS_OF).atStartOfDay().toInstant(ZoneOffset.UTC)),
                props.getCoreProperties().getCreated());
        assertEquals(null, props.getCoreProperties().getModified());
        assertTrue(props.getCoreProperties().getCreator().startsWith("cca "));
        try (ZipFile z = new ZipFile(w.file().toFile())) {
            Set<Long> times = new HashSet<>();
            z.stream().forEach(e -> times.add(e.getTime()));
            assertEquals(1, times.size(), "every entry has the same fixed time: " + times);
        }
    }

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_stays_inert_text() throws IOException {
        Path p = tmp.resolve("hostile.yaml");
        Files.writeString(p, "cca: center-profile/v1\nid: hostile\nname: '=HYPERLINK(\"http://example.com\",\"click\")'\n"
                + "name_en: '+1+1'\nregion: {province: '@SUM(A1)', city: \"-2+3\"}\noperator: {name: \"\\tcmd\"}\n");
        try (var w = Workbooks.write(tmp, "hostile", "assess", p.toString(), "--as-of", AS_OF)) {
            for (Cell c : Workbooks.cells(w.workbook())) {
                assertNotEquals(CellType.FORMULA, c.getCellType(), "a formula at " + c.getAddress());
            }
            for (Sheet s : w.workbook()) {
                assertTrue(s.getHyperlinkList().isEmpty(), "no hyperlinks");
            }
            Sheet s = w.sheet("Summary");
            for (String label : List.of("Name", "English name", "Province, city")) {
                Cell v = s.getRow(find(s, 0, label, 0)).getCell(1);
                assertEquals(CellType.STRING, v.getCellType(), label);
                assertTrue(v.getCellStyle().getQuotePrefixed(), label + " keeps its quote prefix: " + v.getStringCellValue());
            }
            assertEquals("=HYPERLINK(\"http://example.com\",\"click\")", value(s, "Name"));
            assertEquals(" cmd", value(s, "Operator"), "a tab is a space, as in every output");
        }
    }

    @Test
    void text_longer_than_an_excel_cell_is_cut_there_with_a_note() throws IOException {
        Path p = tmp.resolve("long.yaml");
        // Varied characters: a repeated one would compress past the ratio at which POI suspects a zip bomb.
        StringBuilder text = new StringBuilder("长长长");
        for (int i = 0; text.length() < 40_000; i++) {
            text.append((char) (0x4E00 + (i * 7919) % 20_000));
        }
        Files.writeString(p, "cca: center-profile/v1\nid: long\nname: " + text + "\n");
        try (var w = Workbooks.write(tmp, "long", "assess", p.toString(), "--as-of", AS_OF)) {
            String name = value(w.sheet("Summary"), "Name");
            assertEquals(SpreadsheetVersion.EXCEL2007.getMaxTextLength(), name.length());
            assertTrue(name.endsWith("[cut at Excel's limit of 32,767 characters a cell]"));
            assertTrue(name.startsWith("长长长"));
        }
    }

    @Test
    void several_centers_share_the_sheets_with_a_center_column_and_an_overview() throws IOException {
        List<String> args = new ArrayList<>(List.of("assess"));
        for (String f : List.of("wuhan-aicc", "harbin-mobile", "ningbo-minimal")) {
            args.add("samples/" + f + ".yaml");
        }
        args.addAll(List.of("--as-of", AS_OF));
        try (var w = Workbooks.write(tmp, "three", args.toArray(String[]::new))) {
            Sheet summary = w.sheet("Summary");
            Sheet ind = w.sheet("Indicators");
            assertEquals("Center id", ind.getRow(0).getCell(0).getStringCellValue());
            for (JsonNode c : w.json().get("centers")) {
                String id = c.get("id").asText();
                int r = find(summary, 0, id, 0);
                assertTrue(r >= 0, "overview lists " + id);
                assertEquals(round(c.get("scenarios").get(0).get("score").asDouble(), 4), number(summary, r, 2), 1e-9);
                assertTrue(find(ind, 0, id, 1) > 0, "Indicators has rows of " + id);
                assertTrue(find(summary, 0, "Assessment: " + c.get("name").asText() + " (" + id + ")", 0) > r, "a block for " + id);
            }
            assertEquals(3 * (1 + 2), Workbooks.charts(summary).size(), "per center: table scores, and points per scenario");
            assertTrue(summary.getFooter().getLeft().contains("3 centers"));
        }
    }

    @Test
    void a_chinese_workbook_names_headers_evidence_and_statuses_in_chinese() throws IOException {
        var w = lingang("zh");
        Sheet s = w.sheet("指标明细");
        List<String> header = Workbooks.texts(s.getRow(0));
        assertEquals(List.of("场景", "能力表", "层级", "标识", "中文名称", "英文名称", "取值", "单位", "计分值", "计分单位", "证据", "来源",
                "曲线得分", "证据系数", "得分", "权重", "权重占比", "贡献分", "状态", "备注"), header);
        Set<String> evidence = new HashSet<>();
        Set<String> status = new HashSet<>();
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Cell e = s.getRow(r).getCell(10);
            if (e != null) {
                evidence.add(e.getStringCellValue());
            }
            Cell st = s.getRow(r).getCell(18);
            if (st != null && s.getRow(r).getCell(2).getStringCellValue().equals("度量")) {
                status.add(st.getStringCellValue());
            }
        }
        assertTrue(evidence.containsAll(List.of("实测", "自报")), evidence.toString());
        assertTrue(status.contains("已计分"), status.toString());
        assertFalse(evidence.contains("measured") || status.contains("scored"), "no English enumerations");
    }

    @Test
    void checks_give_each_finding_with_the_numbers_it_compared() throws IOException {
        try (var w = Workbooks.write(tmp, "harbin", "assess", "samples/harbin-mobile.yaml", "--as-of", AS_OF)) {
            JsonNode checks = w.json().get("centers").get(0).get("checks");
            assertTrue(checks.size() > 0, "the sample earns findings");
            Sheet s = w.sheet("Checks");
            int check = column(s, 0, "Check");
            int metric = column(s, 0, "Metric id");
            int stated = column(s, 0, "Stated");
            int bound = column(s, 0, "Bound");
            int line = column(s, 0, "Line");
            for (int k = 0; k < checks.size(); k++) {
                JsonNode f = checks.get(k);
                int r = 1 + k;
                assertEquals(f.get("check").asText(), s.getRow(r).getCell(check).getStringCellValue());
                assertEquals(f.get("metric").asText(), s.getRow(r).getCell(metric).getStringCellValue());
                assertEquals(f.get("line").asInt(), (int) number(s, r, line));
                if (!f.get("stated").isNull()) {
                    assertEquals(round(f.get("stated").asDouble(), 4), number(s, r, stated), 1e-9);
                }
                if (!f.get("bound").isNull()) {
                    assertEquals(round(f.get("bound").asDouble(), 4), number(s, r, bound), 1e-9);
                }
            }
        }
    }

    @Test
    void a_scenario_without_a_grade_says_why_instead_of_showing_one() throws IOException {
        try (var w = Workbooks.write(tmp, "ningbo", "assess", "samples/ningbo-minimal.yaml", "--as-of", AS_OF)) {
            JsonNode sc = w.json().get("centers").get(0).get("scenarios").get(0);
            assertEquals("insufficient-data", sc.get("status").asText());
            Sheet s = w.sheet("Summary");
            int header = find(s, 0, "Scenario", 0);
            int r = find(s, 0, "Training", header + 1);
            assertEquals(null, s.getRow(r).getCell(2), "no grade");
            String status = s.getRow(r).getCell(column(s, header, "Status")).getStringCellValue();
            assertTrue(status.matches("insufficient data \\(\\d+% reported\\)"), status);
            assertEquals(round(sc.get("reported_share").asDouble(), 4), number(s, r, column(s, header, "Reported")), 1e-9);
        }
    }

    @Test
    void a_gate_and_a_comparison_with_peers_add_their_sheets() throws IOException {
        try (var w = Workbooks.write(tmp, "peers", "assess", "samples/unicom-lingang.yaml", "--as-of", AS_OF, "--peers", "samples",
                "--robustness", "60", "--min-grade", "5")) {
            assertEquals(1, w.run().exit(), "the gate fails");
            assertEquals(List.of("Summary", "Indicators", "Gaps", "Evidence", "Checks", "Robustness", "Sensitivity", "Gate"),
                    Workbooks.sheetNames(w.workbook()));
            Sheet gate = w.sheet("Gate");
            int head = find(gate, 0, "Status", 0);
            int fails = 0;
            for (int r = head + 1; r <= gate.getLastRowNum(); r++) {
                if (gate.getRow(r).getCell(0).getStringCellValue().equals("fail")) {
                    fails++;
                    assertEquals("unicom-lingang", gate.getRow(r).getCell(1).getStringCellValue());
                }
            }
            assertEquals(w.json().get("gate").get("counts").get("fail").asInt(), fails);
            Sheet rb = w.sheet("Robustness");
            assertEquals(1, Workbooks.charts(rb).size());
            assertTrue(w.sheet("Sensitivity").getLastRowNum() > 3);
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** The value beside a label of the Summary's identity block. */
    private static String value(Sheet s, String label) {
        int r = find(s, 0, label, 0);
        assertTrue(r >= 0, "no label " + label);
        return s.getRow(r).getCell(1).getStringCellValue();
    }

    private static int rowOf(Sheet s, String scenario, int idCol, String id, int levelCol, String level) {
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row.getCell(0).getStringCellValue().equals(scenario) && row.getCell(idCol).getStringCellValue().equals(id)
                    && row.getCell(levelCol).getStringCellValue().equals(level)) {
                return r;
            }
        }
        throw new AssertionError("no " + level + " row " + id + " in " + scenario);
    }

    static List<String> categories(CTBarSer ser) {
        List<String> out = new ArrayList<>();
        for (CTStrVal v : ser.getCat().getStrRef().getStrCache().getPtList()) {
            out.add(v.getV());
        }
        return out;
    }

    /** A series' cached values by point index; a point without a value (a gap) is NaN. */
    static List<Double> values(CTBarSer ser) {
        var cache = ser.getVal().getNumRef().getNumCache();
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < cache.getPtCount().getVal(); i++) {
            out.add(Double.NaN);
        }
        for (CTNumVal v : cache.getPtList()) {
            out.set((int) v.getIdx(), Double.parseDouble(v.getV()));
        }
        return out;
    }

    /** The cells a series refers to hold what its cache shows, so the chart follows the sheet when it is edited. */
    static void assertSeriesMatchesCells(Workbooks.Written w, CTBarSer ser) {
        AreaReference values = new AreaReference(ser.getVal().getNumRef().getF(), SpreadsheetVersion.EXCEL2007);
        AreaReference cats = new AreaReference(ser.getCat().getStrRef().getF(), SpreadsheetVersion.EXCEL2007);
        List<Double> cached = values(ser);
        List<String> names = categories(ser);
        CellReference[] v = values.getAllReferencedCells();
        CellReference[] c = cats.getAllReferencedCells();
        assertEquals(cached.size(), v.length);
        assertEquals(names.size(), c.length);
        for (int i = 0; i < v.length; i++) {
            Sheet s = w.sheet(v[i].getSheetName());
            Cell cell = s.getRow(v[i].getRow()).getCell(v[i].getCol());
            if (Double.isNaN(cached.get(i))) {
                assertEquals(null, cell, "a gap in the series is an empty cell");
                continue;
            }
            assertEquals(cached.get(i), cell.getNumericCellValue(), 1e-4);
            Sheet cs = w.sheet(c[i].getSheetName());
            assertEquals(names.get(i), cs.getRow(c[i].getRow()).getCell(c[i].getCol()).getStringCellValue());
        }
    }

    /** Column {@code c} carries a three-colour scale fixed at 0, 50 and 100. */
    static void assertColourScale(Sheet s, int c) {
        var cf = s.getSheetConditionalFormatting();
        for (int k = 0; k < cf.getNumConditionalFormattings(); k++) {
            ConditionalFormatting f = cf.getConditionalFormattingAt(k);
            for (var range : f.getFormattingRanges()) {
                if (range.getFirstColumn() <= c && c <= range.getLastColumn() && range.getLastRow() == s.getLastRowNum()) {
                    ConditionalFormattingRule rule = f.getRule(0);
                    assertEquals(ConditionType.COLOR_SCALE, rule.getConditionType());
                    ConditionalFormattingThreshold[] t = rule.getColorScaleFormatting().getThresholds();
                    assertEquals(3, t.length);
                    assertEquals(List.of(0.0, 50.0, 100.0), List.of(t[0].getValue(), t[1].getValue(), t[2].getValue()));
                    return;
                }
            }
        }
        throw new AssertionError("no colour scale on column " + (c + 1) + " of " + s.getSheetName());
    }
}
