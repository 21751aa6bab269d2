package dev.cca.input;

import dev.cca.diag.FileCode;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import java.io.IOException;

/** Reads JSON texts (whole files, or one JSON Lines line at a time) into located {@link Node} trees. */
public final class JsonReader {

    private final Limits limits;
    private final JsonFactory factory;
    private final int maxListElements;

    public JsonReader(Limits limits) {
        this(limits, Integer.MAX_VALUE);
    }

    /**
     * A reader that keeps at most {@code maxListElements} elements of each list (the others are parsed, so that a
     * syntax error is still found, and dropped): for files of which only summary values are read.
     */
    public JsonReader(Limits limits, int maxListElements) {
        this.maxListElements = maxListElements;
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .streamReadConstraints(constraints(limits))
                .build();
    }

    /**
     * Parses one JSON value from {@code text}. {@code lineOffset} is added to line numbers (the 0-based line of
     * a JSON Lines record in its file). Returns {@code null} with the problems recorded when the text is not
     * one valid JSON value.
     */
    public Node parse(String text, String file, int lineOffset, Problems problems) {
        return parse(text, file, lineOffset, 0, problems);
    }

    /**
     * Like {@link #parse(String, String, int, Problems)} for a text that starts {@code columnOffset} characters
     * into its line (an element of a one-line JSON array): columns of its first line are shifted by that much.
     */
    public Node parse(String text, String file, int lineOffset, int columnOffset, Problems problems) {
        return read(text, file, lineOffset, columnOffset, problems).root();
    }

    /**
     * A JSON value read by {@link #parse(String, String, int, int, Problems)}: its tree, or null with the problems recorded;
     * and then the id its root still gives itself reliably ({@link Document#declaredId()}), or null.
     */
    public record Read(Node root, String declaredId) {
    }

    /** {@link #parse(String, String, int, int, Problems)}, with the id of a record read whole but with errors. */
    public Read read(String text, String file, int lineOffset, int columnOffset, Problems problems) {
        int mark = problems.mark();
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                problems.error(Location.of(file, lineOffset + 1, 1 + columnOffset), FileCode.EMPTY_JSON_DOCUMENT);
                return NONE;
            }
            Node root;
            TreeBuilder builder = new TreeBuilder(p, file, lineOffset, columnOffset, limits, problems).keepingListElements(maxListElements);
            try {
                root = builder.build();
            } catch (TreeBuilder.LimitExceeded e) {
                return NONE;
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                JsonLocation l = p.currentTokenLocation();
                int col = l.getColumnNr() + (l.getLineNr() == 1 ? columnOffset : 0);
                problems.error(Location.of(file, l.getLineNr() + lineOffset, col), FileCode.UNEXPECTED_TEXT_AFTER_JSON);
                return NONE;
            }
            return problems.errorsSince(mark) ? new Read(null, builder.declaredId(root)) : new Read(root, null);
        } catch (JsonProcessingException e) {
            problems.add(syntaxError(e, text, file, lineOffset, columnOffset));
            return NONE;
        } catch (IOException e) {
            problems.error(Location.of(file, lineOffset + 1, 0), FileCode.CANNOT_READ_JSON, e.getMessage());
            return NONE;
        }
    }

    private static final Read NONE = new Read(null, null);

    private static final java.util.regex.Pattern NUMBER_LENGTH =
            java.util.regex.Pattern.compile("^Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    /** Jackson's own limits, which a streamed input (a baseline) meets before cca's. */
    private static final java.util.regex.Pattern STRING_LENGTH =
            java.util.regex.Pattern.compile("^String value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final java.util.regex.Pattern NESTING_DEPTH =
            java.util.regex.Pattern.compile("^Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final java.util.regex.Pattern NOT_CLOSED = java.util.regex.Pattern.compile(
            "expected close marker for (Object|Array) \\(start marker at .*; line: (\\d+), column: (\\d+)\\]\\)", java.util.regex.Pattern.DOTALL);

    /**
     * A syntax error of the JSON {@code text} (null when it is streamed) in cca's words where Jackson's would name its
     * internals or be cut short: a number over Jackson's digit limit (located at the number, which Jackson does not
     * locate), a map or list never closed (Jackson says where it started inside a description of the source). The line and
     * column offsets are those of {@link #parse(String, String, int, int, Problems)}.
     */
    public static dev.cca.diag.Diagnostic syntaxError(JsonProcessingException e, String text, String file, int lineOffset, int columnOffset) {
        JsonLocation l = e.getLocation();
        int line = l == null ? lineOffset + 1 : l.getLineNr() + lineOffset;
        int col = l == null ? 0 : Math.max(0, l.getColumnNr() + (l.getLineNr() == 1 ? columnOffset : 0));
        String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        java.util.regex.Matcher m = NUMBER_LENGTH.matcher(raw);
        if (m.find()) {
            int max = Integer.parseInt(m.group(2));
            int[] at = text == null ? null : longNumber(text, max);
            if (at != null) {
                line = at[0] + lineOffset + 1;
                col = at[1] + 1 + (at[0] == 0 ? columnOffset : 0);
            }
            return dev.cca.diag.Diagnostic.error(Location.of(file, line, col), FileCode.NUMBER_TOO_LONG, Long.parseLong(m.group(1)), max);
        }
        m = STRING_LENGTH.matcher(raw);
        if (m.find()) {
            return dev.cca.diag.Diagnostic.error(Location.of(file, line, col), FileCode.VALUE_CHARACTERS_OVER_CHARACTER,
                    Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
        }
        m = NESTING_DEPTH.matcher(raw);
        if (m.find()) {
            return dev.cca.diag.Diagnostic.error(Location.of(file, line, col), FileCode.VALUES_ARE_NESTED_MORE, Long.parseLong(m.group(2)));
        }
        m = NOT_CLOSED.matcher(raw);
        if (m.find()) {
            boolean object = m.group(1).equals("Object");
            int startLine = Integer.parseInt(m.group(2));
            int startColumn = Integer.parseInt(m.group(3)) + (startLine == 1 ? columnOffset : 0);
            return dev.cca.diag.Diagnostic.error(Location.of(file, line, col), FileCode.NOT_CLOSED,
                    object ? dev.cca.diag.Localized.of("object", "对象") : dev.cca.diag.Localized.of("list", "列表"),
                    startLine + lineOffset, startColumn, object ? "}" : "]");
        }
        return dev.cca.diag.Diagnostic.error(Location.of(file, line, col), FileCode.NOT_VALID_JSON,
                JsonSyntax.describe(raw, lineOffset, columnOffset));
    }

    /** The 0-based line and column of the first run of more than {@code max} digits in {@code text}, or null; linear. */
    private static int[] longNumber(String text, int max) {
        int line = 0;
        int lineStart = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run > max) {
                    int start = i - run + 1;
                    while (start > lineStart && (text.charAt(start - 1) == '-' || text.charAt(start - 1) == '+')) {
                        start--;
                    }
                    return new int[] {line, start - lineStart};
                }
                continue;
            }
            run = 0;
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return null;
    }

    /**
     * Every JSON value of a stream, parsed as it is read: one value (a pretty-printed file) or one after another (JSON
     * Lines), each located by its line in the stream. Memory is bounded by the trees kept, never by the text: with
     * a cap on the elements kept per list ({@link #JsonReader(Limits, int)}), a tool's result of any length costs
     * what its summary values do. A syntax error is recorded at its place and ends the stream; the values before it
     * are returned.
     */
    public java.util.List<Node> parseAll(java.io.InputStream in, String file, Problems problems) {
        java.util.List<Node> out = new java.util.ArrayList<>();
        parseEach(in, file, problems, out::add);
        return out;
    }

    /**
     * Like {@link #parseAll}, but hands each value to {@code each} as soon as it is parsed and keeps none, so memory
     * holds one value's tree at a time however many the stream holds; {@code each} returns false to stop reading.
     */
    public void parseEach(java.io.InputStream in, String file, Problems problems, java.util.function.Predicate<Node> each) {
        try (JsonParser p = factory.createParser(in)) {
            while (p.nextToken() != null) {
                Node n;
                try {
                    n = new TreeBuilder(p, file, 0, 0, limits, problems).keepingListElements(maxListElements).build();
                } catch (TreeBuilder.LimitExceeded e) {
                    return;
                }
                if (!each.test(n)) {
                    return;
                }
            }
        } catch (JsonProcessingException e) {
            problems.add(syntaxError(e, null, file, 0, 0));
        } catch (IOException e) {
            problems.error(Location.file(file), dev.cca.diag.FileCode.CANNOT_READ_JSON, e.getMessage());
        }
    }

    /**
     * Jackson's own limits, set a little above ours: our tree builder enforces depth and length with messages
     * that name the option to raise, and Jackson's only back it up.
     */
    static StreamReadConstraints constraints(Limits limits) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 8)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, Math.max(limits.maxStringLength() + 1L, 1 << 20)))
                .maxNumberLength(1000)
                .build();
    }

    public Limits limits() {
        return limits;
    }

    /** Jackson's messages quote the input and describe the source; keep the first sentence. */
    static String clean(String raw) {
        if (raw == null) {
            return "syntax error";
        }
        String s = raw;
        int nl = s.indexOf('\n');
        if (nl >= 0) {
            s = s.substring(0, nl);
        }
        int src = s.indexOf(" at [Source");
        if (src >= 0) {
            s = s.substring(0, src);
        }
        return s.strip();
    }
}
