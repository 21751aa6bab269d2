package dev.cca.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.FileCode;
import dev.cca.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs on which the YAML and JSON parsers' own words leaked out (an internal token name, a printed SnakeYAML event,
 * a message cut off mid-sentence, a limit that is not the one hit): each is a located error of cca's own, in English
 * and Chinese, that names no library internals.
 */
class ParserMessagesTest {

    @TempDir
    Path tmp;

    /** The error lines of {@code validate} of a file holding {@code text}, in English and in Chinese. */
    private String[] validate(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        Cli.Run en = Cli.run("validate", p.toString());
        Cli.Run zh = Cli.run("validate", p.toString(), "--lang", "zh");
        assertEquals(3, en.exit(), en.toString());
        for (String out : new String[] {en.err(), zh.err()}) {
            for (String internal : new String[] {"VALUE_EMBEDDED_OBJECT", "snakeyaml", "Event(", "StreamReadConstraints",
                    "start marker", "[Source"}) {
                assertFalse(out.contains(internal), internal + " in " + out);
            }
        }
        return new String[] {en.err(), zh.err()};
    }

    @Test
    void a_binary_tag_is_named_as_such_at_its_value() throws IOException {
        String[] out = validate("b.yaml", "cca: center-profile/v1\nid: t\nname: !!binary aGVsbG8=\n");
        assertTrue(out[0].contains("b.yaml:3:7: error " + FileCode.BINARY_VALUE.id() + ": a !!binary value"), out[0]);
        assertTrue(out[1].contains(FileCode.BINARY_VALUE.id() + ": !!binary 值"), out[1]);
    }

    @Test
    void a_list_or_map_as_a_key_is_named_as_such_where_it_is() throws IOException {
        String[] out = validate("k.yaml", "cca: center-profile/v1\nid: ck\nname: x\n? [a, b]\n: 1\n");
        assertTrue(out[0].contains("k.yaml:4:3: error " + FileCode.COMPLEX_KEY.id() + ": a key that is a list ('? [a, b]') is not read"), out[0]);
        assertTrue(out[1].contains(FileCode.COMPLEX_KEY.id() + ": 列表（“? [a, b]”）作键无法读取"), out[1]);
    }

    @Test
    void a_key_over_yamls_simple_key_limit_names_that_limit_at_the_key() throws IOException {
        String[] out = validate("l.yaml", "cca: center-profile/v1\nid: ll\nname: x\n" + "k".repeat(2000) + ": 1\n");
        assertTrue(out[0].contains("l.yaml:4:1: error " + FileCode.YAML_KEY_TOO_LONG.id() + ": a key of 2000 characters")
                && out[0].contains("1024") && !out[0].contains("could not find expected"), out[0]);
        assertTrue(out[1].contains("键长 2000 个字符"), out[1]);
        // A key within that limit but without its colon is still the parser's plain syntax error.
        String[] plain = validate("m.yaml", "cca: center-profile/v1\nid: ll\nname: x\nkey\n: 1\n");
        assertFalse(plain[0].contains(FileCode.YAML_KEY_TOO_LONG.id()), plain[0]);
    }

    @Test
    void a_number_of_5000_digits_is_located_at_the_number_and_an_unclosed_record_says_where_it_opened() throws IOException {
        String line1 = "{\"cca\":\"center-profile/v1\",\"id\":\"e\",\"name\":\"E\",\"compute\":{\"total_pflops_fp16\":" + "9".repeat(5000)
                + "}}";
        String[] out = validate("n.jsonl", line1 + "\n{\"cca\":\"center-profile/v1\",\"id\":\"g\",\"name\":\"G\"\n");
        int column = line1.indexOf('9') + 1;
        assertTrue(out[0].contains("n.jsonl:1:" + column + ": error " + FileCode.NUMBER_TOO_LONG.id()
                + ": a number of 5000 digits is longer than the 1000 digits cca reads"), out[0]);
        assertTrue(out[0].contains("n.jsonl:2:47: error " + FileCode.NOT_CLOSED.id()
                + ": not valid JSON: the object that starts at line 2, column 1 is not closed: its '}' is missing"), out[0]);
        assertTrue(out[1].contains("数字有 5000 位") && out[1].contains("第 2 行第 1 列开始的对象没有结束"), out[1]);
    }

    @Test
    void an_unclosed_list_of_a_json_file_names_its_line_and_column() throws IOException {
        String[] out = validate("u.json", "{\"cca\": \"center-profile/v1\",\n \"id\": \"n\", \"name\": \"N\",\n \"x\": [1, 2\n");
        assertTrue(out[0].contains(FileCode.NOT_CLOSED.id() + ": not valid JSON: the list that starts at line 3, column 7 is not closed: its ']'"),
                out[0]);
    }

    @Test
    void a_yaml_merge_key_is_named_as_one_that_is_not_read() throws IOException {
        String[] out = validate("merge.yaml", "cca: center-profile/v1\nid: mk\nname: x\ndefaults: &d {pue: 1.3}\ncompute:\n  <<: *d\n");
        assertTrue(out[0].contains("merge.yaml:6:3: error CCA-P005: unknown key '<<' (a YAML 1.1 merge key, which YAML 1.2 and cca do not"
                + " read: write the keys of the anchored map out here)"), out[0]);
        assertTrue(out[1].contains("这是 YAML 1.1 的合并键"), out[1]);
    }
}
