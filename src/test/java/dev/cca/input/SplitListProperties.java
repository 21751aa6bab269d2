package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A list written in one cell ("a; b, c", "训练、推理") is split as a regex split at its separators would split it. */
class SplitListProperties {

    private static final Pattern SEPARATORS = Pattern.compile("[;,；，、]");

    /** The parts of {@code t} at every separator, blank ones left out, each stripped; {@code t} itself when it has none. */
    private static List<String> reference(String t) {
        if (!SEPARATORS.matcher(t).find()) {
            return List.of(t);
        }
        List<String> out = new ArrayList<>();
        for (String p : SEPARATORS.split(t)) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    @Property(tries = 3000)
    void a_cell_splits_at_its_separators(@ForAll("cells") String t) {
        assertEquals(reference(t), ProfileReader.splitList(t), t);
    }

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.strings().withChars("ab训练 \t\u3000;,；，、-").ofMaxLength(24);
    }
}
