package dev.cca.testing;

import dev.cca.diag.Problems;
import dev.cca.input.Document;
import dev.cca.input.Limits;
import dev.cca.input.ProfileReader;
import dev.cca.input.SourceFile;
import dev.cca.input.YamlReader;
import dev.cca.model.Accelerator;
import dev.cca.model.CenterProfile;
import dev.cca.model.Datum;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reading profiles from text in tests. */
public final class Profiles {

    public static final LocalDate TODAY = LocalDate.of(2025, 11, 30);

    private Profiles() {
    }

    /** Reads the first document of {@code yaml}; problems go to {@code problems}. */
    /** The texts of the shipped sample profiles ({@code samples/*.yaml}), in name order. */
    public static List<String> sampleTexts() {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(p -> {
                try {
                    return java.nio.file.Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static CenterProfile read(String yaml, Problems problems) {
        SourceFile src = SourceFile.ofText("test.yaml", yaml);
        List<Document> docs = new YamlReader(Limits.DEFAULT).readAll(src, problems);
        if (docs.isEmpty() || docs.get(0).root() == null) {
            return null;
        }
        return new ProfileReader(TODAY).read(docs.get(0), problems);
    }

    /** Reads a profile that must be valid. */
    public static CenterProfile valid(String yaml) {
        Problems p = new Problems();
        CenterProfile c = read(yaml, p);
        if (c == null || p.hasErrors()) {
            throw new AssertionError("expected a valid profile, got " + p.all());
        }
        return c;
    }

    /** A profile's values without their locations, to compare what two inputs mean. */
    public static String summary(CenterProfile p) {
        Map<String, String> values = new TreeMap<>();
        for (Map.Entry<String, Datum> e : p.values().entrySet()) {
            values.put(e.getKey(), summary(e.getValue()));
        }
        List<String> inventory = new ArrayList<>();
        for (Accelerator a : p.accelerators()) {
            inventory.add(a.vendor() + "|" + a.model() + "|" + a.kind() + "|" + a.count() + "|" + a.fp16Tflops()
                    + "|" + a.memoryGb());
        }
        return p.id() + " " + p.name() + " " + values + " " + inventory + " " + p.scenarios();
    }

    private static String summary(Datum d) {
        String value = switch (d.kind()) {
            case NUMBER, BOOLEAN -> String.valueOf(d.number());
            case LIST -> d.items().toString();
            case TEXT -> d.text();
            case DATE -> String.valueOf(d.date());
        };
        return d.kind() + ":" + value + " " + d.evidence() + " " + d.note() + " " + d.evidenceDate();
    }
}
