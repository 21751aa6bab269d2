package dev.cca.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.testing.Cli;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The inputs beyond profiles, damaged and tampered with as files are: baseline JSON, benchmark-run documents,
 * native tool outputs, and command lines with hostile option values. Edits are drawn by jqwik (so a failure
 * shrinks to the smallest edit that shows it) and each case runs the whole command: it must end with a result, a
 * usage error or located invalid input (exit 0, 1, 2 or 3), never an internal error (exit 4), a stack trace or a hang.
 */
class MutatedInputsProperties {

    /** Text that tends to break parsers and checks. */
    static final List<String> TOKENS = List.of("[", "]", "{", "}", ":", ",", "\"", "'", "\\", "null", "true", "-1", "-0", "0",
            "1e308", "-1e308", "1e999", "NaN", "Infinity", "9".repeat(400), "\u0000", "\u001b[31m", "\u202E", "\n", "\r\n", "\t",
            "\uFEFF", "中文", "..", "../../../../etc/passwd", "/dev/zero", "2999-01-01", "0000-01-01", "INVALID", "VALID",
            "Result is : INVALID", "\"centers\": [null]", "\"scenarios\": 7", "&a ", "*a", "!!binary", "---", "#", "%", "=cmd|'",
            "iteration 5/ 10 |", "# Avg bus bandwidth : ", ":::MLLOG {", "completed", "\"score\": -5");

    /** One edit of a text: a kind, a place (per ten thousand of the length), a length and a token. */
    record Edit(int kind, int at, int length, String token) {

        String apply(String s) {
            int pos = (int) ((long) s.length() * at / 10_000);
            int end = Math.min(s.length(), pos + length);
            return switch (kind) {
                case 0 -> s.substring(0, pos) + token + s.substring(pos);
                case 1 -> s.substring(0, pos) + s.substring(end);
                case 2 -> s.substring(0, pos) + token + s.substring(end);
                case 3 -> s.substring(0, pos);
                case 4 -> {
                    List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
                    int i = Math.min(lines.size() - 1, (int) ((long) lines.size() * at / 10_000));
                    lines.add(i, lines.get(i));
                    yield String.join("\n", lines);
                }
                default -> {
                    // a number near the place replaced by the token
                    int d = pos;
                    while (d < s.length() && !Character.isDigit(s.charAt(d))) {
                        d++;
                    }
                    int e = d;
                    while (e < s.length() && (Character.isDigit(s.charAt(e)) || s.charAt(e) == '.')) {
                        e++;
                    }
                    yield s.substring(0, d) + token + s.substring(e);
                }
            };
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 9_999),
                Arbitraries.integers().between(0, 40), Arbitraries.of(TOKENS)).as(Edit::new).list().ofMinSize(1).ofMaxSize(4);
    }

    static String apply(String text, List<Edit> edits) {
        String s = text;
        for (Edit e : edits) {
            s = e.apply(s);
        }
        return s;
    }

    private static Path dir;

    @BeforeContainer
    static void makeInputs() throws IOException {
        dir = Files.createTempDirectory("cca-mutated-inputs");
        Path lingang = Files.createDirectories(dir.resolve("lingang"));
        try (Stream<Path> s = Files.list(Path.of("samples/bench/lingang"))) {
            for (Path f : s.toList()) {
                Files.copy(f, lingang.resolve(f.getFileName()));
            }
        }
        ok(Cli.run("batch", "samples/", "-q", "--as-of", "2025-11-30", "-o", dir.resolve("batch.json").toString()));
        ok(Cli.run("assess", "samples/wuhan-aicc.yaml", "samples/harbin-mobile.yaml", "-q", "--as-of", "2025-11-30", "-o",
                dir.resolve("assess.json").toString()));
    }

    private static void ok(Cli.Run r) {
        if (r.exit() > 1) {
            throw new IllegalStateException(r.toString());
        }
    }

    @AfterContainer
    static void removeInputs() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path p, String text) {
        try {
            return Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sound(Cli.Run r, String input, boolean usageAllowed) {
        assertTrue(r.exit() == 0 || r.exit() == 1 || r.exit() == 3 || usageAllowed && r.exit() == 2,
                "exit " + r.exit() + " for:\n" + input + "\n" + r);
        assertFalse(r.err().contains("internal error") || r.err().contains("\tat ") || r.err().contains("Exception"),
                "an internal error for:\n" + input + "\n" + r);
        if (r.exit() == 3) {
            assertTrue(dev.cca.testing.Printed.hasError(r.err()), "invalid input gets a located error:\n" + input + "\n" + r);
        }
    }

    private static Cli.Run run(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.run(args));
    }

    @Provide
    Arbitrary<String> baselines() {
        return Arbitraries.of("batch.json", "assess.json");
    }

    /** A baseline is refused as a usage error when it is no cca result (exit 2), located when it is a broken one. */
    @Property(tries = 120)
    void no_mutated_baseline_makes_the_gate_fail_internally(@ForAll("baselines") String which, @ForAll("edits") List<Edit> edits) {
        String text = apply(read(dir.resolve(which)), edits);
        Path p = write(dir.resolve("mutated-" + which), text);
        sound(run("assess", "samples/wuhan-aicc.yaml", "-q", "--as-of", "2025-11-30", "--baseline", p.toString()), text, true);
    }

    @Provide
    Arbitrary<String> documents() {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("samples/bench/lingang"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arbitraries.of(names);
    }

    @Property(tries = 120)
    void no_mutated_benchmark_run_document_fails_internally(@ForAll("documents") String which, @ForAll("edits") List<Edit> edits) {
        String text = apply(read(dir.resolve("lingang").resolve(which)), edits);
        Path p = write(dir.resolve("lingang").resolve("mutated.yaml"), text);
        sound(run("validate", p.toString()), text, false);
    }

    @Provide
    Arbitrary<Path> natives() {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("vllm-bench", "sglang-bench", "genai-perf", "mlperf-inference", "mlperf-training", "nccl-tests",
                "megatron", "torchtitan")) {
            try (Stream<Path> s = Files.list(Path.of("src/test/resources/bench", folder))) {
                s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("SOURCES.md")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Arbitraries.of(files);
    }

    @Property(tries = 150)
    void no_mutated_native_output_fails_internally(@ForAll("natives") Path which, @ForAll("edits") List<Edit> edits) {
        String text = apply(read(which), edits);
        Path p = write(dir.resolve("mutated-" + which.getFileName()), text);
        sound(run("assess", "samples/wuhan-aicc.yaml", "-q", "--bench", p.toString(), "--bench-conditions", "accelerators=8"),
                text, false);
    }

    /** Option names and values a careless user or an attacker might pass. */
    static final List<String> OPTIONS = List.of("--max-file-size", "--max-record-size", "--max-depth", "--max-documents",
            "--max-string-length", "--max-elements", "--delimiter", "--threads", "--top", "--fail-under", "--max-drop", "--min-grade", "--as-of",
            "--lang", "--encoding", "--scenario", "--rank-by", "--group-by", "--format", "--bench-conditions", "--sheet",
            "--bench-root", "--rules", "--baseline");
    static final List<String> VALUES = List.of("", "0", "-1", "0.5", "1.5MiB", "NaN", "Infinity", "1e400", "9".repeat(40), "\u0000",
            "\n", "\r", "\"", ",", "tab", "-", "--", "中文", "%s", "x".repeat(300), "2025-02-30", "0000-01-01", "zh", "all",
            "params_b=-72", "accelerators=0,accelerators=8", "gb18030", "utf-16", "json", "xlsx", "region.city", "/dev/zero",
            "samples", "../../../../etc/passwd", "5", "64", "1000", "1001");

    record Option(String name, String value) {
    }

    @Provide
    Arbitrary<List<Option>> options() {
        return Combinators.combine(Arbitraries.of(OPTIONS), Arbitraries.of(VALUES)).as(Option::new).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> outputs() {
        return Arbitraries.of("r.md", "r.json", "r.csv", "r.xml", "r.sarif", "sub/../r.md", "a".repeat(260) + ".md", "r", ".", "-",
                "/dev/null", "/proc/cca.md");
    }

    @Property(tries = 150)
    void no_option_value_makes_a_command_fail_internally(@ForAll("options") List<Option> options, @ForAll("outputs") String output,
                                                          @ForAll("commands") String command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.add(command.equals("generate") ? "--count" : "samples/wuhan-aicc.yaml");
        if (command.equals("generate")) {
            args.add("3");
        }
        for (Option o : options) {
            args.add(o.name());
            args.add(o.value());
        }
        if (!command.equals("validate")) {
            args.add("-o");
            args.add(output.startsWith("/") || output.equals("-") ? output : dir.resolve("out").resolve(output).toString());
        }
        args.add("-q");
        String shown = String.join(" ", args);
        sound(run(args.toArray(String[]::new)), shown, true);
    }

    @Provide
    Arbitrary<String> commands() {
        return Arbitraries.of("assess", "batch", "validate", "generate");
    }
}
