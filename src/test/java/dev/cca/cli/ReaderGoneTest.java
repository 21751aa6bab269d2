package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cca.run.ExitCode;
import dev.cca.testing.Cli;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command, in its own process, with a standard output whose reader leaves early, as {@code head} does: the
 * run stops writing there, says nothing of it and exits 141; standard error and the files named by {@code -o} are
 * what they would have been. A standard output that cannot be written for another reason (a full disk) is still a
 * failed write, {@code CCA-F073}, exit 4.
 */
class ReaderGoneTest {

    private static final String AS_OF = "2026-01-01";

    @TempDir
    Path tmp;

    private record Ended(int exit, String firstLine, String err) {
    }

    /** Starts {@code cca args}; reads one line of its standard output (none when {@code lines} is 0), then closes it. */
    private static Ended run(int lines, String... args) throws Exception {
        return run(lines, false, args);
    }

    /** As {@link #run(int, String...)}; with {@code noStderr}, standard error is closed first, before a byte is read. */
    private static Ended run(int lines, boolean noStderr, String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "dev.cca.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        try {
            if (noStderr) {
                p.getErrorStream().close();
            }
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
                if (noStderr) {
                    return new byte[0];
                }
                try {
                    return p.getErrorStream().readAllBytes();
                } catch (java.io.IOException e) {
                    return new byte[0];
                }
            });
            String first = null;
            if (lines > 0) {
                first = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
            }
            p.getInputStream().close();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the run ends once its reader has gone");
            return new Ended(p.exitValue(), first, new String(err.get(60, TimeUnit.SECONDS), StandardCharsets.UTF_8));
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void a_reader_that_leaves_after_one_line_ends_the_run_quietly_with_141() throws Exception {
        // 360 kB of schema: far more than the pipe and cca's buffer hold, so the reader leaves while cca is writing.
        Ended e = run(1, "schema", "profile");
        assertEquals(ExitCode.READER_GONE.code(), e.exit(), e.err());
        assertEquals("{", e.firstLine());
        assertEquals("", e.err(), "nothing is said of a reader that has gone");
    }

    @Test
    void the_reports_named_by_o_and_standard_error_are_what_they_would_have_been() throws Exception {
        Path piped = tmp.resolve("piped.json");
        Path kept = tmp.resolve("kept.json");
        // The ten samples as JSON, 1.2 MB on standard output, and the same report to a file.
        Ended e = run(1, "assess", "samples/", "--as-of", AS_OF, "--format", "json", "-o", "-", "-o", piped.toString());
        Cli.Run whole = Cli.run(new ByteArrayOutputStream(), "", Map.of(), false, "assess", "samples/", "--as-of", AS_OF,
                "--format", "json", "-o", "-", "-o", kept.toString());
        assertEquals(ExitCode.OK.code(), whole.exit(), whole.toString());
        assertEquals(ExitCode.READER_GONE.code(), e.exit(), e.err());
        assertEquals(whole.out().lines().findFirst().orElseThrow(), e.firstLine());
        assertTrue(whole.out().length() > 1 << 20, "more than a pipe holds: " + whole.out().length());
        assertArrayEquals(Files.readAllBytes(kept), Files.readAllBytes(piped), "the file is written whole, as without the pipe");
        assertEquals(whole.err(), e.err(), "standard error has its warnings, and nothing more");
        assertTrue(e.err().contains("warning CCA-B049"), e.err());
        try (var s = Files.list(tmp)) {
            assertEquals(List.of("kept.json", "piped.json"), s.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no temporary file left behind");
        }
    }

    @Test
    void a_reader_that_has_gone_before_the_first_byte_is_the_same() throws Exception {
        for (String[] args : new String[][] {{"--help"}, {"validate", "samples/"}, {"rules", "explain", "throughput"}}) {
            Ended e = run(0, args);
            assertEquals(ExitCode.READER_GONE.code(), e.exit(), String.join(" ", args) + ": " + e.err());
            assertFalse(e.err().contains("CCA-F"), e.err());
        }
        // Standard error gone as well (its warnings with it): still no crash, and the same code.
        Ended both = run(0, true, "validate", "samples/");
        assertEquals(ExitCode.READER_GONE.code(), both.exit());
    }

    @Test
    void a_full_disk_under_standard_output_is_still_a_failed_write() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists());
        String java = ProcessHandle.current().info().command().orElse("java");
        for (String[] args : new String[][] {{"assess", "samples/wuhan-aicc.yaml"}, {"rules", "list"}}) {
            List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "dev.cca.cli.Main"));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).redirectOutput(full).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(ExitCode.INTERNAL.code(), p.exitValue(), err);
            assertTrue(err.endsWith("cca: error CCA-F073: could not write to standard output (No space left on device)\n"), err);
        }
    }
}
