package dev.cca.input;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.FileCode;
import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads whole text inputs from disk or standard input, within the limits, with clear errors. */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * A file cca reads as UTF-8 whatever {@code --encoding} says of the inputs (a rule set, a gate file): as
     * {@link #read} without an encoding, and a file that looks like GB18030 is told to be saved as UTF-8, since no option
     * would read it otherwise.
     */
    public static SourceFile readUtf8(Path path, String name, Limits limits) throws InputException {
        byte[] bytes = readBytes(path, name, limits);
        TextDecoder.Decoded d = TextDecoder.decode(bytes, null, name, false);
        return new SourceFile(name, path, d.text(), d.note());
    }

    /** Reads and decodes a file. {@code name} is how messages call it (the path as the user typed it). */
    public static SourceFile read(Path path, String name, Limits limits, Charset encoding) throws InputException {
        byte[] bytes = readBytes(path, name, limits);
        TextDecoder.Decoded d = TextDecoder.decode(bytes, encoding, name);
        return new SourceFile(name, path, d.text(), d.note());
    }

    /** Reads a file's bytes after checking that it exists, is a regular readable file and is not too large. */
    public static byte[] readBytes(Path path, String name, Limits limits) throws InputException {
        checkReadable(path, name);
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                throw tooLarge(name, size, limits);
            }
            return Files.readAllBytes(path);
        } catch (AccessDeniedException e) {
            throw new InputException(Diagnostic.error(Location.file(name), FileCode.PERMISSION_DENIED));
        } catch (NoSuchFileException e) {
            throw new InputException(Diagnostic.error(Location.file(name), FileCode.NO_SUCH_FILE));
        } catch (IOException e) {
            throw new InputException(Diagnostic.error(Location.file(name), FileCode.CANNOT_READ, e.getMessage()));
        } catch (OutOfMemoryError e) {
            throw new InputException(Diagnostic.error(Location.file(name), FileCode.OUT_OF_MEMORY));
        }
    }

    public static void checkReadable(Path path, String name) throws InputException {
        if (!Files.exists(path)) {
            throw new InputException(Diagnostic.error(Location.file(name), FileCode.NO_SUCH_FILE));
        }
        if (Files.isDirectory(path)) {
            throw new InputException(Diagnostic.error(Location.file(name), FileCode.DIRECTORY));
        }
        if (!Files.isRegularFile(path)) {
            throw new InputException(Diagnostic.error(Location.file(name), FileCode.NOT_REGULAR));
        }
        if (!Files.isReadable(path)) {
            throw new InputException(Diagnostic.error(Location.file(name), FileCode.PERMISSION_DENIED));
        }
    }

    /** Reads standard input (named {@code -}) within the file-size limit. */
    public static SourceFile readStdin(InputStream in, Limits limits, Charset encoding) throws InputException {
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                throw tooLarge("<stdin>", bytes.length, limits);
            }
            TextDecoder.Decoded d = TextDecoder.decode(bytes, encoding, "<stdin>");
            return new SourceFile("<stdin>", null, d.text(), d.note());
        } catch (IOException e) {
            throw new InputException(Diagnostic.error(Location.file("<stdin>"), FileCode.CANNOT_READ_STDIN, e.getMessage()));
        }
    }

    private static InputException tooLarge(String name, long size, Limits limits) {
        return new InputException(Diagnostic.error(Location.file(name), FileCode.TOO_LARGE, Limits.human(size),
                Limits.human(limits.maxFileBytes())));
    }
}
