package dev.cca.input.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cca.diag.CatalogCode;
import dev.cca.diag.FileCode;
import dev.cca.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record refused for a duplicate key (read whole, but with an error at the syntax level) still reserves its id, as
 * a record refused for a bad value does: a later record with that id is a duplicate (CCA-C001) and is not scored, in
 * validate, assess and batch, in JSON Lines, a JSON array and a YAML stream. An id that is itself written twice is
 * ambiguous, and reserves neither.
 */
class SyntaxRejectedIdTest {

    @TempDir
    Path tmp;

    private static final String DUP = CatalogCode.DUPLICATE_CENTER_ID.id();

    private Cli.Run run(String command, Path in) {
        return command.equals("batch") ? Cli.run("batch", in.toString(), "-o", tmp.resolve("b.json").toString())
                : command.equals("assess") ? Cli.run("assess", in.toString(), "-o", tmp.resolve("a.json").toString(), "--as-of", "2025-11-30")
                : Cli.run("validate", in.toString());
    }

    @Test
    void a_record_refused_for_a_duplicate_key_still_reserves_its_id_in_every_command_and_format() throws IOException {
        Map<String, String> files = Map.of(
                "d.jsonl", "{\"cca\":\"center-profile/v1\",\"id\":\"a-center\",\"name\":\"A\",\"compute\":{\"pue\":1.2,\"pue\":1.1}}\n"
                        + "{\"cca\":\"center-profile/v1\",\"id\":\"a-center\",\"name\":\"A2\"}\n"
                        + "{\"cca\":\"center-profile/v1\",\"id\":\"b-center\",\"name\":\"B\"}\n",
                "d.json", "[\n{\"cca\":\"center-profile/v1\",\"id\":\"a-center\",\"name\":\"A\",\"name\":\"A1\"},\n"
                        + "{\"cca\":\"center-profile/v1\",\"id\":\"a-center\",\"name\":\"A2\"},\n"
                        + "{\"cca\":\"center-profile/v1\",\"id\":\"b-center\",\"name\":\"B\"}\n]\n",
                "d.yaml", "cca: center-profile/v1\nid: a-center\nname: A\ncompute:\n  pue: 1.2\n  pue: 1.1\n"
                        + "---\ncca: center-profile/v1\nid: a-center\nname: A2\n---\ncca: center-profile/v1\nid: b-center\nname: B\n");
        for (var f : files.entrySet()) {
            Path in = Files.writeString(tmp.resolve(f.getKey()), f.getValue());
            for (String command : new String[] {"validate", "assess", "batch"}) {
                Cli.Run r = run(command, in);
                String where = f.getKey() + " " + command + ": " + r.err();
                assertEquals(3, r.exit(), where);
                assertTrue(r.err().contains(FileCode.DUPLICATE_KEY_FIRST_LINE.id()), where);
                int first = f.getKey().equals("d.json") ? 2 : 1; // the array's first element is on its second line
                assertTrue(r.err().contains(DUP + ": duplicate center id 'a-center': also at " + in + ":" + first), where);
                if (!command.equals("validate")) {
                    JsonNode centers = new ObjectMapper().readTree(tmp.resolve(command.equals("batch") ? "b.json" : "a.json").toFile())
                            .path("centers");
                    assertEquals(1, centers.size(), where);
                    assertEquals("b-center", centers.get(0).path("id").asText(), where);
                }
            }
        }
    }

    @Test
    void an_id_written_twice_reserves_neither() throws IOException {
        Path in = Files.writeString(tmp.resolve("i.jsonl"),
                "{\"cca\":\"center-profile/v1\",\"id\":\"a-center\",\"id\":\"b-center\",\"name\":\"A\"}\n"
                        + "{\"cca\":\"center-profile/v1\",\"id\":\"a-center\",\"name\":\"A2\"}\n");
        Cli.Run r = run("validate", in);
        assertTrue(r.err().contains(FileCode.DUPLICATE_KEY_FIRST_LINE.id()), r.err());
        assertFalse(r.err().contains(DUP), r.err());
    }
}
