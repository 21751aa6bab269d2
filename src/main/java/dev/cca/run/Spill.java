package dev.cca.run;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Texts kept in the order added, read back as often as needed (a report reads each of its parts once). They stay in
 * memory up to {@link #MEMORY_CHARS} characters in all (a run of a few centers, which then creates no file); past
 * that they move to a temporary file, private to the user and deleted on close, so memory stays bounded however
 * many centers a run streams.
 */
final class Spill implements AutoCloseable {

    /** Characters kept in memory before the texts move to a file: 1M chars, 2 MB of heap at most. */
    static final long MEMORY_CHARS = 1L << 20;

    private final long memoryChars;
    private List<String> memory = new ArrayList<>();
    private long chars;
    private Path file;
    private DataOutputStream out;
    private long count;

    Spill() {
        this(MEMORY_CHARS);
    }

    /** With a different memory allowance (tests: 0 sends every text to the file). */
    Spill(long memoryChars) {
        this.memoryChars = memoryChars;
    }

    void add(String s) {
        if (out == null) {
            chars += s.length();
            if (chars <= memoryChars) {
                memory.add(s);
                count++;
                return;
            }
            open();
        }
        write(s);
        count++;
    }

    private void open() {
        try {
            file = Files.createTempFile("cca-assess-", ".part");
            file.toFile().deleteOnExit();
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the centers' reports", e);
        }
        for (String m : memory) {
            write(m);
        }
        memory = null;
    }

    private void write(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        try {
            out.writeInt(b.length);
            out.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the temporary file " + file, e);
        }
    }

    long count() {
        return count;
    }

    /** Whether the texts went to a temporary file. */
    boolean spilled() {
        return file != null;
    }

    /** The temporary file, or null while the texts are in memory. */
    Path file() {
        return file;
    }

    /** The texts, in the order added; each iteration reads the file again. */
    Iterable<String> items() {
        if (out == null) {
            return java.util.Collections.unmodifiableList(memory);
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return () -> new Iterator<>() {
            private final DataInputStream in = read();
            private long read;

            private DataInputStream read() {
                try {
                    return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                if (read < count) {
                    return true;
                }
                try {
                    in.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return false;
            }

            @Override
            public String next() {
                if (read >= count) {
                    throw new NoSuchElementException();
                }
                try {
                    byte[] b = new byte[in.readInt()];
                    in.readFully(b);
                    read++;
                    return new String(b, StandardCharsets.UTF_8);
                } catch (EOFException e) {
                    throw new UncheckedIOException("the temporary file " + file + " was cut short", e);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    @Override
    public void close() {
        if (out == null) {
            memory = List.of();
            return;
        }
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary file that cannot be removed is removed at exit.
        }
    }
}
