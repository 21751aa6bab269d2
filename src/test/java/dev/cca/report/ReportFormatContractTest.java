package dev.cca.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every registered report format passes, whatever it writes: it renders every shipped sample
 * through the command line, the same inputs give the same bytes, and a text report names every center it
 * carries. A new format joins these tests by being registered in {@link ReportFormats}.
 */
class ReportFormatContractTest {

    @TempDir
    Path tmp;

    private static List<String> samples() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            return s.map(Path::toString).filter(p -> p.endsWith(".yaml")).sorted().toList();
        }
    }

    private static List<String> sampleIds() throws IOException {
        List<String> ids = new ArrayList<>();
        for (String s : samples()) {
            for (String line : Files.readAllLines(Path.of(s))) {
                if (line.startsWith("id: ")) {
                    ids.add(line.substring(4).strip());
                }
            }
        }
        return ids;
    }

    @Test
    void names_and_extensions_select_exactly_one_format_each() {
        Set<String> names = new HashSet<>();
        Set<String> extensions = new HashSet<>();
        for (ReportFormat f : ReportFormats.all()) {
            assertTrue(names.add(f.name()), "format name used twice: " + f.name());
            assertTrue(f.supports(ReportFormat.Kind.ASSESSMENT) || f.supports(ReportFormat.Kind.BATCH), f.name());
            assertFalse(f.extensions().isEmpty(), f.name());
            for (String e : f.extensions()) {
                assertTrue(extensions.add(e), "extension used twice: " + e);
                assertEquals(f, ReportFormats.forFile("dir.x/report." + e.toUpperCase(java.util.Locale.ROOT)));
            }
            assertEquals(f, ReportFormats.byName(f.name().toUpperCase(java.util.Locale.ROOT)));
        }
        assertEquals(null, ReportFormats.forFile("report"));
        assertEquals(null, ReportFormats.forFile("dir.md/report"));
    }

    @TestFactory
    Stream<DynamicTest> every_format_renders_every_sample_the_same_way_twice() throws IOException {
        List<String> samples = samples();
        List<String> ids = sampleIds();
        List<DynamicTest> tests = new ArrayList<>();
        for (ReportFormat f : ReportFormats.all()) {
            for (ReportFormat.Kind kind : ReportFormat.Kind.values()) {
                if (!f.supports(kind)) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(kind.command() + " " + f.name(), () -> {
                    byte[] first = render(kind, f, samples, "a");
                    byte[] second = render(kind, f, samples, "b");
                    assertTrue(first.length > 0, "an empty report");
                    assertArrayEquals(first, second, "the same inputs gave different bytes");
                    Renderer<?> r = kind == ReportFormat.Kind.ASSESSMENT ? f.assessment() : f.batch();
                    assertNotNull(r);
                    if (r instanceof TextRenderer<?>) {
                        String text = new String(first, StandardCharsets.UTF_8);
                        for (String id : ids) {
                            assertTrue(text.contains(id), f.name() + " report does not name " + id);
                        }
                    }
                }));
            }
        }
        return tests.stream();
    }

    private byte[] render(ReportFormat.Kind kind, ReportFormat f, List<String> samples, String tag) throws IOException {
        Path out = tmp.resolve(tag + "-" + kind + "." + f.extensions().get(0));
        List<String> args = new ArrayList<>(List.of(kind.command()));
        args.addAll(kind == ReportFormat.Kind.ASSESSMENT ? samples : List.of("samples"));
        args.addAll(List.of("--as-of", "2025-11-30", "-q", "-o", out.toString()));
        Cli.Run r = Cli.run(args.toArray(String[]::new));
        assertTrue(r.exit() == 0 || r.exit() == 1, r.toString());
        return Files.readAllBytes(out);
    }
}
