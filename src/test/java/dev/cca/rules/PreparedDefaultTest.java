package dev.cca.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Problems;
import dev.cca.input.Document;
import dev.cca.input.Limits;
import dev.cca.input.Node;
import dev.cca.input.PreparedTree;
import dev.cca.input.SourceFile;
import dev.cca.input.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default rule set is read from the tree the build prepared from its YAML: that tree must be the YAML's parse,
 * value for value and position for position, and the hash the hash of the YAML's text, or every result would name
 * and score a rule set that is not the one in scoring-rules/.
 */
class PreparedDefaultTest {

    private static byte[] preparedBytes() throws IOException {
        try (InputStream in = RuleSetLoader.class.getResourceAsStream(RuleSetLoader.PREPARED_RESOURCE)) {
            assertNotNull(in, "the build prepares " + RuleSetLoader.PREPARED_RESOURCE);
            return in.readAllBytes();
        }
    }

    @Test
    void the_prepared_tree_is_the_parse_of_the_yaml_with_its_hash() throws IOException {
        SourceFile yaml = RuleSetLoader.defaultSource();
        Problems p = new Problems();
        List<Document> docs = new YamlReader(Limits.DEFAULT).readAll(yaml, p);
        assertTrue(p.isEmpty(), p.all().toString());
        PreparedTree.Tree prepared = PreparedTree.read(preparedBytes());
        assertEquals(PreparedTreeProperties.dump(docs.get(0).root()), PreparedTreeProperties.dump(prepared.root()));
        assertEquals(RuleSetLoader.sha256(yaml.text()), prepared.sha256());
    }

    @Test
    void the_prepared_tree_in_the_build_is_the_one_the_yaml_prepares_now() throws IOException {
        assertArrayEquals(PrepareDefault.prepare(RuleSetLoader.defaultSource()), preparedBytes(),
                "stale: rebuild (mvn process-classes) after editing scoring-rules/cca-default.yaml");
    }

    @Test
    void the_default_rule_set_read_from_the_prepared_tree_is_the_one_read_from_the_yaml() {
        Problems p = new Problems();
        RuleSet fromYaml = RuleSetLoader.load(RuleSetLoader.defaultSource(), p);
        RuleSet fromTree = RuleSetLoader.loadDefault();
        assertEquals(fromYaml.sha256(), fromTree.sha256());
        assertEquals(fromYaml.id() + " " + fromYaml.version(), fromTree.id() + " " + fromTree.version());
        assertEquals(fromYaml.indicators().keySet(), fromTree.indicators().keySet());
        assertEquals(fromYaml.tables(), fromTree.tables());
        assertEquals(fromYaml.caps(), fromTree.caps());
        assertEquals(fromYaml.grades(), fromTree.grades());
        assertEquals(fromYaml.references(), fromTree.references());
    }

    @Test
    void an_invalid_rule_set_is_never_prepared() {
        SourceFile bad = SourceFile.ofText("bad.yaml", "cca: rules/v1\nid: x\n");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> PrepareDefault.prepare(bad));
    }

    static Node root(SourceFile f) {
        return new YamlReader(Limits.DEFAULT).readAll(f, new Problems()).get(0).root();
    }
}
