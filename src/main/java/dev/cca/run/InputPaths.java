package dev.cca.run;

import dev.cca.input.catalog.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every file a run reads, by its real path (links resolved), so that no report is ever written over one:
 * files named on the command line, every file an input folder's walk reads (by the extensions the walk takes:
 * {@code cca batch dir -o dir/ranking.csv} would replace a CSV the next run reads, {@code dir/summary.md} would
 * not), every file in a {@code --bench} folder, the files a profile's {@code benchmarks:} names, the
 * {@code --rules} file and the {@code --baseline} file. Thread-safe: catalog workers add the benchmark files their
 * profiles name while they score.
 */
public final class InputPaths {

    private final Set<Path> files = ConcurrentHashMap.newKeySet();
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
                files.add(real);
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
                files.add(real);
            }
        }
        return this;
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
     * {@code target} is the real path of the file a report would replace (links resolved).
     */
    String inputAt(Path target) {
        if (files.contains(target)) {
            return "is one of the inputs";
        }
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        for (Path folder : folders) {
            if (exists && target.startsWith(folder) && Format.byFileName(target.getFileName().toString()) != null) {
                return "is a file the walk of the input folder " + folder + " reads, so it is one of the inputs";
            }
        }
        for (Path folder : benchFolders) {
            if (exists && folder.equals(target.getParent())) {
                return "is a file in the --bench folder " + folder + ", so it is one of the inputs";
            }
        }
        return null;
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
