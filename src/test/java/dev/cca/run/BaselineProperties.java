package dev.cca.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cca.input.Limits;
import dev.cca.testing.Cli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;

/** Whatever order a baseline's keys are written in, it is read as the same scores and grades. */
class BaselineProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DIR = dir();
    private static final Path BATCH = DIR.resolve("batch.json");
    private static final Path ASSESS = DIR.resolve("assess.json");

    private static Path dir() {
        try {
            Path d = Files.createTempDirectory("cca-baseline");
            if (Cli.run("batch", "samples/", "-q", "--as-of", "2025-11-30", "-o", d.resolve("batch.json").toString()).exit() != 0
                    || Cli.run("assess", "samples/wuhan-aicc.yaml", "samples/harbin-mobile.yaml", "samples/unicom-lingang.yaml", "-q",
                    "--as-of", "2025-11-30", "-o", d.resolve("assess.json").toString()).exit() != 0) {
                throw new IllegalStateException("the sample results could not be made");
            }
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void removeTheResults() throws IOException {
        try (var files = Files.list(DIR)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(DIR);
    }

    @Property(tries = 40)
    void the_order_of_keys_never_changes_what_a_baseline_holds(@ForAll @Size(min = 1, max = 64) List<Integer> order,
                                                              @ForAll boolean batch) throws Exception {
        Path original = batch ? BATCH : ASSESS;
        JsonNode tree = JSON.readTree(original.toFile());
        int[] k = {0};
        JsonNode shuffled = reorder(tree, order, k);
        Path p = Files.createTempFile(DIR, "shuffled", ".json");
        try {
            JSON.writeValue(p.toFile(), shuffled);
            assertEquals(summary(Baseline.read(original.toString(), Limits.DEFAULT)), summary(Baseline.read(p.toString(), Limits.DEFAULT)));
        } finally {
            Files.delete(p);
        }
    }

    /** Every object's fields rotated by the next drawn number; arrays keep their order (it means something). */
    private static JsonNode reorder(JsonNode n, List<Integer> order, int[] k) {
        if (n instanceof ObjectNode o) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                fields.add(it.next());
            }
            int shift = fields.isEmpty() ? 0 : Math.floorMod(order.get(k[0]++ % order.size()), fields.size());
            boolean reverse = order.get(k[0]++ % order.size()) % 2 == 0;
            ObjectNode out = JSON.createObjectNode();
            for (int i = 0; i < fields.size(); i++) {
                int j = (i + shift) % fields.size();
                Map.Entry<String, JsonNode> e = fields.get(reverse ? fields.size() - 1 - j : j);
                out.set(e.getKey(), reorder(e.getValue(), order, k));
            }
            return out;
        }
        if (n instanceof ArrayNode a) {
            ArrayNode out = JSON.createArrayNode();
            a.forEach(x -> out.add(reorder(x, order, k)));
            return out;
        }
        return n;
    }

    private static String summary(Baseline b) {
        StringBuilder sb = new StringBuilder().append(b.size()).append(' ').append(b.scenarios()).append('\n');
        for (String id : List.of("wuhan-aicc", "harbin-mobile", "changan-auto", "unicom-lingang")) {
            int row = b.indexOf(id);
            sb.append(id).append(' ').append(row >= 0);
            for (String s : b.scenarios()) {
                sb.append(' ').append(row < 0 ? "-" : b.score(row, s) + "/" + b.grade(row, s));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
