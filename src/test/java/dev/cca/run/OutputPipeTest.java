package dev.cca.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cca.testing.Cli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run does when the reader of its standard output leaves (a pipe into {@code head}), told from a failed write
 * in one place, {@link OutputPipe}: every command stops writing there, says nothing and exits 141; its standard
 * error and its files are those of a run whose reader stayed.
 */
class OutputPipeTest {

    /** Every command that writes standard output: summaries, listings, help, and reports to {@code -o -}. */
    private static final List<List<String>> COMMANDS = List.of(
            List.of("--help"), List.of("--version"), List.of("help", "batch"), List.of("assess", "--help"),
            List.of("assess", "samples/"), List.of("assess", "samples/wuhan-aicc.yaml", "-o", "-", "--format", "md"),
            List.of("batch", "samples/", "-o", "-", "--format", "csv"), List.of("batch", "samples/", "-o", "/dev/null", "--format", "md"),
            List.of("validate", "samples/"), List.of("rules", "list"), List.of("rules", "show", "cca-default"),
            List.of("rules", "explain", "throughput"), List.of("rules", "diff", "cca-default", "cca-default"),
            List.of("rules", "plot", "throughput", "-o", "-"), List.of("rules", "lint", "scoring-rules/cca-default.yaml"),
            List.of("schema", "profile"), List.of("init"), List.of("generate", "--count", "3", "--format", "csv", "-o", "-"),
            List.of("completion"));

    /** Each command's run with a reader that stays. */
    private static final Map<List<String>, Whole> WHOLE = new ConcurrentHashMap<>();

    private record Whole(int exit, byte[] out, String err, byte[] file) {
    }

    /** A reader that takes {@code n} bytes and leaves: the next write fails as a pipe's does, "Broken pipe". */
    private static final class Leaving extends OutputStream {
        private final ByteArrayOutputStream got = new ByteArrayOutputStream();
        private final long n;

        Leaving(long n) {
            this.n = n;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int room = (int) Math.min(len, n - got.size());
            got.write(b, off, room);
            if (room < len) {
                throw new IOException("Broken pipe");
            }
        }
    }

    /** Runs {@code args}, with {@code -o DIR/report} when {@code dir} is given; that file's bytes are in the result. */
    private static Whole run(OutputStream stdout, List<String> args, Path dir) throws IOException {
        Path file = dir == null ? null : dir.resolve("report");
        String[] a = args.toArray(String[]::new);
        if (file != null) {
            a = Stream.concat(Arrays.stream(a), Stream.of("-o", file.toString())).toArray(String[]::new);
        }
        Cli.Run r = Cli.run(stdout, "", Map.of(), false, a);
        byte[] out = stdout instanceof Leaving l ? l.got.toByteArray() : ((ByteArrayOutputStream) stdout).toByteArray();
        return new Whole(r.exit(), out, r.err(), file == null ? null : Files.readAllBytes(file));
    }

    private static Whole whole(List<String> args) {
        return WHOLE.computeIfAbsent(args, a -> {
            try {
                return run(new ByteArrayOutputStream(), a, null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Property(tries = 60)
    void every_command_gives_a_reader_that_leaves_a_prefix_of_its_output_and_ends_with_141(
            @ForAll @IntRange(min = 0, max = 18) int command, @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double at)
            throws IOException {
        List<String> args = COMMANDS.get(command);
        Whole whole = whole(args);
        assertTrue(whole.out().length > 0, args + " writes standard output");
        int n = (int) (at * whole.out().length);
        Whole cut = run(new Leaving(n), args, null);
        assertEquals(ExitCode.READER_GONE.code(), cut.exit(), args + " left at byte " + n + ": " + cut.err());
        assertArrayEquals(Arrays.copyOf(whole.out(), n), cut.out(), "the reader got the first " + n + " bytes, as written");
        assertEquals(whole.err(), cut.err(), args + ": standard error is the same, and says nothing of the reader");
    }

    @Property(tries = 20)
    void the_reports_named_by_o_are_written_whole_wherever_the_reader_leaves(
            @ForAll boolean batch, @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double at) throws IOException {
        List<String> args = batch ? List.of("batch", "samples/", "--format", "csv", "-o", "-")
                : List.of("assess", "samples/", "--format", "json", "-o", "-");
        Path dir = Files.createTempDirectory("cca-pipe");
        try {
            Whole whole = run(new ByteArrayOutputStream(), args, dir);
            int n = (int) (at * whole.out().length);
            Whole cut = run(new Leaving(n), args, dir);
            assertEquals(ExitCode.READER_GONE.code(), cut.exit(), cut.err());
            assertArrayEquals(whole.file(), cut.file(), "the file is complete, as it would have been");
            assertArrayEquals(whole.out(), whole.file(), "the same report on standard output and in the file");
            try (Stream<Path> s = Files.list(dir)) {
                assertEquals(List.of("report"), s.map(p -> p.getFileName().toString()).toList(), "no temporary file is left");
            }
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void a_reader_gone_is_told_from_a_failure_by_epipe_or_by_the_output_being_a_pipe() {
        assertTrue(OutputPipe.readerGone(new IOException("Broken pipe"), () -> false));
        assertTrue(OutputPipe.readerGone(new IOException("Datenübergabe unterbrochen (broken pipe)"), () -> false));
        // The C library's text in the user's language: on a pipe the reader has gone, elsewhere it is a failure.
        assertTrue(OutputPipe.readerGone(new IOException("断开的管道"), () -> true));
        assertFalse(OutputPipe.readerGone(new IOException("断开的管道"), () -> false));
        assertFalse(OutputPipe.readerGone(new IOException("No space left on device"), () -> false));
        // A pipe another process made non-blocking and that is full: the reader is there, the write failed.
        assertFalse(OutputPipe.readerGone(new IOException("Resource temporarily unavailable"), () -> true));
        assertFalse(OutputPipe.readerGone(new IOException((String) null), () -> false));
    }

    @Test
    void after_a_failed_write_nothing_more_reaches_the_output_and_the_exit_code_says_which_it_was() throws IOException {
        for (String reason : new String[] {"Broken pipe", "No space left on device"}) {
            Leaving reader = new Leaving(3);
            OutputPipe pipe = OutputPipe.of(reader);
            assertTrue(OutputPipe.of(pipe) == pipe, "one stream, one judgement");
            pipe.write("abcdef".getBytes(StandardCharsets.UTF_8), 0, 2);
            IOException first = assertThrows(IOException.class, () -> pipe.write(new byte[] {1, 2}));
            assertThrows(IOException.class, () -> pipe.write(9));
            assertThrows(IOException.class, pipe::flush);
            assertEquals(3, reader.got.size(), "nothing after the failure");
            if (reason.equals("Broken pipe")) {
                assertInstanceOf(OutputPipe.ReaderGone.class, first);
                assertTrue(pipe.readerGone() && OutputPipe.readerGone(pipe) && pipe.failure() == null);
                for (ExitCode c : new ExitCode[] {ExitCode.OK, ExitCode.GATE_FAILED, ExitCode.USAGE, ExitCode.INVALID_INPUT}) {
                    assertEquals(141, pipe.exit(c.code()), c + ": the output was cut short");
                }
                assertEquals(4, pipe.exit(4), "a failure of the run's own keeps its code");
            }
        }
        OutputPipe full = OutputPipe.of(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        });
        assertThrows(IOException.class, () -> full.write(1));
        assertFalse(full.readerGone());
        assertEquals("No space left on device", full.failure().getMessage());
        assertEquals(0, full.exit(0), "a failure is the command line's to report (CCA-F073)");
    }

    @TempDir
    Path tmp;

    @Test
    void a_fifo_is_a_pipe_and_a_regular_file_is_not() throws Exception {
        Path fifo = tmp.resolve("fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        Path file = Files.writeString(tmp.resolve("file"), "");
        OutputStream localized = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("断开的管道");
            }
        };
        OutputPipe onFifo = OutputPipe.through(localized, fifo);
        assertThrows(OutputPipe.ReaderGone.class, () -> onFifo.write(1));
        OutputPipe onFile = OutputPipe.through(localized, file);
        IOException e = assertThrows(IOException.class, () -> onFile.write(1));
        assertFalse(e instanceof OutputPipe.ReaderGone || onFile.readerGone(), "a regular file has no reader to leave");
    }

    @Test
    void a_fifo_named_by_o_whose_reader_leaves_ends_the_run_with_141_and_the_files_are_written() throws Exception {
        Path fifo = tmp.resolve("fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        Path md = tmp.resolve("report.md");
        String[] firstLine = new String[1];
        Thread reader = new Thread(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                firstLine[0] = new String(in.readNBytes(1), StandardCharsets.UTF_8);
            } catch (IOException e) {
                firstLine[0] = e.toString();
            }
        });
        reader.start();
        Cli.Run r = Cli.run("assess", "samples/", "-q", "--format", "json", "-o", fifo.toString(), "-o", md.toString());
        reader.join(10_000);
        assertEquals("{", firstLine[0]);
        assertEquals(ExitCode.READER_GONE.code(), r.exit(), r.toString());
        assertFalse(r.err().contains("CCA-F"), r.err());
        Cli.Run again = Cli.run("assess", "samples/", "-q", "--format", "json", "-o", "-");
        assertEquals(again.out(), Files.readString(md), "the file is complete");
    }
}
