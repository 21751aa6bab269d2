package dev.cca.input.catalog;

import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.input.Document;
import dev.cca.input.ProfileReader;
import dev.cca.model.CenterProfile;

/**
 * One parsed record of a catalog: a document whose root is the profile's tree, or {@code null} when the
 * record is broken (its problems say why, located). The problems belong to this record alone, so a
 * caller can validate it further (ProfileReader adds to the same collector), report it and go on.
 *
 * <p>Its parts: the document (its {@code line} is where the record starts, its root null when broken); where the
 * record starts, for messages such as "duplicate id, first at ..."; this record's problems, never shared with another
 * record; the record's own text when its file's text is not held (a JSON Lines line), or null; the profile when the
 * fast path read the record straight from its text ({@link dev.cca.input.StreamingProfileReader}: no tree, no
 * problem), else null.
 */
public final class ParsedRecord {

    private final Document document;
    private final Location location;
    private final Problems problems;
    private final CenterProfile read;
    private final String text;
    /** The record's own UTF-8 bytes, decoded into {@link #text} only when an excerpt needs them; else null. */
    private final byte[] utf8;

    public ParsedRecord(Document document, Location location, Problems problems, String text, CenterProfile read) {
        this(document, location, problems, text, null, read);
    }

    private ParsedRecord(Document document, Location location, Problems problems, String text, byte[] utf8, CenterProfile read) {
        this.document = document;
        this.location = location;
        this.problems = problems;
        this.text = text;
        this.utf8 = utf8;
        this.read = read;
    }

    /**
     * A record the fast path read from its own well-formed UTF-8 bytes (a JSON Lines line): its text is decoded from
     * them when an excerpt asks for it, so a valid record costs no String of its line.
     */
    public static ParsedRecord readFromUtf8(Document document, Location location, Problems problems, byte[] utf8, CenterProfile read) {
        return new ParsedRecord(document, location, problems, null, utf8, read);
    }

    /** A record whose text is its file's (a YAML document, a JSON file) or is not kept (a table row). */
    public ParsedRecord(Document document, Location location, Problems problems) {
        this(document, location, problems, null, null);
    }

    /** A record parsed into a tree, with its own text. */
    public ParsedRecord(Document document, Location location, Problems problems, String text) {
        this(document, location, problems, text, null);
    }

    public Document document() {
        return document;
    }

    public Location location() {
        return location;
    }

    public Problems problems() {
        return problems;
    }

    /** The record's own text when its file's text is not held (a JSON Lines line), or null. */
    public String text() {
        return text != null || utf8 == null ? text : new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The profile the fast path read, or null. */
    public CenterProfile read() {
        return read;
    }

    /**
     * The excerpt of a line of the record's file around a column, for showing a problem with a caret: from the
     * file's text when it is held, else from the record's own text (a JSON Lines line, an element of a JSON array
     * streamed); null when unknown.
     */
    public dev.cca.input.SourceFile.Excerpt excerpt(int line, int column) {
        if (!document.source().text().isEmpty()) {
            return document.source().excerpt(line, column);
        }
        int k = line - location.line();
        String t = k >= 0 ? text() : null;
        if (t == null) {
            return null;
        }
        // The k-th line of the record's text (a line ends at LF, CRLF or a lone CR, as Jackson counts them).
        int start = 0;
        for (int i = 0; k > 0 && i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
                k--;
            }
        }
        if (k > 0) {
            return null;
        }
        int end = start;
        while (end < t.length() && t.charAt(end) != '\n' && t.charAt(end) != '\r') {
            end++;
        }
        if (start > 0 || location.column() <= 1) {
            return dev.cca.input.SourceFile.excerpt(t, start, end, column);
        }
        // The record's first line starts after other text of the file's line (an element of a JSON array), which is
        // not kept: its columns count from the record's start, and what comes before it is shown as "...".
        int c = column - location.column() + 1;
        if (column > 0 && c < 1) {
            return null;
        }
        dev.cca.input.SourceFile.Excerpt e = dev.cca.input.SourceFile.excerpt(t, start, end, column > 0 ? c : 0);
        return e.before().startsWith("...") ? e : new dev.cca.input.SourceFile.Excerpt("..." + e.before(), e.after(), e.caret());
    }

    /** True when the record could be read into a tree (it may still fail validation); false for one the fast path read. */
    public boolean hasTree() {
        return document.root() != null;
    }

    /**
     * Validates the record as a center profile. Returns null when the record is broken or has any error,
     * whether found while cutting it (an XLSX error cell, say), reading it, or validating it: all of them
     * are in {@link #problems()}, located.
     */
    public CenterProfile profile(ProfileReader reader) {
        if (read != null) {
            return read;
        }
        if (document.root() == null) {
            return null;
        }
        CenterProfile p = reader.read(document, problems);
        return problems.hasErrors() ? null : p;
    }
}
