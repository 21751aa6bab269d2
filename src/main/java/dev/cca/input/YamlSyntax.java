package dev.cca.input;

import dev.cca.diag.Localized;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML syntax error in cca's words, in English and Chinese, from SnakeYAML's message (its context and problem, as
 * {@link YamlReader#cleanMessage} leaves them): what stands at the place and what was expected there, in terms of the
 * profile's text (keys, indentation, quotes), not of the parser's tokens. A message of a kind not known here is kept as
 * SnakeYAML wrote it.
 */
final class YamlSyntax {

    private YamlSyntax() {
    }

    private static final String TOKEN = "('[^']*'|<[a-z ]+>|\\S+)";
    private static final Pattern BLOCK_MAPPING_END = Pattern.compile("^while parsing a block mapping; expected <block end>, but found " + TOKEN);
    private static final Pattern BLOCK_LIST_END = Pattern.compile("^while parsing a block collection; expected <block end>, but found " + TOKEN);
    private static final Pattern FLOW = Pattern.compile("^while parsing a flow (mapping|sequence); expected ',' or '[}\\]]', but got " + TOKEN);
    private static final Pattern NODE = Pattern.compile("^while parsing a (?:flow|block) node; expected the node content, but found " + TOKEN);
    private static final Pattern DOCUMENT_END = Pattern.compile("^expected '<document start>', but found " + TOKEN);
    private static final Pattern CANNOT_START = Pattern.compile("^while scanning for the next token; found character '(.*?)' that cannot start any token");
    private static final Pattern ESCAPE = Pattern.compile("^while scanning a double-quoted scalar; found unknown escape character (.+?)\\(\\d+\\)");
    private static final Pattern NAME = Pattern.compile("^while scanning an? (alias|anchor);");
    private static final Pattern BLOCK_INDENT = Pattern.compile("^while scanning a block scalar; expected indentation indicator in the range 1-9, but found (.*)$");
    private static final Pattern BLOCK_SCALAR = Pattern.compile("^while scanning a block scalar; expected (?:a comment or a line break|chomping or indentation indicators), but found (.*)$");

    static Localized describe(String message) {
        String s = message == null ? "" : message.strip();
        Matcher m = BLOCK_MAPPING_END.matcher(s);
        if (m.find()) {
            Localized t = token(m.group(1));
            return Localized.of(t.get("en") + " where the map above ends: the keys of one map start at the same indentation, and a"
                            + " line that goes on a value is indented under its key",
                    "此处应为上方映射的结束，却是" + t.get("zh") + "：同一映射的键必须从相同的缩进开始，作为某个键的值的行要缩进在该键之下");
        }
        m = BLOCK_LIST_END.matcher(s);
        if (m.find()) {
            Localized t = token(m.group(1));
            return Localized.of(t.get("en") + " where the list above ends: the items ('- ') of one list start at the same indentation",
                    "此处应为上方列表的结束，却是" + t.get("zh") + "：同一列表的各项（“- ”）必须从相同的缩进开始");
        }
        m = FLOW.matcher(s);
        if (m.find()) {
            boolean map = m.group(1).equals("mapping");
            if (m.group(2).equals("<stream end>")) {
                return map ? Localized.of("the {...} map is not closed: its '}' is missing where the text ends", "花括号映射 {...} 没有闭合：内容结束处缺少“}”")
                        : Localized.of("the [...] list is not closed: its ']' is missing where the text ends", "方括号列表 [...] 没有闭合：内容结束处缺少“]”");
            }
            Localized t = token(m.group(2));
            return map ? Localized.of("expected ',' or '}' in the {...} map, found " + t.get("en") + " (a value that holds ',', ':', '[' or '{' is written in quotes)",
                    "花括号映射 {...} 中此处应为“,”或“}”，却是" + t.get("zh") + "（含有“,”“:”“[”或“{”的值要加引号）")
                    : Localized.of("expected ',' or ']' in the [...] list, found " + t.get("en") + " (a value that holds ',', ':', '[' or '{' is written in quotes)",
                    "方括号列表 [...] 中此处应为“,”或“]”，却是" + t.get("zh") + "（含有“,”“:”“[”或“{”的值要加引号）");
        }
        m = NODE.matcher(s);
        if (m.find()) {
            Localized t = token(m.group(1));
            return Localized.of("expected a value, found " + t.get("en"), "此处应为一个值，却是" + t.get("zh"));
        }
        m = DOCUMENT_END.matcher(s);
        if (m.find()) {
            Localized t = token(m.group(1));
            return Localized.of(t.get("en") + " after the document's top-level value has ended (is this line indented differently from the keys above it? after a"
                            + " %YAML line, a document starts with '---')",
                    "文档的顶层值结束后又出现了" + t.get("zh") + "（这一行的缩进是否与上方的键不同？%YAML 行之后，文档要以“---”开始）");
        }
        if (s.startsWith("mapping values are not allowed here")) {
            return Localized.of("a ': ' where no key can be: a value that holds ': ' is written in quotes, and the keys of a nested map start on lines of their own",
                    "此处不能出现“: ”：含有“: ”的值要加引号，嵌套映射的键要各占一行");
        }
        if (s.startsWith("while scanning a simple key; could not find expected ':'")) {
            return Localized.of("this line is not 'key: value' or a list item: the ':' after its key (and a space after the ':') is missing",
                    "这一行既不是“键: 值”也不是列表项：缺少键后的“:”（以及“:”后的空格）");
        }
        if (s.startsWith("while scanning a quoted scalar; found unexpected end of stream")
                || s.startsWith("while scanning a double-quoted scalar; found unexpected end of stream")
                || s.startsWith("while scanning a single-quoted scalar; found unexpected end of stream")) {
            return Localized.of("a quoted text is never closed: its closing quote is missing", "带引号的文本没有结束：缺少它的右引号");
        }
        m = CANNOT_START.matcher(s);
        if (m.find()) {
            String c = m.group(1);
            if (c.startsWith("\\t")) {
                return Localized.of("a tab: YAML indents with spaces only", "制表符：YAML 只能用空格缩进");
            }
            return Localized.of("'" + c + "' cannot start a value: a value that starts with it is written in quotes",
                    "“" + c + "”不能作为值的开头：以它开头的值要加引号");
        }
        m = ESCAPE.matcher(s);
        if (m.find()) {
            String c = m.group(1);
            return Localized.of("'\\" + c + "' is not an escape of a double-quoted text; write a backslash as \\\\, or put the text in single quotes",
                    "“\\" + c + "”不是双引号文本中的转义；反斜杠本身要写成 \\\\，或把文本放在单引号中");
        }
        m = NAME.matcher(s);
        if (m.find()) {
            boolean alias = m.group(1).equals("alias");
            return Localized.of("the name of an " + m.group(1) + " ('" + (alias ? "*" : "&") + "name') is letters and digits; a value that starts with '"
                            + (alias ? "*" : "&") + "' is written in quotes",
                    (alias ? "别名" : "锚点") + "的名称（“" + (alias ? "*" : "&") + "名称”）只能由字母和数字组成；以“" + (alias ? "*" : "&") + "”开头的值要加引号");
        }
        m = BLOCK_INDENT.matcher(s);
        if (m.find()) {
            return Localized.of("a digit after '|' or '>' gives the text's indentation, from 1 to 9; found " + m.group(1)
                            + " (a value that starts with '|' or '>' is written in quotes)",
                    "“|”或“>”之后的数字表示文本的缩进，只能是 1 到 9，却是 " + m.group(1) + "（以“|”或“>”开头的值要加引号）");
        }
        m = BLOCK_SCALAR.matcher(s);
        if (m.find()) {
            return Localized.of("after '|' or '>' only a comment may follow on the line; found " + m.group(1),
                    "“|”或“>”之后同一行只能有注释，却是 " + m.group(1));
        }
        if (s.startsWith("while scanning a tag") || s.startsWith("while parsing a node; found undefined tag handle")) {
            return Localized.of("'!' starts a YAML tag, and this one is not well formed; a value that starts with '!' is written in quotes",
                    "“!”表示 YAML 标签，而这个标签的写法不对；以“!”开头的值要加引号");
        }
        if (s.startsWith("while scanning a directive")) {
            return Localized.of("a line that starts with '%' is a YAML directive (%YAML 1.2); a value that starts with '%' is written in quotes",
                    "以“%”开头的行是 YAML 指令（%YAML 1.2）；以“%”开头的值要加引号");
        }
        if (s.startsWith("special characters are not allowed")) {
            return Localized.of("a control character that YAML does not allow in a text", "YAML 文本中不允许的控制字符");
        }
        return Localized.of(s, s);
    }

    /** One of SnakeYAML's token names as the profile's text shows it. */
    private static Localized token(String t) {
        String s = t.startsWith("'") && t.endsWith("'") && t.length() >= 2 ? t.substring(1, t.length() - 1) : t;
        return switch (s) {
            case "<block end>" -> Localized.of("the end of an indented block", "缩进块的结束");
            case "<block mapping start>" -> Localized.of("a key indented deeper than the keys above it", "比上方的键缩进更深的键");
            case "<block sequence start>" -> Localized.of("a list item ('- ')", "列表项（“- ”）");
            case "<block entry>" -> Localized.of("'- '", "“- ”");
            case "<scalar>" -> Localized.of("a value", "一个值");
            case "<stream end>" -> Localized.of("the end of the text", "内容的结尾");
            case "<document start>" -> Localized.of("'---'", "“---”");
            case "<document end>" -> Localized.of("'...'", "“...”");
            case "<flow mapping start>" -> Localized.of("'{'", "“{”");
            case "<flow sequence start>" -> Localized.of("'['", "“[”");
            case "<key>" -> Localized.of("'?'", "“?”");
            case "<value>" -> Localized.of("':'", "“:”");
            default -> Localized.of("'" + s + "'", "“" + s + "”");
        };
    }
}
