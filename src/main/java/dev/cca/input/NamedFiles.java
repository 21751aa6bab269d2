package dev.cca.input;

import dev.cca.diag.FileCode;
import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Localized;
import dev.cca.diag.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Files that a submitted file names (a profile's {@code benchmarks:}, a catalog row's, a benchmark-run document's
 * {@code import.file}) are read only where the submitter may point: a submitted profile must not make cca open
 * {@code /etc/passwd}, {@code /dev/zero} or {@code /proc/self/fd/0}.
 *
 * <ul>
 *   <li>A relative path is taken from the folder of the file that names it (the working folder for standard
 *       input), as before.</li>
 *   <li>Its real path (links resolved) must lie inside the folder of an input named on the command line (a folder
 *       input, or the folder of a file input), or inside {@code --bench-root} when given: {@code ../..} and absolute
 *       paths that leave them, and links inside them that point out, are refused. A library caller that names no
 *       roots gets the folder of the naming file.</li>
 *   <li>It must be a regular file: devices, FIFOs, sockets and folders are refused whatever the options.</li>
 *   <li>{@code --allow-outside-paths} lifts the folder rule (for inputs the user trusts); never the regular-file
 *       rule.</li>
 * </ul>
 */
public final class NamedFiles {

    private NamedFiles() {
    }

    /**
     * The file {@code written} stands for, named in {@code namingFile} (null for standard input).
     *
     * @param what how messages call the path ("benchmark file", "imported file"), in both languages
     * @param at   where it is written, for the error
     * @throws InputException located at {@code at} when the path is refused or no such file exists
     */
    public static Path resolve(String written, Path namingFile, Limits limits, Localized what, Location at) throws InputException {
        Path shown;
        try {
            Path folder = namingFile == null ? null : namingFile.getParent();
            shown = (folder == null ? Path.of(written) : folder.resolve(written)).normalize();
        } catch (InvalidPathException e) {
            throw new InputException(Diagnostic.error(at, FileCode.NOT_VALID_PATH, written, e.getReason()));
        }
        Path base = namingFile == null ? Path.of("").toAbsolutePath() : namingFile.toAbsolutePath().getParent();
        check(written, shown, base, limits, what, at);
        return shown;
    }

    /**
     * The folders of a command line's inputs (a folder itself, a file's folder; standard input: the working folder),
     * the default roots of named files.
     */
    public static java.util.List<Path> roots(Iterable<String> inputs) {
        java.util.List<Path> out = new java.util.ArrayList<>();
        for (String in : inputs) {
            Path p = in.equals("-") ? Path.of("").toAbsolutePath() : Path.of(in).toAbsolutePath().normalize();
            Path root = Files.isDirectory(p) ? p : p.getParent();
            if (root != null && !out.contains(root)) {
                out.add(root);
            }
        }
        return out;
    }

    /** Checks an already resolved path {@code p}, written as {@code written} in a file in folder {@code base}. */
    public static void check(String written, Path p, Path base, Limits limits, Localized what, Location at) throws InputException {
        if (!Files.exists(p)) {
            throw new InputException(Diagnostic.error(at, FileCode.NOT_FOUND_LOOKED, what, written, p));
        }
        if (!Files.isRegularFile(p)) {
            throw new InputException(Diagnostic.error(at, FileCode.NOT_REGULAR_NAMED, what, written, Files.isDirectory(p)
                    ? Localized.of("a folder", "文件夹") : Localized.of("a device, FIFO or other special file", "设备、FIFO 或其他特殊文件")));
        }
        if (limits.outsidePaths()) {
            return;
        }
        java.util.List<Path> roots = limits.namedRoots().isEmpty() ? java.util.List.of(base) : limits.namedRoots();
        Path real;
        try {
            real = p.toRealPath();
        } catch (IOException e) {
            throw new InputException(Diagnostic.error(at, FileCode.CANNOT_READ_2, what, written, e.getMessage()));
        }
        java.util.List<String> shown = new java.util.ArrayList<>();
        for (Path root : roots) {
            try {
                Path realRoot = root.toRealPath();
                if (real.startsWith(realRoot)) {
                    return;
                }
                shown.add(realRoot.toString());
            } catch (IOException e) {
                shown.add(root.toString());
            }
        }
        Localized where = limits.rootGiven() ? Localized.of(String.join(", ", shown) + " (--bench-root)",
                String.join("、", shown) + "（--bench-root）")
                : limits.namedRoots().isEmpty() ? Localized.of(shown.get(0) + ", the folder of the file that names it",
                shown.get(0) + "（指向它的文件所在的文件夹）")
                : shown.size() == 1 ? Localized.of(shown.get(0) + ", the folder of the input", shown.get(0) + "（输入所在的文件夹）")
                : Localized.of("the folders of the inputs (" + String.join(", ", shown) + ")", "输入所在的文件夹（"
                + String.join("、", shown) + "）");
        throw new InputException(Diagnostic.error(at, FileCode.OUTSIDE_PATHS_SUBMITTED_FILES, what, written, where));
    }
}
