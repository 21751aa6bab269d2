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
        int mark = problems.mark();
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                problems.error(Location.of(file, lineOffset + 1, 1 + columnOffset), FileCode.EMPTY_JSON_DOCUMENT);
                return null;
            }
            Node root;
            try {
                root = new TreeBuilder(p, file, lineOffset, columnOffset, limits, problems).keepingListElements(maxListElements).build();
            } catch (TreeBuilder.LimitExceeded e) {
                return null;
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                JsonLocation l = p.currentTokenLocation();
                int col = l.getColumnNr() + (l.getLineNr() == 1 ? columnOffset : 0);
                problems.error(Location.of(file, l.getLineNr() + lineOffset, col), FileCode.UNEXPECTED_TEXT_AFTER_JSON);
                return null;
            }
            return problems.errorsSince(mark) ? null : root;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            int line = l == null ? lineOffset + 1 : l.getLineNr() + lineOffset;
            int col = l == null ? 0 : Math.max(0, l.getColumnNr() + (l.getLineNr() == 1 ? columnOffset : 0));
            problems.error(Location.of(file, line, col), FileCode.NOT_VALID_JSON, clean(e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            problems.error(Location.of(file, lineOffset + 1, 0), FileCode.CANNOT_READ_JSON, e.getMessage());
            return null;
        }
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
        try (JsonParser p = factory.createParser(in)) {
            while (p.nextToken() != null) {
                try {
                    out.add(new TreeBuilder(p, file, 0, 0, limits, problems).keepingListElements(maxListElements).build());
                } catch (TreeBuilder.LimitExceeded e) {
                    return out;
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            problems.error(Location.of(file, l == null ? 1 : l.getLineNr(), l == null ? 0 : Math.max(0, l.getColumnNr())),
                    dev.cca.diag.FileCode.NOT_VALID_JSON, clean(e.getOriginalMessage()));
        } catch (IOException e) {
            problems.error(Location.file(file), dev.cca.diag.FileCode.CANNOT_READ_JSON, e.getMessage());
        }
        return out;
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
