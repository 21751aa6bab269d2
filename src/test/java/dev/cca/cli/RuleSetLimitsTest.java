package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule set given with {@code --rules} is read with the command's limits where they are above the defaults: a rule file
 * over a default limit is refused with the option that raises it, and read once the option does (in the file that
 * {@code extends:} names too); a limit lowered against submitted files still refuses those and never the rule set.
 */
class RuleSetLimitsTest {

    @TempDir
    static Path tmp;

    static Path longTitle;
    static Path manyAliases;
    static Path extendsMany;
    static final int OVER = 100_001;

    @BeforeAll
    static void write() throws IOException {
        longTitle = tmp.resolve("long-title.yaml");
        Files.writeString(longTitle, "extends: cca-default\nid: long-title\ntitle:\n  en: " + "x".repeat(70_000) + "\n  zh: 长\n");
        String aliases = IntStream.range(0, OVER).mapToObj(i -> "torch" + i).collect(Collectors.joining(", "));
        manyAliases = tmp.resolve("many-aliases.yaml");
        Files.writeString(manyAliases, "extends: cca-default\nid: many-aliases\nreferences:\n  training.frameworks:\n"
                + "    - {id: pytorch, en: PyTorch, zh: PyTorch, weight: 3, aliases: [" + aliases + "]}\n");
        extendsMany = tmp.resolve("extends-many.yaml");
        Files.writeString(extendsMany, "extends: many-aliases.yaml\nid: extends-many\n");
    }

    private static Cli.Run run(String command, Path rules, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command, "samples/ningbo-minimal.yaml",
                "--rules", rules.toString(), "--max-problems", "1"));
        if (!command.equals("validate")) {
            args.addAll(java.util.List.of("-o", tmp.resolve(command + "-" + rules.getFileName() + more.length + ".json").toString()));
        }
        args.addAll(java.util.List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void a_rule_set_over_a_default_limit_names_the_option_and_is_read_once_it_is_raised() {
        for (String command : new String[] {"validate", "assess", "batch"}) {
            Cli.Run refused = run(command, longTitle);
            assertEquals(3, refused.exit(), command + ": " + refused);
            assertTrue(refused.err().contains("long-title.yaml") && refused.err().contains("raise it with --max-string-length")
                    || refused.err().contains("raise the limit with --max-string-length"), command + ": " + refused.err());
            Cli.Run raised = run(command, longTitle, "--max-string-length", "80000");
            assertEquals(0, raised.exit(), command + ": " + raised);
        }
    }

    @Test
    void the_element_limit_reaches_the_rule_set_and_the_file_it_extends() {
        for (Path rules : new Path[] {manyAliases, extendsMany}) {
            Cli.Run refused = run("validate", rules);
            assertEquals(3, refused.exit(), refused.toString());
            assertTrue(refused.err().contains("many-aliases.yaml") && refused.err().contains("CCA-F200")
                    && refused.err().contains("raise the limit with --max-elements"), refused.err());
            Cli.Run zh = run("validate", rules, "--lang", "zh");
            assertTrue(zh.err().contains("可用 --max-elements 调高上限"), zh.err());
            Cli.Run raised = run("validate", rules, "--max-elements", String.valueOf(OVER));
            assertEquals(0, raised.exit(), raised.toString());
            assertFalse(raised.err().contains("CCA-F200"), raised.err());
        }
    }

    /** The commands that read a rule set and no profile take the limit options too, for the rule file. */
    @Test
    void the_rules_commands_init_and_schema_take_the_option_their_message_names() {
        String rules = manyAliases.toString();
        String[][] commands = {{"rules", "lint", rules}, {"rules", "show", rules}, {"rules", "explain", "throughput", "--rules", rules},
            {"schema", "profile", "--rules", rules}, {"init", "--rules", rules}};
        for (String[] c : commands) {
            Cli.Run refused = Cli.run(c);
            assertEquals(3, refused.exit(), String.join(" ", c) + ": " + refused);
            assertTrue(refused.err().contains("CCA-F200") && refused.err().contains("raise the limit with --max-elements"),
                    String.join(" ", c) + ": " + refused.err());
            String[] raised = java.util.Arrays.copyOf(c, c.length + 2);
            raised[c.length] = "--max-elements";
            raised[c.length + 1] = String.valueOf(OVER);
            Cli.Run read = Cli.run(raised);
            assertEquals(0, read.exit(), String.join(" ", raised) + ": " + read);
            assertFalse(read.err().contains("CCA-F200"), read.err());
        }
        Cli.Run bad = Cli.run("rules", "lint", rules, "--max-elements", "0");
        assertEquals(2, bad.exit(), bad.toString());
        assertTrue(bad.err().contains("--max-elements 0: must be greater than 0"), bad.err());
        Cli.Run lowered = Cli.run("rules", "lint", "scoring-rules/cca-default.yaml", "--max-elements", "3", "--max-string-length", "20");
        assertEquals(0, lowered.exit(), lowered.toString());
    }

    @Test
    void a_limit_lowered_against_submitted_files_never_turns_the_rule_set_away() throws IOException {
        // The default rule set's file, copied: its titles are longer than 20 characters and its lists longer than 3.
        Path copy = tmp.resolve("copy.yaml");
        Files.copy(Path.of("scoring-rules/cca-default.yaml"), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Cli.Run lowered = run("validate", copy, "--max-string-length", "20", "--max-elements", "3", "--max-depth", "4");
        assertEquals(3, lowered.exit(), lowered.toString());
        assertTrue(lowered.err().contains("ningbo-minimal.yaml"), lowered.err());
        assertFalse(lowered.err().contains("copy.yaml"), lowered.err());
    }
}
