package dev.cca.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML structure typed with a Chinese input method: the full-width colon, ideographic spaces as indentation, a
 * full-width number sign before a comment, and tabs between a key and its value. YAML reads none of them as structure;
 * each error says which character it was and what to type, the same in validate, assess and batch.
 */
class FullWidthStructureTest {

    @TempDir
    Path tmp;

    private static final String HEAD = "cca: center-profile/v1\nid: fw\nname: 全角\n";

    /** The error lines of validate, assess and batch of a profile of {@code body} after the required keys, each the same. */
    private String errors(String body, String lang) throws IOException {
        Path p = tmp.resolve("fw.yaml");
        Files.writeString(p, HEAD + body);
        String seen = null;
        for (String[] args : new String[][] {{"validate", p.toString()}, {"assess", p.toString()},
                {"batch", p.toString(), "-o", tmp.resolve("out.json").toString()}}) {
            String[] all = Arrays.copyOf(args, args.length + 2);
            all[args.length] = "--lang";
            all[args.length + 1] = lang;
            Cli.Run r = Cli.run(all);
            assertEquals(3, r.exit(), r.toString());
            List<String> lines = r.err().lines().filter(l -> l.contains("CCA-")).toList();
            String errors = String.join("\n", lines);
            if (seen == null) {
                seen = errors;
            } else {
                assertEquals(seen, errors, args[0] + " gives the errors validate gives");
            }
        }
        return seen;
    }

    @Test
    void a_full_width_colon_after_a_key_is_named_where_a_map_was_expected_and_in_the_syntax_error_it_causes() throws IOException {
        String map = errors("compute:\n  pue：1.3\n", "en");
        assertTrue(map.contains("fw.yaml:5:3: error CCA-P013: expected a map of keys") && map.contains("got text (its '：' is a full-width"
                + " colon: YAML separates a key from its value with ':' and a space, as in 'pue: 1.3')"), map);
        String syntax = errors("compute：\n  pue: 1.3\n", "en");
        assertTrue(syntax.contains("fw.yaml:5:6: error CCA-F022") && syntax.contains("(line 4 has '：', a full-width colon"), syntax);
        assertTrue(errors("compute：\n  pue: 1.3\n", "zh").contains("（第 4 行有全角冒号“：”"), "in Chinese too");
        // A full-width colon inside a text is the text's own.
        Path ok = tmp.resolve("ok.yaml");
        Files.writeString(ok, HEAD.replace("name: 全角", "name: 杭州：人工智能计算中心"));
        assertEquals(0, Cli.run("validate", ok.toString()).exit());
    }

    @Test
    void a_no_break_space_after_a_colon_is_named_in_the_syntax_error_it_causes() throws IOException {
        String out = errors("compute:\n  pue:\u00A01.3\n  storage_pb: 8\n", "en");
        assertTrue(out.contains("fw.yaml:6:13: error CCA-F022") && out.contains("(line 5 has a no-break space, U+00A0, after a ':', which"
                + " YAML does not read as a space: type an ordinary space)"), out);
        assertTrue(errors("compute:\n  pue:\u00A01.3\n  storage_pb: 8\n", "zh").contains("不换行空格（U+00A0）"));
    }

    @Test
    void ideographic_spaces_as_indentation_are_named_at_the_key_they_start() throws IOException {
        String out = errors("compute:\n\u3000\u3000pue: 1.3\n", "en");
        assertTrue(out.contains("fw.yaml:5:1: error CCA-P005: unknown key '\u3000\u3000pue' (it starts with 2 ideographic space(s), U+3000,"
                + " the full-width space: YAML indents with ASCII spaces only"), out);
        assertFalse(out.contains("keys are written in English"), "it was taken for a Chinese name of compute.pue: " + out);
        assertTrue(errors("compute:\n\u3000\u3000pue: 1.3\n", "zh").contains("2 个全角空格（U+3000）"));
    }

    @Test
    void a_full_width_number_sign_before_a_comment_is_named_in_the_unit_it_was_taken_for() throws IOException {
        String out = errors("compute:\n  pue: 1.3 ＃ 注释\n", "en");
        assertTrue(out.contains("fw.yaml:5:8: error CCA-P025: unknown unit '# 注释' (its '＃' is a full-width number sign: a comment starts"
                + " with '#' after a space"), out);
    }

    @Test
    void a_tab_after_the_dash_of_a_list_entry_is_not_called_indentation() throws IOException {
        String afterDash = errors("training:\n  frameworks:\n  -\tpytorch\n", "en");
        assertTrue(afterDash.contains("fw.yaml:6:4: error CCA-F022: not valid YAML: a tab after the '-', '?' or ':' that opens the"
                + " line's entry, where cca reads only a space (YAML refuses a tab there before a nested list or map); write a space"
                + " instead"), afterDash);
        String zh = errors("training:\n  frameworks:\n  -\tpytorch\n", "zh");
        assertTrue(zh.contains("制表符位于行首条目的“-”“?”或“:”之后"), zh);
        String indent = errors("compute:\n\tpue: 1.3\n", "en");
        assertTrue(indent.contains("fw.yaml:5:1: error CCA-F022: not valid YAML: a tab: YAML indents with spaces only"), indent);
    }
}
