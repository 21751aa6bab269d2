package dev.cca.input.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Location;
import dev.cca.generate.SyntheticCatalog;
import dev.cca.generate.SyntheticCenters;
import dev.cca.input.Limits;
import dev.cca.model.CenterProfile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class CatalogSourceTest {

    @TempDir
    Path tmp;

    private static List<String> ids(Catalogs.Result r) {
        return r.profiles().stream().map(CenterProfile::id).toList();
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static String profile(String id) {
        return "cca: center-profile/v1\nid: " + id + "\nname: " + id + "\n";
    }

    @Test
    void jsonLinesGiveOneRecordPerLineSkippingBlankLines() {
        Catalogs.Result r = Catalogs.read(Fixtures.path("valid/centers.jsonl"));
        assertEquals(List.of("wuhan-aicc", "hefei-aicc", "xian-aicc"), ids(r), r.describe());
        assertEquals(List.of(1, 3, 4), r.records().stream().map(x -> x.record().location().line()).toList());
        assertEquals(1.2, r.profiles().get(1).number("compute.pue"), 1e-12);
        assertEquals(3, r.profiles().get(1).get("compute.pue").origin().line());
    }

    @Test
    void aBrokenJsonLineIsReportedAtItsLineAndTheOthersAreRead() {
        Catalogs.Result r = Catalogs.read(Fixtures.path("invalid/jsonl-broken-line.jsonl"));
        assertEquals(List.of("wuhan-aicc", "xian-aicc"), ids(r));
        Diagnostic d = r.recordErrors().get(0);
        assertEquals(2, d.location().line());
        assertTrue(d.message().startsWith("not valid JSON"), d.message());
    }

    @Test
    void aJsonLineOverTheRecordLimitIsReportedAndTheNextLineIsRead() throws IOException {
        Path p = write("c.jsonl", "{\"cca\": \"center-profile/v1\", \"id\": \"a\", \"name\": \"" + "x".repeat(3000) + "\"}\n"
                + "{\"cca\": \"center-profile/v1\", \"id\": \"b\", \"name\": \"B\"}\n");
        Catalogs.Result r = Catalogs.read(CatalogOptions.DEFAULT.withLimits(Limits.DEFAULT.withMaxRecordBytes(1000)), p);
        assertEquals(List.of("b"), ids(r));
        assertEquals(1, r.recordErrors().get(0).location().line());
        assertTrue(r.recordErrors().get(0).message().contains("--max-record-size"));
    }

    @Test
    void aBadUtf8ByteInTheHeadOfTheFileRefusesTheFile() throws IOException {
        Path p = tmp.resolve("bad-head.jsonl");
        byte[] bad = "{\"cca\": \"center-profile/v1\", \"id\": \"b\", \"name\": \"X\"}\n".getBytes(StandardCharsets.UTF_8);
        bad[45] = (byte) 0xC3;
        Files.write(p, bad);
        Catalogs.Result r = Catalogs.read(p);
        assertEquals(List.of(), r.records());
        assertEquals(Location.of(p.toString(), 1, 46), r.fileErrors().get(0).location());
    }

    @Test
    void aBadUtf8ByteAfterTheHeadCostsOnlyItsLine() throws IOException {
        Path p = tmp.resolve("bad.jsonl");
        byte[] good = "{\"cca\": \"center-profile/v1\", \"id\": \"a\", \"name\": \"武汉\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"cca\": \"center-profile/v1\", \"id\": \"b\", \"name\": \"X\"}\n".getBytes(StandardCharsets.UTF_8);
        bad[45] = (byte) 0xC3; // starts a two-byte character that never finishes
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        int head = TextInput.HEAD / good.length + 1;
        for (int i = 0; i < head; i++) {
            all.writeBytes(good);
        }
        all.writeBytes(bad);
        all.writeBytes(good);
        Files.write(p, all.toByteArray());
        Catalogs.Result r = Catalogs.read(p);
        assertEquals(head + 1, r.profiles().size(), r.describe());
        Diagnostic d = r.recordErrors().get(0);
        assertEquals(Location.of(p.toString(), head + 1, 46), d.location());
        assertTrue(d.message().startsWith("this line is not valid UTF-8"), d.message());
    }

    @Test
    void jsonLinesMayEndWithCrOrCrlf() throws IOException {
        Path p = tmp.resolve("cr.jsonl");
        String line = "{\"cca\": \"center-profile/v1\", \"id\": \"%s\", \"name\": \"N\"}";
        Files.writeString(p, String.format(line, "a") + "\r" + String.format(line, "b") + "\r\n\r\n" + String.format(line, "c"));
        Catalogs.Result r = Catalogs.read(p);
        assertEquals(List.of("a", "b", "c"), ids(r), r.describe());
        assertEquals(List.of(1, 2, 4), r.records().stream().map(x -> x.record().location().line()).toList());
    }

    @Test
    void aJsonLinesFileInUtf16IsDecodedAsItIsRead() throws IOException {
        Path p = tmp.resolve("u16.jsonl");
        byte[] body = "{\"cca\": \"center-profile/v1\", \"id\": \"a\", \"name\": \"武汉\"}\n".getBytes(StandardCharsets.UTF_16BE);
        byte[] all = new byte[body.length + 2];
        all[0] = (byte) 0xFE;
        all[1] = (byte) 0xFF;
        System.arraycopy(body, 0, all, 2, body.length);
        Files.write(p, all);
        assertEquals(List.of("a"), ids(Catalogs.read(p)));
    }

    @Test
    void aMultiDocumentYamlGivesEveryDocumentAndSkipsEmptyOnes() {
        Catalogs.Result r = Catalogs.read(Fixtures.path("valid/multi.yaml"));
        assertEquals(List.of("wuhan-aicc", "hefei-aicc"), ids(r), r.describe());
        assertEquals(8, r.records().get(1).record().location().line());
        assertEquals(1, r.records().get(1).record().document().index());
    }

    @Test
    void aBrokenYamlDocumentCostsOnlyItself() {
        Catalogs.Result r = Catalogs.read(Fixtures.path("invalid/yaml-broken-document.yaml"));
        assertEquals(List.of("wuhan-aicc", "xian-aicc"), ids(r));
        assertEquals(3, r.records().size());
        assertNull(r.records().get(1).record().document().root());
        assertTrue(r.recordErrors().get(0).message().startsWith("not valid YAML"), r.describe());
    }

    @Test
    void aJsonArrayGivesOneRecordPerElement() {
        Catalogs.Result r = Catalogs.read(Fixtures.path("valid/array.json"));
        assertEquals(List.of("wuhan-aicc", "hefei-aicc"), ids(r), r.describe());
        assertEquals(3, r.records().get(1).record().location().line());
    }

    @Test
    void aOneLineJsonArrayKeepsTheColumnsOfItsElements() throws IOException {
        Path p = write("line.json", "[{\"cca\": \"center-profile/v1\", \"id\": \"a\", \"name\": \"[{,\\\"\"},"
                + " {\"cca\": \"center-profile/v1\", \"id\": \"B\", \"name\": \"b\"}]");
        Catalogs.Result r = Catalogs.read(p);
        assertEquals(List.of("a"), ids(r), r.describe());
        assertEquals("[{,\"", r.profiles().get(0).name());
        assertEquals(Location.of(p.toString(), 1, 60), r.records().get(1).record().location());
        Diagnostic d = r.recordErrors().get(0);
        assertEquals("id", d.location().path());
        assertEquals(1, d.location().line());
        assertEquals(95, d.location().column());
    }

    @Test
    void a_malformed_element_of_a_json_array_costs_only_itself() throws IOException {
        Path p = write("bad.json", "[\n  {\"id\": \"a\"},\n  {\"id\": \"b\"\n]\n");
        Catalogs.Result r = Catalogs.read(p);
        assertEquals(2, r.records().size());
        assertTrue(r.records().get(0).record().hasTree(), r.describe());
        Diagnostic d = r.recordErrors().stream().filter(x -> x.message().startsWith("not valid JSON")).findFirst().orElseThrow();
        assertEquals(4, d.location().line());
        assertTrue(r.fileErrors().get(0).message().contains("']' is missing"), r.describe());
    }

    @Test
    void a_json_array_without_its_closing_bracket_keeps_every_element() throws IOException {
        Path p = write("open.json", "[\n  {\"id\": \"a\"},\n  {\"id\": \"b\"},\n  {\"id\": \"c\"}\n");
        Catalogs.Result r = Catalogs.read(p);
        assertEquals(3, r.records().size(), r.describe());
        assertTrue(r.records().stream().allMatch(x -> x.record().hasTree()), r.describe());
        assertEquals(1, r.fileErrors().size(), r.describe());
        assertEquals(1, r.fileErrors().get(0).location().line());
        assertTrue(r.fileErrors().get(0).message().contains("the 3 element(s) before the end are read"), r.describe());
    }

    @Test
    void an_unclosed_element_of_a_json_array_ends_where_the_next_element_starts() throws IOException {
        Path p = write("unclosed.json", "[\n  {\"id\": \"a\", \"x\": {\n    \"y\": 1\n  },\n  {\"id\": \"b\"}\n]\n");
        Catalogs.Result r = Catalogs.read(p);
        assertEquals(2, r.records().size(), r.describe());
        Diagnostic d = r.recordErrors().get(0);
        assertEquals(2, d.location().line());
        assertTrue(d.message().contains("over 3 lines, 2 to 4"), d.message());
        assertTrue(r.records().get(1).record().hasTree(), r.describe());
        assertEquals(List.of(), r.fileErrors(), r.describe());
    }

    @Test
    void anEmptyJsonArrayHasNoRecords() throws IOException {
        Catalogs.Result r = Catalogs.read(write("empty.json", " [ ] \n"));
        assertEquals(List.of(), r.records());
        assertEquals(List.of(), r.fileProblems());
    }

    @Test
    void aJsonObjectFileIsOneRecord() throws IOException {
        Path p = write("one.json", "\n{\"cca\": \"center-profile/v1\", \"id\": \"a\", \"name\": \"A\"}\n");
        Catalogs.Result r = Catalogs.read(p);
        assertEquals(List.of("a"), ids(r));
        assertEquals(2, r.records().get(0).record().location().line());
    }

    @Test
    void aDirectoryIsWalkedInNameOrderSkippingHiddenAndForeignFiles() throws IOException {
        write("cat/b.yaml", profile("b"));
        write("cat/a.yaml", profile("a-file"));
        write("cat/a/x.yml", profile("a-dir"));
        write("cat/a/z/deep.json", "{\"cca\": \"center-profile/v1\", \"id\": \"deep\", \"name\": \"D\"}");
        write("cat/.hidden.yaml", profile("hidden"));
        write("cat/.git/config.yaml", profile("git"));
        write("cat/~$lock.xlsx", "lock");
        write("cat/README.md", "# not a profile");
        write("cat/c.csv", "id,name\nc-row,C\n");
        write("cat/old.xls", "whatever");
        Catalogs.Result r = Catalogs.read(tmp.resolve("cat"));
        assertEquals(List.of("a-dir", "deep", "a-file", "b", "c-row"), ids(r), r.describe());
        assertEquals(1, r.fileProblems().size());
        Diagnostic skipped = r.fileProblems().get(0);
        assertTrue(!skipped.isError() && skipped.message().startsWith("skipped: old binary Excel"), r.describe());
        assertTrue(r.records().get(0).record().location().file().endsWith("cat/a/x.yml"));
    }

    @Test
    void inputsAreReadInTheOrderGiven() throws IOException {
        Path b = write("b.yaml", profile("b"));
        Path a = write("a.yaml", profile("a"));
        assertEquals(List.of("b", "a"), ids(Catalogs.read(b, a)));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSymbolicLinkLoopIsReportedAndDoesNotHang() throws IOException {
        write("cat/one.yaml", profile("one"));
        write("cat/sub/two.yaml", profile("two"));
        Files.createSymbolicLink(tmp.resolve("cat/sub/back"), tmp.resolve("cat"));
        Files.createSymbolicLink(tmp.resolve("cat/sub/self"), tmp.resolve("cat/sub"));
        Catalogs.Result r = Catalogs.read(tmp.resolve("cat"));
        assertEquals(List.of("one", "two"), ids(r), r.describe());
        List<String> loops = r.fileProblems().stream().map(Diagnostic::message).toList();
        assertEquals(2, loops.size(), r.describe());
        assertTrue(loops.get(0).startsWith("symbolic link loop"), r.describe());
    }

    @Test
    void aSymbolicLinkToAFileOrDirectoryOutsideIsFollowed() throws IOException {
        Path outside = write("outside/x.yaml", profile("outside"));
        write("cat/in.yaml", profile("in"));
        Files.createSymbolicLink(tmp.resolve("cat/link.yaml"), outside);
        Files.createSymbolicLink(tmp.resolve("cat/dir"), tmp.resolve("outside"));
        Files.createSymbolicLink(tmp.resolve("cat/broken.yaml"), tmp.resolve("nowhere.yaml"));
        Catalogs.Result r = Catalogs.read(tmp.resolve("cat"));
        assertEquals(List.of("outside", "in", "outside"), ids(r), r.describe());
        assertTrue(r.fileProblems().get(0).message().startsWith("broken symbolic link"), r.describe());
    }

    @Test
    void aMissingInputIsAFileErrorAndTheOthersAreRead() throws IOException {
        Path a = write("a.yaml", profile("a"));
        Catalogs.Result r = Catalogs.read(tmp.resolve("missing.csv"), a);
        assertEquals(List.of("a"), ids(r));
        assertEquals("no such file or directory", r.fileErrors().get(0).message());
    }

    @Test
    void anOldExcelFileGivenByNameIsAnError() {
        Catalogs.Result r = Catalogs.read(Fixtures.path("invalid/old-excel.xls"));
        assertTrue(r.fileErrors().get(0).message().startsWith("old binary Excel workbooks (.xls) are not read"));
    }

    @Test
    void aFileWithAnUnknownExtensionIsSniffed() throws IOException {
        Path jsonl = write("catalog.txt", "{\"cca\": \"center-profile/v1\", \"id\": \"a\", \"name\": \"A\"}\n"
                + "{\"cca\": \"center-profile/v1\", \"id\": \"b\", \"name\": \"B\"}\n");
        Path yaml = write("profile.conf", profile("y"));
        Path empty = write("empty.dat", "\n\n");
        Catalogs.Result r = Catalogs.read(jsonl, yaml, empty);
        assertEquals(List.of("a", "b", "y"), ids(r), r.describe());
        assertTrue(r.fileErrors().get(0).message().startsWith("the file is empty, or its format cannot be recognised"));
    }

    @Test
    void formatsAreRecognisedByExtensionAndContent() {
        assertEquals(Format.YAML, Format.byFileName("a/B.YML"));
        assertEquals(Format.JSON_LINES, Format.byFileName("x.ndjson"));
        assertEquals(Format.CSV, Format.byFileName("x.tsv"));
        assertNull(Format.byFileName("x.xls"));
        assertNull(Format.byFileName(".hidden"));
        assertEquals(Format.XLSX, sniff("PK\3\4rest"));
        assertEquals(Format.JSON, sniff("  {\n \"a\": 1\n}"));
        assertEquals(Format.JSON_LINES, sniff("{\"a\":1}\n{\"a\":2}\n"));
        assertEquals(Format.JSON, sniff("[1]"));
        assertEquals(Format.YAML, sniff("# c\n---\nid: x\n"));
        assertEquals(Format.YAML, sniff("cca: center-profile/v1\n"));
        assertEquals(Format.CSV, sniff("id,name\nx,y\n"));
        assertEquals(Format.CSV, sniff("\uFEFFid;name\n"));
        assertNull(sniff(" \n"));
    }

    private static Format sniff(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return Format.sniff(b, b.length);
    }

    @Test
    void aStreamIsReadWithItsFormatSniffed() {
        byte[] bytes = "id,name\nfrom-stdin,S\n".getBytes(StandardCharsets.UTF_8);
        try (CatalogSource src = CatalogSource.ofStream("<stdin>", new ByteArrayInputStream(bytes), null,
                CatalogOptions.DEFAULT)) {
            List<RawRecord> all = new ArrayList<>();
            src.forEach(all::add);
            assertEquals(1, all.size());
            assertEquals(Location.of("<stdin>", 2, 1), all.get(0).location());
            assertEquals("from-stdin", all.get(0).parse().profile(Catalogs.READER).id());
        }
    }

    @Test
    void aSourceIsReadOnce() {
        try (CatalogSource src = CatalogSource.open(Fixtures.path("valid/multi.yaml"))) {
            src.iterator();
            assertThrows(IllegalStateException.class, src::iterator);
        }
    }

    @Test
    void eachRecordNamesItsPlaceSoDuplicateIdsCanNameBoth() throws IOException {
        Path a = write("a.yaml", profile("same"));
        Path b = write("b.csv", "id,name\nother,O\nsame,S\n");
        Map<String, List<Location>> byId = new HashMap<>();
        for (Catalogs.Read rec : Catalogs.read(a, b).records()) {
            byId.computeIfAbsent(rec.profile().id(), k -> new ArrayList<>()).add(rec.record().location());
        }
        List<Location> places = byId.get("same");
        assertEquals(2, places.size());
        assertTrue(places.get(0).file().endsWith("a.yaml") && places.get(0).line() == 1, places.toString());
        assertTrue(places.get(1).file().endsWith("b.csv") && places.get(1).line() == 3, places.toString());
        assertEquals(places.get(1), Catalogs.read(b).profiles().get(1).origin());
    }

    @Test
    void thePipelineDeliversResultsInCatalogOrderOnAnyNumberOfThreads() throws IOException {
        Path p = tmp.resolve("c.jsonl");
        SyntheticCatalog.generate(1000, 11, Format.JSON_LINES, p);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            expected.add(SyntheticCenters.id(i));
        }
        for (int threads : new int[] {1, 2, 3}) {
            List<String> seen = new ArrayList<>();
            try (CatalogSource src = CatalogSource.open(p)) {
                long n = RecordPipeline.run(src.iterator(), threads, rec -> rec.profile(new dev.cca.input.ProfileReader(null)),
                        prof -> seen.add(prof.id()));
                assertEquals(1000, n);
            }
            assertEquals(expected, seen, "threads: " + threads);
        }
    }

    @Test
    void anExceptionInTheWorkStopsThePipelineAndIsRethrown() throws IOException {
        Path p = tmp.resolve("c.jsonl");
        SyntheticCatalog.generate(500, 1, Format.JSON_LINES, p);
        try (CatalogSource src = CatalogSource.open(p)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> RecordPipeline.run(src.iterator(), 2,
                    rec -> {
                        if (rec.location().line() == 300) {
                            throw new IllegalStateException("boom");
                        }
                        return rec;
                    }, rec -> { }));
            assertEquals("boom", e.getMessage());
        }
    }

    @Test
    void theRecordStreamClosesTheSource() throws IOException {
        Path p = write("c.csv", "id,name\na,A\nb,B\n");
        CatalogSource src = CatalogSource.open(p);
        long n;
        try (var s = src.records()) {
            n = s.map(RawRecord::parse).filter(ParsedRecord::hasTree).count();
        }
        assertEquals(2, n);
    }
}
