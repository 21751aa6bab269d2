package dev.cca.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cca.diag.Location;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The compact table of ids read answers as a map of first locations and a set of valid ids did. */
class CenterIdsProperties {

    /** A record read: its id, file, line and whether it is valid. */
    record Read(String id, String file, int line, boolean valid) {
    }

    @Provide
    Arbitrary<List<Read>> reads() {
        // Few distinct ids among many records, so that duplicates are common; enough records to grow the table.
        Arbitrary<String> ids = Arbitraries.strings().withChars("ab智-0").ofMinLength(1).ofMaxLength(7);
        Arbitrary<Read> read = net.jqwik.api.Combinators.combine(ids, Arbitraries.of("a.jsonl", "目录/b.csv"),
                Arbitraries.integers().between(1, 1 << 20), Arbitraries.of(true, false)).as(Read::new);
        return read.list().ofMaxSize(3000);
    }

    @Property(tries = 60)
    void first_places_and_valid_ids_are_those_of_a_map(@ForAll("reads") List<Read> reads) {
        CenterIds ids = new CenterIds();
        Map<String, Location> first = new HashMap<>();
        Set<String> valid = new HashSet<>();
        for (Read r : reads) {
            Location at = Location.of(r.file(), r.line(), 7);
            Location before = first.putIfAbsent(r.id(), at);
            Location found = ids.firstOrAdd(r.id(), at);
            assertEquals(before == null ? null : Location.of(before.file(), before.line(), 0), found, r.toString());
            if (before == null && r.valid()) {
                valid.add(r.id());
                ids.markValid(r.id());
            }
        }
        for (Read r : reads) {
            assertEquals(valid.contains(r.id()), ids.valid(r.id()), r.id());
            assertEquals(valid.contains(r.id() + "x"), ids.valid(r.id() + "x"), r.id() + "x");
        }
    }

    /** Past a page of the ids kept in order (16,384) and several doublings of the table: every id is still found. */
    @net.jqwik.api.Example
    void ids_past_a_page_and_many_doublings_are_found_where_first_seen() {
        CenterIds ids = new CenterIds();
        int n = 40_000;
        for (int i = 0; i < n; i++) {
            assertEquals(null, ids.firstOrAdd("center-" + i, Location.of(i % 2 == 0 ? "a.jsonl" : "b.jsonl", i + 1, 1)));
            if (i % 3 == 0) {
                ids.markValid("center-" + i);
            }
        }
        for (int i = 0; i < n; i++) {
            assertEquals(Location.of(i % 2 == 0 ? "a.jsonl" : "b.jsonl", i + 1, 0), ids.firstOrAdd("center-" + i, Location.of("c", 1, 1)));
            assertEquals(i % 3 == 0, ids.valid("center-" + i), "center-" + i);
        }
        assertEquals(false, ids.valid("center-" + n));
    }
}
