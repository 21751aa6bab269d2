package dev.cca.input;

/**
 * Caps that keep a hostile or broken input from exhausting memory or time, or from reaching files it should not.
 * The defaults are far above anything a real profile or catalog needs; each error that hits one names the limit
 * and the option that raises it.
 *
 * @param maxFileBytes      largest YAML, JSON or XLSX file read as a whole ({@code --max-file-size})
 * @param maxDocuments      most YAML documents in one file ({@code --max-documents})
 * @param maxDepth          deepest nesting of maps and lists ({@code --max-depth})
 * @param maxStringLength   longest scalar or CSV cell, in characters ({@code --max-string-length})
 * @param maxAliasNodes     most nodes that YAML aliases may expand to in one document
 * @param maxRecordBytes    longest JSON Lines line or CSV record ({@code --max-record-size})
 * @param maxElements       most elements of one list, or keys of one map, that a tree is built of (a list whose
 *                          elements a reader skips, such as a tool's per-request values, is not counted past what it keeps)
 *                          ({@code --max-elements})
 * @param namedRoots        the folders that files named inside inputs (a profile's {@code benchmarks:}, a
 *                          benchmark-run document's {@code import.file}) must stay in: {@code --bench-root}, or the
 *                          folders of the command line's inputs; empty for the folder of the file that names them
 *                          (see {@link NamedFiles})
 * @param rootGiven         whether {@code namedRoots} is {@code --bench-root} (for messages)
 * @param outsidePaths      whether such files may be anywhere ({@code --allow-outside-paths}): for trusted inputs only
 */
public record Limits(long maxFileBytes, int maxDocuments, int maxDepth, int maxStringLength,
                     int maxAliasNodes, int maxRecordBytes, int maxElements, java.util.List<java.nio.file.Path> namedRoots,
                     boolean rootGiven, boolean outsidePaths) {

    public static final Limits DEFAULT = new Limits(128L << 20, 1_000_000, 64, 65_536, 100_000, 4 << 20, 100_000,
            java.util.List.of(), false, false);

    /**
     * The deepest nesting any limit may allow. Tree builders and the walks over trees recurse once per level; at
     * this depth they need well under the 1 MiB a thread's stack has by default, so no setting of
     * {@code --max-depth} can overflow the stack (Jackson's own default ceiling is the same 1000).
     */
    public static final int MAX_DEPTH = 1000;

    /** The longest value any limit may allow: Jackson counts a string's length in an int, with room for a margin. */
    public static final int MAX_STRING_LENGTH = Integer.MAX_VALUE - 64;

    public Limits {
        if (maxFileBytes <= 0 || maxDocuments <= 0 || maxDepth <= 0 || maxStringLength <= 0
                || maxAliasNodes <= 0 || maxRecordBytes <= 0 || maxElements <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        namedRoots = java.util.List.copyOf(namedRoots);
        if (maxDepth > MAX_DEPTH || maxStringLength > MAX_STRING_LENGTH) {
            throw new IllegalArgumentException("the depth limit is at most " + MAX_DEPTH + " and the string limit at most "
                    + MAX_STRING_LENGTH);
        }
    }

    public Limits withMaxFileBytes(long v) {
        return new Limits(v, maxDocuments, maxDepth, maxStringLength, maxAliasNodes, maxRecordBytes, maxElements, namedRoots, rootGiven, outsidePaths);
    }

    public Limits withMaxDocuments(int v) {
        return new Limits(maxFileBytes, v, maxDepth, maxStringLength, maxAliasNodes, maxRecordBytes, maxElements, namedRoots, rootGiven, outsidePaths);
    }

    public Limits withMaxDepth(int v) {
        return new Limits(maxFileBytes, maxDocuments, v, maxStringLength, maxAliasNodes, maxRecordBytes, maxElements, namedRoots, rootGiven, outsidePaths);
    }

    public Limits withMaxStringLength(int v) {
        return new Limits(maxFileBytes, maxDocuments, maxDepth, v, maxAliasNodes, maxRecordBytes, maxElements, namedRoots, rootGiven, outsidePaths);
    }

    public Limits withMaxRecordBytes(int v) {
        return new Limits(maxFileBytes, maxDocuments, maxDepth, maxStringLength, maxAliasNodes, v, maxElements, namedRoots, rootGiven, outsidePaths);
    }

    public Limits withMaxElements(int v) {
        return new Limits(maxFileBytes, maxDocuments, maxDepth, maxStringLength, maxAliasNodes, maxRecordBytes, v, namedRoots, rootGiven, outsidePaths);
    }

    /**
     * Where files named inside inputs may be: under {@code root} ({@code --bench-root}; null: the folders of the
     * inputs), or anywhere.
     */
    public Limits withNamedFiles(java.nio.file.Path root, boolean anywhere) {
        return new Limits(maxFileBytes, maxDocuments, maxDepth, maxStringLength, maxAliasNodes, maxRecordBytes,
                maxElements, root == null ? java.util.List.of() : java.util.List.of(root), root != null, anywhere);
    }

    /** The folders of the command line's inputs as the roots of named files, unless {@code --bench-root} set one. */
    public Limits withInputRoots(java.util.List<java.nio.file.Path> roots) {
        if (rootGiven) {
            return this;
        }
        return new Limits(maxFileBytes, maxDocuments, maxDepth, maxStringLength, maxAliasNodes, maxRecordBytes, maxElements, roots, false,
                outsidePaths);
    }

    /**
     * These limits, each raised to at least {@code floor}'s: a rule set is the authority's own file, so the limits of a
     * command (set low, perhaps, against submitted files) raise what it may hold but never lower it below the defaults.
     */
    public Limits atLeast(Limits floor) {
        return new Limits(Math.max(maxFileBytes, floor.maxFileBytes), Math.max(maxDocuments, floor.maxDocuments),
                Math.max(maxDepth, floor.maxDepth), Math.max(maxStringLength, floor.maxStringLength),
                Math.max(maxAliasNodes, floor.maxAliasNodes), Math.max(maxRecordBytes, floor.maxRecordBytes),
                Math.max(maxElements, floor.maxElements), namedRoots, rootGiven, outsidePaths);
    }

    /** A byte count as users write it: 128 MiB, 64 KiB. */
    public static String human(long bytes) {
        if (bytes >= (1L << 30) && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes >= (1L << 20) && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }
}
