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
 * @param document the document; its {@code line} is where the record starts, its root null when broken
 * @param location where the record starts, for messages such as "duplicate id, first at ..."
 * @param problems this record's problems, never shared with another record
 * @param text     the record's own text when its file's text is not held (a JSON Lines line), or null
 * @param read     the profile when the fast path read the record straight from its text
 *                 ({@link dev.cca.input.StreamingProfileReader}: no tree, no problem), else null
 */
public record ParsedRecord(Document document, Location location, Problems problems, String text, CenterProfile read) {

    /** A record whose text is its file's (a YAML document, a JSON file) or is not kept (a table row). */
    public ParsedRecord(Document document, Location location, Problems problems) {
        this(document, location, problems, null, null);
    }

    /** A record parsed into a tree, with its own text. */
    public ParsedRecord(Document document, Location location, Problems problems, String text) {
        this(document, location, problems, text, null);
    }

    /**
     * The excerpt of a line of the record's file around a column, for showing a problem with a caret: from the
     * file's text when it is held, else from the record's own text when it is one line (a JSON Lines line); null
     * when unknown.
     */
    public dev.cca.input.SourceFile.Excerpt excerpt(int line, int column) {
        if (!document.source().text().isEmpty()) {
            return document.source().excerpt(line, column);
        }
        if (text != null && line == location.line() && text.indexOf('\n') < 0) {
            return dev.cca.input.SourceFile.excerpt(text, 0, text.length(), column);
        }
        return null;
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
