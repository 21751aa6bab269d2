package dev.cca.input.bench;

import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;

/**
 * A reader of a text log (MLPerf summaries and result logs, nccl-tests, Megatron-LM and torchtitan): it walks a
 * {@link TextLog} line by line, so that a log on disk is streamed in bounded memory however long it is, and reads
 * a file already in memory through the same code.
 */
interface LogReader extends NativeReader {

    /** Reads a log, one line at a time; see {@link NativeReader#read(SourceFile)} for what it throws. */
    NativeRun read(TextLog log) throws InputException;

    @Override
    default NativeRun read(SourceFile file) throws InputException {
        return read(TextLog.of(file));
    }
}
