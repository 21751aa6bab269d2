package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.testing.Cli;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule set or gate file saved as GB18030 is told to be saved as UTF-8 (CCA-F207): --encoding names the inputs'
 * encoding, and telling the user to re-run with it (CCA-F049, the inputs' message) would not have helped.
 */
class Utf8OnlyFilesTest {

    @TempDir
    Path tmp;

    @Test
    void a_gb18030_rule_set_or_gate_file_is_told_to_be_saved_as_utf8() throws Exception {
        Charset gb = Charset.forName("GB18030");
        Path rules = tmp.resolve("rules.yaml");
        Files.write(rules, "cca: rules/v1\nextends: cca-default\nid: gb\nversion: \"1\"\ntitle: {en: x, zh: 中文规则}\n".getBytes(gb));
        Path gate = tmp.resolve("gate.yaml");
        Files.write(gate, "cca: gate/v1\n# 中文\n".getBytes(gb));
        for (String[] args : new String[][] {{"--rules", rules.toString()}, {"--gate", gate.toString()}}) {
            Cli.Run r = Cli.run("assess", "samples/wuhan-aicc.yaml", "-q", args[0], args[1], "--encoding", "gb18030");
            assertEquals(3, r.exit(), r.toString());
            assertTrue(r.err().contains("CCA-F207") && r.err().contains("save it as UTF-8"), r.toString());
            assertFalse(r.err().contains("re-run with --encoding"), r.toString());
            Cli.Run zh = Cli.run("assess", "samples/wuhan-aicc.yaml", "-q", "--lang", "zh", args[0], args[1]);
            assertTrue(zh.err().contains("请将其另存为 UTF-8"), zh.toString());
        }
    }
}
