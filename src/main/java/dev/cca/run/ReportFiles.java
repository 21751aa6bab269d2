package dev.cca.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;

/**
 * Writes reports so that a reader never sees half a file: the content goes to a temporary file in the same
 * folder, is flushed to disk, then renamed over the target. If writing fails (a full disk), the temporary
 * file is removed and the previous report stays as it was. Inputs are never overwritten.
 */
public final class ReportFiles {

    /** Writes the content of one report, as bytes (text reports encode their own UTF-8). */
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    private ReportFiles() {
    }

    /** Checks an output path before any work is done: not an input, not a directory; parent folders are created. */
    public static void check(String output, Collection<Path> inputs) throws UsageException {
        if (output.equals("-")) {
            return;
        }
        Path target = Path.of(output).toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new UsageException("-o " + output + ": is a directory; name a file such as " + output + "/report.md");
        }
        for (Path in : inputs) {
            if (same(in, target)) {
                throw new UsageException("-o " + output + ": is one of the inputs; cca never overwrites an input");
            }
        }
        Path parent = target.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            if (Files.exists(parent)) {
                throw new UsageException("-o " + output + ": " + parent + " is not a directory");
            }
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new UsageException("-o " + output + ": cannot create the folder " + parent + " (" + e.getMessage() + ")");
            }
        }
    }

    private static boolean same(Path input, Path target) {
        try {
            Path a = input.toAbsolutePath().normalize();
            if (a.equals(target)) {
                return true;
            }
            return Files.exists(target) && Files.exists(input) && Files.isSameFile(input, target);
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes atomically; on failure the target is unchanged and the exception says why. */
    public static void write(String output, Content content, OutputStream stdout) throws IOException {
        if (output.equals("-")) {
            content.write(stdout);
            stdout.flush();
            return;
        }
        Path target = Path.of(output).toAbsolutePath().normalize();
        Path dir = target.getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (OutputStream os = new java.io.BufferedOutputStream(
                    Files.newOutputStream(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), 1 << 16)) {
                content.write(os);
                os.flush();
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
