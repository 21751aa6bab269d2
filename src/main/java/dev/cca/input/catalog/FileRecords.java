package dev.cca.input.catalog;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.input.Document;
import dev.cca.input.SourceFile;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Cuts one file into raw records, lazily. Problems of the whole file (it cannot be opened, its header is
 * wrong, it stops decoding half-way) go to {@link Context#report}; problems of one record travel with
 * that record.
 */
interface FileRecords extends Closeable {

    /** The next raw record, or null when the file is done (or cannot be read further). */
    RawRecord next();

    @Override
    void close();

    /** The share of the file cut so far, 0 to 1, or -1 when the reader cannot tell (the bytes read then stand in). */
    default double progress() {
        return -1;
    }

    /**
     * What a reader of one file needs.
     *
     * @param path   the file, or null for a stream (standard input)
     * @param name   the file as messages name it (as the user gave it, or below the directory given)
     * @param report where problems of the whole file go
     */
    record Context(Path path, String name, CatalogOptions options, Consumer<Diagnostic> report) {

        void error(dev.cca.diag.Message message) {
            report.accept(Diagnostic.error(Location.file(name), message));
        }

        void error(int line, int column, dev.cca.diag.Message message) {
            report.accept(Diagnostic.error(Location.of(name, line, column), message));
        }
    }

    /** A record whose parse result is already known: a record broken while cutting, or parsed on the way. */
    record Ready(ParsedRecord record) implements RawRecord {

        /** A record starting at {@code line} that could not be cut; the problem is at errorLine:errorColumn. */
        static Ready broken(SourceFile source, int index, int line, int errorLine, int errorColumn, dev.cca.diag.Message message) {
            Problems p = new Problems();
            p.error(Location.of(source.name(), errorLine, errorColumn), message);
            return new Ready(new ParsedRecord(new Document(source, index, line, null), Location.of(source.name(), line, 1), p));
        }

        @Override
        public Location location() {
            return record.location();
        }

        @Override
        public ParsedRecord parse() {
            return record;
        }
    }
}
