package dev.cca.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Problems;
import dev.cca.testing.Cli;
import dev.cca.testing.Profiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A key that holds an invisible character (a zero-width space, a byte-order mark mid-file, a bidirectional control),
 * as pasted text can carry, is an unknown key whose message names the character, where it is, and the key without it:
 * "unknown key 'comp​ute'" alone looked like a known key refused.
 */
class InvisibleKeyCharacterProperties {

    private static final List<String> SAMPLES = dev.cca.testing.Profiles.sampleTexts();

    @Provide
    Arbitrary<Character> invisibles() {
        return Arbitraries.of('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F', '\u202A', '\u202E',
                '\u2066', '\u2069', '\u061C');
    }

    @Property(tries = 300)
    void an_invisible_character_in_a_key_is_named_with_the_key_it_hides(@ForAll @IntRange(min = 0, max = 9) int sample,
                                                                      @ForAll @IntRange(min = 0, max = 1000) int line,
                                                                      @ForAll @IntRange(min = 0, max = 100) int at,
                                                                      @ForAll("invisibles") char invisible) {
        List<String> lines = new java.util.ArrayList<>(SAMPLES.get(sample % SAMPLES.size()).lines().toList());
        List<Integer> keyLines = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*[a-z_0-9]+:( .*)?") && !lines.get(i).strip().startsWith("cca:")) {
                keyLines.add(i);
            }
        }
        int l = keyLines.get(line % keyLines.size());
        String text = lines.get(l);
        int indent = text.length() - text.stripLeading().length();
        String key = text.substring(indent, text.indexOf(':'));
        int pos = at % (key.length() + 1);
        lines.set(l, text.substring(0, indent) + key.substring(0, pos) + invisible + key.substring(pos) + text.substring(text.indexOf(':')));
        Problems problems = new Problems();
        Profiles.read(String.join("\n", lines) + "\n", problems);
        String code = String.format("U+%04X", (int) invisible);
        Diagnostic d = problems.all().stream().filter(x -> x.code().id().equals("CCA-P005") || x.code().id().equals("CCA-P008")).findFirst().orElse(null);
        assertTrue(d != null, problems.all().toString());
        assertEquals(l + 1, d.location().line(), d.toString());
        assertTrue(d.message("en").contains("an invisible character, " + code) && d.message("en").contains("at character " + (pos + 1))
                && d.message("en").contains("without it the key is '" + key + "'"), d.message("en"));
        assertTrue(d.message("zh").contains("删除后键为“" + key + "”"), d.message("zh"));
    }

    @Example
    void validate_assess_and_batch_say_the_same() throws IOException {
        Path dir = Files.createTempDirectory("invisible");
        try {
            Path p = dir.resolve("z.yaml");
            Files.writeString(p, "cca: center-profile/v1\nid: z\nname: n\n\uFEFFcompute:\n  pue: 1.3\n");
            for (String[] args : new String[][] {{"validate", p.toString()}, {"assess", p.toString()},
                    {"batch", p.toString(), "-o", dir.resolve("r.csv").toString()}}) {
                Cli.Run r = Cli.run(args);
                assertEquals(3, r.exit(), r.toString());
                assertTrue(r.err().contains("z.yaml:4:1: error CCA-P005: unknown key '\uFEFFcompute' (it holds an invisible character,"
                        + " U+FEFF byte-order mark, at character 1: remove it; without it the key is 'compute')"), args[0] + "\n" + r);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(q -> q.toFile().delete());
            }
        }
    }
}
