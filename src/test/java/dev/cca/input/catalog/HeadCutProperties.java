package dev.cca.input.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The head of a streamed text file (its first TextInput.HEAD bytes, where a wrong encoding is judged) is cut where no
 * character spans the cut, whatever the text: a valid file is never refused because a character straddles the head's
 * end, even where the head's second half holds no space or line end (a long Chinese value).
 */
class HeadCutProperties {

    @Provide
    Arbitrary<String> texts() {
        // Chinese without spaces most of all, with some ASCII, accents, emoji (surrogate pairs) and line ends.
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(8, Arbitraries.chars().range('\u4e00', '\u9fff').map(String::valueOf)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('a', 'z').map(String::valueOf)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.of("é", "\uD83D\uDE00", "\n", " ", "7")))
                .list().ofMinSize(1).ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void the_cut_never_splits_a_character(@ForAll("texts") String unit, @ForAll @IntRange(min = 0, max = 70_000) int start,
                                          @ForAll("charsets") Charset cs) {
        StringBuilder b = new StringBuilder();
        while (b.length() < TextInput.HEAD + start) {
            b.append(unit);
        }
        byte[] all = b.substring(start).getBytes(cs);
        byte[] head = Arrays.copyOf(all, Math.min(all.length, TextInput.HEAD));
        int cut = HeadCuts.safeCut(head, cs);
        assertTrue(cut >= 0 && cut <= head.length);
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, cut));
        } catch (CharacterCodingException e) {
            throw new AssertionError("a cut at " + cut + " of " + head.length + " bytes in " + cs + " splits a character", e);
        }
    }

    @Provide
    Arbitrary<Charset> charsets() {
        return Arbitraries.of(StandardCharsets.UTF_8, Charset.forName("GB18030"), StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);
    }

    /** A JSON Lines catalog whose second record's Chinese name runs past the head, from any offset: both records read. */
    @Property(tries = 40)
    void a_long_chinese_value_across_the_head_is_read(@ForAll @IntRange(min = 0, max = 33_000) int filler) {
        List<Diagnostic> problems = new ArrayList<>();
        assertEquals(List.of("a", "b"), read(catalog(filler, StandardCharsets.UTF_8), CatalogOptions.DEFAULT, problems));
        assertEquals(List.of(), problems);
    }

    /**
     * The same catalog saved as GB18030: named for what it is at the first bad byte, with the option that reads it, however
     * the head's end falls in it; and read whole with that option.
     */
    @Property(tries = 30)
    void a_gb18030_catalog_is_named_as_such_however_its_head_ends(@ForAll @IntRange(min = 0, max = 33_000) int filler) {
        Charset gb = Charset.forName("GB18030");
        List<Diagnostic> problems = new ArrayList<>();
        assertEquals(List.of(), read(catalog(filler, gb), CatalogOptions.DEFAULT, problems));
        assertEquals(List.of("CCA-F049"), problems.stream().map(d -> d.code().id()).toList(), problems.toString());
        List<Diagnostic> none = new ArrayList<>();
        assertEquals(List.of("a", "b"), read(catalog(filler, gb), CatalogOptions.DEFAULT.withEncoding(gb), none));
        assertEquals(List.of(), none);
    }

    private static byte[] catalog(int filler, Charset cs) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(("{\"cca\": \"center-profile/v1\", \"id\": \"a\", \"name\": \"" + "中心" + "x".repeat(filler)
                + "\", \"assessed_on\": \"2025-10-01\"}\n").getBytes(cs));
        file.writeBytes(("{\"cca\": \"center-profile/v1\", \"id\": \"b\", \"name\": \"" + "长".repeat(30_000)
                + "\", \"assessed_on\": \"2025-10-01\"}\n").getBytes(cs));
        return file.toByteArray();
    }

    /** The ids of the centers read from {@code bytes}; every problem goes to {@code problems}. */
    private static List<String> read(byte[] bytes, CatalogOptions options, List<Diagnostic> problems) {
        List<String> ids = new ArrayList<>();
        try (CatalogSource src = CatalogSource.ofStream("c.jsonl", new ByteArrayInputStream(bytes), Format.JSON_LINES,
                options)) {
            RecordPipeline.run(src.iterator(), 1, rec -> {
                dev.cca.model.CenterProfile p = rec.profile(Catalogs.READER);
                if (p != null) {
                    synchronized (ids) {
                        ids.add(p.id());
                    }
                }
                return rec;
            }, rec -> problems.addAll(rec.problems().all()));
            problems.addAll(src.fileProblems());
        }
        return ids;
    }
}
