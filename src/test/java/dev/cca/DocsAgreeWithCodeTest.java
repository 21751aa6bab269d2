package dev.cca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.input.bench.BenchmarkKinds;
import dev.cca.input.bench.BenchmarkTool;
import dev.cca.input.bench.NativeFormats;
import dev.cca.run.ExitCode;
import dev.cca.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The lists the documentation repeats from the code's one registry of each (tools, kinds, exit codes) are the code's. */
class DocsAgreeWithCodeTest {

    private static String read(String path) throws Exception {
        return Files.readString(Path.of(path));
    }

    /** The words of a commented YAML key in a code block, continued on the comment lines below it. */
    private static List<String> commentedChoices(String doc, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ": \\S+ +# (.*)\\n((?: +#.*\\n)*)").matcher(doc);
        assertTrue(m.find(), key + " is listed in the document");
        String all = (m.group(1) + " " + m.group(2).replace("#", " ")).strip();
        return Arrays.stream(all.split("[|\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void the_benchmark_run_format_lists_every_tool_and_kind_of_the_registry_in_its_order() throws Exception {
        String doc = read("docs/benchmarks.md");
        assertEquals(BenchmarkTool.ids(), commentedChoices(doc, "tool"));
        assertEquals(BenchmarkKinds.KINDS, commentedChoices(doc, "kind"));
    }

    @Test
    void every_native_format_has_its_section_in_the_benchmark_docs() throws Exception {
        String doc = read("docs/benchmarks.md");
        for (String f : NativeFormats.standard().formats()) {
            assertTrue(Pattern.compile("(?m)^### " + Pattern.quote(f) + "\\b").matcher(doc).find(), "### " + f);
        }
    }

    @Test
    void the_readers_are_the_tools_with_a_native_format_in_the_registrys_order() {
        List<String> expected = new ArrayList<>();
        for (BenchmarkTool t : BenchmarkTool.values()) {
            if (t.hasNativeFormat()) {
                expected.add(t.id());
            }
        }
        assertEquals(expected, NativeFormats.standard().formats());
    }

    @Test
    void the_readme_table_of_exit_codes_is_the_codes_and_their_meanings() throws Exception {
        Matcher m = Pattern.compile("(?m)^\\| (\\d+) \\| (.*) \\|$").matcher(read("README.md"));
        List<Integer> codes = new ArrayList<>();
        while (m.find()) {
            ExitCode c = ExitCode.values()[codes.size()];
            codes.add(Integer.parseInt(m.group(1)));
            assertTrue(m.group(2).startsWith(c.meaning()), "README row " + m.group(1) + " starts with '" + c.meaning() + "'");
        }
        assertEquals(Arrays.stream(ExitCode.values()).map(ExitCode::code).toList(), codes);
    }

    @Test
    void generate_names_and_writes_every_catalog_format() {
        String help = Cli.run("generate", "--help").out().replaceAll("\\s+", " ");
        for (dev.cca.input.catalog.Format f : dev.cca.input.catalog.Format.values()) {
            String name = f.extensions().get(0);
            assertTrue(help.contains(name), "generate --help names " + name + ":\n" + help);
            assertEquals(f, dev.cca.input.catalog.Format.byName(name.toUpperCase(java.util.Locale.ROOT)));
        }
        String refused = Cli.run("generate", "--count", "1", "--format", "parquet", "-o", "x").err();
        assertTrue(refused.contains(dev.cca.input.catalog.Format.names("", false)), refused);
    }

    @Test
    void every_commands_help_states_the_exit_codes_in_the_words_of_the_code() {
        for (String command : List.of("assess", "batch", "validate", "generate", "init", "rules")) {
            String help = Cli.run(command, "--help").out().replaceAll("\\s+", " ");
            assertTrue(help.contains("Exit codes: " + ExitCode.OK.code() + " " + ExitCode.OK.meaning()), command + ": " + help);
            assertTrue(!help.contains("exit code is"), command + " types an exit code's meaning: " + help);
        }
        String assess = Cli.run("assess", "--help").out().replaceAll("\\s+", " ");
        for (String f : NativeFormats.standard().formats()) {
            assertTrue(assess.contains(f), "assess --help names " + f);
        }
    }
}
