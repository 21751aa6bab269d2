package dev.cca.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.engine.Plan;
import dev.cca.input.Limits;
import dev.cca.input.catalog.CatalogOptions;
import dev.cca.result.BatchRow;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import dev.cca.testing.Profiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalog read with the fast path gives exactly what the located path gives: the same rows (scores, grades,
 * statuses, caps, counts of warnings and findings), the same problems, and, read as validate and assess read, the same
 * errors, warnings and findings of the checks stage for every center.
 */
class FastPathTest {

    private static final RuleSet RULES = RuleSetLoader.loadDefault();

    static Stream<List<String>> inputs() throws IOException {
        return OneInputPathTest.inputs();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void every_sample_and_fixture_gives_the_same_batch_and_the_same_centers_by_both_paths(List<String> inputs) {
        assertEquals(batch(inputs, false), batch(inputs, true), "batch " + inputs);
        assertEquals(centers(inputs, false), centers(inputs, true), "centers " + inputs);
    }

    /** Every profile fixture and synthetic center as one JSON Lines catalog, each record also with a value retyped. */
    @Test
    void a_catalog_of_every_fixture_as_json_lines_and_their_changed_forms_gives_the_same_by_both_paths(@TempDir Path dir)
            throws IOException {
        List<String> lines = new ArrayList<>();
        String[] tokens = {"null", "\"80%\"", "-1", "\"yes\"", "[\"x\", \"x\"]", "{\"value\": 1, \"evidence\": \"measured\"}",
            "\"2999-01-01\"", "1e999"};
        int k = 0;
        for (String r : dev.cca.testing.JsonRecords.records()) {
            lines.add(r);
            List<int[]> spans = dev.cca.testing.JsonRecords.valueSpans(r);
            if (!spans.isEmpty()) {
                int[] s = spans.get(k % spans.size());
                lines.add(r.substring(0, s[0]) + tokens[k % tokens.length] + r.substring(s[1]));
            }
            k++;
        }
        Path file = dir.resolve("all.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        List<String> in = List.of(file.toString());
        Batch fast = batch(in, true);
        assertEquals(batch(in, false), fast);
        assertEquals(centers(in, false), centers(in, true));
        assertTrue(fast.rows().size() > 200 && fast.problems().stream().anyMatch(dev.cca.testing.Printed::hasError), fast.toString());
    }

    /** What a batch read produced, as text. */
    private record Batch(List<String> rows, List<String> problems, int invalid, long warnings) {
    }

    private static Batch batch(List<String> inputs, boolean fastPath) {
        BatchConfig cfg = new BatchConfig(inputs, null, null, Profiles.TODAY, null, Limits.DEFAULT, List.of(), "en",
                List.of(), "training", 20, 2, null, null, GateConfig.NONE);
        Plan plan = Plan.compile(RULES);
        BatchRun.Catalog c = BatchRun.read(cfg, new ByteArrayInputStream(new byte[0]), plan, BatchRun.DEFAULT_GROUPS, true,
                new InputPaths(), Intake.Progress.NONE, fastPath);
        return new Batch(c.rows().stream().map(FastPathTest::describe).toList(),
                c.problems().stream().map(Diagnostic::format).toList(), c.invalid(), c.warnings());
    }

    /** Every center as validate and assess read it (findings with their text): errors, warnings, findings. */
    private static List<String> centers(List<String> inputs, boolean fastPath) {
        Intake.Config cfg = new Intake.Config(inputs, List.of(), Map.of(), CatalogOptions.DEFAULT, Profiles.TODAY, 2, true, true);
        List<String> out = new ArrayList<>();
        Intake.Summary s = Intake.run(cfg, RULES, new ByteArrayInputStream(new byte[0]), null, Intake.Progress.NONE,
                centers -> centers.stream().map(c -> c.id()).toList(), (c, r) -> {
                    StringBuilder sb = new StringBuilder(String.valueOf(c.location())).append(' ').append(c.id()).append(' ')
                            .append(c.valid()).append('\n');
                    c.errors().forEach(d -> sb.append(d.format()).append('\n'));
                    c.warnings().forEach(d -> sb.append(d.format()).append('\n'));
                    c.checks().findings().forEach(f -> sb.append(f.diagnostic().format()).append(' ').append(f.outcome())
                            .append('\n'));
                    out.add(sb.toString());
                }, fastPath);
        s.problems().forEach(d -> out.add(d.format()));
        out.add(s.records() + " " + s.valid() + " " + s.invalid() + " " + s.warnings());
        return out;
    }

    /** A row's every component, arrays by content. */
    static String describe(BatchRow row) {
        StringBuilder sb = new StringBuilder();
        for (RecordComponent rc : BatchRow.class.getRecordComponents()) {
            try {
                Object v = rc.getAccessor().invoke(row);
                sb.append(rc.getName()).append('=').append(v != null && v.getClass().isArray()
                        ? Arrays.deepToString(new Object[] {v}) : String.valueOf(v)).append(' ');
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return sb.toString();
    }
}
