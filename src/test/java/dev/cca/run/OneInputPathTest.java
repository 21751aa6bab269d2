package dev.cca.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.input.Limits;
import dev.cca.result.CenterResult;
import dev.cca.testing.Profiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * assess, validate and batch read through one path: on every sample and every fixture they reach the same
 * verdict and report the same errors and warnings.
 */
class OneInputPathTest {

    private static final String WUHAN = "samples/wuhan-aicc.yaml";

    /** Every sample alone and all together; every profile and catalog fixture; every benchmark fixture beside a profile. */
    static Stream<List<String>> inputs() throws IOException {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of("samples/"));
        for (Path p : files(Path.of("samples"), 1)) {
            out.add(List.of(p.toString()));
        }
        for (String dir : List.of("profiles/valid", "profiles/invalid", "catalog/valid", "catalog/invalid")) {
            for (Path p : files(Path.of("src/test/resources", dir), 1)) {
                out.add(List.of(p.toString()));
            }
        }
        for (Path p : files(Path.of("src/test/resources/bench"), 3)) {
            if (!p.getFileName().toString().endsWith(".md")) {
                out.add(List.of(WUHAN, p.toString()));
            }
        }
        return out.stream();
    }

    private static List<Path> files(Path dir, int depth) throws IOException {
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** What a command said about its inputs: valid or not, and every diagnostic, as text, in a stable order. */
    private record Verdict(boolean valid, List<String> diagnostics) {
    }

    private static Verdict verdict(boolean valid, List<Diagnostic> diagnostics) {
        return new Verdict(valid, diagnostics.stream().map(Diagnostic::format).sorted().toList());
    }

    private static Verdict assess(List<String> inputs) throws Exception {
        return assess(inputs, true);
    }

    /** @param findings whether the checks stage's findings count (a catalog run counts them in its rows, without text) */
    private static Verdict assess(List<String> inputs, boolean findings) throws Exception {
        AssessConfig cfg = new AssessConfig(inputs, List.of(), List.of(), null, List.of(), null, Profiles.TODAY, null,
                Limits.DEFAULT, List.of(), "en", GateConfig.NONE);
        AssessRun.Outcome o = AssessRun.run(cfg, new ByteArrayInputStream(new byte[0]));
        List<Diagnostic> all = new ArrayList<>(o.result().problems());
        for (CenterResult c : o.result().centers()) {
            all.addAll(c.warnings());
            if (findings) {
                c.findings().forEach(f -> all.add(f.diagnostic()));
            }
        }
        return verdict(o.exit() == ExitCode.OK && !o.result().centers().isEmpty(), all);
    }

    private static Verdict validate(List<String> inputs) throws Exception {
        ValidateRun.Outcome o = ValidateRun.run(new ValidateConfig(inputs, Profiles.TODAY, null, Limits.DEFAULT),
                new ByteArrayInputStream(new byte[0]));
        return verdict(o.exit() == ExitCode.OK, o.problems());
    }

    private static Verdict batch(List<String> inputs) throws Exception {
        BatchConfig cfg = new BatchConfig(inputs, null, null, Profiles.TODAY, null, Limits.DEFAULT, List.of(), "en",
                List.of(), "training", 20, 2, null, null, GateConfig.NONE);
        BatchRun.Outcome o = BatchRun.run(cfg, Intake.Progress.NONE);
        return verdict(o.exit() == ExitCode.OK, o.result().problems());
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void assess_validate_and_batch_give_the_same_verdict_errors_and_warnings(List<String> inputs) throws Exception {
        Verdict validate = validate(inputs);
        assertEquals(validate.valid(), validate.diagnostics().stream().noneMatch(dev.cca.testing.Printed::hasError),
                "invalid exactly when there is an error: " + validate);
        assertEquals(validate, assess(inputs), "assess " + inputs);
        assertEquals(assess(inputs, false), batch(inputs), "batch " + inputs);
    }

    @org.junit.jupiter.api.Test
    void the_samples_folder_is_valid_for_every_command() throws Exception {
        assertTrue(assess(List.of("samples/")).valid());
        assertTrue(validate(List.of("samples/")).valid());
        assertTrue(batch(List.of("samples/")).valid());
        assertFalse(assess(List.of("samples/")).diagnostics().stream().anyMatch(d -> d.contains("names no center")));
    }
}
