package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.input.Limits;
import dev.cca.run.ValidateConfig;
import dev.cca.run.ValidateRun;
import dev.cca.testing.JsonRecords;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@code cca validate} keeps of the warnings of valid centers only what it can print ({@code --max-problems} per
 * file), so its memory does not grow with the records; what it prints, and every count, are those of keeping every
 * warning.
 */
class ValidateKeepsWhatItPrintsProperties {

    private static final List<String> RECORDS = JsonRecords.records();
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    @Property(tries = 12)
    void what_is_printed_and_counted_is_what_keeping_every_warning_prints(@ForAll("picks") List<Integer> picks,
            @ForAll @IntRange(min = 0, max = 40) int max, @ForAll boolean twoFiles) throws Exception {
        Path dir = Files.createTempDirectory("cca-validate-kept");
        try {
            List<String> inputs = new ArrayList<>();
            int files = twoFiles ? 2 : 1;
            for (int f = 0; f < files; f++) {
                StringBuilder sb = new StringBuilder();
                for (int i = f; i < picks.size(); i += files) {
                    sb.append(RECORDS.get(picks.get(i) % RECORDS.size()).replaceFirst("\"id\":\\s*\"", "\"id\": \"r" + i + "-")).append('\n');
                }
                Path p = dir.resolve("c" + f + ".jsonl");
                Files.writeString(p, sb, StandardCharsets.UTF_8);
                inputs.add(p.toString());
            }
            ValidateRun.Outcome all = ValidateRun.run(new ValidateConfig(inputs, TODAY, null, Limits.DEFAULT, null, 2,
                    Integer.MAX_VALUE), new ByteArrayInputStream(new byte[0]));
            ValidateRun.Outcome kept = ValidateRun.run(new ValidateConfig(inputs, TODAY, null, Limits.DEFAULT, null, 2,
                    max == 0 ? Integer.MAX_VALUE : max), new ByteArrayInputStream(new byte[0]));
            assertEquals(all.errors(), kept.errors());
            assertEquals(all.warnings(), kept.warnings());
            assertEquals(printed(all, max, false), printed(kept, max, true));
            assertTrue(max == 0 || kept.problems().size() <= all.problems().stream().filter(d -> d.isError()).count()
                    + (long) max * files + files, () -> kept.problems().size() + " kept");
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String printed(ValidateRun.Outcome o, int max, boolean withNotKept) {
        StringWriter out = new StringWriter();
        DiagnosticPrinter printer = new DiagnosticPrinter(new PrintWriter(out), false, o::sourceLine, max, "en");
        if (withNotKept) {
            printer.print(o.problems(), o.notKept());
        } else {
            printer.print(o.problems());
        }
        return out.toString();
    }

    @Provide
    Arbitrary<List<Integer>> picks() {
        return Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(60);
    }
}
