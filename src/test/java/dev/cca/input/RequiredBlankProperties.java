package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.ProfileCode;
import dev.cca.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A required name written as nothing but white space ({@code name: ""}, {@code "name": "　"}) names nothing: it is
 * CCA-P004 at the value, the same as {@code name:} with no value, in a YAML profile and in a JSON Lines catalog alike,
 * and the batch's fast path leaves such a record to the located path that says so.
 */
class RequiredBlankProperties {

    @Provide
    Arbitrary<String> blanks() {
        // Spaces, tabs and the ideographic space a Chinese keyboard types, none to several.
        return Arbitraries.strings().withChars(' ', '\t', '\u3000').ofMaxLength(4);
    }

    private static String json(String s) {
        return s.replace("\t", "\\t");
    }

    @Property(tries = 30)
    void a_blank_required_name_must_have_a_value_in_every_input(@ForAll("blanks") String blank) throws IOException {
        Path dir = Files.createTempDirectory("cca-blank");
        try {
            Path yaml = dir.resolve("c.yaml");
            Files.writeString(yaml, "cca: center-profile/v1\nid: c-1\nname: \"" + json(blank) + "\"\n", StandardCharsets.UTF_8);
            Path jsonl = dir.resolve("c.jsonl");
            String line = "{\"cca\": \"center-profile/v1\", \"id\": \"c-1\", \"name\": \"" + json(blank) + "\"}";
            Files.writeString(jsonl, line + "\n", StandardCharsets.UTF_8);
            for (Path in : new Path[] {yaml, jsonl}) {
                Cli.Run v = Cli.run("validate", in.toString(), "--no-color");
                assertNotEquals(0, v.exit(), v.toString());
                assertEquals(1, count(v.err(), ProfileCode.MUST_HAVE_VALUE.id()), v.toString());
                Cli.Run b = Cli.run("batch", in.toString(), "-q", "-o", dir.resolve("r.csv").toString());
                assertTrue(b.err().contains(ProfileCode.MUST_HAVE_VALUE.id()), b.toString());
            }
            assertNull(new StreamingProfileReader(null, Limits.DEFAULT).read(line, "c.jsonl", 1));
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 10)
    void a_name_with_a_letter_among_the_blanks_is_a_name(@ForAll("blanks") String blank) throws IOException {
        Path dir = Files.createTempDirectory("cca-blank");
        try {
            Path yaml = dir.resolve("c.yaml");
            Files.writeString(yaml, "cca: center-profile/v1\nid: c-1\nname: \"" + json(blank) + "中心" + json(blank) + "\"\n",
                    StandardCharsets.UTF_8);
            Cli.Run v = Cli.run("validate", yaml.toString(), "--no-color");
            assertEquals(0, v.exit(), v.toString());
        } finally {
            delete(dir);
        }
    }

    /** Deletes {@code dir} and the files in it. */
    private static void delete(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
