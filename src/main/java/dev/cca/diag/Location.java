package dev.cca.diag;

/**
 * Where a problem is: a file, a 1-based line and column (0 when unknown), and the path inside the
 * document ({@code compute.pue}, {@code accelerators[2].count}, a JSON pointer for native benchmark files).
 *
 * <p>A path that describes where in a file rather than naming a key (the steps of a training log a median was
 * taken over) is a {@link Localized} text, {@code described}: {@link #path()} is its English, which JSON reports
 * and equality use, and {@link #path(String)} the text in a report's language. For a key path it is null.
 */
public record Location(String file, int line, int column, String path, Localized described) {

    public static final Location NONE = new Location("", 0, 0, "");

    public Location(String file, int line, int column, String path) {
        this(file, line, column, path, null);
    }

    public static Location file(String file) {
        return new Location(file, 0, 0, "");
    }

    public static Location of(String file, int line, int column) {
        return new Location(file, line, column, "");
    }

    public Location withPath(String newPath) {
        return new Location(file, line, column, newPath);
    }

    /** This place with a described path: its English is {@link #path()}. */
    public Location withPath(Localized newPath) {
        return new Location(file, line, column, newPath.get("en"), newPath);
    }

    /** The path in {@code lang}: a described path in that language, a key path as it is. */
    public String path(String lang) {
        return described == null ? path : described.get(lang);
    }

    /** {@code file:line:column}, leaving out what is unknown. */
    public String prefix() {
        StringBuilder sb = new StringBuilder(file.isEmpty() ? "<input>" : file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.toString();
    }

    /** Places are equal by file, line, column and path; a described path is equal by its English. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && line == l.line && column == l.column && java.util.Objects.equals(file, l.file)
                && java.util.Objects.equals(path, l.path);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(file, line, column, path);
    }

    @Override
    public String toString() {
        return prefix() + (path.isEmpty() ? "" : " (" + path + ")");
    }
}
