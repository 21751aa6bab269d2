package dev.cca.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cca.testing.Cli;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The batch JSON report is written as UTF-8 bytes straight from its generator: whatever a center's name holds (Chinese,
 * characters beyond the Basic Multilingual Plane, controls, bidirectional marks, a surrogate without its pair), the
 * file is well-formed UTF-8 with no raw control or bidirectional character, and reading it back gives the name
 * exactly as the catalog wrote it.
 */
class BatchJsonTextProperties {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('\u4e00', '\u4e40').ofMinLength(1).ofMaxLength(6),
                Arbitraries.of("\uD83D\uDE00", "\uD840\uDC00", "\uD800", "\uDFFF", "\u202E", "\u2066", "\u200F", "\u0000",
                        "\u0007", "\u001B[2J", "\u007F", "\u0085", "\u2028", "\t", "\"", "\\", "/", " ", "\uFEFF", "\uFFFD"));
        // A name of white space alone is no name (CCA-P004), so at least one piece is not blank.
        return pieces.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l)).filter(s -> !s.isBlank());
    }

    @Property(tries = 40)
    void a_name_reads_back_exactly_from_well_formed_inert_utf8(@ForAll("names") String name) throws Exception {
        Path dir = Files.createTempDirectory("cca-batch-json");
        try {
            Path in = dir.resolve("c.jsonl");
            Files.writeString(in, "{\"cca\": \"center-profile/v1\", \"id\": \"c-1\", \"name\": \"" + asciiJson(name) + "\"}\n",
                    StandardCharsets.US_ASCII);
            Path out = dir.resolve("r.json");
            Cli.Run run = Cli.run("batch", in.toString(), "-q", "-o", out.toString());
            assertEquals(0, run.exit(), run.toString());
            byte[] bytes = Files.readAllBytes(out);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                assertFalse(c != '\n' && Text.isUnsafe(c), "raw U+" + Integer.toHexString(c) + " at " + i);
            }
            JsonNode center = JSON.readTree(bytes).get("centers").get(0);
            assertEquals(name, center.get("name").asText());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    /** {@code s} as the inside of a JSON string of ASCII only: every other character as its {@code \\uXXXX} escape. */
    private static String asciiJson(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
