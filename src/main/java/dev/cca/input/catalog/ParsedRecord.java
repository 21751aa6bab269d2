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
 */
public record ParsedRecord(Document document, Location location, Problems problems) {

    /** True when the record could be read into a tree (it may still fail validation). */
    public boolean hasTree() {
        return document.root() != null;
    }

    /**
     * Validates the record as a center profile. Returns null when the record is broken or has any error,
     * whether found while cutting it (an XLSX error cell, say), reading it, or validating it: all of them
     * are in {@link #problems()}, located.
     */
    public CenterProfile profile(ProfileReader reader) {
        if (document.root() == null) {
            return null;
        }
        CenterProfile p = reader.read(document, problems);
        return problems.hasErrors() ? null : p;
    }
}
