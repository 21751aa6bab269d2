package dev.cca.input.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Problems;
import dev.cca.input.Document;
import dev.cca.input.InputFiles;
import dev.cca.input.Limits;
import dev.cca.input.SourceFile;
import dev.cca.input.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Fixture files of src/test/resources/bench, read the way cca reads user files. */
final class Fixtures {

    static final Path ROOT = Path.of("src", "test", "resources", "bench");

    private Fixtures() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static SourceFile source(String relative) {
        try {
            return InputFiles.read(path(relative), "bench/" + relative, Limits.DEFAULT, null);
        } catch (InputException e) {
            throw new AssertionError("cannot read fixture " + relative + ": " + e.getMessage(), e);
        }
    }

    static String text(String relative) {
        return source(relative).text();
    }

    static Document yaml(String relative) {
        Problems p = new Problems();
        List<Document> docs = new YamlReader(Limits.DEFAULT).readAll(source(relative), p);
        if (p.hasErrors() || docs.size() != 1) {
            fail("fixture " + relative + " is not one YAML document: " + p.all());
        }
        return docs.get(0);
    }

    /** Every file under a fixture folder (recursively), relative to the fixture root, sorted. */
    static List<String> files(String folder) {
        try (Stream<Path> s = Files.walk(path(folder))) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("SOURCES.md"))
                    .map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a fixture expecting a failure; checks that every diagnostic names the file and a place in it. */
    static InputException failure(NativeReader reader, String relative) {
        InputException e = assertThrows(InputException.class, () -> reader.readAll(source(relative)));
        assertFalse(e.diagnostics().isEmpty(), "an InputException says why");
        for (Diagnostic d : e.diagnostics()) {
            assertTrue(d.location().file().endsWith(relative), "diagnostic names the file: " + d);
            assertTrue(d.location().line() > 0 || !d.location().path().isEmpty(),
                    "diagnostic has a line or a path: " + d);
        }
        return e;
    }

    /** True when some error diagnostic's message contains all of {@code parts}. */
    static boolean says(InputException e, String... parts) {
        return e.diagnostics().stream().anyMatch(d -> {
            String s = d.format();
            for (String p : parts) {
                if (!s.contains(p)) {
                    return false;
                }
            }
            return true;
        });
    }
}
