package dev.cca.input.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cca.diag.BenchCode;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.FileCode;
import dev.cca.diag.InputException;
import dev.cca.input.Limits;
import dev.cca.input.SourceFile;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A JSON file that no benchmark reader recognises is said to be no tool output cca reads, whatever its size: a list
 * longer than the element limit, a value longer than the string limit or nesting deeper than the depth limit is not why
 * it is unrecognised, and raising the limit would not make it read (detection reads the text, not the tree). A JSON file
 * that is broken is still said to be broken, where it breaks.
 */
class UnrecognisedJsonProperties {

    private static Diagnostic detect(Limits limits, String text) {
        InputException e = assertThrows(InputException.class, () -> new NativeFormats(limits).detect(SourceFile.ofText("t.json", text)));
        assertEquals(1, e.diagnostics().size(), e.diagnostics().toString());
        return e.diagnostics().get(0);
    }

    @Property(tries = 200)
    void an_unknown_json_over_a_limit_is_unrecognised_not_over_the_limit(@ForAll @IntRange(min = 1, max = 40) int limit,
            @ForAll @IntRange(min = 0, max = 80) int n, @ForAll boolean map, @ForAll boolean lines) {
        String items = map ? IntStream.range(0, n).mapToObj(i -> "\"k" + i + "\": " + i).collect(Collectors.joining(", ", "{", "}"))
                : IntStream.range(0, n).mapToObj(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
        String record = "{\"items\": " + items + "}";
        String text = lines ? record + "\n" + record + "\n" : record;
        Diagnostic d = detect(Limits.DEFAULT.withMaxElements(limit), text);
        assertEquals(BenchCode.UNRECOGNISED_OUTPUT, d.code(), text + ": " + d);
    }

    @Property(tries = 100)
    void an_unknown_json_with_a_long_value_or_deep_nesting_is_unrecognised(@ForAll @IntRange(min = 1, max = 30) int limit,
            @ForAll @IntRange(min = 0, max = 60) int size, @ForAll boolean deep) {
        String text = deep ? "{\"a\": " + "[".repeat(size) + "1" + "]".repeat(size) + "}" : "{\"a\": \"" + "x".repeat(size) + "\"}";
        Limits limits = deep ? Limits.DEFAULT.withMaxDepth(limit) : Limits.DEFAULT.withMaxStringLength(limit);
        assertEquals(BenchCode.UNRECOGNISED_OUTPUT, detect(limits, text).code(), text);
    }

    @Property(tries = 100)
    void a_broken_json_is_still_said_to_be_broken_where_it_breaks(@ForAll @IntRange(min = 1, max = 40) int limit,
            @ForAll @IntRange(min = 1, max = 80) int n) {
        // Cut inside the list: the text ends before its ']'; within the limit the reader meets the end, over it the limit.
        String text = "{\"items\": [" + IntStream.range(0, n).mapToObj(String::valueOf).collect(Collectors.joining(", ")) + ",";
        Diagnostic d = detect(Limits.DEFAULT.withMaxElements(limit), text);
        List<Object> expected = n <= limit ? List.of(FileCode.NOT_CLOSED, FileCode.NOT_VALID_JSON) : List.of(BenchCode.UNRECOGNISED_OUTPUT);
        assertEquals(true, expected.contains(d.code()), text + ": " + d);
    }
}
