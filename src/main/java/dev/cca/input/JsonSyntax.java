package dev.cca.input;

import dev.cca.diag.Localized;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON syntax error in cca's words, in English and Chinese, from the message of Jackson's parser: what is wrong at
 * the place, and what was expected there, without the parser's internals (character codes, the list of token kinds it
 * accepts, feature names). Every JSON input's syntax errors come through here ({@link JsonReader#syntaxError}); a
 * message of a kind not known here is kept as Jackson wrote it, cut at its description of the source.
 */
final class JsonSyntax {

    private JsonSyntax() {
    }

    /** A character as Jackson describes it: group 1 the character, or group 2 the code of a control character. */
    private static final String CHAR = "(?:'(.)' \\(code \\d+(?: / 0x[0-9a-fA-F]+)?\\)|\\(CTRL-CHAR, code (\\d+)\\))";
    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\(" + CHAR + "\\)(?:: (?:was )?[Ee]xpect(?:ing|ed) (.*))?$");
    private static final Pattern UNEXPECTED_IN_NUMBER = Pattern.compile("^Unexpected character \\(" + CHAR + "\\) in numeric value");
    private static final Pattern UNRECOGNIZED = Pattern.compile("^Unrecognized token '(.*)': was expecting");
    private static final Pattern CONTROL = Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern COMMENT = Pattern.compile("^Unexpected character \\(" + CHAR + "\\): maybe a \\(non-standard\\) comment");
    private static final Pattern ILLEGAL_BETWEEN = Pattern.compile("^Illegal character \\(" + CHAR + "\\): only regular white space");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape " + CHAR);
    private static final Pattern CLOSE_NOTHING = Pattern.compile("^Unexpected close marker '(.)': no open (Object|Array) to close");
    private static final Pattern CLOSE_WRONG = Pattern.compile(
            "^Unexpected close marker '(.)': expected '(.)' \\(for (Object|Array|root) starting at .*line: (\\d+), column: (\\d+)\\]\\)", Pattern.DOTALL);
    private static final Pattern LEADING_ZERO = Pattern.compile("^Invalid numeric value: Leading zeroes not allowed");
    private static final Pattern BAD_NUMBER = Pattern.compile("^(?:Invalid numeric value|Non-standard token|Numeric value \\(.*\\) out of range)");
    private static final Pattern END_IN_STRING = Pattern.compile("^Unexpected end-of-input(?: in field name|: was expecting closing quote|.*string value)");
    private static final Pattern END = Pattern.compile("^Unexpected end-of-input");

    /**
     * The message of Jackson's {@code raw} text in both languages; {@code lineOffset} and {@code columnOffset} are added to
     * a place the message names (as {@link JsonReader#syntaxError} adds them to the error's own).
     */
    static Localized describe(String raw, int lineOffset, int columnOffset) {
        String s = JsonReader.clean(raw);
        Matcher m = CLOSE_WRONG.matcher(raw == null ? "" : raw); // its place is inside the description of the source
        if (m.find()) {
            String c = m.group(1);
            String want = m.group(2);
            int line = Integer.parseInt(m.group(4));
            int column = Integer.parseInt(m.group(5)) + (line == 1 ? columnOffset : 0);
            line += lineOffset;
            boolean object = m.group(3).equals("Object");
            return Localized.of("'" + c + "' where '" + want + "' closes the " + (object ? "object" : "list") + " that starts at line " + line
                            + ", column " + column,
                    "此处应为闭合第 " + line + " 行第 " + column + " 列开始的" + (object ? "对象" : "列表") + "的“" + want + "”，却是“" + c + "”");
        }
        m = UNEXPECTED_IN_NUMBER.matcher(s);
        if (m.find()) {
            Localized c = shown(m.group(1), m.group(2));
            return Localized.of(c.get("en") + " inside a number (a number is digits, one '.', and an exponent such as e-3)",
                    "数字中出现了" + c.get("zh") + "（数字只能由数字、一个“.”和如 e-3 的指数组成）");
        }
        m = COMMENT.matcher(s);
        if (m.find()) {
            Localized c = shown(m.group(1), m.group(2));
            return Localized.of("unexpected " + c.get("en") + ": JSON has no comments (a YAML profile may have # comments)",
                    "此处不应出现" + c.get("zh") + "：JSON 不能有注释（YAML 档案可以用 # 写注释）");
        }
        m = UNEXPECTED.matcher(s);
        if (m.find()) {
            Localized c = shown(m.group(1), m.group(2));
            Localized expected = expected(m.group(3), m.group(1));
            if (expected == null) {
                return Localized.of("unexpected " + c.get("en"), "此处不应出现" + c.get("zh"));
            }
            return Localized.of("expected " + expected.get("en") + ", found " + c.get("en"),
                    "此处应为" + expected.get("zh") + "，却是" + c.get("zh"));
        }
        m = UNRECOGNIZED.matcher(s);
        if (m.find()) {
            String t = m.group(1);
            return Localized.of("'" + t + "' is not a value: text is written in double quotes (\"" + t + "\"), and the other values are numbers, true, false and null",
                    "“" + t + "”不是一个值：文本要写在双引号中（\"" + t + "\"），其他的值只有数字、true、false 和 null");
        }
        m = CONTROL.matcher(s);
        if (m.find()) {
            String code = m.group(1);
            return Localized.of("a control character (code " + code + ") inside a text: a text ends on its line, and a line break or tab in it is written \\n or \\t",
                    "文本中有控制字符（代码 " + code + "）：文本必须在同一行内结束，其中的换行或制表符要写成 \\n 或 \\t");
        }
        m = ILLEGAL_BETWEEN.matcher(s);
        if (m.find()) {
            Localized c = shown(m.group(1), m.group(2));
            return Localized.of(c.get("en") + " between values: only spaces, tabs and line breaks may stand there",
                    "值之间出现了" + c.get("zh") + "：那里只能有空格、制表符和换行");
        }
        m = ESCAPE.matcher(s);
        if (m.find() && m.group(1) != null) {
            String c = m.group(1);
            return Localized.of("'\\" + c + "' is not an escape of JSON (those are \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\uXXXX); write a backslash as \\\\",
                    "“\\" + c + "”不是 JSON 的转义（只有 \\\"、\\\\、\\/、\\b、\\f、\\n、\\r、\\t 和 \\uXXXX）；反斜杠本身要写成 \\\\");
        }
        m = CLOSE_NOTHING.matcher(s);
        if (m.find()) {
            String c = m.group(1);
            return Localized.of("'" + c + "' closes nothing: there is no " + (c.equals("}") ? "object" : "list") + " open here",
                    "“" + c + "”没有可闭合的内容：此处没有未闭合的" + (c.equals("}") ? "对象" : "列表"));
        }
        if (LEADING_ZERO.matcher(s).find()) {
            return Localized.of("a number may not start with 0 unless it is 0 or 0.something (write 1, not 01; a code with leading zeros is text: \"01\")",
                    "数字不能以 0 开头，除非它就是 0 或 0.x（写 1 而不是 01；带前导零的编号是文本：\"01\"）");
        }
        if (BAD_NUMBER.matcher(s).find()) {
            return Localized.of("not a number JSON can hold: " + s, "不是 JSON 能表示的数字：" + s);
        }
        if (END_IN_STRING.matcher(s).find()) {
            return Localized.of("the text ends inside a text value: its closing double quote is missing", "内容在一个文本值中结束：缺少它的右双引号");
        }
        if (END.matcher(s).find()) {
            if (s.contains("Object entries")) {
                return Localized.of("the text ends inside an object: a '}' is missing", "内容在对象中结束：缺少“}”");
            }
            if (s.contains("Array entries")) {
                return Localized.of("the text ends inside a list: a ']' is missing", "内容在列表中结束：缺少“]”");
            }
            return Localized.of("the text ends before the value is complete", "内容在值完整之前就结束了");
        }
        return Localized.of(s, s);
    }

    /** A character as the message shows it: printable ones quoted, others by their code. */
    private static Localized shown(String c, String control) {
        return c != null ? Localized.of("'" + c + "'", "“" + c + "”")
                : Localized.of("a control character (code " + control + ")", "控制字符（代码 " + control + "）");
    }

    /** What Jackson says it expected, in cca's words; null when it says nothing. */
    private static Localized expected(String what, String found) {
        if (what == null || what.isBlank()) {
            return null;
        }
        if (what.startsWith("double-quote to start field name")) {
            if ("}".equals(found)) {
                return Localized.of("a key in double quotes (a comma before '}' leaves an empty entry)", "用双引号括起的键（“}”前的逗号会留下一个空项）");
            }
            if ("'".equals(found)) {
                return Localized.of("a key in double quotes (JSON quotes with \" only)", "用双引号括起的键（JSON 只用 \" 作引号）");
            }
            return Localized.of("a key in double quotes", "用双引号括起的键");
        }
        if (what.startsWith("space separating root-level values")) {
            return Localized.of("nothing more after the value", "值之后不再有内容");
        }
        if (what.startsWith("a hex-digit for character escape")) {
            return Localized.of("four hexadecimal digits after \\u", "\\u 后的四位十六进制数字");
        }
        if (what.startsWith("comma to separate Object entries")) {
            return Localized.of("',' between two entries of an object, or '}' to close it", "对象两项之间的“,”或闭合它的“}”");
        }
        if (what.startsWith("comma to separate Array entries")) {
            return Localized.of("',' between two elements of a list, or ']' to close it", "列表两个元素之间的“,”或闭合它的“]”");
        }
        if (what.startsWith("a colon to separate field name and value")) {
            return Localized.of("':' after the key", "键后的“:”");
        }
        if (what.startsWith("a valid value") || what.startsWith("(JSON String")) {
            return Localized.of("a value (text in double quotes, a number, true, false, null, a list or an object)",
                    "一个值（双引号中的文本、数字、true、false、null、列表或对象）");
        }
        if (what.startsWith("closing quote")) {
            return Localized.of("the closing double quote of the text", "文本的右双引号");
        }
        return Localized.of(what, what);
    }
}
