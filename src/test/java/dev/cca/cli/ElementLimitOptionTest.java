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
 * {@code --max-elements}: a list longer than the default element limit is refused in every command that reads inputs,
 * with a message that names the option; the same list is read once the option raises the limit; a value that is not a
 * positive count is a usage error.
 */
class ElementLimitOptionTest {

    @TempDir
    static Path tmp;

    static Path big;

    static final int OVER = 100_001;

    @BeforeAll
    static void writeProfile() throws IOException {
        String ids = IntStream.range(0, OVER).mapToObj(i -> "f" + i).collect(Collectors.joining(", "));
        big = tmp.resolve("big.yaml");
        Files.writeString(big, "cca: center-profile/v1\nid: big\nname: Big\ntraining:\n  frameworks: [" + ids + "]\n");
    }

    private static String[] command(String command, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command, big.toString(), "--max-problems", "1"));
        if (!command.equals("validate")) {
            args.addAll(java.util.List.of("-o", tmp.resolve(command + "-" + more.length + ".json").toString()));
        }
        args.addAll(java.util.List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void a_list_over_the_default_is_refused_with_the_option_that_raises_it_and_read_once_raised() {
        for (String command : new String[] {"validate", "assess", "batch"}) {
            Cli.Run refused = Cli.run(command(command));
            assertEquals(3, refused.exit(), command + ": " + refused);
            assertTrue(refused.err().contains("CCA-F200") && refused.err().contains("more than 100000 elements")
                    && refused.err().contains("raise the limit with --max-elements"), command + ": " + refused.err());
            Cli.Run zh = Cli.run(command(command, "--lang", "zh"));
            assertTrue(zh.err().contains("超过 100000 个元素") && zh.err().contains("可用 --max-elements 调高上限"), zh.err());
            Cli.Run raised = Cli.run(command(command, "--max-elements", String.valueOf(OVER)));
            assertEquals(0, raised.exit(), command + ": " + raised);
            assertFalse(raised.err().contains("CCA-F200"), raised.err());
        }
    }

    @Test
    void a_limit_one_under_the_list_still_refuses_it_naming_that_limit() {
        Cli.Run r = Cli.run(command("validate", "--max-elements", String.valueOf(OVER - 1)));
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("more than 100000 elements"), r.err());
    }

    @Test
    void a_count_that_is_not_positive_is_a_usage_error() {
        for (String bad : new String[] {"0", "-5"}) {
            Cli.Run r = Cli.run(command("validate", "--max-elements", bad));
            assertEquals(2, r.exit(), r.toString());
            assertTrue(r.err().contains("CCA-O015") && r.err().contains("--max-elements " + bad + ": must be greater than 0"), r.err());
        }
        Cli.Run word = Cli.run(command("assess", "--max-elements", "many", "--lang", "zh"));
        assertEquals(2, word.exit(), word.toString());
        assertTrue(word.err().contains("--max-elements 的值无效：“many”"), word.err());
    }

    @Test
    void help_lists_the_option_in_english_and_chinese() {
        for (String command : new String[] {"validate", "assess", "batch"}) {
            String en = Cli.run(command, "--help", "--lang", "en").out();
            assertTrue(en.contains("--max-elements=N") && en.contains("Most elements in one list, or keys in one map"), en);
            String zh = Cli.run(command, "--help", "--lang", "zh").out();
            assertTrue(zh.contains("--max-elements=N") && zh.contains("一个列表中最多的元素数"), zh);
        }
    }
}
