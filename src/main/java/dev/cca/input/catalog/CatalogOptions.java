package dev.cca.input.catalog;

import dev.cca.input.Limits;
import java.nio.charset.Charset;

/**
 * How catalogs are read.
 *
 * @param limits    caps on file, record and value sizes ({@link Limits#maxRecordBytes()} bounds one JSON
 *                  Lines line or CSV record; {@link Limits#maxFileBytes()} one YAML, JSON or XLSX file)
 * @param encoding  the text encoding of YAML, JSON, JSON Lines and CSV files, or null to expect UTF-8
 *                  (a byte-order mark is honoured either way; GB18030 text is named, not guessed)
 * @param delimiter the CSV delimiter, or null to sniff it from the header line
 * @param sheet     the XLSX sheet to read, or null for the first sheet the workbook shows (hidden ones skipped)
 */
public record CatalogOptions(Limits limits, Charset encoding, Character delimiter, String sheet) {

    public static final CatalogOptions DEFAULT = new CatalogOptions(Limits.DEFAULT, null, null, null);

    public CatalogOptions {
        if (limits == null) {
            throw new IllegalArgumentException("limits are required");
        }
        if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r')) {
            throw new IllegalArgumentException("a CSV delimiter cannot be a quote or a line end");
        }
    }

    public CatalogOptions withLimits(Limits l) {
        return new CatalogOptions(l, encoding, delimiter, sheet);
    }

    public CatalogOptions withEncoding(Charset cs) {
        return new CatalogOptions(limits, cs, delimiter, sheet);
    }

    public CatalogOptions withDelimiter(Character d) {
        return new CatalogOptions(limits, encoding, d, sheet);
    }

    public CatalogOptions withSheet(String s) {
        return new CatalogOptions(limits, encoding, delimiter, s);
    }
}
