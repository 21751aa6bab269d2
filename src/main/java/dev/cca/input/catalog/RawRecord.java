package dev.cca.input.catalog;

import dev.cca.diag.Location;

/**
 * One record of a catalog as it was cut from its file, not yet parsed: a JSON Lines line, a YAML
 * document's text, a CSV or XLSX row's cells. Cutting is cheap and sequential (it is done by
 * {@link CatalogSource} on the thread that reads the files); {@link #parse()} does the expensive part
 * (building the located {@link dev.cca.input.Node} tree) and may run on any thread, in any order: a
 * raw record shares nothing mutable with its source or with other records.
 */
public interface RawRecord {

    /** Where the record starts: file, line (the row of a table) and, for tables, column 1. */
    Location location();

    /** Builds the record's tree. Never throws for bad input: problems are in {@link ParsedRecord#problems()}. */
    ParsedRecord parse();

    /**
     * Reads the record with the fast path when its kind of record has one (a JSON Lines line: {@code fast} reads it
     * straight to a profile when it has no problem at all), else, or when the fast path gives it up, as
     * {@link #parse()} does: either way the same profile, problems and diagnostics.
     */
    default ParsedRecord parse(dev.cca.input.StreamingProfileReader fast) {
        return parse();
    }

    /** A record parsed already (when a reader had to look ahead), handed on as it is. */
    static RawRecord of(ParsedRecord parsed) {
        return new FileRecords.Ready(parsed);
    }
}
