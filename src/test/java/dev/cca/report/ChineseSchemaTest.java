package dev.cca.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cca.rules.RuleSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code cca schema KIND --lang zh} is the English schema with every description in Chinese: the same keys, types,
 * enumerations, patterns and required lists, and no description left in English or holding an English word outside
 * identifiers, units and the values the schema itself lists (its enumerations and constants).
 */
class ChineseSchemaTest {

    private static final RuleSet RULES = dev.cca.rules.RuleSetLoader.loadDefault();
    /** A word as the English-word check counts one: three Latin letters or more. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

    @ParameterizedTest
    @EnumSource(JsonSchemas.Kind.class)
    void the_chinese_schema_has_the_structure_of_the_english_one(JsonSchemas.Kind kind) {
        JsonNode en = JsonSchemas.schema(kind, "en", RULES);
        JsonNode zh = JsonSchemas.schema(kind, "zh", RULES);
        assertEquals(withoutWords(en), withoutWords(zh), kind + ": the language changes words only");
        assertEquals(descriptions(en).keySet(), descriptions(zh).keySet(), kind + ": the same keys are described");
        assertNotEquals(en.get("title").asText(), zh.get("title").asText());
    }

    @ParameterizedTest
    @EnumSource(JsonSchemas.Kind.class)
    void every_description_of_the_chinese_schema_is_chinese(JsonSchemas.Kind kind) {
        JsonNode zh = JsonSchemas.schema(kind, "zh", RULES);
        Map<String, String> en = descriptions(JsonSchemas.schema(kind, "en", RULES));
        Map<String, String> described = descriptions(zh);
        assertTrue(described.size() >= 15, kind + ": " + described.size() + " descriptions");
        Set<String> values = new TreeSet<>(Set.of("true", "false", "null"));
        collectValues(zh, values);
        // The names of the ids the rule set knows (Mistral, MiniCPM), which the profile schema lists beside them.
        RULES.references().values().forEach(list -> list.items().forEach(i -> values.add(i.label().get("zh"))));
        Map<String, Set<String>> found = new TreeMap<>();
        described.forEach((path, text) -> {
            assertFalse(text.isBlank(), kind + " " + path + ": an empty description");
            if (WORD.matcher(en.get(path)).find()) {
                assertNotEquals(en.get(path), text, kind + " " + path + ": still in English");
            }
            ChineseReportsTest.english(kind + " " + path + ": " + text, text, values, found);
        });
        assertTrue(found.isEmpty(), "English words in the Chinese " + kind.id() + " schema:\n"
                + String.join("\n", found.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
    }

    /** The schema with its descriptions and title taken out: what a validator reads. */
    private static JsonNode withoutWords(JsonNode n) {
        JsonNode copy = n.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove("description");
            o.remove("title");
        }
        n.forEach(ChineseSchemaTest::strip);
    }

    /** Every description, by its JSON pointer. */
    private static Map<String, String> descriptions(JsonNode root) {
        Map<String, String> out = new TreeMap<>();
        walk(root, "", out);
        return out;
    }

    private static void walk(JsonNode n, String at, Map<String, String> out) {
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("description") && e.getValue().isTextual()) {
                    out.put(at, e.getValue().asText());
                } else {
                    walk(e.getValue(), at + "/" + e.getKey(), out);
                }
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                walk(n.get(i), at + "/" + i, out);
            }
        }
    }

    /** The values a document writes that the schema lists: its enumerations and constants (and the names it gives them). */
    private static void collectValues(JsonNode n, Set<String> out) {
        if (n.get("enum") != null) {
            n.get("enum").forEach(v -> out.add(v.asText()));
        }
        if (n.get("const") != null) {
            out.add(n.get("const").asText());
        }
        if (n.isContainerNode()) {
            n.forEach(c -> collectValues(c, out));
        }
    }
}
