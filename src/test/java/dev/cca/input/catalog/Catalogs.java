package dev.cca.input.catalog;

import dev.cca.diag.Diagnostic;
import dev.cca.input.ProfileReader;
import dev.cca.model.CenterProfile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: read a whole catalog and keep everything a test may look at. */
public final class Catalogs {

    public static final ProfileReader READER = new ProfileReader(LocalDate.of(2026, 1, 1));

    private Catalogs() {
    }

    /** One record as read: the record, its profile (null when invalid). */
    public record Read(ParsedRecord record, CenterProfile profile) {
        public List<Diagnostic> errors() {
            return record.problems().all().stream().filter(Diagnostic::isError).toList();
        }

        public List<Diagnostic> warnings() {
            return record.problems().all().stream().filter(d -> !d.isError()).toList();
        }
    }

    /** A whole catalog as read. */
    public record Result(List<Read> records, List<Diagnostic> fileProblems) {
        public List<CenterProfile> profiles() {
            return records.stream().map(Read::profile).filter(p -> p != null).toList();
        }

        public List<Diagnostic> recordErrors() {
            return records.stream().flatMap(r -> r.errors().stream()).toList();
        }

        public List<Diagnostic> fileErrors() {
            return fileProblems.stream().filter(Diagnostic::isError).toList();
        }

        /** Every problem, one per line, for assertion messages. */
        public String describe() {
            List<String> all = new ArrayList<>();
            fileProblems.forEach(d -> all.add(d.format()));
            records.forEach(r -> r.record().problems().all().forEach(d -> all.add(d.format())));
            return all.stream().limit(40).collect(Collectors.joining("\n"));
        }
    }

    public static Result read(CatalogOptions options, Path... inputs) {
        try (CatalogSource src = CatalogSource.open(List.of(inputs), options)) {
            List<Read> out = new ArrayList<>();
            for (RawRecord raw : src) {
                ParsedRecord rec = raw.parse();
                out.add(new Read(rec, rec.profile(READER)));
            }
            return new Result(out, src.fileProblems());
        }
    }

    public static Result read(Path... inputs) {
        return read(CatalogOptions.DEFAULT, inputs);
    }
}
