package dev.cca.run;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * An output whose reader may go before cca is done: standard output, and a FIFO named by {@code -o} (among them
 * {@code /dev/stdout} on a pipe). The one place that decides what a failed write means. Every command writes its
 * summary, listing or {@code -o -} report through the run's standard output, one of these; {@link ReportFiles}
 * writes a FIFO through one; and the command line asks standard output, once at the end of the run, what became
 * of the run's outputs ({@link #exit}).
 *
 * <ul>
 *   <li><b>The reader has gone</b> ({@code head} after its lines, {@code less} quit, {@code grep -q} on its first
 *       match): normal use of a pipe, not a failure of cca. Nothing more is written there, nothing is said about it,
 *       and the run ends with {@link ExitCode#READER_GONE} (141, 128 + SIGPIPE: what a shell reports of a program
 *       that SIGPIPE ended, as it ends the GNU tools; the JVM ignores SIGPIPE, so cca's write fails with EPIPE
 *       instead).</li>
 *   <li><b>Any other failure</b> (a full disk under {@code > file}, {@code > /dev/full}, a closed descriptor): nothing
 *       more is written there either, and the run is a failed write: {@code CCA-F073} with the reason (a summary or
 *       listing), {@code CCA-F181} (a report), exit 4.</li>
 * </ul>
 *
 * <p>Which is which: the failed write's {@link IOException} says EPIPE's text, "Broken pipe" (which some translations
 * keep: "Datenübergabe unterbrochen (broken pipe)"); and, because the JVM gives the C library's text in the user's
 * locale (a Chinese one says "断开的管道"), a failed write to an output that is a pipe or a socket means the reader
 * has gone as well: write(2) on a pipe fails only with EPIPE, or with EAGAIN when another process made it
 * non-blocking, which stays a failure. Nothing else of the run changes: standard error (progress, warnings, the
 * problems of the inputs) is written as ever, and the reports named by {@code -o} are written whole or not at all,
 * as they would have been had the reader stayed ({@link ReportFiles}).
 */
public final class OutputPipe extends OutputStream {

    /** A write refused because the reader has gone. */
    public static final class ReaderGone extends IOException {
        private static final long serialVersionUID = 1L;

        ReaderGone(Throwable cause) {
            super("the reader has gone", cause);
        }
    }

    /** EPIPE's text, and EAGAIN's, as the C library says them in English. */
    private static final String EPIPE = "broken pipe";
    private static final String EAGAIN = "resource temporarily unavailable";

    /** st_mode's file types of a pipe (FIFO) and a socket. */
    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFSOCK = 0140000;

    private final OutputStream out;
    private final BooleanSupplier pipe;
    private volatile boolean gone;
    private volatile boolean otherGone;
    private volatile IOException failure;

    private OutputPipe(OutputStream out, BooleanSupplier pipe) {
        this.out = out;
        this.pipe = pipe;
    }

    /**
     * The process's standard output, file descriptor 1, buffered. Not {@code System.out}: a {@code PrintStream}
     * swallows write errors, and a report piped onto a full disk must fail.
     */
    public static OutputPipe standardOutput() {
        return new OutputPipe(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                () -> isPipe(Path.of("/dev/stdout")));
    }

    /** {@code out} as standard output: itself if it is one; another stream (a test's) tells its reader gone by the message only. */
    public static OutputPipe of(OutputStream out) {
        return of(out, () -> false);
    }

    /** {@code out}, which is a pipe or a socket when {@code pipe} says so (asked after a failed write only). */
    static OutputPipe of(OutputStream out, BooleanSupplier pipe) {
        return out instanceof OutputPipe s ? s : new OutputPipe(out, pipe);
    }

    /** {@code out}, opened on {@code file} (a FIFO or a character device named by {@code -o}). */
    static OutputPipe through(OutputStream out, Path file) {
        return new OutputPipe(out, () -> isPipe(file));
    }

    /** Whether {@code out} is one of these and its reader has gone. */
    public static boolean readerGone(OutputStream out) {
        return out instanceof OutputPipe s && s.gone;
    }

    /** Whether the reader has gone. */
    public boolean readerGone() {
        return gone;
    }

    /** Records that the reader of another output of the run (a FIFO named by {@code -o}) has gone. */
    void otherReaderGone() {
        otherGone = true;
    }

    /** The failed write that was not the reader going (a full disk), or null. */
    public IOException failure() {
        return failure;
    }

    /**
     * The exit code of a run that returned {@code code}, asked of its standard output: {@link ExitCode#READER_GONE}
     * when the reader of this or of a FIFO the run wrote has gone, unless the run failed of itself
     * ({@link ExitCode#INTERNAL}: a bug, or a report that could not be written, which it has said on standard error);
     * {@code code} otherwise.
     */
    public int exit(int code) {
        return (gone || otherGone) && code != ExitCode.INTERNAL.code() ? ExitCode.READER_GONE.code() : code;
    }

    @Override
    public void write(int b) throws IOException {
        refuseWhenDone();
        try {
            out.write(b);
        } catch (IOException e) {
            throw seen(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        refuseWhenDone();
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw seen(e);
        }
    }

    @Override
    public void flush() throws IOException {
        refuseWhenDone();
        try {
            out.flush();
        } catch (IOException e) {
            throw seen(e);
        }
    }

    /** After a failed write nothing more is written (a disk that frees up must not get the rest of a broken report). */
    private void refuseWhenDone() throws IOException {
        if (gone) {
            throw new ReaderGone(null);
        }
        IOException f = failure;
        if (f != null) {
            throw new IOException(f.getMessage(), f);
        }
    }

    /** Records a failed write as the reader gone or as a failure; returns what the writer is to get. */
    private synchronized IOException seen(IOException e) {
        if (gone || failure != null) {
            return e;
        }
        if (readerGone(e, pipe)) {
            gone = true;
            return new ReaderGone(e);
        }
        failure = e;
        return e;
    }

    /** Whether a failed write means the reader has gone (see the class's comment). */
    static boolean readerGone(IOException e, BooleanSupplier pipe) {
        String m = String.valueOf(e.getMessage()).strip().toLowerCase(Locale.ROOT);
        return m.contains(EPIPE) || !m.equals(EAGAIN) && pipe.getAsBoolean();
    }

    /** Whether {@code file} (through links) is a pipe (a FIFO) or a socket; false where that cannot be told. */
    private static boolean isPipe(Path file) {
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & S_IFMT;
            return type == S_IFIFO || type == S_IFSOCK;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
