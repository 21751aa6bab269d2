package dev.cca.input.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.generate.SyntheticCatalog;
import dev.cca.input.Limits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No input crashes a reader: arbitrary bytes, and valid catalogs with bytes changed, give records and
 * located problems, never an exception.
 */
class NoCrashPropertyTest {

    private static final CatalogOptions SMALL = CatalogOptions.DEFAULT.withLimits(
            Limits.DEFAULT.withMaxRecordBytes(4096).withMaxStringLength(512));
    private static final byte[] VALID_CSV;
    private static final byte[] VALID_JSONL;
    private static final byte[] VALID_JSON_ARRAY;

    static {
        try {
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            SyntheticCatalog.generate(4, 99, Format.CSV, csv);
            VALID_CSV = csv.toByteArray();
            ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
            SyntheticCatalog.generate(4, 99, Format.JSON_LINES, jsonl);
            VALID_JSONL = jsonl.toByteArray();
            ByteArrayOutputStream array = new ByteArrayOutputStream();
            SyntheticCatalog.generate(4, 99, Format.JSON, array);
            VALID_JSON_ARRAY = array.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> interesting = Arbitraries.of((byte) '"', (byte) ',', (byte) ';', (byte) '\t', (byte) '\n',
                (byte) '\r', (byte) '{', (byte) '}', (byte) '[', (byte) ':', (byte) 0, (byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF, (byte) 0xE6, (byte) 'a', (byte) '.', (byte) 'i', (byte) 'd');
        Arbitrary<Byte> any = Arbitraries.bytes();
        Arbitrary<Byte> mix = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, interesting), net.jqwik.api.Tuple.of(1, any));
        return mix.list().ofMaxSize(600).map(NoCrashPropertyTest::toArray);
    }

    private static byte[] toArray(List<Byte> l) {
        byte[] b = new byte[l.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = l.get(i);
        }
        return b;
    }

    @Property(tries = 300)
    void arbitraryBytesAsCsvGiveOnlyLocatedProblems(@ForAll("bytes") byte[] input) {
        readStream("fuzz.csv", input, Format.CSV);
    }

    @Property(tries = 300)
    void arbitraryBytesAsJsonLinesGiveOnlyLocatedProblems(@ForAll("bytes") byte[] input) {
        readStream("fuzz.jsonl", input, Format.JSON_LINES);
    }

    @Property(tries = 150)
    void arbitraryBytesInAnyFormatGiveOnlyLocatedProblems(@ForAll("bytes") byte[] input) {
        readStream("fuzz", input, null);
        readStream("fuzz.yaml", input, Format.YAML);
        readStream("fuzz.json", input, Format.JSON);
    }

    @Property(tries = 300)
    void aValidCsvWithBytesChangedGivesOnlyLocatedProblems(@ForAll("edits") List<int[]> edits) {
        readStream("edited.csv", edit(VALID_CSV, edits), Format.CSV);
    }

    @Property(tries = 200)
    void aValidJsonLinesFileWithBytesChangedGivesOnlyLocatedProblems(@ForAll("edits") List<int[]> edits) {
        readStream("edited.jsonl", edit(VALID_JSONL, edits), Format.JSON_LINES);
    }

    /** A JSON array catalog, streamed element by element, with bytes changed: read from a file and from standard input. */
    @Property(tries = 200)
    void aValidJsonArrayWithBytesChangedGivesOnlyLocatedProblems(@ForAll("edits") List<int[]> edits) throws IOException {
        byte[] edited = edit(VALID_JSON_ARRAY, edits);
        readStream("edited.json", edited, Format.JSON);
        Path p = Files.createTempFile("edited", ".json");
        try {
            Files.write(p, edited);
            Catalogs.Result r = Catalogs.read(SMALL, p);
            r.fileProblems().forEach(NoCrashPropertyTest::located);
            r.records().forEach(x -> x.record().problems().all().forEach(NoCrashPropertyTest::located));
        } finally {
            Files.deleteIfExists(p);
        }
    }

    @Property(tries = 40)
    void arbitraryBytesAsAWorkbookGiveOnlyAFileProblem(@ForAll("bytes") byte[] input) throws IOException {
        Path p = Files.createTempFile("fuzz", ".xlsx");
        try {
            byte[] withMagic = new byte[input.length + 4];
            withMagic[0] = 'P';
            withMagic[1] = 'K';
            withMagic[2] = 3;
            withMagic[3] = 4;
            System.arraycopy(input, 0, withMagic, 4, input.length);
            Files.write(p, withMagic);
            Catalogs.Result r = Catalogs.read(SMALL, p);
            assertTrue(r.records().isEmpty());
            assertFalse(r.fileErrors().isEmpty());
            r.fileProblems().forEach(NoCrashPropertyTest::located);
        } finally {
            Files.deleteIfExists(p);
        }
    }

    /** Each edit is {position, new byte, kind}: kind 0 replaces, 1 inserts, 2 deletes. */
    @Provide
    Arbitrary<List<int[]>> edits() {
        Arbitrary<int[]> one = net.jqwik.api.Combinators.combine(
                Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(0, 2)).as((a, b, c) -> new int[] {a, b, c});
        return one.list().ofMinSize(1).ofMaxSize(6);
    }

    private static byte[] edit(byte[] valid, List<int[]> edits) {
        List<Byte> b = new ArrayList<>();
        for (byte x : valid) {
            b.add(x);
        }
        for (int[] e : edits) {
            int at = e[0] % (b.size() + 1);
            switch (e[2]) {
                case 0 -> {
                    if (at < b.size()) {
                        b.set(at, (byte) e[1]);
                    }
                }
                case 1 -> b.add(at, (byte) e[1]);
                default -> {
                    if (at < b.size()) {
                        b.remove(at);
                    }
                }
            }
        }
        return toArray(b);
    }

    private static void readStream(String name, byte[] input, Format format) {
        List<Diagnostic> all = new ArrayList<>();
        try (CatalogSource src = CatalogSource.ofStream(name, new ByteArrayInputStream(input), format, SMALL)) {
            RecordPipeline.run(src.iterator(), 1, rec -> {
                rec.profile(Catalogs.READER);
                return rec;
            }, rec -> all.addAll(rec.problems().all()));
            all.addAll(src.fileProblems());
        }
        for (Diagnostic d : all) {
            located(d);
        }
    }

    private static void located(Diagnostic d) {
        assertFalse(d.location().file().isEmpty(), d.format());
        assertFalse(d.message().isBlank(), d.format());
        assertTrue(d.location().line() >= 0 && d.location().column() >= 0, d.format());
        assertFalse(d.message().contains("Exception"), "a message leaks an exception: " + d.format());
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
