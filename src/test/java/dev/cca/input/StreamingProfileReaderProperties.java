package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cca.diag.Problems;
import dev.cca.generate.SyntheticCatalog;
import dev.cca.input.catalog.Format;
import dev.cca.model.CenterProfile;
import dev.cca.model.Datum;
import dev.cca.testing.JsonRecords;
import dev.cca.testing.Profiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast path of reading a JSON record ({@link StreamingProfileReader}) equals the located path ({@link JsonReader},
 * then {@link ProfileReader}): whenever it reads a record, the located path finds no problem in it and builds the same
 * profile, value for value, location for location; when it gives a record up, nothing is lost (the located path reads
 * it). Drawn over every profile of the samples and the test fixtures, synthetic catalog records, and those records
 * mutated the ways catalogs go wrong.
 */
class StreamingProfileReaderProperties {

    private static final StreamingProfileReader FAST = new StreamingProfileReader(Profiles.TODAY, Limits.DEFAULT);
    private static final ProfileReader LOCATED = new ProfileReader(Profiles.TODAY);
    private static final JsonReader JSON = new JsonReader(Limits.DEFAULT);
    private static final List<String> RECORDS = JsonRecords.records();

    /** Pieces that catalogs get wrong: types, units, ranges, nulls, dates, labels, keys, syntax. */
    private static final String[] TOKENS = {"null", "true", "false", "0", "-1", "1.5", "1e999", "NaN", "\"\"", "\" \"",
        "\"80%\"", "\"6.93 EFLOPS\"", "\"400G\"", "\"1,000\"", "\"１００\"", "\"yes\"", "\"2025-02-30\"", "\"2999-01-01\"",
        "\"2024-05\"", "\"measured\"", "\"audited\"", "\"Megatron LM\"", "\"a; a\"", "[]", "[1]", "[\"x\", \"x\"]", "{}",
        "{\"value\": 1}", "{\"value\": 1, \"evidence\": \"measured\"}", "{\"value\": 1, \"evidence\": \"audited\", "
        + "\"audit\": \"A-1\", \"date\": \"2025-01-01\"}", "{\"evidence\": \"declared\"}", "\"\\r\"", ",", ":", "{", "}", "[",
        "]", "\"center-profile/v2\"", "\"UPPER\"", "\"inference\"", "\"pretraining; inference\"", "\"x.yaml\"", "\"\\u0000\"",
        "\"x, x\"", "[\"a\", \"A\"]", "\"训练\"", "\"成渝\"", "\"是\"", "\"无\"", "\"2025年10月15日\"", "\"2025/10/15\"", "\"2025-01-01\"", "99999999", "0.5", "\"5 ms\"", "\"on\"",
        // What the byte reader must take exactly as Jackson does, or leave: numbers and words written oddly, texts with
        // escapes and with characters of two, three and four bytes (the last two UTF-16 units: columns after them move).
        "01", "1.", "-", "-0", "1e5", "1E+5", "2.5e-3", "1.0", "+1", ".5", "truex", "nul", "tru", "[1,]", "{,}", "[,]",
        "\"\\u8bad\\u7ec3\"", "\"a\\\"b\"", "\"\\/\"", "\"é\"", "\"中文 名\"", "\"𝟙𝟘𝟘\"", "\"😀 x\"", "\"\t\"",
        "\"\u007f\"", "1 2", "\"a\" \"b\"", "[\"训练\", \"推理\"]", "{\"value\": \"𝟠\", \"source\": \"测\"}"};

    /** One mutation: at a drawn place, replace a value, drop or copy a key, add a key, or cut the text. */
    record Mutation(int kind, int where, int token, String key) {
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, TOKENS.length - 1),
                Arbitraries.of("pue", "value", "evidence", "date", "source", "audit", "id", "unknown_key", "count", "model",
                        "scenarios", "benchmarks", "region", "ttft_ms_p99", "total_pflops_fp16"))
                .as(Mutation::new);
    }

    static String mutate(String text, List<Mutation> mutations) {
        String t = text;
        for (Mutation m : mutations) {
            List<int[]> values = JsonRecords.valueSpans(t);
            if (values.isEmpty()) {
                break;
            }
            int[] span = values.get(m.where() % values.size());
            String tok = TOKENS[m.token()];
            t = switch (m.kind()) {
                case 0, 1, 6, 7, 8 -> t.substring(0, span[0]) + tok + t.substring(span[1]); // a value retyped
                case 2 -> t.substring(0, span[2]) + "\"" + m.key() + "\": " + tok + ", " + t.substring(span[2]); // a key added
                case 3 -> t.substring(0, span[2]) + t.substring(span[2], span[1]) + ", " + t.substring(span[2]); // a key twice
                case 4 -> t.substring(0, span[2]) + t.substring(Math.min(t.length(), span[1] + (t.startsWith(",", span[1]) ? 1 : 0)));
                default -> t.substring(0, Math.min(t.length(), span[0] + m.where() % 7)); // cut short
            };
        }
        return t;
    }

    @Property(tries = 2000)
    void the_fast_path_reads_a_record_exactly_as_the_located_path(@ForAll("indexes") int index,
            @ForAll("mutationLists") List<Mutation> mutations) {
        String text = mutate(RECORDS.get(index % RECORDS.size()), mutations);
        assertSame(text);
    }

    @Provide
    Arbitrary<Integer> indexes() {
        return Arbitraries.integers().between(0, RECORDS.size() - 1);
    }

    @Provide
    Arbitrary<List<Mutation>> mutationLists() {
        return mutations().list().ofMinSize(0).ofMaxSize(3);
    }

    @Example
    void every_fixture_and_synthetic_record_reads_the_same_both_ways_and_the_valid_ones_take_the_fast_path() {
        int fast = 0;
        int bytes = 0;
        for (String r : RECORDS) {
            if (assertSame(r)) {
                fast++;
            }
            byte[] b = r.getBytes(StandardCharsets.UTF_8);
            if (FAST.read(b, 0, b.length, new char[b.length], "c.jsonl", 7) != null) {
                bytes++;
            }
        }
        // Catalog records are written the plain way: the byte reader takes every one the text reader takes.
        assertEquals(fast, bytes, "the byte reader read " + bytes + " of the " + fast + " records the text reader read");
        // The synthetic records (200) and the valid samples have no problem: the fast path must take them.
        assertTrue(fast >= 200, "the fast path read " + fast + " of " + RECORDS.size() + " records");
    }

    /**
     * A record written with its texts escaped, as Python's json.dumps writes by default (every character past ASCII as
     * {@code \}{@code uXXXX}, a quote as {@code \"}, a slash, when drawn, as {@code \/}): the byte reader reads it, and reads
     * it as the text reader reads the record written plainly, value for value, column for column. Characters beyond
     * the Basic Multilingual Plane are escaped as surrogate pairs, which the byte reader leaves to Jackson.
     */
    @Property(tries = 400)
    void a_record_with_its_texts_escaped_takes_the_byte_path_and_reads_the_same(@ForAll("indexes") int index,
            @ForAll boolean slashes) {
        String plain = RECORDS.get(index % RECORDS.size());
        CenterProfile text = FAST.read(plain, "c.jsonl", 7);
        String escaped = escapeTexts(plain, slashes);
        byte[] b = escaped.getBytes(StandardCharsets.UTF_8);
        CenterProfile bytes = FAST.read(b, 0, b.length, new char[b.length], "c.jsonl", 7);
        if (text == null || escaped.equals(plain) || plain.codePoints().anyMatch(c -> c > 0xFFFF)) {
            if (bytes != null) {
                CenterProfile chars = FAST.read(escaped, "c.jsonl", 7);
                assertNotNull(chars, escaped);
                assertEquals(describeWithoutColumns(chars), describeWithoutColumns(bytes), escaped);
            }
            return;
        }
        assertNotNull(bytes, () -> "the byte reader gave up an escaped record: " + escaped);
        CenterProfile chars = FAST.read(escaped, "c.jsonl", 7);
        assertNotNull(chars, escaped);
        assertEquals(describe(chars), describe(bytes), escaped);
        // The values are those of the record written plainly (columns move: an escape is six characters).
        assertEquals(describeWithoutColumns(text), describeWithoutColumns(bytes), escaped);
    }

    /** Each JSON text of a record (keys and values) with every character past ASCII escaped, and '/' too when asked. */
    static String escapeTexts(String json, boolean slashes) {
        StringBuilder sb = new StringBuilder(json.length() * 2);
        boolean inText = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inText && c == '\\') {
                sb.append(c).append(json.charAt(++i));
                continue;
            }
            if (c == '"') {
                inText = !inText;
                sb.append(c);
            } else if (inText && c > 0x7E) {
                sb.append(String.format("\\u%04x", (int) c));
            } else if (inText && slashes && c == '/') {
                sb.append("\\/");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** As {@link #describe}, without the columns of the locations. */
    static String describeWithoutColumns(CenterProfile p) {
        return describe(p).replaceAll(":(\\d+):\\d+", ":$1");
    }

    /** Every value of a synthetic record and of the richest fixtures replaced by every token, dropped and written twice. */
    @Example
    void every_single_change_of_a_value_or_key_reads_the_same_both_ways() {
        List<String> bases = new ArrayList<>(RECORDS.subList(RECORDS.size() - 1, RECORDS.size()));
        bases.addAll(RECORDS.stream().filter(r -> r.contains("\"evidence\"") && FAST.read(r, "f", 1) != null).limit(2).toList());
        int fast = 0;
        int tried = 0;
        for (String base : bases) {
            int spans = JsonRecords.valueSpans(base).size();
            for (int where = 0; where < spans; where++) {
                for (int kind = 0; kind <= 4; kind++) {
                    for (int token = 0; token < (kind < 3 ? TOKENS.length : 1); token++) {
                        tried++;
                        if (assertSame(mutate(base, List.of(new Mutation(kind, where, token, "pue"))))) {
                            fast++;
                        }
                    }
                }
            }
        }
        assertTrue(fast > 0 && fast < tried, fast + " of " + tried + " changed records took the fast path");
    }

    @Example
    void a_limit_or_an_unknown_key_leaves_the_record_to_the_located_path() {
        String r = RECORDS.stream().filter(x -> FAST.read(x, "f", 1) != null).findFirst().orElseThrow();
        assertNotNull(FAST.read(r, "f", 1));
        assertEquals(null, new StreamingProfileReader(Profiles.TODAY, Limits.DEFAULT.withMaxDepth(2)).read(r, "f", 1));
        assertEquals(null, FAST.read(r.replaceFirst("\"id\"", "\"idd\""), "f", 1));
        assertEquals(null, FAST.read(r.replaceFirst("\\{", "{\"benchmarks\": [\"x.json\"], "), "f", 1));
    }

    /**
     * A record's UTF-8 bytes changed byte by byte (a byte replaced, put in or taken out: bytes that are not UTF-8, a cut
     * sequence, a quote, a backslash, a line break): what the byte reader reads, the line decoded reads the same.
     */
    @Property(tries = 1500)
    void the_byte_reader_reads_a_line_as_its_text_or_leaves_it(@ForAll("indexes") int index,
            @ForAll("byteEdits") List<int[]> edits) {
        byte[] b = RECORDS.get(index % RECORDS.size()).getBytes(StandardCharsets.UTF_8);
        for (int[] e : edits) {
            int at = e[1] % (b.length + 1);
            byte v = (byte) e[2];
            b = switch (e[0]) {
                case 0 -> at == b.length ? b : replaced(b, at, v);
                case 1 -> spliced(b, at, 0, new byte[] {v});
                default -> at == b.length ? b : spliced(b, at, 1, new byte[0]);
            };
        }
        CenterProfile bytes = FAST.read(b, 0, b.length, new char[b.length], "c.jsonl", 7);
        if (bytes == null) {
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (java.nio.charset.CharacterCodingException ex) {
            throw new AssertionError("the byte reader read a line that is not UTF-8", ex);
        }
        CenterProfile chars = FAST.read(text, "c.jsonl", 7);
        assertNotNull(chars, text);
        assertEquals(describe(chars), describe(bytes), text);
    }

    @Provide
    Arbitrary<List<int[]>> byteEdits() {
        Arbitrary<Integer> value = Arbitraries.oneOf(Arbitraries.of(0x80, 0xBF, 0xC0, 0xC3, 0xE4, 0xED, 0xF0, 0xF4, 0xF5, 0xFF,
                (int) '"', (int) '\\', (int) '\n', (int) '\r', (int) '\t', 0, (int) ' ', (int) ',', (int) ':', (int) '{',
                (int) '}', (int) '[', (int) ']', (int) '0', (int) '-', (int) 'e', (int) '.', (int) 'x'), Arbitraries.integers().between(0, 255));
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 100_000), value)
                .as((kind, where, v) -> new int[] {kind, where, v}).list().ofMinSize(1).ofMaxSize(3);
    }

    private static byte[] replaced(byte[] b, int at, byte v) {
        byte[] c = b.clone();
        c[at] = v;
        return c;
    }

    private static byte[] spliced(byte[] b, int at, int cut, byte[] put) {
        byte[] c = new byte[b.length - cut + put.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(put, 0, c, at, put.length);
        System.arraycopy(b, at + cut, c, at + put.length, b.length - at - cut);
        return c;
    }

    /** Returns whether the fast path read the record; fails when the two paths disagree. */
    private static boolean assertSame(String text) {
        CenterProfile fast = FAST.read(text, "c.jsonl", 7);
        // The line's UTF-8 bytes, read where they lie in a larger buffer: what that reader takes reads the same.
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] around = new byte[utf8.length + 12];
        System.arraycopy(utf8, 0, around, 5, utf8.length);
        CenterProfile bytes = FAST.read(around, 5, utf8.length, new char[utf8.length], "c.jsonl", 7);
        if (bytes != null) {
            assertNotNull(fast, () -> "the byte reader read a record the text reader gives up: " + text);
            assertEquals(describe(fast), describe(bytes), text);
        }
        // The same characters in the middle of a larger buffer (a JSON Lines line decoded in place) read the same.
        char[] buffer = ("{\"x\": 1}\n" + text + "\n}").toCharArray();
        CenterProfile inPlace = FAST.read(buffer, 9, text.length(), "c.jsonl", 7);
        assertEquals(fast == null, inPlace == null, text);
        if (fast != null) {
            assertEquals(describe(fast), describe(inPlace), text);
        }
        Problems problems = new Problems();
        Node root = JSON.parse(text, "c.jsonl", 6, problems);
        CenterProfile located = root == null ? null
                : LOCATED.read(new Document(new SourceFile("c.jsonl", null, "", null), 0, 7, root), problems);
        if (fast == null) {
            return false;
        }
        assertTrue(problems.isEmpty(), () -> "the fast path read a record the located path finds problems in: "
                + problems.all() + "\n" + text);
        assertNotNull(located, text);
        assertEquals(describe(located), describe(fast), text);
        return true;
    }

    /** Everything a profile holds, as text: values with their evidence, provenance and locations, the inventory. */
    static String describe(CenterProfile p) {
        StringBuilder sb = new StringBuilder();
        sb.append(p.id()).append('|').append(p.name()).append('|').append(p.origin()).append('\n');
        for (Map.Entry<String, Datum> e : p.values().entrySet()) {
            Datum d = e.getValue();
            sb.append(e.getKey()).append(" = ").append(d.kind()).append(' ').append(Double.doubleToLongBits(d.number()))
                    .append(' ').append(d.bool()).append(' ').append(d.items()).append(' ').append(d.itemOrigins()).append(' ')
                    .append(d.text()).append(' ').append(d.date()).append(' ').append(d.evidence()).append(' ').append(d.note())
                    .append(' ').append(d.evidenceDate()).append(' ').append(d.origin()).append(' ').append(d.claimed())
                    .append(' ').append(d.unearned()).append(' ').append(d.provenance()).append('\n');
        }
        sb.append(p.accelerators()).append('\n').append(p.scenarios()).append('\n').append(p.benchmarks()).append('\n')
                .append(p.allSuperseded());
        return sb.toString();
    }
}
