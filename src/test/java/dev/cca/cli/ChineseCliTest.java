package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.report.ChineseReportsTest;
import dev.cca.testing.Cli;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under a Chinese locale ({@code LANG=zh_CN.UTF-8}, no {@code --lang}) what the command line itself prints is
 * Chinese: summaries, the usage of {@code cca} and {@code cca rules}, an unknown command, a failed write,
 * {@code --version}, lint's summary and a report's provenance. Each case is held to the rule of
 * {@link ChineseReportsTest#english}: no English word outside identifiers, codes, paths, options and units.
 */
class ChineseCliTest {

    private static final Map<String, String> ZH = Map.of("LANG", "zh_CN.UTF-8");
    private static final String SAMPLE = "samples/wuhan-aicc.yaml";

    @TempDir
    Path tmp;

    private static Cli.Run zh(String... args) {
        return Cli.run("", ZH, false, args);
    }

    private static void noEnglish(String where, String text) {
        Map<String, Set<String>> found = new TreeMap<>();
        // Command names and the help's identifiers are typed as they are; example command lines are not prose.
        ChineseReportsTest.english(where, ChineseHelpTest.prose(text), ChineseHelpTest.IDS, found);
        assertTrue(found.isEmpty(), "English in Chinese output: " + found + "\n" + text);
    }

    @Test
    void the_summary_of_an_assessment_with_invalid_inputs_is_chinese() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "cca: center-profile/v1\nid: bad-center\nname: 坏\ncompute: {pue: -1}\n");
        Cli.Run r = zh("assess", bad.toString(), SAMPLE, "--no-color", "-q");
        assertEquals(3, r.exit(), r.toString());
        String last = r.err().strip().substring(r.err().strip().lastIndexOf('\n') + 1);
        assertEquals("输入中有 1 个错误；已评估 1 个中心", last);
        noEnglish("assess", r.err());
    }

    @Test
    void bare_cca_and_cca_rules_print_their_chinese_usage_with_their_commands() {
        Cli.Run cca = zh();
        assertEquals(0, cca.exit(), cca.toString());
        assertTrue(cca.out().startsWith("用法： cca [-hV] [COMMAND]"), cca.out());
        assertTrue(cca.out().contains("命令：") && cca.out().contains("  assess") && cca.out().contains("  rules"), cca.out());
        noEnglish("cca", cca.out());
        Cli.Run rules = zh("rules");
        assertTrue(rules.out().startsWith("用法： cca rules [-hV] [COMMAND]"), "names itself cca rules: " + rules.out());
        assertTrue(rules.out().contains("  lint") && rules.out().contains("  diff"), rules.out());
        noEnglish("cca rules", rules.out());
        assertTrue(Cli.run().out().startsWith("Usage: cca [-hV] [COMMAND]"), "English as before without the locale");
    }

    @Test
    void help_of_an_unknown_command_is_a_coded_chinese_line_with_a_suggestion() {
        Cli.Run r = zh("help", "asess");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().startsWith("cca: 错误 CCA-O181: 没有命令“asess”（是否应为“assess”？）；命令有 assess, batch,"), r.err());
        noEnglish("help", r.err());
        Cli.Run en = Cli.run("help", "nosuch");
        assertTrue(en.err().contains("error CCA-O181: no command 'nosuch'; the commands are assess, batch"), en.err());
    }

    @Test
    void a_failed_write_is_a_coded_chinese_message() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        Cli.Run r = Cli.run(full, "", ZH, false, "assess", SAMPLE, "-q", "--format", "json", "-o", "-");
        assertEquals(4, r.exit(), r.toString());
        assertTrue(r.err().contains("错误 CCA-F181: 无法写入 标准输出：设备上没有剩余空间"), r.err());
        noEnglish("-o -", r.err());
        if (Files.exists(Path.of("/dev/full"))) {
            Cli.Run dev = zh("assess", SAMPLE, "-q", "--format", "json", "-o", "/dev/full");
            assertEquals(4, dev.exit(), dev.toString());
            noEnglish("-o /dev/full", dev.err());
        }
    }

    @Test
    void version_and_lint_summary_are_chinese() {
        Cli.Run v = zh("--version");
        assertTrue(v.out().contains("规则集 cca-default "), v.out());
        noEnglish("--version", v.out().replace("Java", "").replaceAll("\\(sha256 [0-9a-f]+\\)", ""));
        Cli.Run lint = zh("rules", "lint", "scoring-rules/cca-default.yaml");
        assertEquals(0, lint.exit(), lint.toString());
        assertEquals("无问题：1 个规则集；0 个错误，0 个警告", lint.out().strip());
    }

    @Test
    void a_reports_provenance_says_audit_in_chinese() throws IOException {
        String profile = Files.readString(Path.of(SAMPLE));
        String audited = profile.replace("  mfu_pct: {value: 38, accelerators: 1024}",
                "  mfu_pct: {value: 38, accelerators: 1024, evidence: audited, audit: \"中国信通院 CAICT-2025-TR-0412\", date: 2025-06-01}");
        assertFalse(audited.equals(profile), "the sample line the test rewrites is there");
        Path p = Files.writeString(tmp.resolve("audited.yaml"), audited);
        Path md = tmp.resolve("r.md");
        Cli.Run r = zh("assess", p.toString(), "-q", "-o", md.toString());
        assertEquals(0, r.exit(), r.toString());
        String text = Files.readString(md);
        assertTrue(text.contains("依据 审计 中国信通院 CAICT-2025-TR-0412"), text);
        assertFalse(text.contains("依据 audit"), text);
    }

    /**
     * Every line {@code cca generate} prints of its own, each refusal with its code, in Chinese under the locale and
     * with {@code --lang zh}; English with {@code --lang en} under the Chinese locale.
     */
    @Test
    void generate_says_everything_in_chinese() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("folder"));
        String[][] refused = {
            {"CCA-O007", "--count", "-1", "-o", tmp.resolve("a.jsonl").toString()},
            {"CCA-O041", "--count", "3", "--format", "orc1", "-o", tmp.resolve("a.jsonl").toString()},
            {"CCA-O042", "--count", "3", "-o", "-"},
            {"CCA-O200", "--count", "3", "--format", "yaml-tree", "-o", "-"},
            {"CCA-O201", "--count", "3", "-o", tmp.resolve("a.unknown").toString()},
            {"CCA-O202", "--count", "3", "-o", dir.toString()},
            {"CCA-O203", "--count", "2000000", "-o", tmp.resolve("a.xlsx").toString()},
            {"CCA-O004", "--count", "x9", "-o", tmp.resolve("a.jsonl").toString()},
        };
        for (String[] c : refused) {
            String[] args = new String[c.length];
            args[0] = "generate";
            System.arraycopy(c, 1, args, 1, c.length - 1);
            Cli.Run r = zh(args);
            assertEquals(2, r.exit(), r.toString());
            assertTrue(r.err().startsWith("cca generate: 错误 " + c[0] + ": "), c[0] + ": " + r.err());
            noEnglish("generate " + c[0], r.err());
            Cli.Run en = Cli.run(Stream.concat(Stream.of(args), Stream.of("--lang", "en")).toArray(String[]::new));
            assertTrue(en.err().startsWith("cca generate: error " + c[0] + ": "), "English with --lang en: " + en.err());
        }
        Path blocked = Files.writeString(tmp.resolve("file"), "");
        Cli.Run tree = zh("generate", "--count", "2", "--format", "yaml-tree", "-o", blocked.resolve("tree").toString());
        assertEquals(4, tree.exit(), tree.toString());
        assertTrue(tree.err().startsWith("cca generate: 错误 CCA-O204: "), tree.err());
        noEnglish("generate tree", tree.err());

        Path out = tmp.resolve("目录.jsonl");
        Cli.Run ok = zh("generate", "--count", "3", "-o", out.toString());
        assertEquals(0, ok.exit(), ok.toString());
        assertEquals("已将 3 个合成中心写入 " + out, ok.out().strip());
        assertEquals("", ok.err());
        Cli.Run flag = Cli.run("generate", "--count", "3", "--lang", "zh", "-o", out.toString());
        assertEquals("已将 3 个合成中心写入 " + out, flag.out().strip(), "--lang zh without the locale");
        Cli.Run en = Cli.run("generate", "--count", "3", "-o", out.toString());
        assertEquals("wrote 3 synthetic center(s) to " + out, en.out().strip());

        Cli.Run help = zh("generate", "--help");
        assertTrue(help.out().startsWith("用法： cca generate") && help.out().contains("--lang"), help.out());
        noEnglish("generate --help", help.out());
    }
}
