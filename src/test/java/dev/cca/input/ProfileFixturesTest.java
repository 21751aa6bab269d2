package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cca.diag.Problems;
import dev.cca.model.CenterProfile;
import dev.cca.testing.Expectations;
import dev.cca.testing.Profiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** One fixture per failure mode under profiles/invalid: each states the located errors it must produce. */
class ProfileFixturesTest {

    @TestFactory
    Stream<DynamicTest> every_invalid_fixture_gives_exactly_its_located_errors() throws IOException {
        return Expectations.fixtures("profiles/invalid").stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            List<Expectations.Expected> expected = Expectations.of(f);
            Problems problems = new Problems();
            SourceFile src = InputFiles.read(f, f.getFileName().toString(), Limits.DEFAULT, null);
            CenterProfile p = null;
            for (Document d : new YamlReader(Limits.DEFAULT).readAll(src, problems)) {
                if (d.root() != null) {
                    p = new ProfileReader(Profiles.TODAY).read(d, problems);
                }
            }
            assertNull(p, f + ": an invalid profile must not be returned");
            Expectations.assertMatches(f, expected, problems.all());
        }));
    }

    static Path fixture(String name) {
        return Path.of("src/test/resources/profiles", name);
    }
}
