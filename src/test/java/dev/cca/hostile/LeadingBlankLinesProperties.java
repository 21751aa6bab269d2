package dev.cca.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cca.testing.Cli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A benchmark result named on the command line is read as one however many blank lines come before it: more than the
 * head a file's kind is told by (64 KiB, or a megabyte) made it a profile, "unknown key 'date'" and exit 3, in
 * validate, assess and batch alike; in every encoding cca reads.
 */
class LeadingBlankLinesProperties {

    private static final Path BENCH = Path.of("src/test/resources/bench/vllm-bench/serve-result.json");
    private static final Path PROFILE = Path.of("samples/ningbo-minimal.yaml");

    /** An encoding a file is saved in: its byte-order mark and charset, and the --encoding given for it, if any. */
    enum Saved {
        UTF8(new byte[0], StandardCharsets.UTF_8, null),
        UTF8_MARK(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8, null),
        UTF16LE_MARK(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE, null),
        UTF16BE_MARK(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE, null),
        GB18030_NAMED(new byte[0], Charset.forName("GB18030"), "gb18030");

        final byte[] mark;
        final Charset charset;
        final String option;

        Saved(byte[] mark, Charset charset, String option) {
            this.mark = mark;
            this.charset = charset;
            this.option = option;
        }

        void write(Path to, String text) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(mark);
            out.writeBytes(text.getBytes(charset));
            Files.write(to, out.toByteArray());
        }
    }

    @Provide
    Arbitrary<Integer> amounts() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(64 * 1024 - 50, 64 * 1024 + 50),
                Arbitraries.integers().between((1 << 20) + 1, (5 << 20) / 2));
    }

    @Provide
    Arbitrary<String> lineEnds() {
        return Arbitraries.of("\n", "\r\n", "\r", " \t\n", "\n\n  ");
    }

    @Property(tries = 15)
    void a_result_after_any_number_of_blank_lines_is_read_as_the_result_it_is(@ForAll("amounts") int amount,
                                                                            @ForAll("lineEnds") String blank,
                                                                            @ForAll Saved saved,
                                                                            @ForAll("commands") String command,
                                                                            @ForAll boolean asFolder) throws IOException {
        Path dir = Files.createTempDirectory("blank-lines");
        Path out = Files.createTempDirectory("blank-lines-out");
        try {
            Path bench = dir.resolve("result.json");
            Path profile = dir.resolve("center.yaml");
            saved.write(bench, blank.repeat(amount / blank.length() + 1) + Files.readString(BENCH));
            saved.write(profile, Files.readString(PROFILE));
            // Named one by one, or found in the folder they are in: told the same way.
            List<String> args = new ArrayList<>(asFolder ? List.of(command, dir.toString(), "--as-of", "2026-01-01")
                    : List.of(command, profile.toString(), bench.toString(), "--as-of", "2026-01-01"));
            if (saved.option != null) {
                args.addAll(List.of("--encoding", saved.option));
            }
            if (command.equals("batch")) {
                args.addAll(List.of("-o", out.resolve("ranking.csv").toString()));
            }
            Cli.Run r = Cli.run(args.toArray(String[]::new));
            assertEquals(0, r.exit(), r.toString());
            assertFalse(r.err().contains("CCA-P005"), r.toString());
            if (command.equals("validate")) {
                assertEquals(true, r.out().contains("1 benchmark file(s)") || r.err().contains("1 benchmark file(s)"), r.toString());
            }
        } finally {
            for (Path d : List.of(dir, out)) {
                try (var walk = Files.walk(d)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @Provide
    Arbitrary<String> commands() {
        return Arbitraries.of("validate", "assess", "batch");
    }
}
