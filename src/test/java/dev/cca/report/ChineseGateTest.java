package dev.cca.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate speaks the run's language: with {@code --lang zh}, every outcome's value and reason (a failure, a warning,
 * a waiver in force or expired, a skip, a missing level of evidence) is Chinese, in the Markdown report's gate table
 * and on standard error, for assess and batch alike; identifiers (center and scenario ids, metric paths, the gate
 * file's own words in a check's title) stay as written. The English run says the same things in English.
 */
class ChineseGateTest {

    @TempDir
    Path tmp;

    private Path gate() throws IOException {
        Path g = tmp.resolve("gate.yaml");
        Files.writeString(g, """
                cca: gate/v1
                assertions:
                  - {on: overall, min_score: 60}
                  - {on: scenario, id: training, min_grade: 4}
                  - {on: table, id: innovation, level: warn, min_score: 90}
                  - {on: indicator, id: data-governance, min_score: 99}
                  - {on: indicator, id: security-compliance, min_score: 99}
                  - {on: table, id: operations, required_evidence: measured}
                waivers:
                  - {indicator: data-governance, centers: [wuhan-aicc], reason: 审计已预约, expires: 2026-12-31}
                  - {indicator: security-compliance, centers: [wuhan-aicc, ningbo-minimal], reason: 整改中, expires: 2025-01-31}
                """);
        return g;
    }

    @Test
    void every_gate_outcome_is_said_in_chinese_in_the_report_and_on_standard_error() throws IOException {
        Path dir = tmp.resolve("subs");
        Files.createDirectories(dir);
        Files.copy(Path.of("samples/wuhan-aicc.yaml"), dir.resolve("wuhan.yaml"));
        Files.copy(Path.of("samples/ningbo-minimal.yaml"), dir.resolve("ningbo.yaml"));
        Set<String> names = new HashSet<>(ChineseReportsTest.names(dir.resolve("wuhan.yaml")));
        names.addAll(ChineseReportsTest.names(dir.resolve("ningbo.yaml")));
        Path gate = gate();
        for (String cmd : List.of("assess", "batch")) {
            Path md = tmp.resolve(cmd + ".md");
            Cli.Run r = Cli.run(cmd, dir.toString(), "--gate", gate.toString(), "--as-of", "2025-11-30", "--lang", "zh", "-o", md.toString());
            assertEquals(1, r.exit(), r.toString());
            Map<String, Set<String>> found = new TreeMap<>();
            int rows = 0;
            for (String line : Files.readString(md).split("\n")) {
                String[] cells = line.split("\\|", -1);
                // | 结果 | 中心 | 场景 | 检查 | 取值 | 说明 |: the value and the reason are the gate's own words.
                if (cells.length == 8 && Set.of("**失败**", "**警告**", "豁免", "跳过").contains(cells[1].strip())) {
                    rows++;
                    ChineseReportsTest.english(cmd + " report: " + line, cells[5] + " " + cells[6], names, found);
                }
            }
            int lines = 0;
            for (String line : r.err().split("\n")) {
                if (line.startsWith("门禁")) {
                    lines++;
                    // 门禁未通过：wuhan-aicc training：REASON（CHECK TITLE，gate.yaml:4:5）
                    String reason = line.substring(line.indexOf('：', line.indexOf('：') + 1) + 1, line.lastIndexOf('（'));
                    ChineseReportsTest.english(cmd + " stderr: " + line, reason, names, found);
                }
            }
            assertTrue(rows >= 6, cmd + ": the gate table lists failures, warnings, waivers and skips\n" + Files.readString(md));
            assertTrue(lines >= 6, cmd + ": standard error lists them too\n" + r.err());
            assertTrue(found.isEmpty(), cmd + ": English in the Chinese gate: " + found);
        }
    }

    @Test
    void the_english_run_says_the_same_outcomes_in_english() throws IOException {
        Cli.Run zh = Cli.run("assess", "samples/wuhan-aicc.yaml", "--gate", gate().toString(), "--as-of", "2025-11-30", "--lang", "zh", "-q");
        Cli.Run en = Cli.run("assess", "samples/wuhan-aicc.yaml", "--gate", gate().toString(), "--as-of", "2025-11-30", "--lang", "en", "-q");
        assertEquals(zh.exit(), en.exit());
        assertEquals(zh.err().lines().filter(l -> l.startsWith("门禁")).count(), en.err().lines().filter(l -> l.startsWith("gate ")).count(), en.err());
        assertTrue(en.err().contains("waived until 2026-12-31: 审计已预约"), en.err());
        assertTrue(zh.err().contains("豁免至 2026-12-31：审计已预约"), zh.err());
        assertTrue(zh.err().contains("豁免已于 2025-01-31 到期（整改中）"), zh.err());
    }

    /**
     * A gate file's problems name the kind of assertion (indicator, table) and the file itself in the run's
     * language: 指标, 能力表, 门禁文件 in Chinese, the gate format's own words in English.
     */
    @Test
    void a_gate_files_problems_name_the_kind_of_assertion_in_the_runs_language() throws IOException {
        Path gate = tmp.resolve("bad-gate.yaml");
        Files.writeString(gate, """
                cca: gate/v1
                assertions:
                  - {on: indicator, id: securty-compliance, min_score: 3}
                  - {on: table, min_score: 3}
                  - {on: table, id: operations, min_grade: 3}
                """);
        Cli.Run zh = Cli.run("validate", gate.toString(), "--lang", "zh", "--no-color");
        Cli.Run en = Cli.run("validate", gate.toString(), "--lang", "en", "--no-color");
        assertEquals(3, zh.exit(), zh.toString());
        assertEquals(3, en.exit(), en.toString());
        assertTrue(zh.err().contains("中没有指标“securty-compliance”"), zh.err());
        assertTrue(zh.err().contains("对能力表的断言须给出其 id"), zh.err());
        assertTrue(zh.err().contains("；能力表只有分数"), zh.err());
        assertTrue(en.err().contains("unknown indicator 'securty-compliance'"), en.err());
        assertTrue(en.err().contains("an assertion on table names its id"), en.err());
        assertTrue(en.err().contains("; a table has a score"), en.err());
        Path none = tmp.resolve("no-such-gate.yaml");
        Cli.Run missingZh = Cli.run("assess", "samples/wuhan-aicc.yaml", "--gate", none.toString(), "--lang", "zh", "-q");
        Cli.Run missingEn = Cli.run("assess", "samples/wuhan-aicc.yaml", "--gate", none.toString(), "--lang", "en", "-q");
        assertTrue(missingZh.err().contains("门禁文件“" + none + "”：没有这个文件"), missingZh.err());
        assertTrue(missingEn.err().contains("gate file '" + none + "': no such file"), missingEn.err());
        Map<String, Set<String>> found = new TreeMap<>();
        for (String line : (zh.err() + missingZh.err()).split("\n")) {
            if (line.contains("CCA-G")) {
                // The message, without the key path that ends it; the table ids it lists are the rule set's.
                String message = line.substring(line.indexOf("CCA-G")).replaceFirst(" \\[[^ ]*\\]$", "");
                ChineseReportsTest.english("gate file: " + line, message, Set.of("foundation", "innovation", "operations"), found);
            }
        }
        assertTrue(found.isEmpty(), "English in the Chinese gate file problems: " + found);
    }
}
