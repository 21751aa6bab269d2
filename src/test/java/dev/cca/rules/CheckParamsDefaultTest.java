package dev.cca.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Problems;
import dev.cca.diag.RuleCode;
import dev.cca.input.InputFiles;
import dev.cca.input.Limits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule set that writes its own {@code checks:} section but leaves out a parameter gets the default rule set's value
 * (and a warning saying so), not a switched-off check; {@code off} switches a check off, and only where allowed.
 */
class CheckParamsDefaultTest {

    private static final CheckParams SHIPPED = RuleSetLoader.loadDefault().catalogs().checks();

    /** The default rule set as a rule set of one's own (another id), with {@code edit} applied to its lines. */
    private static RuleSetLoader.Loaded own(Path dir, java.util.function.UnaryOperator<String> edit, Problems p) throws Exception {
        String text = Files.readString(Path.of("scoring-rules/cca-default.yaml")).replaceFirst("(?m)^id: .*$", "id: my-rules");
        Path f = dir.resolve("my-rules.yaml");
        Files.writeString(f, edit.apply(text));
        return RuleSetLoader.read(InputFiles.read(f, f.toString(), Limits.DEFAULT, null), p);
    }

    @Test
    void the_shipped_rule_set_gives_every_optional_parameter() {
        assertEquals(List.of(), SHIPPED.defaulted());
        double[] values = SHIPPED.optional();
        for (int i = 0; i < values.length; i++) {
            assertTrue(values[i] >= 0, CheckParams.OPTIONAL.get(i) + " = " + values[i]);
        }
    }

    @Test
    void each_left_out_parameter_takes_the_default_and_says_so(@TempDir Path dir) throws Exception {
        for (int i = 0; i < CheckParams.OPTIONAL.size(); i++) {
            String key = CheckParams.OPTIONAL.get(i);
            Problems p = new Problems();
            RuleSetLoader.Loaded l = own(dir, t -> t.replaceFirst("(?m)^  " + key + ": .*\\n", ""), p);
            assertNotNull(l.rules(), p.all().toString());
            CheckParams c = l.rules().catalogs().checks();
            assertEquals(SHIPPED.optional()[i], c.optional()[i], key);
            assertEquals(List.of(key), c.defaulted(), key);
            List<Diagnostic> said = p.all().stream().filter(d -> d.code() == RuleCode.CHECK_PARAM_DEFAULTED).toList();
            assertEquals(1, said.size(), p.all().toString());
            assertFalse(said.get(0).isError());
            assertTrue(said.get(0).message().contains(key) && said.get(0).message().contains(key + ": off"), said.get(0).message());
            assertTrue(said.get(0).zh().contains(key), said.get(0).zh());
        }
    }

    @Test
    void a_switchable_parameter_written_off_switches_its_check_off_without_a_word(@TempDir Path dir) throws Exception {
        for (String key : CheckParams.SWITCHABLE) {
            for (String off : new String[] {"off", "false"}) {
                Problems p = new Problems();
                RuleSetLoader.Loaded l = own(dir, t -> t.replaceFirst("(?m)^  " + key + ": .*$", "  " + key + ": " + off), p);
                assertNotNull(l.rules(), p.all().toString());
                assertTrue(p.isEmpty(), p.all().toString());
                CheckParams c = l.rules().catalogs().checks();
                assertTrue(Double.isNaN(c.optional()[CheckParams.OPTIONAL.indexOf(key)]), key);
                assertEquals(List.of(), c.defaulted());
                assertEquals("off", RuleSetDiff.flatten(l.rules()).get("checks." + key), key);
            }
        }
    }

    @Test
    void a_parameter_that_cannot_be_off_is_an_error(@TempDir Path dir) throws Exception {
        Problems p = new Problems();
        own(dir, t -> t.replaceFirst("(?m)^  voice_max_params_b: .*$", "  voice_max_params_b: off"), p);
        assertTrue(p.all().stream().anyMatch(d -> d.isError() && d.code() == RuleCode.CHECK_PARAM_NOT_OFF), p.all().toString());
    }

    @Test
    void a_rule_set_that_extends_the_default_and_removes_a_parameter_gets_the_default_back(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ext.yaml");
        Files.writeString(f, "extends: cca-default\nid: my-ext\nchecks:\n  max_mfu_pct: ~\n");
        Problems p = new Problems();
        RuleSetLoader.Loaded l = RuleSetLoader.read(InputFiles.read(f, f.toString(), Limits.DEFAULT, null), p);
        assertNotNull(l.rules(), p.all().toString());
        assertEquals(SHIPPED.maxMfuPct(), l.rules().catalogs().checks().maxMfuPct());
        assertEquals(List.of("max_mfu_pct"), l.rules().catalogs().checks().defaulted());
    }
}
