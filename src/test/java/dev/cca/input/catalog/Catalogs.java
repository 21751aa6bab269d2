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
final class Catalogs {

    static final ProfileReader READER = new ProfileReader(LocalDate.of(2026, 1, 1));

    private Catalogs() {
    }

    /** One record as read: the record, its profile (null when invalid). */
    record Read(ParsedRecord record, CenterProfile profile) {
        List<Diagnostic> errors() {
            return record.problems().all().stream().filter(Diagnostic::isError).toList();
        }

        List<Diagnostic> warnings() {
            return record.problems().all().stream().filter(d -> !d.isError()).toList();
        }
    }

    /** A whole catalog as read. */
    record Result(List<Read> records, List<Diagnostic> fileProblems) {
        List<CenterProfile> profiles() {
            return records.stream().map(Read::profile).filter(p -> p != null).toList();
        }

        List<Diagnostic> recordErrors() {
            return records.stream().flatMap(r -> r.errors().stream()).toList();
        }

        List<Diagnostic> fileErrors() {
            return fileProblems.stream().filter(Diagnostic::isError).toList();
        }

        /** Every problem, one per line, for assertion messages. */
        String describe() {
            List<String> all = new ArrayList<>();
            fileProblems.forEach(d -> all.add(d.format()));
            records.forEach(r -> r.record().problems().all().forEach(d -> all.add(d.format())));
            return all.stream().limit(40).collect(Collectors.joining("\n"));
        }
    }

    static Result read(CatalogOptions options, Path... inputs) {
        try (CatalogSource src = CatalogSource.open(List.of(inputs), options)) {
            List<Read> out = new ArrayList<>();
            for (RawRecord raw : src) {
                ParsedRecord rec = raw.parse();
                out.add(new Read(rec, rec.profile(READER)));
            }
            return new Result(out, src.fileProblems());
        }
    }

    static Result read(Path... inputs) {
        return read(CatalogOptions.DEFAULT, inputs);
    }
}
