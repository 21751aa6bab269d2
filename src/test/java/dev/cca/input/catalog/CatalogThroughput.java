package dev.cca.input.catalog;

import dev.cca.generate.SyntheticCatalog;
import dev.cca.input.ProfileReader;
import dev.cca.model.CenterProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A throughput check to run by hand (not a unit test: timings depend on the machine). It generates a
 * synthetic catalog and measures, for each format asked for:
 * (a) cutting raw records on one thread, and
 * (b) the whole read (cutting, then tree building and ProfileReader on N worker threads via
 *     RecordPipeline).
 *
 * <pre>
 * ./mvnw -q -o test-compile
 * java -Xmx1g -cp target/classes:target/test-classes:$(cat cp.txt) \
 *      dev.cca.input.catalog.CatalogThroughput [count] [threads] [formats...]
 * </pre>
 * where cp.txt comes from {@code ./mvnw dependency:build-classpath -Dmdep.outputFile=cp.txt
 * -Dmdep.includeScope=test}. Defaults: 200000 centers, 2 threads, jsonl. Formats: jsonl csv xlsx yaml
 * (one multi-document file) tree (a directory of YAML files, one per center). Each measurement runs
 * twice and the second run is reported, so the JIT has compiled the readers.
 *
 * <p>{@code CatalogThroughput --read PATH [threads]} reads an existing catalog once instead, which with
 * {@code /usr/bin/time -v} gives the peak RSS of reading it. {@code -Dcca.maxFileBytes=N} raises the
 * file-size limit (a full-size XLSX catalog is about 300 MB).
 */
public final class CatalogThroughput {

    private CatalogThroughput() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("--read")) {
            readExisting(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 2);
            return;
        }
        long count = args.length > 0 ? Long.parseLong(args[0]) : 200_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String[] formats = args.length > 2 ? java.util.Arrays.copyOfRange(args, 2, args.length) : new String[] {"jsonl"};
        Path dir = Files.createTempDirectory("cca-throughput");
        System.out.printf(Locale.ROOT, "%d centers, %d worker threads, %d cores, max heap %d MiB%n", count, threads,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (String f : formats) {
            Path input = generate(f, count, dir);
            for (int run = 0; run < 2; run++) {
                long t0 = System.nanoTime();
                long raw = cut(input);
                long t1 = System.nanoTime();
                long[] read = readAll(input, threads);
                long t2 = System.nanoTime();
                if (run == 1) {
                    report(f, raw, t1 - t0, read, t2 - t1);
                }
            }
        }
        System.out.printf(Locale.ROOT, "peak heap used: %d MiB (catalogs in %s)%n", peakHeapMiB(), dir);
    }

    /** Reads an existing catalog once (for memory measurements: run under /usr/bin/time -v). */
    private static void readExisting(Path input, int threads) {
        long t0 = System.nanoTime();
        long[] read = readAll(input, threads);
        long t = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "read %s: %,d records (%,d valid) in %.1f s = %,.0f centers/s; peak heap used %d MiB%n",
                input, read[0], read[1], t / 1e9, read[0] / (t / 1e9), peakHeapMiB());
    }

    private static Path generate(String f, long count, Path dir) throws IOException {
        long t0 = System.nanoTime();
        Path p;
        switch (f) {
            case "tree" -> {
                p = dir.resolve("tree");
                SyntheticCatalog.generateTree(count, 42, p);
            }
            case "yaml", "jsonl", "csv", "xlsx", "json" -> {
                p = dir.resolve("catalog." + f);
                SyntheticCatalog.generate(count, 42, null, p);
            }
            default -> throw new IllegalArgumentException("unknown format " + f);
        }
        System.out.printf(Locale.ROOT, "%-5s generated in %.1f s%n", f, (System.nanoTime() - t0) / 1e9);
        return p;
    }

    private static long cut(Path input) {
        long n = 0;
        try (CatalogSource src = CatalogSource.open(input)) {
            for (RawRecord r : src) {
                n++;
            }
        }
        return n;
    }

    private static long[] readAll(Path input, int threads) {
        ProfileReader reader = new ProfileReader(LocalDate.of(2026, 1, 1));
        AtomicLong valid = new AtomicLong();
        long n;
        // A full 1,048,575-row workbook is about 300 MB, over the default limit for one file.
        CatalogOptions options = CatalogOptions.DEFAULT.withLimits(
                CatalogOptions.DEFAULT.limits().withMaxFileBytes(Long.getLong("cca.maxFileBytes", 128L << 20)));
        try (CatalogSource src = CatalogSource.open(List.of(input), options)) {
            n = RecordPipeline.run(src.iterator(), threads, rec -> rec.profile(reader), (CenterProfile p) -> {
                if (p != null) {
                    valid.incrementAndGet();
                }
            });
            src.fileProblems().forEach(d -> System.out.println(d.format()));
        }
        return new long[] {n, valid.get()};
    }

    private static void report(String f, long raw, long cutNanos, long[] read, long readNanos) {
        System.out.printf(Locale.ROOT, "%-5s (a) cut raw records: %,d in %.2f s = %,.0f records/s%n", f, raw,
                cutNanos / 1e9, raw / (cutNanos / 1e9));
        System.out.printf(Locale.ROOT, "%-5s (b) cut + parse + ProfileReader: %,d (%,d valid) in %.2f s = %,.0f centers/s%n",
                f, read[0], read[1], readNanos / 1e9, read[0] / (readNanos / 1e9));
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
