package dev.cca.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cca.diag.OptionCode;
import dev.cca.input.catalog.Format;
import dev.cca.input.catalog.InventoryText;
import dev.cca.model.Field;
import dev.cca.model.ProfileSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes realistic synthetic catalogs, so that anyone can reproduce a benchmark or a bug with a count and
 * a seed: centers of every scale and operator type, missing values, heterogeneous inventories, evidence
 * maps ({@link SyntheticCenters} says what is realistic about them). The same count, seed and format
 * always give the same bytes (for XLSX, the same cells).
 *
 * <p>Formats: YAML as one multi-document file or as a directory tree of one file per center under a
 * folder per province ({@link #generateTree}); JSON as one array; JSON Lines; CSV (UTF-8 with a
 * byte-order mark so Excel shows the Chinese text, CRLF line ends, the inventory in the compact text
 * form); XLSX (streamed with SXSSF, the inventory in indexed columns, dates as date cells), at most
 * {@link #MAX_XLSX_ROWS} centers.
 */
public final class SyntheticCatalog {

    /** An XLSX sheet has 1,048,576 rows, one of which is the header. */
    public static final long MAX_XLSX_ROWS = 1_048_575;
    /** Most accelerator kinds a synthetic center has, so the indexed inventory columns of XLSX. */
    static final int MAX_KINDS = 4;
    /** Metrics that synthetic centers may give with evidence, and hence have companion columns. */
    static final Set<String> EVIDENCE_METRICS = Set.of("compute.total_pflops_fp16", "compute.pue",
            "training.linear_speedup", "training.mfu_pct", "inference.throughput.output_tokens_per_s");
    /** Fields the generator never fills, left out of the tables' columns. */
    private static final Set<String> UNUSED = Set.of("cca", "benchmarks");

    private SyntheticCatalog() {
    }

    /** Center {@code index} (0-based) of the catalog of {@code seed}, as an ordered tree. */
    public static Map<String, Object> center(long seed, long index) {
        return SyntheticCenters.center(seed, index);
    }

    /** Writes {@code count} centers in {@code format} to {@code out} (not closed). */
    public static void generate(long count, long seed, Format format, OutputStream out) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException(OptionCode.NOT_NEGATIVE.render("en", "--count", count));
        }
        switch (format) {
            case YAML -> yaml(count, seed, out);
            case JSON -> json(count, seed, out, false);
            case JSON_LINES -> json(count, seed, out, true);
            case CSV -> csv(count, seed, out);
            case XLSX -> XlsxCatalogWriter.write(count, seed, out);
        }
    }

    /** Writes {@code count} centers to a file, replacing it; the format follows the extension unless given. */
    public static void generate(long count, long seed, Format format, Path file) throws IOException {
        Format f = format != null ? format : Format.byFileName(file.getFileName().toString());
        if (f == null) {
            throw new IllegalArgumentException(OptionCode.GENERATE_NO_FORMAT.render("en", file, Format.names(".", false)));
        }
        if (f == Format.XLSX && count > MAX_XLSX_ROWS) {
            throw tooManyRows(count);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            generate(count, seed, f, out);
        }
    }

    /**
     * Writes one YAML file per center, {@code <dir>/<province>/<id>.yaml} (province folders in pinyin),
     * the way assessment bodies keep profiles in git.
     */
    public static void generateTree(long count, long seed, Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder sb = new StringBuilder(4096);
        for (long i = 0; i < count; i++) {
            Map<String, Object> c = SyntheticCenters.center(seed, i);
            Path folder = dir.resolve(folderOf(c));
            Files.createDirectories(folder);
            sb.setLength(0);
            YamlEmitter.write(c, sb);
            Files.writeString(folder.resolve(c.get("id") + ".yaml"), sb, StandardCharsets.UTF_8);
        }
    }

    static IllegalArgumentException tooManyRows(long count) {
        return new IllegalArgumentException(OptionCode.GENERATE_XLSX_ROWS.render("en", count, MAX_XLSX_ROWS));
    }

    private static String folderOf(Map<String, Object> center) {
        if (center.get("region") instanceof Map<?, ?> region && region.get("province") instanceof String p) {
            for (SyntheticTables.Province prov : SyntheticTables.PROVINCES) {
                if (prov.zh().equals(p)) {
                    return prov.folder();
                }
            }
        }
        return "unknown";
    }

    private static void yaml(long count, long seed, OutputStream out) throws IOException {
        Writer w = writer(out);
        StringBuilder sb = new StringBuilder(4096);
        for (long i = 0; i < count; i++) {
            sb.setLength(0);
            sb.append("---\n");
            YamlEmitter.write(SyntheticCenters.center(seed, i), sb);
            w.append(sb);
        }
        w.flush();
    }

    private static void json(long count, long seed, OutputStream out, boolean lines) throws IOException {
        JsonFactory factory = JsonFactory.builder().build();
        try (JsonGenerator g = factory.createGenerator(new NonClosing(out), JsonEncoding.UTF8)) {
            if (lines) {
                g.setRootValueSeparator(null);
            } else {
                g.useDefaultPrettyPrinter();
                g.writeStartArray();
            }
            for (long i = 0; i < count; i++) {
                writeJson(g, SyntheticCenters.center(seed, i));
                if (lines) {
                    g.writeRaw('\n');
                }
            }
            if (!lines) {
                g.writeEndArray();
                g.writeRaw('\n');
            }
        }
    }

    private static void writeJson(JsonGenerator g, Object v) throws IOException {
        if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(e.getKey().toString());
                writeJson(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                writeJson(g, o);
            }
            g.writeEndArray();
        } else if (v == null) {
            g.writeNull();
        } else if (v instanceof BigDecimal b) {
            g.writeNumber(b.toPlainString());
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeString(v.toString());
        }
    }

    private static void csv(long count, long seed, OutputStream out) throws IOException {
        Writer w = writer(out);
        w.write('\uFEFF');
        CsvWriter csv = new CsvWriter(w, ',');
        List<String> columns = columns(false);
        csv.row(columns);
        List<String> cells = new ArrayList<>(columns.size());
        for (long i = 0; i < count; i++) {
            Map<String, Object> flat = flatten(SyntheticCenters.center(seed, i), false);
            cells.clear();
            for (String c : columns) {
                Object v = flat.get(c);
                cells.add(v == null ? "" : text(v));
            }
            csv.row(cells);
        }
        w.flush();
    }

    /** A value as a table cell's text. */
    static String text(Object v) {
        return v instanceof BigDecimal b ? b.toPlainString() : v.toString();
    }

    /**
     * The columns of a synthetic table, in schema order: every field the generator may fill, companion
     * columns of the metrics it gives with evidence, and the inventory as one compact column or as
     * indexed columns.
     */
    static List<String> columns(boolean indexedInventory) {
        List<String> out = new ArrayList<>();
        columns(ProfileSchema.root(), indexedInventory, out);
        return Collections.unmodifiableList(out);
    }

    private static void columns(Field f, boolean indexed, List<String> out) {
        for (Field c : f.children().values()) {
            if (UNUSED.contains(c.path())) {
                continue;
            }
            switch (c.type()) {
                case OBJECT -> columns(c, indexed, out);
                case OBJECT_LIST -> {
                    if (!indexed) {
                        out.add(c.path());
                        continue;
                    }
                    for (int i = 0; i < MAX_KINDS; i++) {
                        for (String k : c.item().children().keySet()) {
                            out.add(c.path() + "[" + i + "]." + k);
                        }
                    }
                }
                default -> {
                    out.add(c.path());
                    if (EVIDENCE_METRICS.contains(c.path())) {
                        c.conditions().forEach(k -> out.add(c.path() + "." + k.name()));
                        out.add(c.path() + ".evidence");
                        out.add(c.path() + ".source");
                        out.add(c.path() + ".date");
                        out.add(c.path() + ".audit");
                    }
                }
            }
        }
    }

    /**
     * A center as table cells keyed by column name: nested keys dotted, a metric's evidence map spread
     * over its companion columns, lists of identifiers joined with "; ", the inventory compact or
     * indexed. Values keep their type (numbers, booleans, dates) for XLSX.
     */
    static Map<String, Object> flatten(Map<String, Object> center, boolean indexedInventory) {
        Map<String, Object> out = new LinkedHashMap<>();
        flatten(center, "", indexedInventory, out);
        return out;
    }

    private static void flatten(Map<?, ?> map, String prefix, boolean indexed, Map<String, Object> out) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String p = prefix + e.getKey();
            Object v = e.getValue();
            if (v == null || UNUSED.contains(p)) {
                continue;
            }
            if (v instanceof Map<?, ?> m) {
                if (m.containsKey("value")) {
                    out.put(p, m.get("value"));
                    for (Map.Entry<?, ?> c : m.entrySet()) {
                        if (!c.getKey().equals("value")) {
                            out.put(p + "." + c.getKey(), c.getValue());
                        }
                    }
                } else {
                    flatten(m, p + ".", indexed, out);
                }
            } else if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map) {
                if (indexed) {
                    for (int i = 0; i < l.size(); i++) {
                        for (Map.Entry<?, ?> c : ((Map<?, ?>) l.get(i)).entrySet()) {
                            out.put(p + "[" + i + "]." + c.getKey(), c.getValue());
                        }
                    }
                } else {
                    List<String> entries = new ArrayList<>();
                    for (Object item : l) {
                        Map<?, ?> a = (Map<?, ?>) item;
                        entries.add(InventoryText.format(str(a.get("vendor")), str(a.get("model")), str(a.get("kind")),
                                str(a.get("count")), str(a.get("fp16_tflops")), str(a.get("memory_gb"))));
                    }
                    out.put(p, String.join("; ", entries));
                }
            } else if (v instanceof List<?> l) {
                List<String> items = new ArrayList<>();
                l.forEach(o -> items.add(text(o)));
                out.put(p, String.join("; ", items));
            } else {
                out.put(p, v);
            }
        }
    }

    private static String str(Object o) {
        return o == null ? null : text(o);
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8), 1 << 16);
    }

    /** The caller owns the stream: writers flush into it but never close it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
