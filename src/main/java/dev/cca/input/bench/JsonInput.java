package dev.cca.input.bench;

import dev.cca.diag.BenchCode;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.input.JsonReader;
import dev.cca.input.Limits;
import dev.cca.input.Node;
import dev.cca.input.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading the JSON that benchmark tools write: whole files or JSON Lines (vLLM's {@code --append-result} and
 * SGLang append one result per line), numbers and texts of object members, and the JSON pointers that locate
 * a value in messages and measurements.
 */
final class JsonInput {

    /** One JSON object of a file, with the 1-based line it starts on and its 0-based index among the results. */
    record Record(Node.MapNode root, int line, int index) {
    }

    private final JsonReader json;
    private final Limits limits;

    /**
     * Elements of one list kept from a tool's result. The readers take summary values only; per-request lists
     * ({@code itls}, {@code ttfts}, {@code generated_texts} of {@code --save-detailed}) can hold tens of millions of
     * values, and a tree of them all took 900 MB for a 52 MB file.
     */
    static final int KEPT_LIST_ELEMENTS = 1_000;

    JsonInput(Limits limits) {
        this.json = new JsonReader(limits, KEPT_LIST_ELEMENTS);
        this.limits = limits;
    }

    /**
     * Results in one file beyond which it is refused: a sweep appended with {@code --append-result} holds tens or
     * hundreds; a file of a million lines is not a job's output, and holding its runs would take gigabytes.
     */
    static final int MAX_RECORDS = 4_096;

    /**
     * The JSON objects of a file (see {@link #forEach}), kept in a list: for a reader that needs them all at once.
     */
    List<Record> records(SourceFile file, Problems problems) {
        List<Record> out = new ArrayList<>();
        forEach(file, problems, out::add);
        return out;
    }

    /**
     * Hands each JSON object of a file to {@code each}, in order, keeping none: memory holds one object's tree at a
     * time however many the file holds. A file is JSON Lines when its first non-blank line is a complete JSON value
     * and another non-blank line follows; otherwise the whole text is one JSON value (pretty-printed or not).
     * Problems are recorded and the broken records left out; callers fail when there are errors. A file of more than
     * {@link #MAX_RECORDS} objects is an error at the first one over, and is read no further.
     */
    void forEach(SourceFile file, Problems problems, java.util.function.Consumer<Record> each) {
        Sink sink = new Sink(file.name(), problems, each);
        if (file.text().isEmpty() && file.path() != null) {
            streamed(file, problems, sink);
            return;
        }
        String text = file.text();
        List<int[]> lines = nonBlankLines(text);
        if (lines.isEmpty()) {
            problems.error(Location.of(file.name(), 1, 1), BenchCode.FILE_EMPTY);
            return;
        }
        if (lines.size() > 1 && isOneValue(text, lines.get(0))) {
            for (int[] l : lines) {
                int length = l[2] - l[1];
                if (length > limits.maxRecordBytes()) {
                    problems.error(Location.of(file.name(), l[0] + 1, 1), BenchCode.LINE_CHARACTERS_OVER_CHARACTER, length, limits.maxRecordBytes());
                    continue;
                }
                if (!sink.test(json.parse(text.substring(l[1], l[2]), file.name(), l[0], problems), l[0] + 1)) {
                    return;
                }
            }
            return;
        }
        sink.test(json.parse(text, file.name(), 0, problems), 1);
    }

    /**
     * The objects of a file too long to hold ({@link NativeFormats#readStreaming}), parsed as it is read: one JSON
     * value or a JSON Lines stream, each object located by its line.
     */
    private void streamed(SourceFile file, Problems problems, Sink sink) {
        try (java.io.InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file.path()), 1 << 16)) {
            json.parseEach(in, file.name(), problems, n -> sink.test(n, n.line()));
        } catch (java.io.IOException e) {
            problems.error(Location.file(file.name()), BenchCode.CANNOT_READ_FILE, e.getMessage());
        }
        if (sink.count == 0 && !problems.hasErrors()) {
            problems.error(Location.of(file.name(), 1, 1), BenchCode.FILE_EMPTY);
        }
    }

    /** Counts the objects of a file and hands them on, up to {@link #MAX_RECORDS}. */
    private static final class Sink {
        private final String file;
        private final Problems problems;
        private final java.util.function.Consumer<Record> each;
        int count;
        private int seen;

        Sink(String file, Problems problems, java.util.function.Consumer<Record> each) {
            this.file = file;
            this.problems = problems;
            this.each = each;
        }

        /** Hands {@code n} on (null: a value that did not parse, already reported); false once the file holds too many. */
        boolean test(Node n, int line) {
            if (n == null) {
                return true;
            }
            if (seen++ == MAX_RECORDS) {
                problems.error(Location.of(file, line, 1), BenchCode.TOO_MANY_RESULTS, MAX_RECORDS);
                return false;
            }
            if (n instanceof Node.MapNode m) {
                each.accept(new Record(m, n.line(), count++));
            } else {
                problems.error(new Location(file, n.line(), n.column(), ""), BenchCode.EXPECTED_JSON_OBJECT_RESULTS, n.described());
            }
            return true;
        }
    }

    private boolean isOneValue(String text, int[] line) {
        if (line[2] - line[1] > limits.maxRecordBytes()) {
            return false;
        }
        Problems scratch = new Problems();
        return json.parse(text.substring(line[1], line[2]), "", line[0], scratch) != null && !scratch.hasErrors();
    }

    /** {line index (0-based), start offset, end offset} of every line that is not blank. */
    private static List<int[]> nonBlankLines(String text) {
        List<int[]> out = new ArrayList<>();
        int pos = 0;
        int index = 0;
        int n = text.length();
        while (pos <= n) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = n;
            }
            if (!text.substring(pos, eol).isBlank()) {
                out.add(new int[] {index, pos, eol});
            }
            pos = eol + 1;
            index++;
        }
        return out;
    }

    // ---- members ----------------------------------------------------------------------------------------

    /**
     * A number member: null when absent or JSON null (tools write null for what they did not measure); an
     * error and null when it is not a number. NaN and infinities are returned as such, for the measurement
     * checks to refuse with their own message.
     */
    static Double number(Node.MapNode map, String key, String file, String pointer, Problems problems) {
        Node.Entry e = map.entry(key);
        if (e == null) {
            return null;
        }
        return number(e.value(), file, pointer, problems);
    }

    static Double number(Node n, String file, String pointer, Problems problems) {
        if (n instanceof Node.ScalarNode s) {
            switch (s.kind()) {
                case NULL -> {
                    return null;
                }
                case INTEGER, FLOAT -> {
                    try {
                        return Double.parseDouble(s.text());
                    } catch (NumberFormatException ex) {
                        problems.error(at(file, n, pointer), BenchCode.NOT_NUMBER, s.text());
                        return null;
                    }
                }
                default -> {
                    problems.error(at(file, n, pointer), BenchCode.EXPECTED_NUMBER_GOT, n.described(), s.text());
                    return null;
                }
            }
        }
        problems.error(at(file, n, pointer), BenchCode.EXPECTED_NUMBER_GOT_2, n.described());
        return null;
    }

    /** The text of a scalar member (numbers as written), or null when absent, null or not a scalar. */
    static String text(Node.MapNode map, String key) {
        return map.get(key) instanceof Node.ScalarNode s && !s.isNull() ? s.text() : null;
    }

    /** The member at a path of keys, or null. */
    static Node path(Node.MapNode map, String... keys) {
        Node n = map;
        for (String k : keys) {
            if (!(n instanceof Node.MapNode m)) {
                return null;
            }
            n = m.get(k);
        }
        return n;
    }

    /** The first text item of a list member, or the member's text when it is a scalar. */
    static String firstText(Node n) {
        if (n instanceof Node.ListNode l && !l.items().isEmpty() && l.items().get(0) instanceof Node.ScalarNode s
                && !s.isNull()) {
            return s.text();
        }
        return n instanceof Node.ScalarNode s && !s.isNull() ? s.text() : null;
    }

    /** A JSON pointer (RFC 6901) to a member: {@code "/time_to_first_token/p99"}. */
    static String pointer(String... keys) {
        StringBuilder sb = new StringBuilder();
        for (String k : keys) {
            sb.append('/').append(k.replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    static Location at(String file, Node n, String pointer) {
        return new Location(file, n.line(), n.column(), pointer);
    }
}
