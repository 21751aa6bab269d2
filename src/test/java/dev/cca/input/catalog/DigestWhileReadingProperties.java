package dev.cca.input.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The SHA-256 a catalog source takes of a JSON Lines or CSV file while reading it is the SHA-256 of the file's bytes,
 * whatever the file holds: byte-order marks, every kind of line end, bad bytes, lines over the limit, no final line end.
 * A file not read to its end has no digest (a second pass then reads it).
 */
class DigestWhileReadingProperties {

    private static final String[] PIECES = {"{\"a\": 1}", "{\"cca\": \"center-profile/v1\", \"id\": \"x\"}", "\n", "\r\n",
        "\r", "  ", "\uFEFF", "智算", "😀", "id,name\n", "a,\"b\nc\"\n", "\u0000", "{", "}"};

    @Provide
    Arbitrary<byte[]> contents() {
        Arbitrary<byte[]> piece = Arbitraries.of(PIECES).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> raw = Arbitraries.bytes().list().ofMaxSize(3).map(l -> {
            byte[] b = new byte[l.size()];
            for (int i = 0; i < b.length; i++) {
                b[i] = l.get(i);
            }
            return b;
        });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, piece), net.jqwik.api.Tuple.of(1, raw)).list().ofMaxSize(60)
                .map(parts -> {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    parts.forEach(out::writeBytes);
                    return out.toByteArray();
                });
    }

    @Property(tries = 300)
    void a_json_lines_file_read_to_its_end_has_the_digest_of_its_bytes(@ForAll("contents") byte[] content) throws IOException {
        sameDigest(content, ".jsonl", CatalogOptions.DEFAULT);
    }

    @Property(tries = 300)
    void a_csv_file_read_to_its_end_has_the_digest_of_its_bytes(@ForAll("contents") byte[] content) throws IOException {
        sameDigest(content, ".csv", CatalogOptions.DEFAULT);
    }

    @Example
    void a_catalog_larger_than_the_read_buffers_has_the_digest_of_its_bytes() throws IOException {
        StringBuilder sb = new StringBuilder("\uFEFF");
        for (int i = 0; i < 5000; i++) {
            sb.append("{\"cca\": \"center-profile/v1\", \"id\": \"c").append(i).append("\", \"name\": \"智算中心").append(i)
                    .append("\"}").append(i % 3 == 0 ? "\r\n" : "\n");
        }
        sameDigest(sb.toString().getBytes(StandardCharsets.UTF_8), ".jsonl", CatalogOptions.DEFAULT);
        sameDigest(sb.toString().getBytes(StandardCharsets.UTF_16), ".jsonl", CatalogOptions.DEFAULT);
    }

    @Example
    void a_file_not_read_to_its_end_has_no_digest() throws IOException {
        Path f = Files.createTempFile("cca-digest", ".jsonl");
        try {
            Files.writeString(f, "{\"a\": 1}\n".repeat(100_000)); // more than the head and one buffer
            try (CatalogSource s = CatalogSource.open(f)) {
                s.iterator().next();
                assertFalse(s.digests().containsKey(f));
            }
        } finally {
            Files.deleteIfExists(f);
        }
    }

    private static void sameDigest(byte[] content, String ext, CatalogOptions options) throws IOException {
        Path f = Files.createTempFile("cca-digest", ext);
        try {
            Files.write(f, content);
            try (CatalogSource s = CatalogSource.open(List.of(f), options)) {
                s.iterator().forEachRemaining(r -> { });
                String d = s.digests().get(f);
                if (d != null || clean(content)) {
                    assertEquals(sha256(content), d, () -> HexFormat.of().formatHex(content));
                }
            }
        } finally {
            Files.deleteIfExists(f);
        }
    }

    /** Text a reader reads to its end: strict UTF-8 with no NUL (a binary file is refused at its head). */
    private static boolean clean(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return false;
            }
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
