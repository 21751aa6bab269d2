package dev.cca.cli;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The run the build lists loaded classes from, to make the class-data archive {@code bin/cca} starts with (pom.xml,
 * {@code class-list}): an assessment of two samples with every report format, then a batch of the samples folder to
 * CSV and JSON, in one JVM, so that the archive holds the classes, lambdas and method-handle forms of both kinds of
 * run. Not a command: nothing a user runs. Its outputs go to the folder given, its exit code is that of the first
 * command that fails (the samples may fail the gate, exit 1, which is still a complete run).
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[] {"assess", "samples/wuhan-aicc.yaml", "samples/unicom-lingang.yaml", "--gate", "cca-basic",
                "--as-of", "2025-11-30", "-q", "-o", out.resolve("result.json").toString(), "-o", out.resolve("report.md").toString(),
                "-o", out.resolve("results.xml").toString(), "-o", out.resolve("results.sarif").toString()});
        runs.add(new String[] {"batch", "samples/", "--as-of", "2025-11-30", "-q", "-o", out.resolve("batch.csv").toString(),
                "-o", out.resolve("batch.json").toString()});
        int code = 0;
        for (String[] a : runs) {
            Preload.start(a);
            int c = Main.run(a, OutputStream.nullOutputStream(), System.err, new ByteArrayInputStream(new byte[0]), Map.of(),
                    LocalDate.now(), false, false);
            if (c > 1 && code == 0) {
                code = c;
            }
        }
        System.exit(code);
    }
}
