package dev.cca.input.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.input.Limits;
import dev.cca.input.StreamingProfileReader;
import dev.cca.model.CenterProfile;
import dev.cca.model.Datum;
import dev.cca.testing.JsonRecords;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * A JSON array file is read as a stream of its elements ({@link JsonArrayRecords}): the same centers as the same
 * records written as JSON Lines, whatever the layout (one line, pretty-printed, CRLF or lone CR line ends), each element
 * read the same by the fast path and the located path, location for location; the size limit of files read whole does
 * not apply, and an element over the record limit costs only itself.
 */
class JsonArrayStreamProperties {

    private static final List<String> RECORDS = JsonRecords.records();
    private static final StreamingProfileReader FAST = new StreamingProfileReader(LocalDate.of(2026, 1, 1), Limits.DEFAULT);
    private Path dir;

    @BeforeTry
    void makeDir() throws IOException {
        dir = Files.createTempDirectory("cca-array");
    }

    @AfterTry
    void removeDir() throws IOException {
        RoundTripPropertyTest.deleteTree(dir);
    }

    /** How the array is laid out: 0 one line, 1 an element a line, 2 pretty (two-space indent, a key a line). */
    @Property(tries = 60)
    void an_array_reads_as_its_records_written_as_json_lines(@ForAll("picks") List<Integer> picks,
            @ForAll("layouts") int layout, @ForAll("lineEnds") String eol) throws IOException {
        List<String> records = records(picks);
        Path array = writeArray(records, layout, eol);
        Path lines = dir.resolve("c.jsonl");
        Files.writeString(lines, String.join("\n", records) + "\n", StandardCharsets.UTF_8);
        Catalogs.Result a = Catalogs.read(array);
        Catalogs.Result l = Catalogs.read(lines);
        assertEquals(List.of(), a.fileErrors(), a.describe());
        assertEquals(records.size(), a.records().size(), a.describe());
        for (int i = 0; i < records.size(); i++) {
            CenterProfile pa = a.records().get(i).profile();
            CenterProfile pl = l.records().get(i).profile();
            assertEquals(pl == null, pa == null, () -> a.describe() + "\n---\n" + l.describe());
            if (pa != null) {
                assertEquals(values(pl), values(pa));
            } else {
                assertEquals(codes(l.records().get(i).errors()), codes(a.records().get(i).errors()));
            }
        }
    }

    /** Each element the fast path reads, it reads as the located path does: every value at the same line and column. */
    @Property(tries = 60)
    void the_fast_path_reads_an_element_where_the_located_path_reads_it(@ForAll("picks") List<Integer> picks,
            @ForAll("layouts") int layout, @ForAll("lineEnds") String eol) throws IOException {
        List<String> records = records(picks);
        Path array = writeArray(records, layout, eol);
        int fast = 0;
        try (CatalogSource src = CatalogSource.open(List.of(array), CatalogOptions.DEFAULT)) {
            for (RawRecord raw : src) {
                ParsedRecord quick = raw.parse(FAST);
                if (quick.read() == null) {
                    continue;
                }
                fast++;
                ParsedRecord located = raw.parse();
                CenterProfile p = located.profile(Catalogs.READER);
                assertNotNull(p, located.problems().all().toString());
                assertEquals(located(p), located(quick.read()));
            }
        }
        long valid = records.stream().filter(r -> FAST.read(r, "x.jsonl", 1) != null).count();
        assertEquals(valid, fast, "elements the fast path read");
    }

    /**
     * A problem of a streamed element shows the line of the file it points at, from the element's own text: the same
     * excerpt as the file's text gives, on every line after the element's first (up to where the element ends); on its
     * first line (after other text of the file's line, which is not kept) the same character under the caret.
     */
    @Property(tries = 60)
    void a_problem_of_a_streamed_element_shows_its_line(@ForAll("picks") List<Integer> picks,
            @ForAll("layouts") int layout, @ForAll("lineEnds") String eol) throws IOException {
        String whole = layout(records(picks), layout, eol);
        Path array = write("c.json", whole);
        dev.cca.input.SourceFile file = dev.cca.input.SourceFile.ofText(array.toString(), whole);
        for (Catalogs.Read r : Catalogs.read(array).records()) {
            for (Diagnostic d : r.record().problems().all()) {
                int line = d.location().line();
                int column = d.location().column();
                if (line <= 0) {
                    continue;
                }
                dev.cca.input.SourceFile.Excerpt ours = r.record().excerpt(line, column);
                dev.cca.input.SourceFile.Excerpt theirs = file.excerpt(line, column);
                assertNotNull(ours, d.format());
                if (line > r.record().location().line()) {
                    // The element's last line ends where the element does: the comma after it is not its text.
                    assertEquals(theirs.before(), ours.before(), d.format());
                    assertEquals(theirs.caret(), ours.caret(), d.format());
                    assertTrue(theirs.after().startsWith(ours.after().replaceFirst("\\.\\.\\.$", "")), d.format());
                } else if (!theirs.after().isEmpty()) {
                    assertEquals(theirs.after().charAt(0), ours.after().charAt(0), d.format());
                }
            }
        }
    }

    @Example
    void an_array_larger_than_the_limit_of_files_read_whole_is_streamed() throws IOException {
        List<String> records = RECORDS.subList(0, 40);
        Path array = dir.resolve("big.json");
        Files.writeString(array, layout(records, 2, "\n"), StandardCharsets.UTF_8);
        assertTrue(Files.size(array) > 4096);
        Catalogs.Result r = Catalogs.read(CatalogOptions.DEFAULT.withLimits(Limits.DEFAULT.withMaxFileBytes(4096)), array);
        assertEquals(List.of(), r.fileErrors(), r.describe());
        assertEquals(40, r.records().size(), r.describe());
    }

    @Example
    void an_element_over_the_record_limit_costs_only_itself() throws IOException {
        String big = "{\"cca\": \"center-profile/v1\", \"id\": \"big\", \"name\": \"" + "x".repeat(5000) + "\"}";
        String small = RECORDS.get(0);
        Path array = dir.resolve("c.json");
        Files.writeString(array, "[\n  " + big + ",\n  " + small + "\n]\n", StandardCharsets.UTF_8);
        Catalogs.Result r = Catalogs.read(CatalogOptions.DEFAULT.withLimits(Limits.DEFAULT.withMaxRecordBytes(4096)), array);
        assertEquals(2, r.records().size(), r.describe());
        Diagnostic d = r.records().get(0).errors().get(0);
        assertEquals(2, d.location().line(), d.format());
        assertEquals(3, d.location().column(), d.format());
        assertTrue(d.message().contains("4 KiB") && d.message().contains("--max-record-size"), d.format());
        assertEquals(codes(Catalogs.read(write("one.jsonl", small + "\n")).records().get(0).errors()),
                codes(r.records().get(1).errors()), r.describe());
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> records(List<Integer> picks) {
        return picks.stream().map(i -> RECORDS.get(i % RECORDS.size())).toList();
    }

    /** {@code records} as the JSON array file c.json, laid out as {@link #layout} says. */
    private Path writeArray(List<String> records, int layout, String eol) throws IOException {
        return write("c.json", layout(records, layout, eol));
    }

    static String layout(List<String> records, int layout, String eol) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < records.size(); i++) {
            String r = records.get(i);
            if (layout == 2) {
                r = r.replace("{\"", "{" + eol + "    \"").replace(", \"", "," + eol + "    \"");
            }
            sb.append(layout == 0 ? "" : eol + "  ").append(r).append(i + 1 < records.size() ? "," : "");
        }
        return sb.append(layout == 0 ? "" : eol).append(']').append(eol).toString();
    }

    private static List<String> codes(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.code().id()).sorted().toList();
    }

    /** The values of a profile, without where they were read. */
    private static String values(CenterProfile p) {
        StringBuilder sb = new StringBuilder(p.id()).append('|').append(p.name()).append('\n');
        for (Map.Entry<String, Datum> e : p.values().entrySet()) {
            Datum d = e.getValue();
            sb.append(e.getKey()).append('=').append(d.kind()).append(' ').append(d.number()).append(' ').append(d.items())
                    .append(' ').append(d.text()).append(' ').append(d.evidence()).append('\n');
        }
        List<String> acc = new ArrayList<>();
        p.accelerators().forEach(a -> acc.add(a.vendor() + " " + a.model() + " " + a.count() + " " + a.fp16Tflops()));
        return sb.append(acc).append(p.scenarios()).toString();
    }

    /** The values of a profile with where each was read. */
    private static String located(CenterProfile p) {
        StringBuilder sb = new StringBuilder(values(p)).append('\n');
        for (Map.Entry<String, Datum> e : p.values().entrySet()) {
            sb.append(e.getKey()).append('@').append(e.getValue().origin()).append(e.getValue().itemOrigins()).append('\n');
        }
        p.accelerators().forEach(a -> sb.append(a.origin()).append('\n'));
        return sb.toString();
    }

    @Provide
    Arbitrary<List<Integer>> picks() {
        return Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<Integer> layouts() {
        return Arbitraries.integers().between(0, 2);
    }

    @Provide
    Arbitrary<String> lineEnds() {
        return Arbitraries.of("\n", "\r\n", "\r");
    }
}
