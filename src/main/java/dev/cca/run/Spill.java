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
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Texts kept in a temporary file instead of memory, in the order added, read back as often as needed (a report
 * reads each of its parts once; the file is private to the user and deleted on close).
 */
final class Spill implements AutoCloseable {
    private final Path file;
    private final DataOutputStream out;
    private long count;

    Spill() {
        try {
            file = Files.createTempFile("cca-assess-", ".part");
            file.toFile().deleteOnExit();
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the centers' reports", e);
        }
    }

    void add(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        try {
            out.writeInt(b.length);
            out.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the temporary file " + file, e);
        }
        count++;
    }

    long count() {
        return count;
    }

    /** The texts, in the order added; each iteration reads the file again. */
    Iterable<String> items() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return () -> new Iterator<>() {
            private final DataInputStream in = open();
            private long read;

            private DataInputStream open() {
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
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary file that cannot be removed is removed at exit.
        }
    }
}
