package dev.cca.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cca.input.Limits;
import dev.cca.report.RenderOptions;
import dev.cca.report.TerminalSummary;
import dev.cca.testing.Profiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An assessment of many centers streamed through temporary files writes the same bytes as one kept in memory. */
class StreamedAssessTest {

    @TempDir
    Path tmp;

    private AssessConfig config(List<String> inputs, String lang, String... outputs) {
        List<AssessConfig.Output> outs = java.util.Arrays.stream(outputs).map(o -> new AssessConfig.Output(tmp.resolve(o).toString(), null))
                .toList();
        return new AssessConfig(inputs, List.of(), List.of(), null, List.of(), null, Profiles.TODAY, null, Limits.DEFAULT, outs, lang,
                GateConfig.NONE);
    }

    private void sameReportsAndSummary(List<String> inputs, String lang) throws Exception {
        RenderOptions reports = new RenderOptions(lang, false, 80);
        RenderOptions terminal = new RenderOptions(lang, false, 100);
        AssessConfig kept = config(inputs, lang, "kept.md", "kept.json");
        AssessRun.Outcome a = AssessRun.run(kept, new ByteArrayInputStream(new byte[0]));
        AssessRun.writeReports(a, kept, reports, new ByteArrayOutputStream());
        AssessConfig streamed = config(inputs, lang, "streamed.md", "streamed.json");
        try (AssessRun.Outcome b = AssessRun.run(streamed, new ByteArrayInputStream(new byte[0]),
                new AssessRun.Streaming(true, terminal, reports, true))) {
            assertNull(a.streamed());
            assertNotNull(b.streamed(), "several centers are streamed");
            assertEquals(a.result().centers().size(), b.assessed());
            assertEquals(List.of(), b.result().centers());
            AssessRun.writeReports(b, streamed, reports, new ByteArrayOutputStream());
            assertEquals(Files.readString(tmp.resolve("kept.md")), Files.readString(tmp.resolve("streamed.md")));
            assertArrayEquals(Files.readAllBytes(tmp.resolve("kept.json")), Files.readAllBytes(tmp.resolve("streamed.json")));
            StringWriter whole = new StringWriter();
            TerminalSummary.print(a.result(), terminal, new PrintWriter(whole));
            StringBuilder pieces = new StringBuilder();
            for (String c : b.streamed().terminal()) {
                pieces.append(pieces.length() == 0 ? "" : System.lineSeparator()).append(c);
            }
            assertEquals(whole.toString(), pieces.toString());
            assertEquals(a.result().problems(), b.result().problems());
            assertEquals(a.exit(), b.exit());
            assertEquals(a.result().centers().stream().flatMap(c -> c.warnings().stream()).toList(), b.streamed().warnings());
        }
    }

    @Test
    void the_samples_streamed_give_the_reports_and_summary_kept_in_memory_give() throws Exception {
        sameReportsAndSummary(List.of("samples/"), "en");
    }

    @Test
    void in_chinese_and_with_invalid_records_too() throws Exception {
        sameReportsAndSummary(List.of("samples/", "src/test/resources/profiles/invalid"), "zh");
    }

    @Test
    void one_center_is_not_streamed() throws Exception {
        AssessConfig cfg = config(List.of("samples/wuhan-aicc.yaml"), "en", "one.md");
        RenderOptions o = new RenderOptions("en", false, 80);
        try (AssessRun.Outcome b = AssessRun.run(cfg, new ByteArrayInputStream(new byte[0]), new AssessRun.Streaming(true, o, o, false))) {
            assertNull(b.streamed());
            assertEquals(1, b.result().centers().size());
        }
    }
}
