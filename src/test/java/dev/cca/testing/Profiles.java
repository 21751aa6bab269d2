package dev.cca.testing;

import dev.cca.diag.Problems;
import dev.cca.input.Document;
import dev.cca.input.Limits;
import dev.cca.input.ProfileReader;
import dev.cca.input.SourceFile;
import dev.cca.input.YamlReader;
import dev.cca.model.CenterProfile;
import java.time.LocalDate;
import java.util.List;

/** Reading profiles from text in tests. */
public final class Profiles {

    public static final LocalDate TODAY = LocalDate.of(2025, 11, 30);

    private Profiles() {
    }

    /** Reads the first document of {@code yaml}; problems go to {@code problems}. */
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
}
