package dev.cca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cca.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shipped sample is assessed and its Markdown and JSON reports compared byte for byte with the golden
 * files in src/test/resources/golden (sample name + .md / .json). After a deliberate change, regenerate with
 * {@code ./mvnw test -Dtest=GoldenTest -Dcca.golden.update=true} and review the diff by eye before committing.
 */
class GoldenTest {

    static final Path SAMPLES = Path.of("samples");
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final boolean UPDATE = Boolean.getBoolean("cca.golden.update");

    @TempDir
    Path tmp;

    static List<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> every_sample_reports_exactly_its_golden_markdown_and_json() throws IOException {
        return samples().stream().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> {
            String name = sample.getFileName().toString().replaceFirst("\\.yaml$", "");
            Path md = tmp.resolve(name + ".md");
            Path json = tmp.resolve(name + ".json");
            Cli.Run r = Cli.run("assess", sample.toString(), "--as-of", "2025-11-30", "-q", "-o", md.toString(), "-o", json.toString());
            assertEquals(0, r.exit(), r.toString());
            compare(md, GOLDEN.resolve(name + ".md"));
            compare(json, GOLDEN.resolve(name + ".json"));
        }));
    }

    private static void compare(Path actual, Path golden) throws IOException {
        String got = Files.readString(actual);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, got);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden + "; generate it with -Dcca.golden.update=true and review it");
        }
        assertEquals(Files.readString(golden), got, "report differs from " + golden);
    }

    @Test
    void every_golden_file_belongs_to_a_sample() throws IOException {
        List<String> names = new ArrayList<>();
        for (Path s : samples()) {
            names.add(s.getFileName().toString().replaceFirst("\\.yaml$", ""));
        }
        try (Stream<Path> g = Files.list(GOLDEN)) {
            for (Path p : g.toList()) {
                String base = p.getFileName().toString().replaceFirst("\\.(md|json)$", "");
                assertTrue(names.contains(base), "golden file without a sample: " + p);
            }
        }
    }

    @Test
    void the_samples_cover_the_cases_the_project_promises() throws IOException {
        assertTrue(samples().size() >= 8, "at least eight sample centers");
        String all = String.join("\n", samples().stream().map(p -> {
            try {
                return Files.readString(p);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList());
        assertTrue(all.contains("EFLOPS"), "a pre-training-scale center");
        assertTrue(all.contains("scenarios: [inference]"), "an inference-only center");
    }
}
