package dev.cca.rules;

import dev.cca.diag.Problems;
import dev.cca.input.Document;
import dev.cca.input.Limits;
import dev.cca.input.Node;
import dev.cca.input.PreparedTree;
import dev.cca.input.SourceFile;
import dev.cca.input.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Build step (Maven, process-classes): parses the default rule set's YAML as {@link RuleSetLoader} does and writes
 * its tree and hash in the prepared form that {@link RuleSetLoader#loadDefault} reads on every run. Fails the build
 * when the YAML does not parse or the rule set it holds is invalid.
 *
 * <pre>
 *   java dev.cca.rules.PrepareDefault scoring-rules/cca-default.yaml target/classes/dev/cca/rules/default/cca-default.tree
 * </pre>
 */
public final class PrepareDefault {

    private PrepareDefault() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PrepareDefault RULES.yaml OUT.tree");
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, prepare(SourceFile.ofText(RuleSetLoader.DEFAULT_NAME,
                Files.readString(Path.of(args[0]), StandardCharsets.UTF_8))));
    }

    /** The prepared form of a rule-set text; an error with every problem when it is not a valid rule set. */
    static byte[] prepare(SourceFile src) {
        Problems p = new Problems();
        List<Document> docs = new YamlReader(Limits.DEFAULT).readAll(src, p);
        if (RuleSetLoader.load(src, p) == null || docs.size() != 1 || !(docs.get(0).root() instanceof Node.MapNode root)) {
            throw new IllegalStateException("the default rule set is invalid: " + p.all());
        }
        return PreparedTree.write(RuleSetLoader.sha256(src.text()), root);
    }
}
