package dev.cca.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cca.generate.SyntheticCatalog;
import dev.cca.input.catalog.Format;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Center records as JSON Lines lines, for comparing the ways of reading them. */
public final class JsonRecords {

    private JsonRecords() {
    }

    /** Every profile of the samples and fixtures as one JSON line (those YAML can read), and synthetic records. */
    public static List<String> records() {
        List<String> out = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectMapper json = new ObjectMapper();
        try {
            for (Path dir : List.of(Path.of("samples"), Path.of("src/test/resources/profiles/valid"),
                    Path.of("src/test/resources/profiles/invalid"), Path.of("src/test/resources/catalog/valid"))) {
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path p : s.sorted().toList()) {
                        String name = p.getFileName().toString();
                        if (name.endsWith(".yaml")) {
                            try {
                                JsonNode n = yaml.readTree(p.toFile());
                                if (n != null) {
                                    out.add(json.writeValueAsString(n));
                                }
                            } catch (IOException e) {
                                // YAML that does not parse has no JSON form; the hostile-input tests cover it.
                            }
                        } else if (name.endsWith(".jsonl")) {
                            for (String line : Files.readAllLines(p)) {
                                if (!line.isBlank()) {
                                    out.add(line);
                                }
                            }
                        }
                    }
                }
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            SyntheticCatalog.generate(200, 7, Format.JSON_LINES, b);
            for (String line : b.toString(StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** For every {@code "key": value} of the text: where the value starts and ends, and where its key starts. */
    public static List<int[]> valueSpans(String t) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != '"') {
                continue;
            }
            int keyStart = i;
            int close = stringEnd(t, i);
            int colon = close + 1;
            while (colon < t.length() && t.charAt(colon) == ' ') {
                colon++;
            }
            if (colon >= t.length() || t.charAt(colon) != ':') {
                i = close;
                continue;
            }
            int start = colon + 1;
            while (start < t.length() && t.charAt(start) == ' ') {
                start++;
            }
            int end = start;
            int depth = 0;
            for (; end < t.length(); end++) {
                char c = t.charAt(end);
                if (c == '"') {
                    end = stringEnd(t, end);
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (c == ',' && depth == 0) {
                    break;
                }
            }
            out.add(new int[] {start, Math.min(end, t.length()), keyStart});
            i = close;
        }
        return out;
    }

    /** The index of the quote that closes the string opening at {@code open} (or the text's end). */
    private static int stringEnd(String t, int open) {
        for (int j = open + 1; j < t.length(); j++) {
            char c = t.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '"') {
                return j;
            }
        }
        return t.length();
    }

}
