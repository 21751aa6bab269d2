package dev.cca.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report of every sample, rendered in Chinese, holds no English words but identifiers, units and names:
 * the terminal summary, Markdown, and the diagnostics {@code validate} prints. A word is English when it is three
 * or more Latin letters and is none of those; code spans, key paths, file names and hyphenated or dotted ids are
 * identifiers by their form.
 */
public class ChineseReportsTest {

    /** Units, acronyms and product or tool names a Chinese report writes as they are. */
    public static final Set<String> KEPT = Set.of(
            // units and quantities
            "TFLOPS", "PFLOPS", "EFLOPS", "TFLOP", "Gbps", "Tbps", "Mbps", "GiB", "MiB", "KiB", "kWh", "MWh", "CNY", "USD",
            "tokens", "token",
            // acronyms of the field
            "MFU", "TPOT", "TTFT", "ITL", "PUE", "WUE", "CUE", "CPU", "GPU", "NPU", "XPU", "HBM", "RDMA", "RoCE", "NVLink",
            "PCIe", "SLA", "API", "SSD", "NVMe", "FP16", "BF16", "FP8", "INT8", "MoE", "LLM", "JSON", "YAML", "CSV", "XLSX",
            "SARIF", "JUnit", "UTF", "ISO", "CAICT", "TCO", "LoadGen", "MLPerf", "MLCommons", "NCCL", "NaN", "SVG",
            // tools, products and vendors
            "vLLM", "SGLang", "AIPerf", "GenAI", "Perf", "Megatron", "torchtitan", "DeepSpeed", "PyTorch", "Ascend",
            "Huawei", "NVIDIA", "Nvidia", "Cambricon", "Hygon", "Kunlunxin", "Moore", "Threads", "MetaX", "Iluvatar",
            "Enflame", "Biren", "Intel", "AMD", "Llama", "Qwen", "DeepSeek", "GLM", "Baichuan", "InternLM", "Mixtral",
            "cca", "Dirichlet", "Sobol", "Little",
            // frameworks and model families as profiles list them
            "pytorch", "paddlepaddle", "mindspore", "tensorflow", "deepspeed", "megatron", "llama", "qwen", "glm", "deepseek",
            "internlm", "baichuan", "ernie", "mistral", "openai", "vllm", "sglang",
            // profile keys a message names (the key to write, as written), and terms of the field written in English
            "audit", "scenarios", "cache");

    /**
     * English words Chinese reports still hold, to be translated: the test fails on any word not listed here, and on
     * a listed word no report holds any more, so the list only shrinks (src/test/resources/zh-untranslated.txt).
     */
    static final Path LEFT = Path.of("src/test/resources/zh-untranslated.txt");

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:['’][a-z]+)?");
    /**
     * Identifiers by their form: code spans, paths, dotted or hyphenated or snake-case ids, options, URLs, codes,
     * {@code key=value} conditions, Markdown's HTML tags and entities, the path inside an input that ends a
     * diagnostic ({@code [Avg bus bandwidth]}, as the input names it), and what a Chinese text quotes from the input
     * as it is written ({@code 日志项“throughput per GPU (TFLOP/s/GPU)”}).
     */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_\\\\]+=[^,\\s)]*|`[^`\\n]*`|https?://\\S+|--?[a-z][a-z0-9-]*"
            + "|[A-Za-z0-9_]*[_./:#@\\\\-][A-Za-z0-9_./:#@\\\\-]*[A-Za-z0-9_]|CCA-[A-Z][0-9]{3}"
            + "|</?[a-z]+>|&[a-z]+;|\\[[^\\]\\n]+\\]$|“[^”\\n]*”", Pattern.MULTILINE);
    /** A line of the input that a diagnostic quotes, followed by the caret under its column: the input as written. */
    private static final Pattern QUOTED_LINE = Pattern.compile("(?m)^.*\\n(?=\\s*\\^\\s*$)");

    @TempDir
    Path tmp;

    @Test
    void every_report_of_every_sample_in_chinese_holds_no_untranslated_english() throws IOException {
        Map<String, Set<String>> found = new TreeMap<>();
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path sample : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Set<String> names = names(sample);
                String name = sample.getFileName().toString().replaceFirst("\\.yaml$", "");
                Path md = tmp.resolve(name + ".md");
                Cli.Run r = Cli.run("assess", sample.toString(), "--lang", "zh", "--as-of", "2025-11-30", "--no-color",
                        "-o", md.toString());
                assertEquals(0, r.exit(), r.toString());
                english(name + ".md", Files.readString(md), names, found);
                english(name + " (terminal)", r.out(), names, found);
                Cli.Run v = Cli.run("validate", sample.toString(), "--lang", "zh", "--as-of", "2025-11-30", "--no-color");
                english(name + " (validate)", v.err() + v.out(), names, found);
            }
        }
        Set<String> left = new TreeSet<>(Files.readAllLines(LEFT).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        Map<String, Set<String>> untranslated = new TreeMap<>();
        Set<String> seen = new TreeSet<>();
        found.forEach((where, words) -> {
            seen.addAll(words);
            words.stream().filter(w -> !left.contains(w)).forEach(w -> untranslated.computeIfAbsent(where, k -> new TreeSet<>()).add(w));
        });
        assertTrue(untranslated.isEmpty(), "English words in Chinese reports (translate them, or add a unit or name to KEPT):\n"
                + String.join("\n", untranslated.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
        left.removeAll(seen);
        assertTrue(left.isEmpty(), "no report holds these any more; remove them from " + LEFT + ": " + left);
    }

    /**
     * The catalog reports too: the Markdown of a batch over every sample, grouped by every field a Chinese reader
     * groups by, with a robustness analysis, and what {@code -v} prints of the run.
     */
    @Test
    void the_catalog_report_and_its_run_in_chinese_hold_no_english() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path sample : s.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                names.addAll(names(sample));
            }
        }
        Path md = tmp.resolve("catalog.md");
        Cli.Run r = Cli.run("batch", "samples", "--lang", "zh", "--no-color", "-v", "--robustness", "10", "--group-by", "hub",
                "--group-by", "operator.type", "-o", md.toString());
        assertEquals(0, r.exit(), r.toString());
        Map<String, Set<String>> found = new TreeMap<>();
        String report = Files.readString(md);
        english("catalog.md", report, names, found);
        english("batch (terminal)", r.err() + r.out(), names, found);
        assertTrue(found.isEmpty(), "English words in the Chinese catalog report or run: " + found);
        assertTrue(report.contains("| 训练 |"),
                "scenarios by their Chinese names in the aggregates:\n" + report);
    }

    /**
     * The center's own names and ids, and the sources and audit references it cites, as its profile writes them: a
     * report shows them as they are.
     */
    static Set<String> names(Path profile) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String line : Files.readAllLines(profile)) {
            Matcher m = Pattern.compile("^\\s*(?:name|name_en|id|operator|vendor|model|region|city|owner)\\s*:\\s*(.*)$").matcher(line);
            if (m.matches()) {
                Matcher w = WORD.matcher(m.group(1));
                while (w.find()) {
                    out.add(w.group());
                }
            }
            Matcher cited = CITED.matcher(line);
            while (cited.find()) {
                Matcher w = WORD.matcher(cited.group(1));
                while (w.find()) {
                    out.add(w.group());
                }
            }
        }
        return out;
    }

    /** A source or audit reference in a profile's line, block or inline ({@code source: "third-party test"}). */
    private static final Pattern CITED = Pattern.compile("\\b(?:source|audit)\\s*:\\s*(\"[^\"]*\"|[^,}\\n]*)");

    /** Adds to {@code found} under {@code where} each English word of {@code text} outside identifiers, units and {@code names}. */
    public static void english(String where, String text, Set<String> names, Map<String, Set<String>> found) {
        String rest = IDENTIFIER.matcher(QUOTED_LINE.matcher(text).replaceAll("")).replaceAll(" ");
        Matcher w = WORD.matcher(rest);
        while (w.find()) {
            String word = w.group();
            if (word.length() < 3 || KEPT.contains(word) || names.contains(word) || word.chars().anyMatch(Character::isDigit)
                    || word.chars().filter(Character::isUpperCase).count() > 1) {
                continue;
            }
            found.computeIfAbsent(where, k -> new TreeSet<>()).add(word);
        }
    }
}
