package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cca.report.ReportFormat;
import dev.cca.report.ReportFormats;
import dev.cca.testing.Cli;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cca batch}: a bad record costs only itself, scores equal {@code cca assess}, outputs are complete. */
class BatchCliTest {

    @TempDir
    Path tmp;

    @Test
    void a_report_to_standard_output_is_all_that_standard_output_carries() throws Exception {
        Path csv = tmp.resolve("ranking.csv");
        for (String lang : new String[] {"en", "zh"}) {
            Cli.Run r = Cli.run("batch", "samples/", "--lang", lang, "--format", "csv", "-o", "-", "-o", csv.toString());
            assertEquals(0, r.exit(), r.toString());
            assertEquals(Files.readString(csv), r.out(), "the CSV and nothing after it");
            assertTrue(r.err().contains(lang.equals("zh") ? "已评分 10 个中心" : "scored 10 center(s)"), r.err());
            assertTrue(r.err().contains(csv.toString()) && !r.err().contains(" -\n"), "the file written is named, - is not: " + r.err());
        }
    }

    private Path csv(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static JsonNode json(Path p) throws Exception {
        return new ObjectMapper().readTree(Files.readString(p));
    }

    @Test
    void a_csv_catalog_with_broken_rows_gives_a_full_ranking_and_located_errors() throws Exception {
        Path in = csv("catalog.csv", "id,name,compute.total_pflops_fp16,compute.pue,region.province\n"
                + "a1,Alpha,400,1.25,湖北\n"
                + "b2,Beta,10 PB,1.3,湖北\n"
                + "c3,Gamma,120,0.9,江苏\n"
                + "d4,Delta,\"1,200\",1.2,江苏\n"
                + "e5,Epsilon,60\n");
        Path out = tmp.resolve("r.csv");
        Path js = tmp.resolve("r.json");
        Cli.Run r = Cli.run("batch", in.toString(), "-o", out.toString(), "-o", js.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("catalog.csv:3:"), "the PB row, by line: " + r.err());
        assertTrue(r.err().contains("catalog.csv:4:"), "the PUE below 1: " + r.err());
        assertTrue(r.err().contains("catalog.csv:6:"), "the short row: " + r.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size(), "header + the two valid centers: " + lines);
        assertTrue(lines.get(1).startsWith("d4,Delta,") || lines.get(1).startsWith("a1,Alpha,"), lines.get(1));
        JsonNode j = json(js);
        assertEquals(2, j.path("summary").path("centers").asInt());
        assertEquals(3, j.path("summary").path("invalid_records").asInt());
        assertEquals(3, j.path("problems").size());
        assertTrue(r.out().contains("scored 2 center(s); 3 invalid record(s)"), r.out());
    }

    @Test
    void an_xlsx_catalog_with_broken_rows_gives_a_full_ranking_and_errors_by_sheet_and_row() throws Exception {
        Path in = tmp.resolve("catalog.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(in)) {
            XSSFSheet s = wb.createSheet("目录");
            String[][] rows = {{"id", "name", "compute.total_pflops_fp16", "training.mfu_pct"},
                {"x1", "甲中心", "400", "45"}, {"x2", "乙中心", "-5", "40"}, {"x3", "丙中心", "150", "130"}, {"x4", "丁中心", "90", "38"}};
            for (int i = 0; i < rows.length; i++) {
                XSSFRow row = s.createRow(i);
                for (int c = 0; c < rows[i].length; c++) {
                    String v = rows[i][c];
                    if (i > 0 && c >= 2) {
                        row.createCell(c).setCellValue(Double.parseDouble(v));
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            wb.write(os);
        }
        Path out = tmp.resolve("r.csv");
        Cli.Run r = Cli.run("batch", in.toString(), "-o", out.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("catalog.xlsx[目录]:3:"), r.err());
        assertTrue(r.err().contains("catalog.xlsx[目录]:4:"), r.err());
        assertEquals(3, Files.readAllLines(out).size(), "header + x1 + x4");
    }

    @Test
    void every_sample_scores_the_same_in_a_catalog_as_alone() throws Exception {
        Path js = tmp.resolve("batch.json");
        Cli.Run r = Cli.run("batch", "samples/", "--as-of", "2025-11-30", "-q", "-o", js.toString());
        assertEquals(0, r.exit(), r.toString());
        JsonNode batch = json(js);
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode c : batch.path("centers")) {
            byId.put(c.path("id").asText(), c);
        }
        try (var s = Files.list(Path.of("samples"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".yaml")).toList()) {
                Path one = tmp.resolve("one.json");
                assertEquals(0, Cli.run("assess", p.toString(), "--as-of", "2025-11-30", "-q", "-o", one.toString()).exit());
                JsonNode alone = json(one).path("centers").get(0);
                JsonNode inCatalog = byId.get(alone.path("id").asText());
                for (int sc = 0; sc < 2; sc++) {
                    JsonNode a = alone.path("scenarios").get(sc);
                    JsonNode b = inCatalog.path("scenarios").get(sc);
                    assertEquals(a.path("score").asDouble(), b.path("score").asDouble(), 0.006, p + " " + a.path("id"));
                    assertEquals(a.path("grade").asInt(), b.path("grade").asInt(), p + " grade");
                }
            }
        }
    }

    @Test
    void duplicate_ids_across_files_are_errors_naming_both_places() throws Exception {
        Path a = csv("a.csv", "id,name\nsame,First\nother,Other\n");
        Path b = tmp.resolve("b.jsonl");
        Files.writeString(b, "{\"cca\":\"center-profile/v1\",\"id\":\"same\",\"name\":\"Second\"}\n");
        Path out = tmp.resolve("r.csv");
        Cli.Run r = Cli.run("batch", a.toString(), b.toString(), "-o", out.toString(), "-q");
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("b.jsonl:1:1: error " + dev.cca.diag.CatalogCode.DUPLICATE_CENTER_ID.id() + ": ")
                && r.err().contains("'same': also at " + a + ":2"), r.err());
        assertEquals(3, Files.readAllLines(out).size());
    }

    @Test
    void a_broken_json_lines_record_costs_only_its_line() throws Exception {
        Path in = tmp.resolve("c.jsonl");
        Files.writeString(in, "{\"cca\":\"center-profile/v1\",\"id\":\"a\",\"name\":\"A\"}\n{\"cca\": \"center-profile/v1\", \"id\": \n"
                + "{\"cca\":\"center-profile/v1\",\"id\":\"c\",\"name\":\"C\"}\n");
        Path js = tmp.resolve("r.json");
        Cli.Run r = Cli.run("batch", in.toString(), "-o", js.toString(), "-q");
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("c.jsonl:2:"), r.err());
        assertEquals(2, json(js).path("summary").path("centers").asInt());
    }

    @Test
    void ties_share_a_rank_and_are_listed_by_id() throws Exception {
        Path in = csv("t.csv", "id,name,compute.largest_cluster.pflops_fp16\nzz,Z,100\naa,A,100\nmm,M,1000\n");
        Path js = tmp.resolve("r.json");
        Path out = tmp.resolve("r.csv");
        // One column is far below the default rule set's reported share for a grade: rank under a copy that rates any data.
        Path rules = tmp.resolve("rules.yaml");
        Files.writeString(rules, Files.readString(Path.of("scoring-rules/cca-default.yaml")).replace("min_reported: 0.5", "min_reported: 0"));
        assertEquals(0, Cli.run("batch", in.toString(), "--rules", rules.toString(), "-o", js.toString(), "-o", out.toString(), "-q").exit());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(1).startsWith("mm,") && lines.get(2).startsWith("aa,") && lines.get(3).startsWith("zz,"), lines.toString());
        Map<String, Integer> rank = new HashMap<>();
        for (JsonNode c : json(js).path("centers")) {
            rank.put(c.path("id").asText(), c.path("scenarios").get(0).path("rank").asInt());
        }
        assertEquals(1, rank.get("mm"));
        assertEquals(2, rank.get("aa"));
        assertEquals(2, rank.get("zz"), "a tie shares the better rank");
    }

    @Test
    void aggregates_cover_province_hub_operator_type_and_any_field_asked_for() throws Exception {
        Path md = tmp.resolve("r.md");
        Path js = tmp.resolve("r.json");
        Cli.Run r = Cli.run("batch", "samples/", "--group-by", "compute.network.fabric", "-q", "-o", md.toString(), "-o", js.toString());
        assertEquals(0, r.exit(), r.toString());
        List<String> fields = new ArrayList<>();
        for (JsonNode a : json(js).path("aggregates")) {
            if (!fields.contains(a.path("field").asText())) {
                fields.add(a.path("field").asText());
            }
            assertTrue(a.path("count").asInt() >= 1);
            assertTrue(a.path("grades").has("1") && a.path("grades").has("5"));
        }
        assertEquals(List.of("all", "region.province", "hub", "operator.type", "compute.network.fabric"), fields);
        String text = Files.readString(md);
        assertTrue(text.contains("## By Province (`region.province`)") && text.contains("湖北"), text.substring(0, Math.min(2000, text.length())));
        assertTrue(text.contains("## Top 10: Training") || text.contains("## Top 20: Training") || text.contains("## Top "), text);
    }

    @Test
    void names_that_look_like_formulas_stay_inert_in_the_csv() throws Exception {
        Path out = tmp.resolve("r.csv");
        assertEquals(0, Cli.run("batch", "src/test/resources/catalog/valid/formula-like-names.csv", "-o", out.toString(), "-q").exit());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.contains(",'=SUM(A1:A2),") && text.contains(",'+86 智算中心,") && text.contains(",'@home 中心,"), text);
        assertFalse(text.contains(",=SUM"));
    }

    @Test
    void the_rank_by_scenario_orders_the_csv() throws Exception {
        Path out = tmp.resolve("r.csv");
        assertEquals(0, Cli.run("batch", "samples/", "--rank-by", "inference", "-o", out.toString(), "-q").exit());
        List<String> lines = Files.readAllLines(out);
        int col = List.of(lines.get(0).replace("\uFEFF", "").split(",")).indexOf("inference_rank");
        assertEquals("1", lines.get(1).split(",")[col]);
    }

    @Test
    void no_progress_is_drawn_when_standard_error_is_not_a_terminal() {
        Cli.Run r = Cli.run("batch", "samples/", "-o", tmp.resolve("r.csv").toString());
        assertEquals(0, r.exit());
        assertFalse(r.err().contains("scoring:"), r.err());
        Cli.Run forced = Cli.run("batch", "samples/", "-o", tmp.resolve("r2.csv").toString(), "--progress");
        assertEquals(0, forced.exit());
    }

    @Test
    void generate_is_deterministic_and_its_output_scores() throws Exception {
        Path a = tmp.resolve("a.jsonl");
        Path b = tmp.resolve("b.jsonl");
        assertEquals(0, Cli.run("generate", "--count", "300", "--seed", "9", "-o", a.toString()).exit());
        assertEquals(0, Cli.run("generate", "--count", "300", "--seed", "9", "-o", b.toString()).exit());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        Path js = tmp.resolve("r.json");
        Cli.Run r = Cli.run("batch", a.toString(), "-o", js.toString(), "-q");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(300, json(js).path("summary").path("centers").asInt());
        assertEquals(2, Cli.run("generate", "--count", "10", "-o", tmp.resolve("x.pdf").toString()).exit());
    }

    @Test
    void an_output_that_is_an_input_or_has_an_unknown_format_is_refused() throws Exception {
        Path in = csv("c.csv", "id,name\na,A\n");
        assertEquals(2, Cli.run("batch", in.toString(), "-o", in.toString()).exit());
        Cli.Run r = Cli.run("batch", in.toString(), "-o", tmp.resolve("r.pdf").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(".pdf is not a report format (cca batch writes " + ReportFormats.extensions(ReportFormat.Kind.BATCH) + ")"),
                r.err());
    }

    @Test
    void a_center_whose_score_fell_against_the_baseline_fails_the_gate_by_name() throws Exception {
        Path dir = tmp.resolve("q3");
        Files.createDirectories(dir);
        String wuhan = Files.readString(Path.of("samples/wuhan-aicc.yaml"));
        Files.writeString(dir.resolve("wuhan.yaml"), wuhan);
        Files.copy(Path.of("samples/harbin-mobile.yaml"), dir.resolve("harbin.yaml"));
        Path q3 = tmp.resolve("q3.json");
        assertEquals(0, Cli.run("batch", dir.toString(), "--as-of", "2025-11-30", "-q", "-o", q3.toString()).exit());
        // The same catalog passes against itself; a new center has no baseline and passes too.
        Files.writeString(dir.resolve("new.yaml"), "cca: center-profile/v1\nid: brand-new\nname: New\n");
        assertEquals(0, Cli.run("batch", dir.toString(), "--as-of", "2025-11-30", "-q", "-o", tmp.resolve("a.csv").toString(),
                "--baseline", q3.toString()).exit());
        Files.writeString(dir.resolve("wuhan.yaml"), wuhan.replace("mfu_pct: {value: 38,", "mfu_pct: {value: 20,"));
        Cli.Run r = Cli.run("batch", dir.toString(), "--as-of", "2025-11-30", "-q", "-o", tmp.resolve("b.csv").toString(),
                "--baseline", q3.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("gate failed: wuhan-aicc training: score fell from "), r.err());
        assertFalse(r.err().contains("harbin"), r.err());
        assertEquals(0, Cli.run("batch", dir.toString(), "--as-of", "2025-11-30", "-q", "-o", tmp.resolve("c.csv").toString(),
                "--baseline", q3.toString(), "--max-drop", "15").exit());
        // A single assessment's JSON is a baseline for batch, and a batch JSON one for assess.
        Path one = tmp.resolve("one.json");
        assertEquals(0, Cli.run("assess", "samples/wuhan-aicc.yaml", "--as-of", "2025-11-30", "-q", "-o", one.toString()).exit());
        assertEquals(1, Cli.run("batch", dir.toString(), "--as-of", "2025-11-30", "-q", "-o", tmp.resolve("d.csv").toString(),
                "--baseline", one.toString()).exit());
        assertEquals(1, Cli.run("assess", dir.resolve("wuhan.yaml").toString(), "--as-of", "2025-11-30", "-q",
                "--baseline", q3.toString()).exit());
    }

    @Test
    void a_baseline_that_is_not_a_cca_result_is_a_usage_error_and_a_broken_one_invalid_input_before_any_scoring() throws Exception {
        Path in = csv("c.csv", "id,name\na,A\n");
        Path notResult = tmp.resolve("other.json");
        Files.writeString(notResult, "{\"format\": \"something-else\", \"centers\": []}");
        Cli.Run r = Cli.run("batch", in.toString(), "-o", tmp.resolve("r.csv").toString(), "--baseline", notResult.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("not a cca JSON result"), r.err());
        Files.writeString(notResult, "{\"format\": \"cca-batch/v1\", \"centers\": [");
        r = Cli.run("batch", in.toString(), "-o", tmp.resolve("r.csv").toString(), "--baseline", notResult.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("other.json:1:"), "located: " + r.err());
        assertEquals(2, Cli.run("batch", in.toString(), "-o", tmp.resolve("r.csv").toString(), "--baseline", tmp.toString()).exit());
        assertFalse(Files.exists(tmp.resolve("r.csv")), "nothing written on a usage error");
    }
}
