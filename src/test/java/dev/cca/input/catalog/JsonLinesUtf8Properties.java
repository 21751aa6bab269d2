package dev.cca.input.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.FileCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A JSON Lines line is decoded as the JDK's strict UTF-8 decoder decodes it: a line with a byte that is not UTF-8 (a
 * stray continuation, an overlong form, a surrogate, a code point above U+10FFFF, a sequence cut short) is reported
 * once, at its line and at the column (in characters) where the bad byte starts, and the lines around it are read
 * as if it were not there; a line of well-formed text, Chinese included, is never reported.
 */
class JsonLinesUtf8Properties {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('\u4e00', '\u4e40').withChars(' ', '\u00e9', '\uFFFD')
                .ofMaxLength(60);
    }

    @Provide
    Arbitrary<byte[]> badBytes() {
        return Arbitraries.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0x80},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xE4, (byte) 0xB8});
    }

    @Property(tries = 100)
    void a_bad_byte_is_reported_once_at_its_line_and_column(@ForAll("texts") String before, @ForAll("badBytes") byte[] bad,
                                                          @ForAll("texts") String after) {
        String head = "{\"id\": \"" + before;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        line.writeBytes(bad);
        line.writeBytes((after + "\"}").getBytes(StandardCharsets.UTF_8));
        List<Diagnostic> problems = read(line.toByteArray());
        List<Diagnostic> utf8 = problems.stream().filter(d -> d.code() == FileCode.BAD_UTF8_LINE).toList();
        assertEquals(1, utf8.size(), problems.toString());
        assertEquals(LINE, utf8.get(0).location().line());
        assertEquals(head.length() + 1, utf8.get(0).location().column(), utf8.get(0).format());
        assertSameAround(problems);
    }

    @Property(tries = 100)
    void a_well_formed_line_is_never_reported_as_not_utf8(@ForAll("texts") String text) {
        List<Diagnostic> problems = read(("{\"id\": \"" + text + "\"}").getBytes(StandardCharsets.UTF_8));
        assertTrue(problems.stream().noneMatch(d -> d.code() == FileCode.BAD_UTF8_LINE), problems.toString());
        assertSameAround(problems);
    }

    /** The lines before and after (the same incomplete record) get the same problems as ever, whatever the drawn line holds. */
    private static void assertSameAround(List<Diagnostic> problems) {
        List<String> first = problems.stream().filter(d -> d.location().line() == LINE - 1).map(d -> d.code().id()).toList();
        List<String> third = problems.stream().filter(d -> d.location().line() == LINE + 1).map(d -> d.code().id()).toList();
        assertTrue(!first.isEmpty(), problems.toString());
        assertEquals(first, third);
    }

    /** Lines before the one drawn: more than TextInput.HEAD bytes of them. */
    private static final int BEFORE = TextInput.HEAD / 40 + 1;
    private static final int LINE = BEFORE + 1;

    private static List<Diagnostic> read(byte[] line2) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        byte[] other = "{\"cca\": \"center-profile/v1\", \"id\": \"x-1\"}\n".getBytes(StandardCharsets.UTF_8);
        // Past the head that the file's encoding is judged by (TextInput.HEAD), so that the line itself is read.
        for (int i = 0; i < BEFORE; i++) {
            file.writeBytes(other);
        }
        file.writeBytes(line2);
        file.write('\n');
        file.writeBytes(other);
        List<Diagnostic> all = new ArrayList<>();
        try (CatalogSource src = CatalogSource.ofStream("c.jsonl", new ByteArrayInputStream(file.toByteArray()), Format.JSON_LINES,
                CatalogOptions.DEFAULT)) {
            RecordPipeline.run(src.iterator(), 1, rec -> {
                rec.profile(Catalogs.READER);
                return rec;
            }, rec -> all.addAll(rec.problems().all()));
            all.addAll(src.fileProblems());
        }
        return all;
    }
}
