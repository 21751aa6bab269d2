package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.testing.Cli;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An empty argument, as {@code cca assess "$PROFILE"} passes when the variable is unset, is the current folder to Java:
 * {@code cca validate ""} walked it, {@code --bench ""} read its files as benchmark output, {@code -o ""} was "a
 * directory; name a file such as /report.md". Each is a usage error that names the option, before anything is read.
 */
class EmptyArgumentTest {

    private static final String SAMPLE = "samples/hangzhou-aicc.yaml";

    @Test
    void an_empty_argument_is_a_usage_error_naming_its_option_in_every_command() {
        String[][] lines = {
                {"validate", ""},
                {"assess", ""},
                {"batch", "", "-o", "target/empty-argument.json"},
                {"assess", SAMPLE, "-o", ""},
                {"batch", SAMPLE, "-o", ""},
                {"assess", SAMPLE, "--rules", ""},
                {"assess", SAMPLE, "--bench", ""},
                {"assess", SAMPLE, "--baseline="},
                {"assess", SAMPLE, "-o="},
                {"assess", SAMPLE, "--gate", ""},
                {"batch", SAMPLE, "-o", "target/empty-argument.json", "--bench-root", ""},
                {"generate", "--count", "1", "-o", ""},
                {"schema", "profile", "-o", ""},
        };
        for (String[] line : lines) {
            Cli.Run r = Cli.run(line);
            String shown = String.join(" ", line);
            assertEquals(2, r.exit(), shown + ": " + r);
            assertTrue(r.err().startsWith("cca " + line[0] + ": error CCA-O205: an empty argument"), shown + ": " + r.err());
            assertEquals(1, r.err().lines().count(), "one line, nothing read: " + r.err());
            int at = java.util.Arrays.asList(line).indexOf("");
            String option = at > 0 && line[at - 1].startsWith("-") ? line[at - 1]
                    : line[line.length - 1].endsWith("=") ? line[line.length - 1].replace("=", "") : null;
            assertTrue(option == null ? r.err().contains("(argument " + at + ")")
                    : r.err().contains("for " + option + ":") && r.err().contains("or leave " + option + " out"), shown + ": " + r.err());
        }
        Cli.Run zh = Cli.run("", Map.of(), false, "validate", "--lang", "zh", "");
        assertEquals(2, zh.exit());
        assertTrue(zh.err().contains("空参数（第 3 个参数）"), zh.err());
    }
}
