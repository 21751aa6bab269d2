package dev.cca.input.bench;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cca.diag.InputException;
import dev.cca.diag.Problems;
import dev.cca.input.Document;
import dev.cca.input.Limits;
import dev.cca.input.SourceFile;
import dev.cca.input.YamlReader;
import dev.cca.testing.Choices;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property (b): whatever is done to a fixture (cut short, bytes replaced, lines deleted or repeated, stray
 * text inserted), reading it ends quickly with either complete, checked runs or an {@link InputException};
 * never another exception, never a hang.
 */
class MutationPropertyTest {

    /** A hang guard, not a speed claim: one read of one small file takes milliseconds, so 30 s means a hang even on a loaded machine. */
    private static final Duration QUICKLY = Duration.ofSeconds(30);

    /** Text that tends to break parsers: JSON and number edge cases, separators, escapes, other scripts. */
    private static final List<String> STRAY = List.of("NaN", "-Infinity", "Infinity", "1e999", "-1", "-0", "0x1F", "}",
            "{", "[", "]", "\"", "\\", ":", ",", "|", "%", "#", "\n", "\r\n", "\t", "\u0000", "\u001B[31m", "\u001B[",
            "null", "true", "٣٤٥", "１２３", "\uD83D\uDE00", "\uD800", "e", ".", "..", "9".repeat(400),
            ":::MLLOG {", ":::MLLOG {\"key\": \"run_stop\"}", "# Avg bus bandwidth : ", "Result is : ",
            " iteration 5/ 10 | elapsed time per iteration (ms): ", "step: 3  loss: 1  tps: ", "p99_ttft_ms",
            "\"unit\": \"ms\"", "percentile latency (ns) : ");

    private final NativeFormats formats = NativeFormats.standard();

    @Provide
    Arbitrary<String> nativeFixtures() {
        List<String> fixtures = new ArrayList<>();
        for (String folder : List.of("vllm-bench", "sglang-bench", "genai-perf", "mlperf-inference", "mlperf-training",
                "nccl-tests", "megatron", "torchtitan", "unrecognised")) {
            fixtures.addAll(Fixtures.files(folder));
        }
        return Arbitraries.of(fixtures);
    }

    @Provide
    Arbitrary<String> documentFixtures() {
        return Arbitraries.of(Fixtures.files("run").stream().filter(f -> f.endsWith(".yaml")).toList());
    }

    @Provide
    Arbitrary<Choices> choices() {
        return Choices.upTo(200);
    }

    @Property(tries = 4000)
    void mutatedNativeFilesFailCleanly(@ForAll("nativeFixtures") String fixture, @ForAll("choices") Choices r) {
        String original = Fixtures.text(fixture);
        String format = fixture.substring(0, fixture.indexOf('/'));
        NativeReader own = formats.byFormat(format).orElse(null);
        String mutant = mutate(r, original);
        SourceFile file = SourceFile.ofText(fixture, mutant);
        assertTimeoutPreemptively(QUICKLY.multipliedBy(2), () -> {
            if (own != null) {
                check(() -> own.readAll(file), mutant);
            }
            check(() -> formats.readAll(file), mutant);
        });
    }

    @Property(tries = 1500)
    void mutatedBenchmarkRunDocumentsFailCleanly(@ForAll("documentFixtures") String fixture, @ForAll("choices") Choices r) {
        String original = Fixtures.text(fixture);
        BenchmarkRunReader reader = new BenchmarkRunReader(LocalDate.of(2025, 10, 1));
        String mutant = mutate(r, original);
        long start = System.nanoTime();
        assertTimeoutPreemptively(QUICKLY.multipliedBy(2), () -> {
            Problems problems = new Problems();
            for (Document doc : new YamlReader(Limits.DEFAULT).readAll(SourceFile.ofText(fixture, mutant), problems)) {
                Problems p = new Problems();
                BenchmarkRun run = reader.read(doc, p);
                assertTrue(run == null || !p.hasErrors(), "a run comes only without errors");
                if (run != null) {
                    valid(run.measurements(), mutant);
                }
            }
        });
        quick(start, mutant);
    }

    private interface Read {
        List<NativeRun> read() throws InputException;
    }

    private static void check(Read read, String mutant) {
        long start = System.nanoTime();
        List<NativeRun> runs;
        try {
            runs = read.read();
        } catch (InputException e) {
            assertTrue(!e.diagnostics().isEmpty(), "an InputException says why");
            quick(start, mutant);
            return;
        } catch (Throwable t) {
            fail("threw " + t + " on:\n" + mutant, t);
            return;
        }
        quick(start, mutant);
        assertTrue(!runs.isEmpty(), "a successful read gives runs");
        for (NativeRun run : runs) {
            valid(run.measurements(), mutant);
        }
    }

    private static void quick(long startNanos, String mutant) {
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        assertTrue(took.compareTo(QUICKLY) < 0, "took " + took.toMillis() + " ms on:\n" + mutant);
    }

    /** A run that comes out has only known keys and finite, non-negative values. */
    private static void valid(List<Measurement> measurements, String mutant) {
        for (Measurement m : measurements) {
            assertTrue(MetricKeys.isKnown(m.key()), m.key());
            assertTrue(Double.isFinite(m.value()) && m.value() >= 0, m + " in:\n" + mutant);
        }
    }

    /** One to three random edits. */
    static String mutate(Choices r, String text) {
        String s = text;
        int edits = 1 + r.nextInt(3);
        for (int i = 0; i < edits; i++) {
            s = switch (r.nextInt(7)) {
                case 0 -> s.substring(0, s.isEmpty() ? 0 : r.nextInt(s.length())); // truncate
                case 1 -> replaceChars(r, s);
                case 2 -> deleteLines(r, s);
                case 3 -> insert(r, s, Trials.pick(r, STRAY));
                case 4 -> insert(r, s, randomString(r));
                case 5 -> repeatLine(r, s);
                default -> s.replace(Trials.pick(r, List.of("0", "1", "5", ".", ":", "\"", "_", "ms", "/")),
                        Trials.pick(r, STRAY));
            };
        }
        return s;
    }

    private static String replaceChars(Choices r, String s) {
        if (s.isEmpty()) {
            return s;
        }
        char[] c = s.toCharArray();
        for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) {
            c[r.nextInt(c.length)] = (char) (r.nextBoolean() ? r.nextInt(128) : r.nextInt(0x10000));
        }
        return new String(c);
    }

    private static String deleteLines(Choices r, String s) {
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        for (int i = 0, n = 1 + r.nextInt(4); i < n && !lines.isEmpty(); i++) {
            lines.remove(r.nextInt(lines.size()));
        }
        return String.join("\n", lines);
    }

    private static String repeatLine(Choices r, String s) {
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        int i = r.nextInt(lines.size());
        lines.add(r.nextInt(lines.size() + 1), lines.get(i));
        return String.join("\n", lines);
    }

    private static String insert(Choices r, String s, String what) {
        int at = s.isEmpty() ? 0 : r.nextInt(s.length() + 1);
        return s.substring(0, at) + what + s.substring(at);
    }

    private static String randomString(Choices r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = r.nextInt(40); i < n; i++) {
            sb.append((char) (r.nextInt(4) == 0 ? r.nextInt(0x10000) : 32 + r.nextInt(95)));
        }
        return sb.toString();
    }
}
