package dev.cca.diag;

/**
 * Where a problem is: a file, a 1-based line and column (0 when unknown), and the path inside the
 * document ({@code compute.pue}, {@code accelerators[2].count}, a JSON pointer for native benchmark files).
 */
public record Location(String file, int line, int column, String path) {

    public static final Location NONE = new Location("", 0, 0, "");

    public static Location file(String file) {
        return new Location(file, 0, 0, "");
    }

    public static Location of(String file, int line, int column) {
        return new Location(file, line, column, "");
    }

    public Location withPath(String newPath) {
        return new Location(file, line, column, newPath);
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

    @Override
    public String toString() {
        return prefix() + (path.isEmpty() ? "" : " (" + path + ")");
    }
}
