package dev.cca.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.testing.Cli;
import dev.cca.testing.Tabbed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * A tab between tokens on a line ({@code pue:\t1.3}, {@code {vendor:\tHuawei,\tcount: 8}}, {@code 1.3\t# note}) is the
 * separating white space YAML 1.2 takes it for: every sample profile, its separators drawn as tabs and spaces, gives
 * exactly what it gives with spaces, in validate, assess and batch of the folder. A tab inside a value stays the
 * value's own; a tab as indentation, or after the '-' that opens a list's entry, stays an error.
 */
class TabSeparatorProperties {

    private static final Path SAMPLES = Path.of("samples");
    private static String reference;

    @Property(tries = 12)
    void samples_with_tabs_between_tokens_read_as_they_read_with_spaces(
            @ForAll @Size(min = 1, max = 40) List<Boolean> tabs) throws IOException {
        synchronized (TabSeparatorProperties.class) {
            if (reference == null) {
                reference = outputs(s -> s);
            }
        }
        int[] next = {0};
        net.jqwik.api.Assume.that(tabs.contains(true));
        String tabbed = outputs(s -> Tabbed.separators(s, tabs, next));
        if (!reference.equals(tabbed)) {
            List<String> want = reference.lines().toList();
            List<String> got = tabbed.lines().toList();
            int i = 0;
            while (i < Math.min(want.size(), got.size()) && want.get(i).equals(got.get(i))) {
                i++;
            }
            assertEquals(String.join("\n", want.subList(Math.max(0, i - 3), Math.min(want.size(), i + 3))),
                    String.join("\n", got.subList(Math.max(0, i - 3), Math.min(got.size(), i + 3))), "line " + i);
        }
    }

    /** What validate, assess and batch print and write for a copy of the samples, each profile through {@code edit}. */
    private static String outputs(java.util.function.UnaryOperator<String> edit) throws IOException {
        Path dir = Files.createTempDirectory("tabs");
        try {
            Path copy = dir.resolve("samples");
            try (Stream<Path> walk = Files.walk(SAMPLES)) {
                for (Path p : walk.sorted().toList()) {
                    Path to = copy.resolve(SAMPLES.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else if (p.getParent().equals(SAMPLES) && p.toString().endsWith(".yaml")) {
                        Files.writeString(to, edit.apply(Files.readString(p)));
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
            List<String> seen = new ArrayList<>();
            Cli.Run v = Cli.run("validate", copy.toString(), "--as-of", "2026-01-01");
            seen.add("validate " + v);
            Cli.Run a = Cli.run("assess", copy.toString(), "--as-of", "2026-01-01", "-o", dir.resolve("a.json").toString());
            seen.add("assess " + a + Files.readString(dir.resolve("a.json")));
            Cli.Run b = Cli.run("batch", copy.toString(), "--as-of", "2026-01-01", "-o", dir.resolve("b.json").toString());
            seen.add("batch " + b + Files.readString(dir.resolve("b.json")));
            assertEquals(0, v.exit(), v.toString());
            return String.join("\n", seen).replace(dir.toString(), "DIR").replaceAll("\"sha256\" ?: ?\"[0-9a-f]+\"", "SHA");
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Example
    void the_edit_puts_tabs_between_tokens_only() {
        assertEquals("a:\tb\t# c d\ne:\t{f:\tg,\th:\t[i, j]}\nk:\t'l: m'\n- n:\to p\t",
                Tabbed.separators("a: b # c d\ne: {f: g, h: [i, j]}\nk: 'l: m'\n- n: o p ", List.of(true, true, true, true, true, true, false,
                        true, true, true), new int[] {0}));
    }

    @Example
    void a_tab_inside_a_value_stays_and_indentation_or_after_a_dash_is_still_an_error() throws IOException {
        Path dir = Files.createTempDirectory("tabs");
        try {
            Path p = dir.resolve("t.yaml");
            Files.writeString(p, "cca: center-profile/v1\nid: t\nname:\t\"a\tb\"\nregion: {province:\t浙江}\t# c\n");
            Cli.Run r = Cli.run("assess", p.toString(), "--format", "json", "-o", "-");
            assertEquals(0, r.exit(), r.toString());
            assertTrue(r.out().contains("\"name\" : \"a\\tb\""), r.out());
            Files.writeString(p, "cca: center-profile/v1\nid: t\nname: n\ncompute:\n\tpue: 1.3\n");
            r = Cli.run("validate", p.toString());
            assertTrue(r.err().contains("t.yaml:5:1: error CCA-F022: not valid YAML: a tab: YAML indents with spaces only"), r.toString());
            Files.writeString(p, "cca: center-profile/v1\nid: t\nname: n\ntraining:\n  frameworks:\n  -\tpytorch\n");
            r = Cli.run("validate", p.toString());
            assertTrue(r.err().contains("t.yaml:6:4: error CCA-F022: not valid YAML: a tab after the '-', '?' or ':' that opens"
                    + " the line's entry"), r.toString());
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(q -> q.toFile().delete());
            }
        }
    }
}
