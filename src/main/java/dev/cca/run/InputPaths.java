package dev.cca.run;

import dev.cca.diag.Localized;
import dev.cca.input.catalog.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Every file a run reads, by its real path (links resolved), so that no report is ever written over one:
 * files named on the command line, every file an input folder's walk reads (by the extensions the walk takes:
 * {@code cca batch dir -o dir/ranking.csv} would replace a CSV the next run reads, {@code dir/summary.md} would
 * not), every file in a {@code --bench} folder, the files a profile's {@code benchmarks:} names, the
 * {@code --rules} file and the {@code --baseline} file. A report is compared with them by real path and by file
 * identity (device and inode, {@link BasicFileAttributes#fileKey()}), so neither a symbolic link nor a hard link to an
 * input (another name of the same file, which the report's rename would detach from the bytes it replaced) is written
 * over. Thread-safe: catalog workers add the benchmark files their profiles name while they score.
 */
public final class InputPaths {

    private final Set<Path> files = ConcurrentHashMap.newKeySet();
    /** The identity (device and inode) of each of {@link #files}, to its real path. */
    private final Map<Object, Path> identities = new ConcurrentHashMap<>();
    /** Folders walked for profiles and catalogs (recursively, files of the formats cca reads). */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** {@code --bench} folders: every file directly in them is read. */
    private final Set<Path> benchFolders = ConcurrentHashMap.newKeySet();

    /**
     * Adds an input as given: a file, or a folder (every file under it then counts as an input). Standard
     * input ({@code -}), ids of embedded rule sets and paths that do not exist add nothing.
     */
    public InputPaths add(String input) {
        if (input != null && !input.equals("-")) {
            add(Path.of(input));
        }
        return this;
    }

    public InputPaths add(Path input) {
        Path real = real(input);
        if (real != null) {
            if (Files.isDirectory(real)) {
                folders.add(real);
            } else {
                addFile(real);
            }
        }
        return this;
    }

    /** Adds {@code --bench} arguments: a file, or a folder every file of which is read. */
    public InputPaths addBench(Iterable<String> benches) {
        for (String b : benches) {
            Path real = b == null ? null : real(Path.of(b));
            if (real != null && Files.isDirectory(real)) {
                benchFolders.add(real);
            } else if (real != null) {
                addFile(real);
            }
        }
        return this;
    }

    private void addFile(Path real) {
        files.add(real);
        Object id = identity(real);
        if (id != null) {
            identities.putIfAbsent(id, real);
        }
    }

    public InputPaths addAll(Iterable<?> inputs) {
        for (Object o : inputs) {
            if (o instanceof Path p) {
                add(p);
            } else if (o != null) {
                add(o.toString());
            }
        }
        return this;
    }

    /**
     * The input that writing to {@code target} would replace, as a message fragment, or null when it is none.
     * {@code target} is the real path of the file a report would replace (links resolved). A target that is another
     * name of an input file (a hard link: the same device and inode) is one too.
     */
    Localized inputAt(Path target) {
        if (files.contains(target)) {
            return Localized.of("is one of the inputs", "是输入之一");
        }
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        for (Path folder : folders) {
            if (exists && target.startsWith(folder) && Format.byFileName(target.getFileName().toString()) != null) {
                return Localized.of("is a file the walk of the input folder " + folder + " reads, so it is one of the inputs",
                        "是输入文件夹 " + folder + " 中会被读取的文件，因此是输入之一");
            }
        }
        for (Path folder : benchFolders) {
            if (exists && folder.equals(target.getParent())) {
                return Localized.of("is a file in the --bench folder " + folder + ", so it is one of the inputs",
                        "是 --bench 文件夹 " + folder + " 中的文件，因此是输入之一");
            }
        }
        Object id = exists ? identity(target) : null;
        if (id == null) {
            return null;
        }
        Path same = identities.get(id);
        if (same == null && !(links(target) < 2)) {
            // Another name of a file some input folder's walk reads: looked for only when the target has other names.
            same = inFolders(id);
        }
        return same == null ? null : Localized.of("is a hard link to the input " + same + " (another name of the same file), so it"
                + " is one of the inputs", "是输入 " + same + " 的硬链接（同一文件的另一个名字），因此是输入之一");
    }

    /** The file of an input folder's walk (or directly in a {@code --bench} folder) whose identity is {@code id}, or null. */
    private Path inFolders(Object id) {
        for (Path folder : folders) {
            Path hit = find(folder, Integer.MAX_VALUE, id, true);
            if (hit != null) {
                return hit;
            }
        }
        for (Path folder : benchFolders) {
            Path hit = find(folder, 1, id, false);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private static Path find(Path folder, int depth, Object id, boolean formatsOnly) {
        try (Stream<Path> s = Files.walk(folder, depth)) {
            return s.filter(f -> !formatsOnly || f.getFileName() != null && Format.byFileName(f.getFileName().toString()) != null)
                    .filter(f -> id.equals(identity(f))).findFirst().orElse(null);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return null;
        }
    }

    /** A regular file's identity (its device and inode where the file system has them), or null. */
    static Object identity(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return a.isRegularFile() ? a.fileKey() : null;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return null;
        }
    }

    /** How many names the file has (its hard links); 2 when the file system does not say, so that the folders are looked in. */
    private static int links(Path p) {
        try {
            return ((Number) Files.getAttribute(p, "unix:nlink")).intValue();
        } catch (IOException | SecurityException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return 2;
        }
    }

    /** The real path of an existing file or folder (links resolved); null when it does not exist. */
    static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
