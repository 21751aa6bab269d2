package dev.cca.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.generate.SyntheticCatalog;
import dev.cca.input.catalog.Format;
import dev.cca.testing.Cli;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Linear time in every input dimension: the whole command is run on inputs of size n, 2n and 4n (catalog records,
 * the length of one line, the length of one YAML value, log lines, nesting depth) and the bytes the calling thread allocates are counted
 * (allocation is what time and memory follow here, and unlike a clock it does not depend on the machine's load).
 * With fixed costs c and a per-unit cost k, linear growth gives increments k*n and 2*k*n, a ratio of 2; quadratic
 * growth gives 4. The property fails above 3. A warm-up run at the largest size first loads every class, so that
 * loading does not count as growth.
 */
class LinearGrowthProperties {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static Path dir;

    @BeforeContainer
    static void makeFolder() throws IOException {
        dir = Files.createTempDirectory("cca-growth");
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Bytes allocated by this thread while running one command line; every command runs on it (one thread). */
    private static long allocated(String... args) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        Cli.Run r = Cli.run(args);
        long used = THREADS.getCurrentThreadAllocatedBytes() - before;
        assertTrue(r.exit() != 4 && !r.err().contains("internal error"), r.toString());
        return used;
    }

    private static void linear(String dimension, int n, IntFunction<Long> cost) {
        cost.apply(4 * n);
        long a = cost.apply(n);
        long b = cost.apply(2 * n);
        long c = cost.apply(4 * n);
        double ratio = (double) (c - b) / Math.max(1, b - a);
        assertTrue(b > a && ratio < 3.0, dimension + ": allocated " + a + ", " + b + ", " + c + " bytes at n = " + n + ", "
                + 2 * n + ", " + 4 * n + "; the increments grow by " + String.format(java.util.Locale.ROOT, "%.2f", ratio)
                + " (2 is linear, 4 quadratic)");
    }

    private static Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 2)
    void scoring_a_catalog_grows_linearly_with_its_records(@ForAll @IntRange(min = 50, max = 100) int n) {
        linear("catalog records", n, size -> {
            Path in = dir.resolve("catalog-" + size + ".jsonl");
            try (OutputStream out = Files.newOutputStream(in)) {
                SyntheticCatalog.generate(size, 7, Format.JSON_LINES, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return allocated("batch", in.toString(), "--threads", "1", "-q", "-o", dir.resolve("out.csv").toString(),
                    "-o", dir.resolve("out.json").toString());
        });
    }

    @Property(tries = 2)
    void scoring_a_csv_catalog_grows_linearly_with_its_rows(@ForAll @IntRange(min = 50, max = 100) int n) {
        linear("CSV rows", n, size -> {
            Path in = dir.resolve("catalog-" + size + ".csv");
            try (OutputStream out = Files.newOutputStream(in)) {
                SyntheticCatalog.generate(size, 7, Format.CSV, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return allocated("batch", in.toString(), "--threads", "1", "-q", "-o", dir.resolve("out.csv").toString(),
                    "-o", dir.resolve("out.json").toString());
        });
    }

    /** A JSON array catalog is streamed element by element: its work grows with its elements as JSON Lines' does. */
    @Property(tries = 2)
    void scoring_a_json_array_catalog_grows_linearly_with_its_elements(@ForAll @IntRange(min = 50, max = 100) int n) {
        linear("JSON array elements", n, size -> {
            Path in = dir.resolve("catalog-" + size + ".json");
            try (OutputStream out = Files.newOutputStream(in)) {
                SyntheticCatalog.generate(size, 7, Format.JSON, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return allocated("batch", in.toString(), "--threads", "1", "-q", "-o", dir.resolve("out.csv").toString(),
                    "-o", dir.resolve("out.json").toString());
        });
    }

    /** Assessing a folder of profiles streams each center's report parts to temporary files as it goes. */
    @Property(tries = 2)
    void assessing_a_folder_of_profiles_grows_linearly_with_their_number(@ForAll @IntRange(min = 20, max = 40) int n) {
        linear("profiles assessed", n, size -> {
            Path tree = dir.resolve("tree-" + size + "-" + System.nanoTime());
            try {
                SyntheticCatalog.generateTree(size, 7, tree);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return allocated("assess", tree.toString(), "--threads", "1", "-q", "-o", dir.resolve("all.md").toString(),
                    "-o", dir.resolve("all.json").toString(), "--as-of", "2025-11-30");
        });
    }

    @Property(tries = 2)
    void diagnostics_of_one_long_line_grow_linearly_with_its_length(@ForAll @IntRange(min = 600, max = 1200) int n) {
        linear("line length", n, size -> {
            Path p = write("line-" + size + ".yaml", "cca: center-profile/v1\nid: d\nname: D\ntraining:\n  frameworks: ["
                    + "[1], ".repeat(size) + "[1]]\n");
            return allocated("validate", p.toString());
        });
    }

    /**
     * Tabs between tokens are read as spaces, and a tab found inside a value makes the document read again with it kept:
     * a line of {@code size} values each with a tab inside and a tab after its comma costs two readings, not one a value.
     */
    @Property(tries = 2)
    void reading_tabs_between_and_inside_values_grows_linearly_with_their_number(@ForAll @IntRange(min = 600, max = 1200) int n) {
        linear("tabs", n, size -> {
            Path p = write("tabs-" + size + ".yaml", "cca: center-profile/v1\nid: d\nname:\tD\ntraining:\n  frameworks:\t["
                    + "f\tx,\t".repeat(size) + "g]\t# tabs\n");
            return allocated("validate", p.toString());
        });
    }

    /** A profile whose name is {@code size} x's on one line, written plain, double-quoted, single-quoted or as a block. */
    private static String longValue(String form, int size, String anchor) {
        String x = "x".repeat(size);
        String value = switch (form) {
            case "plain" -> x;
            case "double" -> "\"" + x + "\"";
            case "single" -> "'" + x + "'";
            default -> "|\n  " + x;
        };
        return "cca: center-profile/v1\nname: " + anchor + value + "\nid: long\n";
    }

    private static final String[] FORMS = {"plain", "double", "single", "block"};

    /**
     * One value on one line over the value limit, in each form. SnakeYAML's own reader copied its window of unread
     * characters at every 1,023 of them, so a value of n characters cost n²/1023 copies before it could be refused
     * (1.6 MB took 0.8 s, 10 MB over 38 s); it is now refused where it starts, and what grows is reading the file.
     */
    @Property(tries = 1)
    void refusing_a_long_yaml_value_grows_linearly_with_its_length(@ForAll @IntRange(min = 100_000, max = 150_000) int n) {
        for (String form : FORMS) {
            linear("a " + form + " value over the limit", n, size -> {
                Path p = write("long-" + form + "-" + size + ".yaml", longValue(form, size, ""));
                return allocated("validate", p.toString(), "--threads", "1");
            });
        }
    }

    /**
     * The same values within a raised limit, read to their end by SnakeYAML (the anchor keeps the document off the fast
     * path's scanner, which reads the plain and quoted ones itself).
     */
    @Property(tries = 1)
    void reading_a_long_yaml_value_grows_linearly_with_its_length(@ForAll @IntRange(min = 100_000, max = 150_000) int n) {
        for (String form : FORMS) {
            linear("a " + form + " value within a raised limit", n, size -> {
                Path p = write("anchored-" + form + "-" + size + ".yaml", longValue(form, size, "&n "));
                return allocated("validate", p.toString(), "--threads", "1", "--max-string-length", "1000000");
            });
        }
    }

    @Property(tries = 2)
    void reading_a_training_log_grows_linearly_with_its_lines(@ForAll @IntRange(min = 300, max = 600) int n) {
        linear("log lines", n, size -> {
            StringBuilder log = new StringBuilder(" using world size: 64\n");
            for (int i = 1; i <= size; i++) {
                log.append(" [2025-09-03 10:00:00] iteration ").append(i).append("/ 100000 | consumed samples: 512 | elapsed time per")
                        .append(" iteration (ms): ").append(4000 + i % 7).append(".5 | throughput per GPU (TFLOP/s/GPU): 40")
                        .append(i % 3).append(".1 | global batch size: 512 |\n\n");
            }
            return allocated("validate", write("train-" + size + ".log", log.toString()).toString());
        });
    }

    /**
     * Forty records each nested {@code 2 * depth} deep (a map and a list per step), so that what the depth costs
     * stands out from the fixed costs; at 4n the nesting is just under the 1,000-level ceiling.
     */
    @Property(tries = 2)
    void reading_nested_values_grows_linearly_with_their_depth(@ForAll @IntRange(min = 60, max = 124) int n) {
        linear("nesting depth", n, depth -> {
            String record = "{\"cca\": \"center-profile/v1\", \"id\": \"d\", \"name\": \"D\", \"x\": "
                    + "{\"a\": [".repeat(depth) + "1" + "]}".repeat(depth) + "}\n";
            Path p = write("deep-" + depth + ".jsonl", record.repeat(40));
            return allocated("validate", p.toString(), "--max-depth", "1000", "--max-record-size", "1MiB");
        });
    }
}
