package dev.cca.run;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.input.Document;
import dev.cca.input.InputFiles;
import dev.cca.input.JsonReader;
import dev.cca.input.Limits;
import dev.cca.input.Node;
import dev.cca.input.ProfileReader;
import dev.cca.input.SourceFile;
import dev.cca.input.YamlReader;
import dev.cca.model.CenterProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The profiles named on a command line, read and validated: files (YAML, multi-document YAML, JSON),
 * directories of them (walked in sorted order), or standard input ({@code -}). Problems are collected for
 * all inputs; valid profiles are kept even when others fail. Keeps each file's text so that messages can
 * show the offending line.
 */
public final class ProfileSet {

    /** A profile with the warnings its document produced. */
    public record Entry(CenterProfile profile, List<Diagnostic> warnings) {
    }

    private final List<Entry> profiles = new ArrayList<>();
    private final Problems problems = new Problems();
    private final Map<String, SourceFile> sources = new LinkedHashMap<>();
    private final List<Path> inputPaths = new ArrayList<>();
    private final List<Document> benchmarkDocuments = new ArrayList<>();
    private final List<String> nativeBenchmarkFiles = new ArrayList<>();
    private final dev.cca.input.bench.NativeFormats natives = dev.cca.input.bench.NativeFormats.standard();

    /** @param referenceDate the date the assessment is made for: no date of a profile may be after it */
    public static ProfileSet read(List<String> inputs, Limits limits, Charset encoding, LocalDate referenceDate, InputStream stdin) {
        ProfileSet set = new ProfileSet();
        ProfileReader reader = new ProfileReader(referenceDate);
        Map<String, Location> ids = new LinkedHashMap<>();
        for (String input : inputs) {
            if (isTable(input)) {
                set.catalog(input, limits, encoding, reader, ids);
                continue;
            }
            for (Loaded l : set.files(input, limits, encoding, stdin)) {
                set.documents(l, limits, reader, ids);
            }
        }
        return set;
    }

    /** JSON Lines, CSV and XLSX inputs are catalogs, read record by record as {@code cca batch} reads them. */
    private static boolean isTable(String input) {
        dev.cca.input.catalog.Format f = dev.cca.input.catalog.Format.byFileName(input);
        return f == dev.cca.input.catalog.Format.JSON_LINES || f == dev.cca.input.catalog.Format.CSV
                || f == dev.cca.input.catalog.Format.XLSX;
    }

    private void catalog(String input, Limits limits, Charset encoding, ProfileReader reader, Map<String, Location> ids) {
        dev.cca.input.catalog.CatalogOptions options = new dev.cca.input.catalog.CatalogOptions(limits, encoding, null, null);
        inputPaths.add(Path.of(input));
        try (dev.cca.input.catalog.CatalogSource source = dev.cca.input.catalog.CatalogSource.open(List.of(Path.of(input)), options)) {
            for (dev.cca.input.catalog.RawRecord raw : source) {
                dev.cca.input.catalog.ParsedRecord rec = raw.parse();
                CenterProfile p = rec.profile(reader);
                List<Diagnostic> warnings = new ArrayList<>();
                for (Diagnostic d : rec.problems().all()) {
                    if (d.isError()) {
                        problems.add(d);
                    } else {
                        warnings.add(d);
                    }
                }
                if (p != null) {
                    add(p, warnings, ids);
                }
            }
            problems.addAll(source.fileProblems());
        }
    }

    private void add(CenterProfile p, List<Diagnostic> warnings, Map<String, Location> ids) {
        Location first = ids.putIfAbsent(p.id(), p.origin());
        if (first != null) {
            problems.error(p.origin().withPath("id"), "duplicate center id '" + p.id() + "': also at " + first.prefix());
            return;
        }
        profiles.add(new Entry(p, warnings));
    }

    private record Loaded(SourceFile source) {
    }

    private List<Loaded> files(String input, Limits limits, Charset encoding, InputStream stdin) {
        List<Loaded> out = new ArrayList<>();
        try {
            if (input.equals("-")) {
                SourceFile s = InputFiles.readStdin(stdin, limits, encoding);
                out.add(new Loaded(s));
                return out;
            }
            Path p = Path.of(input);
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(ProfileSet::isProfileFile).sorted().forEach(files::add);
                }
                if (files.isEmpty()) {
                    problems.error(Location.file(input), "the folder holds no .yaml, .yml or .json files");
                }
                for (Path f : files) {
                    out.addAll(files(f.toString(), limits, encoding, stdin));
                }
                return out;
            }
            inputPaths.add(p);
            out.add(new Loaded(InputFiles.read(p, input, limits, encoding)));
        } catch (InputException e) {
            problems.addAll(e.diagnostics());
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.error(Location.file(input), "cannot read: " + e.getMessage());
        }
        return out;
    }

    static boolean isProfileFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.startsWith(".") && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"));
    }

    private void documents(Loaded l, Limits limits, ProfileReader reader, Map<String, Location> ids) {
        SourceFile src = l.source();
        sources.put(src.name(), src);
        if (isNativeBenchmark(src)) {
            nativeBenchmarkFiles.add(src.name());
            return;
        }
        if (!src.encodingNote().isEmpty() && !src.encodingNote().startsWith("UTF-8")) {
            problems.warning(Location.file(src.name()), "read as " + src.encodingNote());
        }
        List<Document> docs;
        if (src.name().toLowerCase(Locale.ROOT).endsWith(".json")) {
            Node root = new JsonReader(limits).parse(src.text(), src.name(), 0, problems);
            docs = root == null ? List.of() : List.of(new Document(src, 0, root.line(), root));
        } else {
            docs = new YamlReader(limits).readAll(src, problems);
            if (docs.isEmpty() && !problems.hasErrors()) {
                problems.error(Location.file(src.name()), "the file holds no document (it is empty or only comments)");
            }
        }
        for (Document d : docs) {
            if (d.root() == null) {
                continue; // a broken document: its problems are recorded already
            }
            String format = ProfileReader.formatOf(d.root());
            if ("benchmark-run/v1".equals(format)) {
                benchmarkDocuments.add(d);
                continue;
            }
            Problems local = new Problems();
            CenterProfile p = reader.read(d, local);
            List<Diagnostic> warnings = new ArrayList<>();
            for (Diagnostic diag : local.all()) {
                if (diag.isError()) {
                    problems.add(diag);
                } else {
                    warnings.add(diag);
                }
            }
            if (p != null && checkBenchmarkFiles(p, src, limits)) {
                add(p, warnings, ids);
            }
        }
    }

    /**
     * Benchmark files named by a profile must exist, relative to the profile's file, and stay where a submitted
     * file may point (see {@link dev.cca.input.NamedFiles}).
     */
    private boolean checkBenchmarkFiles(CenterProfile p, SourceFile src, Limits limits) {
        boolean ok = true;
        for (CenterProfile.BenchmarkRef ref : p.benchmarks()) {
            try {
                dev.cca.input.NamedFiles.resolve(ref.path(), src.path(), limits, "benchmark file", ref.origin());
            } catch (InputException e) {
                problems.addAll(e.diagnostics());
                ok = false;
            }
        }
        return ok;
    }

    public List<Entry> profiles() {
        return profiles;
    }

    public Problems problems() {
        return problems;
    }

    /** Files read, for refusing to overwrite an input. */
    public List<Path> inputPaths() {
        return inputPaths;
    }

    /** Every profile file read, in the order read (catalogs read record by record are in {@link #inputPaths}). */
    public java.util.Collection<SourceFile> sources() {
        return sources.values();
    }

    /** The text of a file read, for showing the offending line of a problem; null if unknown. */
    public SourceFile source(String name) {
        return sources.get(name);
    }

    /**
     * A benchmark tool's own output among the inputs (a vLLM result next to the profile, say): recognised by
     * its content, and not a document with a {@code cca:} format tag.
     */
    private boolean isNativeBenchmark(SourceFile src) {
        String head = src.text().length() > 4096 ? src.text().substring(0, 4096) : src.text();
        if (head.contains("cca:") || head.contains("\"cca\"")) {
            return false;
        }
        return !natives.candidates(src.text()).isEmpty();
    }

    /** Native benchmark outputs found among the inputs; they are read as if given with --bench. */
    public List<String> nativeBenchmarkFiles() {
        return nativeBenchmarkFiles;
    }

    /** benchmark-run documents found among the inputs. */
    public List<Document> benchmarkDocuments() {
        return benchmarkDocuments;
    }
}
