package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.report.ChineseReportsTest;
import dev.cca.testing.Cli;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Help in Chinese: every command's and subcommand's usage help, rendered with {@code --lang zh}, holds no English word
 * outside identifiers (commands, options, formats, scenario and indicator ids, the example command lines), and every key
 * of the Chinese bundle is one that picocli reads; English stays the default.
 */
class ChineseHelpTest {

    /** Words of the help that are identifiers a user types, or names. */
    static final Set<String> IDS = Set.of("assess", "batch", "validate", "generate", "rules", "init", "schema", "help",
            "completion", "list", "show", "explain", "lint", "diff", "plot", "profile", "benchmark", "gate", "training", "inference",
            "pretraining", "all", "yaml", "json", "jsonl", "csv", "xlsx", "junit", "sarif", "hub", "throughput", "Throughput",
            "Proficient", "benchmarks", "robustness", "error", "Windows", "Markdown", "Lines", "Schema", "COMMAND", "bash", "zsh", "docs",
            "progress");

    private static List<CommandLine> tree(CommandLine cl) {
        List<CommandLine> all = new ArrayList<>(List.of(cl));
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getParent() == cl) {
                all.addAll(tree(sub));
            }
        }
        return all;
    }

    /** The help text without its example command lines (a comment after '#' on one stays: it is prose). */
    static String prose(String usage) {
        return usage.replaceAll("(?m)^\\s+(?:cca|source)\\b[^#\\n]*", " ");
    }

    @Test
    void every_command_helps_in_chinese_without_english_words() {
        List<CommandLine> commands = tree(Main.commandLine(null, new String[] {"--lang", "zh"}));
        assertTrue(commands.size() >= 15, "the whole tree: " + commands.size());
        Map<String, Set<String>> found = new TreeMap<>();
        for (CommandLine c : commands) {
            // Wide, so that no identifier (compute.network.fabric) is cut at a line end.
            c.setUsageHelpAutoWidth(false);
            c.setUsageHelpWidth(400);
            String usage = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertTrue(usage.contains("用法："), usage);
            ChineseReportsTest.english(c.getCommandSpec().qualifiedName(), prose(usage), IDS, found);
        }
        assertTrue(found.isEmpty(), "English in the Chinese help: " + found);
    }

    @Test
    void english_stays_the_default_and_the_two_languages_say_each_thing() {
        List<CommandLine> en = tree(Main.commandLine(null, new String[0]));
        List<CommandLine> zh = tree(Main.commandLine(null, new String[] {"--lang", "zh"}));
        assertEquals(en.size(), zh.size());
        for (int i = 0; i < en.size(); i++) {
            CommandSpec e = en.get(i).getCommandSpec();
            CommandSpec z = zh.get(i).getCommandSpec();
            assertTrue(en.get(i).getUsageMessage(CommandLine.Help.Ansi.OFF).contains("Usage: "), e.qualifiedName());
            assertNotEquals(List.of(e.usageMessage().description()), List.of(z.usageMessage().description()), e.qualifiedName());
            for (OptionSpec o : e.options()) {
                OptionSpec t = z.findOption(o.longestName());
                assertNotEquals(List.of(o.description()), List.of(t.description()), e.qualifiedName() + " " + o.longestName());
            }
            for (int p = 0; p < e.positionalParameters().size(); p++) {
                assertNotEquals(List.of(e.positionalParameters().get(p).description()),
                        List.of(z.positionalParameters().get(p).description()), e.qualifiedName() + " " + p);
            }
        }
    }

    @Test
    void every_key_of_the_chinese_bundle_is_one_picocli_reads() {
        Set<String> read = new TreeSet<>(Set.of("usage.synopsisHeading", "usage.commandListHeading"));
        for (CommandLine c : tree(Main.commandLine(null, new String[0]))) {
            CommandSpec s = c.getCommandSpec();
            String q = s.qualifiedName(".");
            read.add(q + ".usage.description");
            read.add(q + ".usage.footer");
            read.add(q + ".usage.footerHeading");
            read.add(q + ".usage.header");
            for (OptionSpec o : s.options()) {
                String name = o.longestName().replaceFirst("^-+", "");
                read.add(name);
                read.add(q + "." + name);
                if (o.descriptionKey() != null && !o.descriptionKey().isEmpty()) {
                    // An option whose help differs between commands names its key itself (--max-elements of cca rules).
                    read.add(o.descriptionKey());
                    read.add(q + "." + o.descriptionKey());
                }
            }
            for (PositionalParamSpec p : s.positionalParameters()) {
                read.add(q + "." + p.paramLabel() + "[" + p.index() + "]");
            }
        }
        ResourceBundle zh = new HelpText_zh();
        Set<String> derived = new TreeSet<>();
        for (Object[] e : HelpText.derived("zh")) {
            derived.add((String) e[0]);
        }
        List<String> unread = new ArrayList<>();
        for (String key : Collections.list(zh.getKeys())) {
            String base = key.replaceFirst("\\.\\d+$", "");
            if (!derived.contains(key) && !read.contains(base)) {
                unread.add(key);
            }
        }
        assertTrue(unread.isEmpty(), "keys no command reads: " + unread);
    }

    @Test
    void the_locale_picks_chinese_help_too() {
        Cli.Run r = Cli.run("", Map.of("LANG", "zh_CN.UTF-8"), false, "help", "batch");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("用法： cca batch"), r.out());
        // Help wraps the line where it likes; the words are compared without spaces.
        assertTrue(r.out().replaceAll("\\s", "").contains("退出码：0成功，1门禁未通过，2用法错误，3输入无效，4内部错误或写入失败，"
                + "141读取方提前关闭了标准输出。"), r.out());
        Cli.Run en = Cli.run("", Map.of("LANG", "C"), false, "batch", "--help");
        assertTrue(en.out().startsWith("Usage: cca batch"), en.out());
    }
}
