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
        int cut = TextInput.safeCut(head, cs);
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
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(("{\"cca\": \"center-profile/v1\", \"id\": \"a\", \"name\": \"" + "x".repeat(filler)
                + "\", \"assessed_on\": \"2025-10-01\"}\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes(("{\"cca\": \"center-profile/v1\", \"id\": \"b\", \"name\": \"" + "长".repeat(30_000)
                + "\", \"assessed_on\": \"2025-10-01\"}\n").getBytes(StandardCharsets.UTF_8));
        List<Diagnostic> problems = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (CatalogSource src = CatalogSource.ofStream("c.jsonl", new ByteArrayInputStream(file.toByteArray()), Format.JSON_LINES,
                CatalogOptions.DEFAULT)) {
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
        assertEquals(List.of(), problems);
        assertEquals(List.of("a", "b"), ids);
    }
}
