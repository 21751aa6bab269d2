package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * {@link LinearStreamReader} is SnakeYAML's {@link StreamReader} without its quadratic window: the same code points,
 * prefixes, indices, lines and columns, and the same exceptions, for any text and any sequence of reads; SnakeYAML's
 * parser gives the same events (with the same marks) or the same error over either. Only a look further ahead than the
 * value limit differs: it is refused, where it starts.
 */
class LinearStreamReaderProperties {

    /** Characters that matter to the reader and to YAML: line breaks of every kind, blanks, a BOM, controls, surrogates. */
    private static final char[] READER_CHARS = {'a', 'b', ' ', '\t', '\n', '\r', '\u0085', '\u2028', '\u2029', '\uFEFF',
        '\u0001', '\u0000', '名', '\uD83D', '\uDE00', '#', ':'};

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> any = Arbitraries.of(READER_CHARS).list().ofMaxSize(3000)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
        // Mostly printable text, in long runs: what crosses the reader's 1,023-character blocks.
        Arbitrary<String> runs = Arbitraries.of("a", " ", "\n", "\r\n", "名", "\uD83D\uDE00", "x".repeat(700), " ".repeat(300))
                .list().ofMaxSize(40).map(l -> String.join("", l));
        return Arbitraries.oneOf(any, runs);
    }

    /** A read: 0 peek(), 1 peek(k), 2 forward(k), 3 prefix(k), 4 prefixForward(k), 5 getMark(), 6 resetDocumentIndex(). */
    record Op(int kind, int k) {
    }

    @Provide
    Arbitrary<List<Op>> scripts() {
        Arbitrary<Integer> k = Arbitraries.oneOf(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 2500));
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 6), k).as(Op::new).list().ofMaxSize(60);
    }

    @Property(tries = 400)
    void the_reader_reads_as_snakeyamls_reader_reads(@ForAll("texts") String text, @ForAll("scripts") List<Op> script) {
        StreamReader theirs = new StreamReader(new StringReader(text));
        StreamReader ours = new LinearStreamReader(new StringReader(text), Integer.MAX_VALUE - 1);
        for (Op op : script) {
            String a = apply(theirs, op);
            String b = apply(ours, op);
            assertEquals(a, b, op + " over " + escape(text));
            if (a.startsWith("!")) {
                return; // both refused the text the same way; neither is read further
            }
            assertEquals(state(theirs), state(ours), op.toString());
        }
    }

    /**
     * One read, as SnakeYAML's scanner reads: it consumes only what it has looked at (it looks at 0, 1, ..., k - 1 to find a
     * run's end, then consumes it); reading past the end of the window is not something it does.
     */
    private static String apply(StreamReader r, Op op) {
        try {
            if (op.kind() == 2 || op.kind() == 4) {
                for (int i = 0; i < op.k(); i++) {
                    r.peek(i);
                }
            }
            return switch (op.kind()) {
                case 0 -> String.valueOf(r.peek());
                case 1 -> String.valueOf(r.peek(op.k()));
                case 2 -> {
                    r.forward(op.k());
                    yield "";
                }
                case 3 -> r.prefix(op.k());
                case 4 -> r.prefixForward(op.k());
                case 5 -> mark(r.getMark());
                default -> {
                    r.resetDocumentIndex();
                    yield "";
                }
            };
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            return "!" + e.getClass().getName() + ": " + e.getMessage();
        } catch (IndexOutOfBoundsException e) {
            return "!" + e.getClass().getName(); // a read past the end (the scanner never asks), whose message has the array's size
        }
    }

    private static String state(StreamReader r) {
        return r.getIndex() + " " + r.getLine() + ":" + r.getColumn() + " " + r.getDocumentIndex();
    }

    private static String mark(Mark m) {
        return m == null ? "-" : m.getIndex() + "@" + m.getLine() + ":" + m.getColumn() + " " + m.getName();
    }

    @Provide
    Arbitrary<String> yamlish() {
        Arbitrary<String> pieces = Arbitraries.of("a", "k: ", "- ", "\n", "  ", " ", "\"", "'", "#c", "[", "]", "{", "}", ", ",
                "|\n", ">-\n", "? ", "&x ", "*x", "!!str ", "---\n", "...\n", "\\n", "\t", "\r\n", "名", "x".repeat(1500), "%YAML 1.1\n");
        return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 600)
    void snakeyaml_parses_as_it_does_over_its_own_reader(@ForAll("yamlish") String text) {
        assertEquals(events(new StreamReader(new StringReader(text))),
                events(new LinearStreamReader(new StringReader(text), Integer.MAX_VALUE - 1)), escape(text));
    }

    /** The events of the text, with marks and values, up to the error if there is one (its problem and where). */
    private static List<String> events(StreamReader r) {
        List<String> out = new ArrayList<>();
        LoaderOptions lo = new LoaderOptions();
        lo.setAllowDuplicateKeys(true);
        ParserImpl p = new ParserImpl(r, lo);
        try {
            while (true) {
                Event e = p.getEvent();
                out.add(e.getEventId() + " " + mark(e.getStartMark()) + " " + mark(e.getEndMark())
                        + (e instanceof ScalarEvent s ? " " + s.getValue() + " " + s.getScalarStyle() : ""));
                if (e.getEventId() == Event.ID.StreamEnd) {
                    return out;
                }
            }
        } catch (MarkedYAMLException e) {
            out.add("! " + e.getContext() + " " + mark(e.getContextMark()) + " " + e.getProblem() + " " + mark(e.getProblemMark()));
        } catch (RuntimeException e) {
            out.add("! " + e.getClass().getName() + ": " + e.getMessage());
        }
        return out;
    }

    @Example
    void a_look_past_the_limit_is_refused_where_the_run_starts_and_says_what_the_run_is() {
        String text = "k: v\nname: " + "x".repeat(200) + "\n";
        LinearStreamReader r = new LinearStreamReader(new StringReader(text), 101);
        r.forward(11); // to the value's first character
        assertEquals('x', r.peek(101));
        LinearStreamReader.TooLong e = assertThrows(LinearStreamReader.TooLong.class, () -> r.peek(102));
        assertEquals(1, e.line);
        assertEquals(6, e.column);
        assertEquals(100, e.limit);
        assertEquals(LinearStreamReader.TooLong.Kind.VALUE, e.kind);

        LinearStreamReader c = new LinearStreamReader(new StringReader("k: v # " + "x".repeat(200)), 101);
        c.forward(6); // past the '#', as SnakeYAML reads a comment
        assertEquals(LinearStreamReader.TooLong.Kind.COMMENT, assertThrows(LinearStreamReader.TooLong.class, () -> c.peek(150)).kind);
        LinearStreamReader b = new LinearStreamReader(new StringReader("k: v" + " ".repeat(200) + "x"), 101);
        b.forward(4);
        assertEquals(LinearStreamReader.TooLong.Kind.BLANKS, assertThrows(LinearStreamReader.TooLong.class, () -> b.peek(150)).kind);
    }

    /**
     * Looking n characters ahead (as the scanner does over a value of n characters) allocates in proportion to n: SnakeYAML's
     * reader copies its window at every 1,023 characters, n²/1023 code points in all (for n = 400,000, 625 MB).
     */
    @Example
    void looking_far_ahead_allocates_linearly() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] used = new long[3];
        int[] sizes = {100_000, 200_000, 400_000};
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < sizes.length; i++) {
                String text = "x".repeat(sizes[i]);
                long before = threads.getCurrentThreadAllocatedBytes();
                StreamReader r = new LinearStreamReader(new StringReader(text), Integer.MAX_VALUE - 1);
                int k = 0;
                while (r.peek(k) != 0) {
                    k++;
                }
                assertEquals(sizes[i], r.prefixForward(k).length());
                used[i] = threads.getCurrentThreadAllocatedBytes() - before;
            }
        }
        double ratio = (double) (used[2] - used[1]) / Math.max(1, used[1] - used[0]);
        assertTrue(used[2] < 40L * sizes[2] && ratio < 3, "allocated " + java.util.Arrays.toString(used) + "; increments grow by " + ratio);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return b.length() > 400 ? b.substring(0, 400) + "..." : b.toString();
    }
}
