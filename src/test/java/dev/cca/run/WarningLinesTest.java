package dev.cca.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.input.catalog.CatalogOptions;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import dev.cca.testing.Profiles;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source lines of a valid center's warnings are kept while the sink may still list them, and not once it says it
 * lists no more (batch, past the warnings it keeps): the warnings are the same either way, only their lines differ.
 */
class WarningLinesTest {

    private static final RuleSet RULES = RuleSetLoader.loadDefault();

    private static final String RECORD = "{\"cca\": \"center-profile/v1\", \"id\": \"c%d\", \"name\": \"中心%d\", "
            + "\"operations\": {\"scheduling\": {\"platforms\": [\"platform-zz%d\"]}}}\n";

    private record Run(List<Diagnostic> warnings, Intake.SourceLines lines) {
    }

    private static Run run(Path catalog, boolean lists) {
        Intake.Config cfg = new Intake.Config(List.of(catalog.toString()), List.of(), Map.of(), CatalogOptions.DEFAULT,
                Profiles.TODAY, 2);
        List<Diagnostic> warnings = new ArrayList<>();
        Intake.Summary s = Intake.run(cfg, RULES, new ByteArrayInputStream(new byte[0]), null, Intake.Progress.NONE,
                centers -> centers.stream().map(Intake.Center::id).toList(), new Intake.Sink<String>() {
                    @Override
                    public void accept(Intake.Center c, String result) {
                        assertNotNull(result, "every record is a valid center");
                        warnings.addAll(c.warnings());
                    }

                    @Override
                    public boolean listsWarnings() {
                        return lists;
                    }
                });
        return new Run(warnings, s.lines());
    }

    @Test
    void a_sink_that_lists_no_more_warnings_gets_them_without_their_lines(@TempDir Path dir) throws Exception {
        Path catalog = dir.resolve("c.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            sb.append(String.format(RECORD, i, i, i));
        }
        Files.writeString(catalog, sb);
        Run listed = run(catalog, true);
        Run counted = run(catalog, false);
        assertEquals(listed.warnings().stream().map(Diagnostic::format).toList(),
                counted.warnings().stream().map(Diagnostic::format).toList(), "the same warnings either way");
        List<Diagnostic> unknown = listed.warnings().stream().filter(d -> d.format().contains("CCA-P054")).toList();
        assertEquals(300, unknown.size(), "one unknown platform a record");
        for (Diagnostic d : unknown) {
            String file = d.location().file();
            int line = d.location().line();
            int column = d.location().column();
            assertTrue(line > 0);
            assertNotNull(listed.lines().excerpt(file, line, column), "a listed warning's line is kept");
            assertNull(counted.lines().excerpt(file, line, column), "a counted warning's line is not");
        }
        assertFalse(listed.warnings().isEmpty());
    }
}
