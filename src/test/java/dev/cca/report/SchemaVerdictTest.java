package dev.cca.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.cca.diag.Problems;
import dev.cca.input.Document;
import dev.cca.input.InputFiles;
import dev.cca.input.Limits;
import dev.cca.input.Node;
import dev.cca.input.SourceFile;
import dev.cca.input.YamlReader;
import dev.cca.rules.RuleSetLoader;
import dev.cca.testing.Cli;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code cca schema} agrees with {@code cca validate}: every sample and every fixture of a document kind gets the same
 * verdict from the schema as from validate, except the fixtures invalid only for a reason a schema cannot express;
 * those are listed below by category, and each is proven schema-valid and validate-invalid for that reason.
 *
 * <p>Documents are handed to the schema as an editor's YAML 1.2 reader sees them: {@code yes} and {@code 1_000} are
 * text, {@code true} a boolean. Not documents of a schema kind, and so not here: CSV and XLSX catalogs, multi-document
 * catalog streams, and tools' own outputs (bench/&lt;tool&gt;/, bench/run/raw/).
 */
class SchemaVerdictTest {

    /** Why a schema cannot judge a document that validate refuses: the category, and a fragment of validate's message. */
    enum Category {
        DOCUMENT_SYNTAX("the YAML itself (syntax, tabs, duplicate keys): there is no document to check", ""),
        CALENDAR("a date that does not exist, or a year outside 1990-2100", ""),
        CROSS_FIELD("values compared with each other (a p99 below its p50, a tool that cannot measure a kind)", ""),
        CROSS_REFERENCE("ids that must name something defined elsewhere (an indicator, a citation, a metric, a preset, an extended rule set)", ""),
        ARITHMETIC("sums, orders and shapes of numbers (weights that sum to zero, curves that must rise, points in order)", ""),
        FILES("files a document names (an import that is missing or of another format)", ""),
        UNITS("a number written with a unit, range-checked after conversion", "");

        final String doc;
        final String fragment;

        Category(String doc, String fragment) {
            this.doc = doc;
            this.fragment = fragment;
        }
    }

    /** Fixture (path below the repository) to its category and a fragment of the message validate gives for it. */
    static final Map<String, Map.Entry<Category, String>> EXPECTED = new TreeMap<>();

    private static void except(Category c, String fragment, String... files) {
        for (String f : files) {
            EXPECTED.put(f, Map.entry(c, fragment));
        }
    }

    static {
        String p = "src/test/resources/profiles/invalid/";
        except(Category.DOCUMENT_SYNTAX, "duplicate key 'pue'", p + "duplicate-key.yaml");
        except(Category.DOCUMENT_SYNTAX, "tab", p + "tab-indent.yaml");
        except(Category.DOCUMENT_SYNTAX, "a ': ' where no key can be", p + "yaml-syntax.yaml");
        except(Category.CALENDAR, "not a date that exists", p + "bad-date.yaml");
        except(Category.CROSS_FIELD, "cannot be below the median", p + "p99-below-p50.yaml");
        String b = "src/test/resources/bench/run/invalid/";
        except(Category.CROSS_FIELD, "does not measure", b + "kind-the-tool-cannot-measure.yaml");
        except(Category.CROSS_FIELD, "is not a result of", b + "result-of-another-kind.yaml");
        except(Category.CROSS_FIELD, "below", b + "p99-below-p50.yaml");
        except(Category.CROSS_FIELD, "but tool is", b + "import-format-not-tool.yaml");
        except(Category.FILES, "cannot read the imported file", b + "import-missing-file.yaml");
        except(Category.FILES, "looks like mlperf-inference output", b + "import-file-of-another-format.yaml");
        except(Category.FILES, "holds 4 results", b + "import-several-results-without-record.yaml");
        except(Category.FILES, "import.file", b + "import-path-with-nul.yaml");
        String r = "src/test/resources/rules/invalid/";
        except(Category.CROSS_REFERENCE, "unknown citation 'judgment'", r + "unknown-citation.yaml");
        except(Category.CROSS_REFERENCE, "unknown indicator 'mfuu'", r + "unknown-indicator.yaml");
        except(Category.CROSS_REFERENCE, "unknown metric 'training.mfu'", r + "unknown-metric.yaml");
        except(Category.CROSS_REFERENCE, "unknown metric 'compute.peu'", r + "unknown-metric-in-cap.yaml");
        except(Category.CROSS_REFERENCE, "no such rules file", r + "extends-unknown.yaml");
        except(Category.CROSS_REFERENCE, "extend each other in a loop", r + "extends-itself.yaml");
        except(Category.CROSS_REFERENCE, "is the id of the rule set it extends", r + "extends-same-id.yaml");
        except(Category.CROSS_REFERENCE, "is not a grade of this rule set", r + "cap-max-grade-outside-the-grades.yaml");
        except(Category.CROSS_REFERENCE, "a coverage curve scores a capability list", r + "coverage-on-a-number.yaml");
        except(Category.CROSS_REFERENCE, "names both 'pytorch' and 'paddlepaddle'", r + "reference-name-shared-by-two-items.yaml");
        except(Category.ARITHMETIC, "the curve is not monotone", r + "non-monotone-curve.yaml");
        except(Category.ARITHMETIC, "points must be in increasing order", r + "points-out-of-order.yaml");
        except(Category.ARITHMETIC, "points too far apart", r + "points-too-far-apart.yaml");
        except(Category.ARITHMETIC, "a score is 0-100", r + "score-over-100.yaml");
        except(Category.ARITHMETIC, "sum to zero", r + "table-weights-zero.yaml");
        except(Category.ARITHMETIC, "sum to zero", r + "weights-sum-to-zero.yaml");
        except(Category.ARITHMETIC, "disagrees with 'direction: lower'", r + "curve-against-direction.yaml");
        except(Category.ARITHMETIC, "grades is empty", r + "grades-empty.yaml");
        except(Category.ARITHMETIC, "the lowest grade must start at 0", r + "grades-without-zero.yaml");
        except(Category.ARITHMETIC, "classes go from the largest scale down", r + "robustness-classes-not-descending.yaml");
        except(Category.ARITHMETIC, "a spread is a share of each weight", r + "robustness-spread-too-large.yaml");
        String g = "src/test/resources/gate/invalid/";
        except(Category.CROSS_REFERENCE, "unknown indicator 'security-complaince'", g + "unknown-indicator.yaml");
        except(Category.CROSS_REFERENCE, "unknown preset 'cca-strickt'", g + "unknown-preset.yaml");
        except(Category.CROSS_REFERENCE, "must not form a cycle", g + "cycle.yaml");
        except(Category.CROSS_REFERENCE, "unknown scenario 'infrence'", g + "scenario-typo.yaml");
        except(Category.CROSS_REFERENCE, "is not a grade of rule set", g + "grade-name.yaml");
        except(Category.CROSS_FIELD, "min_grade applies to overall and scenario assertions", g + "bound-on-wrong-kind.yaml");
        except(Category.CROSS_FIELD, "an assertion needs a bound", g + "no-bound.yaml");
    }

    /** The sample profile a benchmark run names as its center, or null. */
    static String profileOf(Path f) throws IOException {
        String text = Files.readString(f);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^center:\\s*([a-z0-9-]+)").matcher(text);
        if (!text.contains("benchmark-run/v1") || !m.find()) {
            return null;
        }
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".yaml")).sorted().toList()) {
                if (Files.readString(p).contains("\nid: " + m.group(1) + "\n")) {
                    return p.toString();
                }
            }
        }
        return null;
    }

    static List<Path> documents() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("samples", "src/test/resources/profiles", "src/test/resources/bench/run/valid",
                "src/test/resources/bench/run/invalid", "src/test/resources/rules", "src/test/resources/gate",
                "src/main/resources/dev/cca/gate/presets", "scoring-rules")) {
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json"))
                        // Tools' own outputs beside the samples' benchmark runs are not documents of a kind.
                        .filter(f -> !f.startsWith("samples/bench") || f.toString().endsWith(".yaml"))
                        .sorted().forEach(out::add);
            }
        }
        return out;
    }

    private static final Map<JsonSchemas.Kind, JsonSchema> SCHEMAS = new EnumMap<>(JsonSchemas.Kind.class);

    static synchronized JsonSchema schema(JsonSchemas.Kind k) {
        return SCHEMAS.computeIfAbsent(k, kind -> JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JsonSchemas.schema(kind, "en", RuleSetLoader.loadDefault())));
    }

    static JsonSchemas.Kind kindOf(Path f, Node root) {
        String tag = root instanceof Node.MapNode m && m.get("cca") instanceof Node.ScalarNode s ? s.text().strip() : "";
        for (JsonSchemas.Kind k : JsonSchemas.Kind.values()) {
            if (k.format().equals(tag)) {
                return k;
            }
        }
        String p = f.toString();
        return p.contains("/bench/") ? JsonSchemas.Kind.BENCHMARK : p.contains("/rules/") || p.startsWith("scoring-rules")
                ? JsonSchemas.Kind.RULES : p.contains("/gate/") ? JsonSchemas.Kind.GATE : JsonSchemas.Kind.PROFILE;
    }

    /** What the schema says of the file: null when it is valid, else the first messages; "syntax" when it does not parse. */
    static String schemaVerdict(Path f) throws Exception {
        Problems problems = new Problems();
        SourceFile src = InputFiles.read(f, f.toString(), Limits.DEFAULT, null);
        List<Document> docs = new YamlReader(Limits.DEFAULT).readAll(src, problems);
        if (problems.hasErrors()) {
            return "syntax";
        }
        for (Document d : docs) {
            if (d.root() == null) {
                continue;
            }
            Set<ValidationMessage> errors = schema(kindOf(f, d.root())).validate(json(d.root()));
            if (!errors.isEmpty()) {
                return errors.stream().limit(3).map(ValidationMessage::getMessage).toList().toString();
            }
        }
        return null;
    }

    /** A node as a YAML 1.2 reader (an editor's) types it. */
    static JsonNode json(Node n) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (n instanceof Node.MapNode m) {
            ObjectNode o = f.objectNode();
            m.entries().forEach(e -> o.set(e.key(), json(e.value())));
            return o;
        }
        if (n instanceof Node.ListNode l) {
            ArrayNode a = f.arrayNode();
            l.items().forEach(i -> a.add(json(i)));
            return a;
        }
        Node.ScalarNode s = (Node.ScalarNode) n;
        return switch (s.kind()) {
            case NULL -> f.nullNode();
            case BOOLEAN -> s.text().equalsIgnoreCase("true") || s.text().equalsIgnoreCase("false")
                    ? f.booleanNode(s.text().equalsIgnoreCase("true")) : f.textNode(s.text());
            case INTEGER, FLOAT -> {
                try {
                    yield s.text().contains("_") ? f.textNode(s.text()) : f.numberNode(new BigDecimal(s.text()));
                } catch (NumberFormatException e) {
                    yield f.textNode(s.text());
                }
            }
            case STRING -> f.textNode(s.text());
        };
    }

    @TestFactory
    Stream<DynamicTest> every_document_gets_the_same_verdict_from_the_schema_as_from_validate() throws IOException {
        return documents().stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            // A benchmark run is checked with the profile it belongs to, as assess reads them.
            String profile = profileOf(f);
            Cli.Run v = profile == null ? Cli.run("validate", f.toString()) : Cli.run("validate", "--bench-root",
                    f.getParent().getParent().toString(), profile, f.toString());
            boolean validateValid = v.exit() == 0;
            assertTrue(v.exit() == 0 || v.exit() == 3, v.toString());
            String schema = schemaVerdict(f);
            Map.Entry<Category, String> exception = EXPECTED.get(f.toString());
            if (exception == null) {
                assertEquals(validateValid, schema == null, f + ": validate says " + (validateValid ? "valid" : "invalid:\n" + v.err())
                        + "\nthe schema says " + (schema == null ? "valid" : schema));
            } else {
                assertFalse(validateValid, f + " is listed as invalid for a reason no schema can express, but validate passes it");
                String output = v.out() + v.err();
                assertTrue(output.contains(exception.getValue()), f + ": validate's reason is not the listed one ("
                        + exception.getKey() + ", '" + exception.getValue() + "'):\n" + output);
                if (exception.getKey() == Category.DOCUMENT_SYNTAX) {
                    assertEquals("syntax", schema, f + " is listed as a syntax error, but it parses");
                } else {
                    assertEquals(null, schema, f + " is listed as beyond a schema (" + exception.getKey() + "), but the schema refuses it");
                }
            }
        }));
    }

    @Test
    void every_listed_exception_is_a_document_the_test_reads() throws IOException {
        List<String> all = documents().stream().map(Path::toString).toList();
        for (String f : EXPECTED.keySet()) {
            assertTrue(all.contains(f), f + " is listed but not read");
        }
    }

    @Test
    void every_kind_has_a_schema_of_draft_2020_12_with_its_format_tag() {
        for (JsonSchemas.Kind k : JsonSchemas.Kind.values()) {
            JsonNode s = JsonSchemas.schema(k, "en", RuleSetLoader.loadDefault());
            assertEquals("https://json-schema.org/draft/2020-12/schema", s.get("$schema").asText());
            assertTrue(JsonSchemas.write(k, "en", RuleSetLoader.loadDefault()).contains("\"" + k.format() + "\""), k.id());
            assertNotNull(schema(k));
        }
    }

    @Test
    void the_chinese_schema_describes_the_profile_keys_in_chinese() {
        JsonNode s = JsonSchemas.schema(JsonSchemas.Kind.PROFILE, "zh", RuleSetLoader.loadDefault());
        String pue = s.at("/properties/compute/anyOf/0/properties/pue/description").asText();
        assertTrue(pue.contains("电能利用效率") || pue.matches(".*\\p{IsHan}.*"), pue);
        assertTrue(s.get("title").asText().contains("智算中心档案"));
    }

    @Test
    void the_profile_schema_lists_the_ids_of_the_rule_sets_reference_lists() {
        String s = JsonSchemas.write(JsonSchemas.Kind.PROFILE, "en", RuleSetLoader.loadDefault());
        for (String id : List.of("mlps-level-3", "pytorch", "heterogeneous-pool", "sla-monitoring", "成渝", "预训练")) {
            assertTrue(s.contains("\"" + id + "\""), id);
        }
    }

    static Map<Category, List<String>> byCategory() {
        Map<Category, List<String>> m = new LinkedHashMap<>();
        EXPECTED.forEach((f, e) -> m.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(f));
        return m;
    }
}
