package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Problems;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A JSON syntax error is said in cca's words, in English and in Chinese: what is wrong and what was expected there,
 * never the parser's character codes or its list of token kinds.
 */
class JsonSyntaxProperties {

    private static final String VALID = "{\"cca\": \"center-profile/v1\", \"id\": \"a-1\", \"name\": \"中心\", "
            + "\"compute\": {\"total_pflops_fp16\": 40.5, \"accelerators\": [{\"count\": 8, \"model\": \"H800\"}]}, "
            + "\"scenarios\": [\"inference\", \"fine-tuning\"], \"hub\": null, \"flag\": true}";

    private static Diagnostic error(String json) {
        Problems problems = new Problems();
        new JsonReader(Limits.DEFAULT).parse(json, "f.json", 0, 0, problems);
        return problems.all().isEmpty() ? null : problems.all().get(0);
    }

    /** Jackson's own words and internals, which no message may show. */
    private static void noInternals(String text) {
        for (String s : new String[] {"' (code ", "was expecting", "JSON String", "CTRL-CHAR", "Source:", "Unexpected character",
                "Unrecognized token", "close marker", "end-of-input", "StreamReadConstraints"}) {
            assertFalse(text.contains(s), text);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"id\": x}                | 'x' is not a value                          | “x”不是一个值",
            "{\"id\": \"a\",}           | expected a key in double quotes             | 此处应为用双引号括起的键",
            "{\"id\": \"a\" \"name\": 1} | expected ',' between two entries            | 此处应为对象两项之间的“,”",
            "{\"a\" 1}                  | expected ':' after the key                  | 此处应为键后的“:”",
            "{'a': 1}                   | JSON quotes with \" only                     | JSON 只用 \" 作引号",
            "{\"a\": 01}                | a number may not start with 0               | 数字不能以 0 开头",
            "{\"a\": 1x}                | expected ',' between two entries            | 却是“x”",
            "{\"a\": \"\\q\"}           | '\\q' is not an escape of JSON              | 不是 JSON 的转义",
            "{\"a\": \"\\u00\"}         | four hexadecimal digits after \\u           | 四位十六进制数字",
            "{\"a\": 1}}                | '}' closes nothing                          | 没有可闭合的内容",
            "{\"a\": [1}                | '}' where ']' closes the list that starts at line 1, column 7 | 此处应为闭合第 1 行第 7 列开始的列表的“]”",
            "{\"a\": tru}               | 'tru' is not a value                        | “tru”不是一个值",
            "{\"a\": 1, // note}        | JSON has no comments                        | JSON 不能有注释",
    })
    void each_kind_of_syntax_error_is_said_in_both_languages(String json, String en, String zh) {
        Diagnostic d = error(json.strip());
        assertTrue(d != null && d.isError(), json);
        assertTrue(d.message("en").contains(en.strip()), d.message("en"));
        assertTrue(d.message("zh").contains(zh.strip()), d.message("zh"));
        noInternals(d.message("en"));
        noInternals(d.message("zh"));
    }

    @Test
    void a_control_character_in_a_text_is_named_by_its_code() {
        Diagnostic d = error("{\"a\": \"x\u0001y\"}");
        assertTrue(d.message("en").contains("a control character (code 1) inside a text"), d.message("en"));
        assertTrue(d.message("zh").contains("文本中有控制字符（代码 1）"), d.message("zh"));
        assertEquals(1, d.location().line());
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> piece = Arbitraries.of("{", "}", "[", "]", ":", ",", "\"", "'", "\\", "x", "01", "\u0001", "\n", "1e", "-",
                "tru", "nul", ".", "\\u00", "}}", "]]", "::", "//", "#", "/*", "\u00e9", "\ufeff", "NaN", "+1", "1.", ".5");
        return Arbitraries.integers().between(0, VALID.length()).flatMap(at -> Arbitraries.integers().between(0, 3).flatMap(cut ->
                piece.map(p -> VALID.substring(0, at) + p + VALID.substring(Math.min(VALID.length(), at + cut)))));
    }

    /** One piece of JSON syntax put in at any place, or a few characters cut: every syntax error is in cca's words. */
    @Property(tries = 600)
    void no_syntax_error_shows_the_parsers_internals(@ForAll("mutated") String json) {
        Problems problems = new Problems();
        new JsonReader(Limits.DEFAULT).parse(json, "f.json", 0, 0, problems);
        for (Diagnostic d : problems.all()) {
            noInternals(d.message("en"));
            noInternals(d.message("zh"));
        }
    }
}
