package dev.cca.cli;

import dev.cca.run.UsageException;
import picocli.CommandLine.Option;

/** {@code --threads N}, the one option of every command that reads inputs on several threads. */
final class ThreadsOption {

    /** More parsing threads than this only cost memory: the work is bounded by the cores. */
    static final int MAX = 256;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that read, check and explain the inputs (1 to " + MAX + "). Default: the number of processors.")
    Integer threads;

    /** The threads asked for, or the processors; a count outside 1..{@value #MAX} is a usage error. */
    int count() throws UsageException {
        int n = threads == null ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
        if (n < 1 || n > MAX) {
            throw new UsageException(dev.cca.diag.OptionCode.THREADS, n, MAX);
        }
        return n;
    }
}
