package dev.cca.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.engine.Assessor;
import dev.cca.input.Limits;
import dev.cca.input.catalog.CatalogOptions;
import dev.cca.rules.RuleSetLoader;
import dev.cca.run.Intake;
import dev.cca.testing.Cli;
import dev.cca.testing.Profiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * Mutates the shipped sample profiles the ways files get damaged or tampered with (lines deleted, duplicated
 * or swapped, values retyped, the file truncated, bytes flipped, hostile tokens inserted) and runs
 * {@code cca assess} and {@code cca validate} on each: whatever the input, the tool must end with a result or a
 * located error (exit 0, 1 or 3), never an internal error (exit 4), an uncaught exception or a hang.
 */
class MutatedProfileProperties {

    private static final List<byte[]> SAMPLES = samples();
    private static final String[] TOKENS = {"[", "]", "{", "}", ":", "- ", "&a ", "*a", "*nope", "\t", "yes", "no", "~",
        "1e999", "-1", ".nan", ".inf", "１００", "\u0000", "\u001b[31m", "'", "\"", "!!binary", "!!python/object", "%YAML 1.1",
        "---", "...", "? ", "|", ">", "#", "@", "`", "=cmd|' /C calc'!A0", "<script>", "9".repeat(400), "0x1F",
        "2025-02-30", "\u202E", "\r", "\uFEFF", "  ", "\n  - ", "value: ", "{value: 1, evidence: measured}", "1,000", "6.93E",
        ":\t", "\t# ", ",\t", "!!str\t", "&t\t", "-\t", "\u2028", "\u0085", "\u2029", "\u200B", "\u0007", "\u007F", "\u0085\t",
        "1_000", "-0", "0o17", "\"\\ud800\"", "\"\\U00110000\""};

    private static List<byte[]> samples() {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            List<byte[]> out = new ArrayList<>();
            for (Path p : s.filter(x -> x.toString().endsWith(".yaml")).sorted().toList()) {
                out.add(Files.readAllBytes(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One edit of a file, drawn by jqwik so that a failure shrinks to the fewest, simplest edits: {@code kind} picks
     * what is done (0 delete a line, 1 duplicate it, 2 swap it with another, 3 insert a token into it, 4 retype its
     * value, 5 truncate the file or flip bits and stop, 6 flip bits, 7 insert a hostile key), and the numbers say
     * where, taken modulo the size of what they index.
     */
    record Mutation(int kind, int line, int other, int token, int token2, boolean truncate, List<Integer> flips) {
    }

    @Provide
    Arbitrary<Mutation> mutation() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, TOKENS.length - 1),
                Arbitraries.integers().between(0, TOKENS.length - 1),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(4)).as(Mutation::new);
    }

    @Provide
    Arbitrary<Integer> sample() {
        return Arbitraries.integers().between(0, SAMPLES.size() - 1);
    }

    static byte[] mutate(byte[] original, List<Mutation> mutations) {
        byte[] b = original;
        for (Mutation m : mutations) {
            String text = new String(b, StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            int i = lines.isEmpty() ? 0 : m.line() % lines.size();
            switch (m.kind()) {
                case 0 -> {
                    if (!lines.isEmpty()) {
                        lines.remove(i);
                    }
                }
                case 1 -> lines.add(i, lines.isEmpty() ? "" : lines.get(i));
                case 2 -> {
                    if (!lines.isEmpty()) {
                        int j = m.other() % lines.size();
                        String t = lines.get(i);
                        lines.set(i, lines.get(j));
                        lines.set(j, t);
                    }
                }
                case 3 -> {
                    if (!lines.isEmpty()) {
                        String line = lines.get(i);
                        int at = m.other() % (line.length() + 1);
                        lines.set(i, line.substring(0, at) + TOKENS[m.token()] + line.substring(at));
                    }
                }
                case 4 -> {
                    if (!lines.isEmpty()) {
                        String line = lines.get(i);
                        int colon = line.indexOf(": ");
                        if (colon > 0) {
                            lines.set(i, line.substring(0, colon + 2) + TOKENS[m.token()]);
                        }
                    }
                }
                case 5 -> {
                    byte[] t = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                    return m.truncate() ? Arrays.copyOf(t, m.other() % (t.length + 1)) : flip(t, m.flips());
                }
                case 6 -> {
                    b = flip(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), m.flips());
                    continue;
                }
                default -> lines.add(i, "  " + TOKENS[m.token()] + ": " + TOKENS[m.token2()]);
            }
            b = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }
        return b;
    }

    /** Each drawn number flips one bit: its position in the file (number / 8) and which bit (number % 8). */
    private static byte[] flip(byte[] t, List<Integer> flips) {
        byte[] c = t.clone();
        if (c.length > 0) {
            for (int f : flips) {
                c[(f >>> 3) % c.length] ^= (byte) (1 << (f & 7));
            }
        }
        return c;
    }

    /** The library path (read, validate, assess with gaps), many tries: any exception escaping it is a bug. */
    @Property(tries = 3000)
    void no_mutated_profile_makes_reading_or_scoring_throw(@ForAll("sample") int sample,
            @ForAll @Size(min = 1, max = 4) List<@From("mutation") Mutation> mutations) {
        byte[] mutated = mutate(SAMPLES.get(sample), mutations);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Intake.Config cfg = new Intake.Config(List.of("-"), List.of(), java.util.Map.of(), CatalogOptions.DEFAULT,
                    Profiles.TODAY, 1);
            Intake.Summary read = Intake.run(cfg, ASSESSOR.rules(), new java.io.ByteArrayInputStream(mutated), null,
                    Intake.Progress.NONE, centers -> centers.stream()
                            .map(c -> ASSESSOR.assess(c.profile(), Profiles.TODAY, List.of(), c.warnings())).toList(),
                    (c, r) -> {
                        for (var d : c.errors()) {
                            assertTrue(d.location().file().equals("<stdin>"), "every problem names its file: " + d);
                        }
                    });
            for (var d : read.problems()) {
                assertTrue(d.location().file().equals("<stdin>"), "every problem names its file: " + d);
            }
        });
    }

    private static final Assessor ASSESSOR = new Assessor(RuleSetLoader.loadDefault());

    /** The whole command line, fewer tries: exit codes and messages, never an internal error. */
    @Property(tries = 300)
    void no_mutated_profile_makes_the_tool_fail_internally(@ForAll("sample") int sample,
            @ForAll @Size(min = 1, max = 4) List<@From("mutation") Mutation> mutations) throws IOException {
        byte[] mutated = mutate(SAMPLES.get(sample), mutations);
        Path dir = Files.createTempDirectory("cca-mutated");
        try {
            Path file = dir.resolve("p.yaml");
            Files.write(file, mutated);
            Path out = dir.resolve("r.json");
            Cli.Run r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> Cli.run("assess", file.toString(), "-q", "-o", out.toString()));
            check(r, mutated);
            Cli.Run v = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Cli.run("validate", file.toString(), "-q"));
            check(v, mutated);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void check(Cli.Run r, byte[] input) {
        String shown = new String(input, StandardCharsets.UTF_8);
        assertTrue(r.exit() == 0 || r.exit() == 1 || r.exit() == 3, "exit " + r.exit() + " for input:\n" + shown + "\n" + r);
        assertFalse(r.err().contains("internal error") || r.err().contains("\tat ") || r.err().contains("Exception"),
                "stack trace or internal error for input:\n" + shown + "\n" + r);
        if (r.exit() == 3) {
            assertTrue(dev.cca.testing.Printed.hasError(r.err()), "an invalid input gets a located error:\n" + shown + "\n" + r);
        }
    }
}
