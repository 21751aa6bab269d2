package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Problems;
import dev.cca.result.CenterResult;
import org.junit.jupiter.api.Test;

/** The start-up thread's work must stay real work: a profile that reads without a problem and scores. */
class PreloadTest {

    @Test
    void the_preload_profile_reads_without_a_problem_and_is_scored() throws Exception {
        Problems problems = new Problems();
        CenterResult r = Preload.warm(problems);
        assertEquals(java.util.List.of(), problems.all(), "the preload profile must stay valid, or the thread warms nothing");
        assertNotNull(r);
        assertEquals("preload", r.id());
        assertFalse(r.scenarios().isEmpty());
        // Read as a valid profile in block YAML is first read: by the block scanner, not SnakeYAML's parser.
        java.util.List<dev.cca.input.YamlReader.Chunk> chunks = dev.cca.input.YamlReader.split(Preload.PROFILE);
        assertEquals(1, chunks.size());
        assertTrue(new dev.cca.input.YamlReader(dev.cca.input.Limits.DEFAULT).scans(chunks.get(0)),
                "the preload profile must stay in the block scanner's subset, or it warms a path valid profiles do not take");
    }

    @Test
    void only_the_commands_that_score_start_it() {
        for (String c : new String[] {"assess", "validate", "batch", "rules", "init", "--version", "-V"}) {
            assertTrue(Preload.wanted(new String[] {c, "x"}), c);
        }
        for (String c : new String[] {"generate", "schema", "completion", "help", "--help", "-h"}) {
            assertFalse(Preload.wanted(new String[] {c}), c);
        }
        assertFalse(Preload.wanted(new String[0]));
    }
}
