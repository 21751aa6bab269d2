package dev.cca.input.bench;

import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import java.util.List;

/**
 * Reads one benchmark tool's own output format. Implementations are registered in {@link NativeFormats}; each
 * reads the file whole, collects every problem with its location, and either returns complete runs or throws:
 * never a partial result, never an unchecked exception, whatever the bytes.
 */
public interface NativeReader {

    /** The format's name, as {@code import.format} and the benchmark-run {@code tool} spell it. */
    String format();

    /** A sentence naming the files this reader takes, for the "unrecognised benchmark output" message. */
    String describe();

    /**
     * True when {@code content} looks like this format's output. Detection reads markers in the content (key
     * names, header lines); file names are only a tie-break, see {@link #nameHint(String)}.
     */
    boolean detect(String content);

    /** True when a file name is typical of this format; used only to break a tie between detections. */
    default boolean nameHint(String fileName) {
        return false;
    }

    /**
     * Reads a file that holds one result.
     *
     * @throws RejectedRunException when the file is well-formed but the tool itself says the run does not
     *                              count (MLPerf INVALID, an aborted training run)
     * @throws InputException       when the file is not a complete, valid result of this format, or holds
     *                              several results (read those with {@link #readAll(SourceFile)})
     */
    NativeRun read(SourceFile file) throws InputException;

    /** Reads every result of a file; formats that append one result per line (JSON Lines) return several. */
    default List<NativeRun> readAll(SourceFile file) throws InputException {
        return List.of(read(file));
    }
}
