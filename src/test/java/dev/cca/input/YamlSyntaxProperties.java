package dev.cca.input;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Problems;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A YAML syntax error is said in cca's words, in English and in Chinese: keys, indentation and quotes, not SnakeYAML's
 * contexts and token names.
 */
class YamlSyntaxProperties {

    private static final String VALID = """
            cca: center-profile/v1
            id: a-1
            name: 中心
            region: {province: 湖北, city: 武汉}
            scenarios: [inference, fine-tuning]
            compute:
              total_pflops_fp16: 40
              accelerators:
                - {vendor: Huawei, model: Ascend 910B, count: 128}
              pue: 1.3
            inference:
              latency: {ttft_ms_p50: 300, tpot_ms_p50: 30}
            """;

    private static java.util.List<Diagnostic> errors(String yaml) {
        Problems problems = new Problems();
        new YamlReader(Limits.DEFAULT).readAll(SourceFile.ofText("f.yaml", yaml), problems);
        return problems.all();
    }

    private static void noInternals(String text) {
        for (String s : new String[] {"while parsing", "while scanning", "<block end>", "<scalar>", "<stream end>", "<block mapping start>",
                "mapping values are not allowed", "could not find expected", "cannot start any token", "but got", "but found '<"}) {
            assertFalse(text.contains(s), text);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "a: b: c                        | a ': ' where no key can be            | 此处不能出现“: ”",
            "a: [1, 2                       | the [...] list is not closed          | 方括号列表 [...] 没有闭合",
            "a: {x: 1                       | the {...} map is not closed           | 花括号映射 {...} 没有闭合",
            "a: [1, 2}                      | expected ',' or ']' in the [...] list | 方括号列表 [...] 中此处应为“,”或“]”",
            "a: \"open                      | a quoted text is never closed         | 带引号的文本没有结束",
            "a: @x                          | '@' cannot start a value              | “@”不能作为值的开头",
            "a: !!武汉                      | '!' starts a YAML tag                 | “!”表示 YAML 标签",
            "a: *:                          | the name of an alias                  | 别名的名称",
            "a: \"\\q\"                     | is not an escape of a double-quoted text | 不是双引号文本中的转义",
            "`a: |0`                        | `a digit after '|' or '>' gives the text's indentation, from 1 to 9` | `“|”或“>”之后的数字表示文本的缩进`",
    })
    void each_kind_of_syntax_error_is_said_in_both_languages(String yaml, String en, String zh) {
        java.util.List<Diagnostic> all = errors(yaml.strip() + "\n");
        assertTrue(!all.isEmpty() && all.get(0).isError(), yaml);
        Diagnostic d = all.get(0);
        assertTrue(d.message("en").contains(en.strip()), d.message("en"));
        assertTrue(d.message("zh").contains(zh.strip()), d.message("zh"));
        noInternals(d.message("en"));
        noInternals(d.message("zh"));
    }

    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> piece = Arbitraries.of("{", "}", "[", "]", ": ", ",", "\"", "'", "\\", "- ", "\n", "\n  ", "\n    x: 1",
                "  ", "@", "`", "%", "&a ", "*", "|", ">", "? ", "#", "\t", "---\n", "...\n", "!!", "\"\\q\"");
        return Arbitraries.integers().between(0, VALID.length()).flatMap(at -> Arbitraries.integers().between(0, 3).flatMap(cut ->
                piece.map(p -> VALID.substring(0, at) + p + VALID.substring(Math.min(VALID.length(), at + cut)))));
    }

    /** One piece of YAML syntax put in at any place, or a few characters cut: every syntax error is in cca's words. */
    @Property(tries = 600)
    void no_syntax_error_shows_the_parsers_words(@ForAll("mutated") String yaml) {
        for (Diagnostic d : errors(yaml)) {
            noInternals(d.message("en"));
            noInternals(d.message("zh"));
        }
    }
}
