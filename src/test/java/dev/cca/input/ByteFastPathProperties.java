package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Problems;
import dev.cca.model.CenterProfile;
import dev.cca.testing.JsonRecords;
import dev.cca.testing.Profiles;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Reading a JSON Lines line as bytes ({@link StreamingProfileReader#read(byte[], int, int, String, int)}) gives what
 * reading its decoded text gives, and so what the located path gives: the same profile, every column counted in
 * characters (Chinese text, characters beyond the BMP written as surrogate pairs), and nothing read that the located
 * path would refuse (bytes that are not strict UTF-8, a byte-order mark, a NUL). Drawn over the records of the samples,
 * fixtures and synthetic catalogs, mutated as in {@link StreamingProfileReaderProperties}, with non-ASCII text put in
 * and bytes broken.
 */
class ByteFastPathProperties {

    private static final StreamingProfileReader FAST = new StreamingProfileReader(Profiles.TODAY, Limits.DEFAULT);
    private static final ProfileReader LOCATED = new ProfileReader(Profiles.TODAY);
    private static final JsonReader JSON = new JsonReader(Limits.DEFAULT);
    private static final List<String> RECORDS = JsonRecords.records();

    /** Text put in place of a string value: wide characters shift every later column by a different count of bytes. */
    private static final String[] WIDE = {"智算中心", "😀", "a😀b智", "é", "\uFFFD", "中\\u0041文", "𠀀𠀁 x", "  "};

    /** One change: a string value given wide text, a mutation of the located-path properties, or bytes broken. */
    record Change(int kind, int where, int pick, StreamingProfileReaderProperties.Mutation mutation) {
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        Arbitrary<StreamingProfileReaderProperties.Mutation> m = new StreamingProfileReaderProperties().mutations();
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 255), m).as(Change::new).list().ofMinSize(0).ofMaxSize(4);
    }

    @Property(tries = 1500)
    void a_line_read_as_bytes_reads_as_its_text_reads(@ForAll("indexes") int index, @ForAll("changes") List<Change> changes) {
        byte[] line = apply(RECORDS.get(index % RECORDS.size()), changes);
        assertSame(line);
    }

    @Provide
    Arbitrary<Integer> indexes() {
        return Arbitraries.integers().between(0, RECORDS.size() - 1);
    }

    @Example
    void every_record_reads_the_same_as_bytes_and_the_valid_ones_take_the_fast_path() {
        int fast = 0;
        for (String r : RECORDS) {
            if (assertSame(r.getBytes(StandardCharsets.UTF_8))) {
                fast++;
            }
        }
        assertTrue(fast >= 200, "the byte path read " + fast + " of " + RECORDS.size() + " records");
    }

    @Example
    void a_record_with_chinese_names_has_its_columns_in_characters() {
        String r = RECORDS.stream().filter(x -> FAST.read(x, "f", 1) != null && x.chars().anyMatch(c -> c > 0x7F))
                .findFirst().orElseThrow();
        CenterProfile p = FAST.read(r.getBytes(StandardCharsets.UTF_8), 0, r.getBytes(StandardCharsets.UTF_8).length, "f", 1);
        assertNotNull(p);
        assertEquals(StreamingProfileReaderProperties.describe(FAST.read(r, "f", 1)), StreamingProfileReaderProperties.describe(p));
        // A value's column, counted in characters, points at the value in the text.
        dev.cca.model.Datum id = p.values().get("id");
        assertTrue(r.startsWith("\"" + id.text() + "\"", id.origin().column() - 1), r);
    }

    @Example
    void bytes_the_located_path_refuses_or_reads_otherwise_are_left_to_it() {
        String r = RECORDS.stream().filter(x -> FAST.read(x, "f", 1) != null).findFirst().orElseThrow();
        byte[] b = r.getBytes(StandardCharsets.UTF_8);
        assertNotNull(FAST.read(b, 0, b.length, "f", 1));
        byte[] bom = new byte[b.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(b, 0, bom, 3, b.length);
        assertNull(FAST.read(bom, 0, bom.length, "f", 1));
        int[] span = JsonRecords.valueSpans(r).stream().filter(x -> r.charAt(x[0]) == '"').findFirst().orElseThrow();
        int at = span[0] + 1;
        byte[] o = (r.substring(0, at) + "\u0001" + r.substring(at)).getBytes(StandardCharsets.UTF_8);
        byte[] withOverlong = new byte[o.length + 1];
        System.arraycopy(o, 0, withOverlong, 0, at);
        withOverlong[at] = (byte) 0xC1; // 'A' written in two bytes: not UTF-8
        withOverlong[at + 1] = (byte) 0x81;
        System.arraycopy(o, at + 1, withOverlong, at + 2, o.length - at - 1);
        assertNull(FAST.read(withOverlong, 0, withOverlong.length, "f", 1));
        // A slice of a larger array reads as the same bytes on their own.
        byte[] framed = new byte[b.length + 10];
        System.arraycopy(b, 0, framed, 5, b.length);
        assertEquals(StreamingProfileReaderProperties.describe(FAST.read(b, 0, b.length, "f", 1)),
                StreamingProfileReaderProperties.describe(FAST.read(framed, 5, b.length, "f", 1)));
    }

    /** The strict check of UTF-8 agrees with the JDK's strict decoder on drawn bytes (and refuses NUL and CR). */
    @Property(tries = 3000)
    void the_utf8_check_is_the_jdk_strict_decoder(@ForAll("utf8ish") byte[] b) {
        boolean jdk;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            jdk = true;
        } catch (CharacterCodingException e) {
            jdk = false;
        }
        boolean plain = true;
        for (byte x : b) {
            plain &= x != 0 && x != '\r';
        }
        plain &= !(b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF);
        assertEquals(jdk && plain, StreamingProfileReader.plainUtf8(b, 0, b.length), java.util.HexFormat.of().formatHex(b));
    }

    /** Byte strings near UTF-8: valid characters of every length, and bytes around the edges of the forms. */
    @Provide
    Arbitrary<byte[]> utf8ish() {
        Arbitrary<byte[]> chars = Arbitraries.oneOf(Arbitraries.integers().between(0, 0x7F),
                Arbitraries.integers().between(0x80, 0x7FF), Arbitraries.integers().between(0x800, 0xFFFF),
                Arbitraries.integers().between(0x10000, 0x10FFFF))
                .filter(c -> c < 0xD800 || c > 0xDFFF)
                .map(c -> new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> edges = Arbitraries.of(0x00, 0x0D, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED,
                0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x8F, 0x90, 0x9F, 0xA0, 0xBB).map(x -> new byte[] {(byte) (int) x});
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, chars), net.jqwik.api.Tuple.of(1, edges)).list()
                .ofMaxSize(8).map(parts -> {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    parts.forEach(out::writeBytes);
                    return out.toByteArray();
                });
    }

    private static byte[] apply(String record, List<Change> changes) {
        String t = record;
        List<byte[]> broken = new ArrayList<>();
        for (Change c : changes) {
            switch (c.kind()) {
                case 0, 1 -> {
                    String now = t;
                    List<int[]> strings = JsonRecords.valueSpans(now).stream().filter(s -> s[0] < now.length() && s[1] <= now.length()
                            && s[1] - s[0] >= 2 && now.charAt(s[0]) == '"' && now.charAt(s[1] - 1) == '"').toList();
                    if (!strings.isEmpty()) {
                        int[] s = strings.get(c.where() % strings.size());
                        String inner = t.substring(s[0] + 1, s[1] - 1);
                        String wide = WIDE[c.pick() % WIDE.length];
                        String value = c.kind() == 0 ? wide + inner : inner + wide;
                        t = t.substring(0, s[0] + 1) + value + t.substring(s[1] - 1);
                    }
                }
                case 2, 3 -> t = StreamingProfileReaderProperties.mutate(t, List.of(c.mutation()));
                default -> broken.add(new byte[] {(byte) c.where(), (byte) c.pick()});
            }
        }
        byte[] b = t.getBytes(StandardCharsets.UTF_8);
        for (byte[] k : broken) {
            int at = ((k[0] & 0xFF) * 7919 + (k[1] & 0xFF)) % Math.max(1, b.length);
            if (b.length > 0) {
                b[at] = k[1]; // a byte overwritten: often not UTF-8 any more, or a character cut
            }
        }
        return b;
    }

    /** Returns whether the byte path read the line; fails when it disagrees with the text's reading or the located path. */
    private static boolean assertSame(byte[] line) {
        CenterProfile bytes = FAST.read(line, 0, line.length, "c.jsonl", 7);
        String text = strict(line);
        if (text == null) {
            assertNull(bytes, "read bytes that are not UTF-8");
            return false;
        }
        CenterProfile chars = FAST.read(text, "c.jsonl", 7);
        if (chars != null && StreamingProfileReader.plainUtf8(line, 0, line.length)) {
            assertNotNull(bytes, () -> "the text was read and its bytes were not: " + text);
        }
        if (bytes == null) {
            return false;
        }
        assertNotNull(chars, () -> "the bytes were read and their text was not: " + text);
        assertEquals(StreamingProfileReaderProperties.describe(chars), StreamingProfileReaderProperties.describe(bytes), text);
        Problems problems = new Problems();
        Node root = JSON.parse(text, "c.jsonl", 6, problems);
        assertNotNull(root, text);
        CenterProfile located = LOCATED.read(new Document(new SourceFile("c.jsonl", null, "", null), 0, 7, root), problems);
        assertTrue(problems.isEmpty(), () -> problems.all() + "\n" + text);
        assertEquals(StreamingProfileReaderProperties.describe(located), StreamingProfileReaderProperties.describe(bytes), text);
        return true;
    }

    private static String strict(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
