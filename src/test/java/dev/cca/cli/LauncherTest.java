package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM flags {@code bin/cca} chooses, read from a copy of the script in a tree whose "java" prints its arguments:
 * a batch whose inputs hold less than 128 MiB runs on C1 alone, a larger one (or standard input) keeps tiered
 * compilation with two C2 threads, and the reports named by {@code -o} never count as inputs; a batch reads the
 * class-data archive when it is at least as new as the jar, and never writes one.
 */
class LauncherTest {

    @TempDir
    Path tree;

    private String flags(String... args) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(tree.resolve("bin"));
        Files.copy(Path.of("bin/cca"), bin.resolve("cca"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(tree.resolve("target"));
        if (!Files.exists(tree.resolve("target/cca.jar"))) {
            Files.createFile(tree.resolve("target/cca.jar"));
        }
        Path java = tree.resolve("fake-java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        String[] cmd = new String[args.length + 2];
        cmd[0] = "sh";
        cmd[1] = bin.resolve("cca").toString();
        System.arraycopy(args, 0, cmd, 2, args.length);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tree.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA", java.toString());
        pb.environment().remove("JAVA_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private Path sized(String name, long bytes) throws IOException {
        Path f = tree.resolve(name);
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.write(1); // a sparse file still counts by its apparent size
            r.setLength(bytes);
        }
        return f;
    }

    @Test
    void a_small_batch_runs_on_c1_alone_and_a_large_one_keeps_tiered_compilation_and_so_do_validate_and_assess() throws Exception {
        Path small = sized("small.jsonl", 1_000_000);
        Path large = sized("large.jsonl", 200L << 20);
        assertTrue(flags("batch", small.toString(), "-o", "out.csv").contains("-XX:TieredStopAtLevel=1"));
        assertFalse(flags("batch", large.toString(), "-o", "out.csv").contains("TieredStopAtLevel"));
        // Two inputs count together; a folder counts by what it holds.
        Path dir = Files.createDirectories(tree.resolve("tree"));
        Files.move(sized("a.jsonl", 70L << 20), dir.resolve("a.jsonl"));
        Files.move(sized("b.jsonl", 70L << 20), dir.resolve("b.jsonl"));
        assertFalse(flags("batch", dir.toString()).contains("TieredStopAtLevel"));
        // A large earlier report named by -o is not an input.
        assertTrue(flags("batch", small.toString(), "-o", large.toString()).contains("-XX:TieredStopAtLevel=1"));
        // Standard input is of unknown size: tiered.
        assertFalse(flags("batch", "-", "-o", "out.csv").contains("TieredStopAtLevel"));
        // validate and assess of a large catalog choose as batch does; of a small one, or of standard input (a profile,
        // more often than not), or of YAML files (not sized, so that their start-up spawns nothing), C1 alone.
        assertFalse(flags("validate", large.toString()).contains("TieredStopAtLevel"));
        assertFalse(flags("assess", dir.toString(), "-o", "out.json").contains("TieredStopAtLevel"));
        assertTrue(flags("validate", small.toString()).contains("-XX:TieredStopAtLevel=1"));
        assertTrue(flags("validate", "-").contains("-XX:TieredStopAtLevel=1"));
        assertTrue(flags("assess", sized("big.yaml", 200L << 20).toString()).contains("-XX:TieredStopAtLevel=1"));
        assertTrue(flags("assess", small.toString(), "-o", large.toString()).contains("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void a_batch_reads_a_fresh_archive_and_never_writes_one() throws Exception {
        Path large = sized("large.jsonl", 200L << 20);
        String noArchive = flags("batch", large.toString());
        assertFalse(noArchive.contains("SharedArchiveFile"), noArchive);
        assertFalse(noArchive.contains("ArchiveClassesAtExit"), noArchive);
        assertTrue(noArchive.contains("-XX:CICompilerCount=3"), noArchive);
        assertTrue(noArchive.contains("-XX:Tier4BackEdgeThreshold=2000000"), noArchive);
        Path jsa = tree.resolve("target/cca.jsa");
        Files.createFile(jsa);
        Files.setLastModifiedTime(tree.resolve("target/cca.jar"), java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        String fresh = flags("batch", large.toString());
        assertTrue(fresh.contains("-XX:SharedArchiveFile=" + jsa), fresh);
        // A jar newer than the archive (a rebuild): the archive is not read, nor remade by a batch.
        Files.setLastModifiedTime(tree.resolve("target/cca.jar"), java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(jsa).toMillis() + 60_000));
        String stale = flags("batch", sized("small.jsonl", 1000).toString());
        assertFalse(stale.contains("SharedArchiveFile"), stale);
        assertFalse(stale.contains("ArchiveClassesAtExit"), stale);
        assertFalse(stale.contains("CICompilerCount"), stale); // C1 alone: one compiler thread is the JVM's choice
    }
}
