package dev.cca.input.bench;

import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import java.util.List;

/**
 * A reader of a text log (MLPerf summaries and result logs, nccl-tests, Megatron-LM and torchtitan): it walks a
 * {@link TextLog} line by line, so that a log on disk is streamed in bounded memory however long it is, and reads
 * a file already in memory through the same code.
 */
interface LogReader extends NativeReader {

    /** Reads a log, one line at a time; see {@link NativeReader#read(SourceFile)} for what it throws. */
    NativeRun read(TextLog log) throws InputException;

    /**
     * Every result of a log that may hold several (nccl-tests: one per collective run); one for the others. A log
     * streamed from disk is read through this, as one in memory is through {@link #readAll(SourceFile)}.
     */
    default List<NativeRun> readAll(TextLog log) throws InputException {
        return List.of(read(log));
    }

    @Override
    default NativeRun read(SourceFile file) throws InputException {
        return read(TextLog.of(file));
    }

    @Override
    default List<NativeRun> readAll(SourceFile file) throws InputException {
        return readAll(TextLog.of(file));
    }
}
