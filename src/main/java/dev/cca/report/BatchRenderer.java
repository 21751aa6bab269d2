package dev.cca.report;

import dev.cca.result.BatchResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * One output format of {@code cca batch}. Every writer reads the same computed {@link BatchResult} and
 * streams it out, so a million-row catalog is never held twice.
 */
public interface BatchRenderer {

    String name();

    List<String> extensions();

    void render(BatchResult result, BatchOptions options, Writer out) throws IOException;

    /** Options of batch reports: language, the scenario whose ranking orders rows, and how many rows a top list shows. */
    record BatchOptions(String lang, String rankBy, int top) {
    }

    /** The registry of batch formats. */
    final class Registry {
        private static final List<BatchRenderer> ALL = List.of(new BatchCsvRenderer(), new BatchJsonRenderer(),
                new BatchMarkdownRenderer());

        private Registry() {
        }

        public static List<BatchRenderer> all() {
            return ALL;
        }

        public static BatchRenderer byName(String name) {
            return ALL.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst().orElse(null);
        }

        public static BatchRenderer forFile(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            int dot = lower.lastIndexOf('.');
            String ext = dot < 0 ? "" : lower.substring(dot + 1);
            return ALL.stream().filter(r -> r.extensions().contains(ext)).findFirst().orElse(null);
        }

        public static List<String> names() {
            return ALL.stream().map(BatchRenderer::name).toList();
        }
    }
}
