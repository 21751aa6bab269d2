package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.cca.diag.Problems;
import dev.cca.model.CenterProfile;
import dev.cca.testing.JsonRecords;
import dev.cca.testing.Profiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A YAML document read by the fast path ({@link YamlReader#fast}: {@link StreamingProfileReader} over the tokens of
 * the YAML parser) gives exactly what the located path gives ({@link YamlReader#parse}, then {@link ProfileReader}):
 * when it reads a document, the located path finds no problem in it and builds the same profile, value for value,
 * location for location. Drawn over the YAML profiles of the samples and fixtures as written, every record written as
 * block YAML, and those documents mutated with what YAML reads otherwise than JSON: YAML 1.1 booleans, hexadecimal and
 * underscored numbers, dates, nulls, quoting styles, block scalars, anchors and aliases, tags, duplicate keys, a second
 * document, broken indentation.
 */
class YamlFastPathProperties {

    private static final StreamingProfileReader FAST = new StreamingProfileReader(Profiles.TODAY, Limits.DEFAULT);
    private static final ProfileReader LOCATED = new ProfileReader(Profiles.TODAY);
    private static final YamlReader YAML = new YamlReader(Limits.DEFAULT);
    private static final List<String> DOCUMENTS = documents();

    /** Values YAML reads its own way. */
    private static final String[] TOKENS = {"yes", "no", "on", "off", "Yes", "y", "true", "True", "FALSE", "~", "null",
        "Null", "", "0x1F", "0o17", "017", "1_000", "1e3", "1.5e-3", ".inf", "-.Inf", ".nan", "+12", "2025-01-27",
        "2025-01-27T10:00:00Z", "'2025-01-27'", "\"2025-01-27\"", "'yes'", "\"on\"", "'1_000'", "!!str 5", "!!int \"5\"",
        "!custom x", "&a 5", "*a", "&b [1, 2]", "[]", "{}", "[a, a]", "{value: 1, evidence: measured}", "|\n  text",
        ">-\n  folded", "\"智算\\u4e2d心\"", "智算中心", "'it''s'", "\"tab\\there\"", "80%", "6.93 EFLOPS", "1,000", "１００",
        "是", "无", "2025年10月15日", "- x", ": x", "\"\"", "' '", "12:30", "1:20:30", "0b101", "1.0", "-0", "+.5"};

    /** One change of a document: a value replaced, a key line copied or dropped, an anchor, a second document. */
    record Change(int kind, int where, int token) {
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        return Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, TOKENS.length - 1)).as(Change::new).list().ofMinSize(0).ofMaxSize(3);
    }

    @Provide
    Arbitrary<Integer> indexes() {
        return Arbitraries.integers().between(0, DOCUMENTS.size() - 1);
    }

    @Property(tries = 1500)
    void the_fast_path_reads_a_yaml_document_exactly_as_the_located_path(@ForAll("indexes") int index,
            @ForAll("changes") List<Change> changes) {
        assertSame(change(DOCUMENTS.get(index % DOCUMENTS.size()), changes));
    }

    @Example
    void every_document_reads_the_same_both_ways_and_the_valid_ones_take_the_fast_path() {
        int fast = 0;
        for (String d : DOCUMENTS) {
            if (assertSame(d)) {
                fast++;
            }
        }
        assertTrue(fast >= 200, "the fast path read " + fast + " of " + DOCUMENTS.size() + " documents");
    }

    /** Every value line of a few documents given every token: each reads the same both ways. */
    @Example
    void every_token_at_every_value_reads_the_same_both_ways() {
        List<String> bases = DOCUMENTS.stream().filter(d -> read(d) != null).limit(1).toList();
        int fast = 0;
        int tried = 0;
        for (String base : bases) {
            int lines = valueLines(base).size();
            for (int where = 0; where < lines; where++) {
                for (int token = 0; token < TOKENS.length; token++) {
                    tried++;
                    if (assertSame(change(base, List.of(new Change(0, where, token))))) {
                        fast++;
                    }
                }
            }
        }
        assertTrue(fast > 0 && fast < tried, fast + " of " + tried + " changed documents took the fast path");
    }

    @Example
    void anchors_aliases_tags_and_second_documents_are_left_to_the_located_path() {
        String d = DOCUMENTS.stream().filter(x -> read(x) != null).findFirst().orElseThrow();
        assertNotNull(read(d));
        assertNull(read(d.replaceFirst("\nname: ", "\nname: &n ")));
        assertNull(read(d.replaceFirst("\nname: ", "\nname: !!str ")));
        assertNull(read(d + "---\n" + d));
        assertNull(read(d + (d.endsWith("\n") ? "" : "\n") + "name: again\n"));
    }

    /** The YAML profiles of the samples and fixtures as they are written, and every JSON record written as block YAML. */
    static List<String> documents() {
        List<String> out = new ArrayList<>();
        try {
            for (Path dir : List.of(Path.of("samples"), Path.of("src/test/resources/profiles/valid"),
                    Path.of("src/test/resources/profiles/invalid"))) {
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path p : s.sorted().toList()) {
                        if (p.getFileName().toString().endsWith(".yaml")) {
                            String text = Files.readString(p);
                            for (YamlReader.Chunk c : YamlReader.split(text)) {
                                out.add(c.text());
                            }
                        }
                    }
                }
            }
            ObjectMapper json = new ObjectMapper();
            ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());
            for (String r : JsonRecords.records()) {
                out.add(yaml.writeValueAsString(json.readTree(r)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Lines that hold a key and a scalar value on the same line: where a value is replaced. */
    private static List<int[]> valueLines(String doc) {
        List<int[]> out = new ArrayList<>();
        int pos = 0;
        while (pos < doc.length()) {
            int eol = doc.indexOf('\n', pos);
            if (eol < 0) {
                eol = doc.length();
            }
            int colon = doc.indexOf(": ", pos);
            if (colon > 0 && colon < eol && !doc.startsWith("#", pos)) {
                out.add(new int[] {pos, colon + 2, eol});
            }
            pos = eol + 1;
        }
        return out;
    }

    private static String change(String doc, List<Change> changes) {
        String d = doc;
        for (Change c : changes) {
            List<int[]> lines = valueLines(d);
            if (lines.isEmpty()) {
                break;
            }
            int[] l = lines.get(c.where() % lines.size());
            String tok = TOKENS[c.token()];
            String line = d.substring(l[0], Math.min(d.length(), l[2] + 1));
            d = switch (c.kind()) {
                case 0, 1, 2 -> d.substring(0, l[1]) + tok + d.substring(l[2]); // a value replaced
                case 3 -> d.substring(0, l[0]) + line + (line.endsWith("\n") ? "" : "\n") + d.substring(l[0]); // a key twice
                case 4 -> d.substring(0, l[0]) + d.substring(Math.min(d.length(), l[2] + 1)); // a key dropped
                case 5 -> d.substring(0, l[1]) + "&x" + c.token() + " " + d.substring(l[1]); // an anchor
                default -> d + (c.token() % 2 == 0 ? "---\n" + doc : "  bad: indent\n"); // a second document, broken
            };
        }
        return d;
    }

    private static CenterProfile read(String doc) {
        return YAML.fast(new SourceFile("c.yaml", null, doc, null), new YamlReader.Chunk(4, doc), FAST);
    }

    /** Returns whether the fast path read the document; fails when the two paths disagree. */
    private static boolean assertSame(String doc) {
        CenterProfile fast = read(doc);
        if (fast == null) {
            return false;
        }
        SourceFile src = new SourceFile("c.yaml", null, doc, null);
        Problems problems = new Problems();
        Document d = YAML.parse(src, new YamlReader.Chunk(4, doc), 0, problems);
        assertNotNull(d, doc);
        assertNotNull(d.root(), () -> problems.all() + "\n" + doc);
        CenterProfile located = LOCATED.read(d, problems);
        assertTrue(problems.isEmpty(), () -> "the fast path read a document the located path finds problems in: "
                + problems.all() + "\n" + doc);
        assertNotNull(located, doc);
        assertEquals(StreamingProfileReaderProperties.describe(located), StreamingProfileReaderProperties.describe(fast), doc);
        return true;
    }
}
