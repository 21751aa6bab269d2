package dev.cca.input;

import dev.cca.diag.Localized;

/**
 * What a key or a value most likely meant when it holds the full-width form of a character YAML writes its structure
 * with, as a Chinese input method types it: an ideographic space (U+3000) for indentation, a full-width colon
 * ({@code pue：1.3}), a full-width hyphen before a list item ({@code － inference}) or a full-width number sign before a
 * comment ({@code 1.3 ＃ 注释}). YAML reads none of them as structure, so the line is read as a key or a text that the
 * profile does not take; the message then says which character it was and what to type instead.
 */
final class FullWidthHints {

    private FullWidthHints() {
    }

    private static final char IDEOGRAPHIC_SPACE = '\u3000';
    private static final char COLON = '\uFF1A';
    private static final char HYPHEN = '\uFF0D';
    private static final char NUMBER_SIGN = '\uFF03';

    /** The hint for a key that starts with ideographic spaces ({@code "　　pue"}); empty for any other key. */
    static Localized key(String key) {
        int n = 0;
        while (n < key.length() && key.charAt(n) == IDEOGRAPHIC_SPACE) {
            n++;
        }
        if (n == 0) {
            return Localized.EMPTY;
        }
        return Localized.of(" (it starts with " + n + " ideographic space(s), U+3000, the full-width space: YAML indents with ASCII"
                        + " spaces only, so this key is not under the key above it; indent it with spaces)",
                "（它以 " + n + " 个全角空格（U+3000）开头：YAML 只能用半角空格缩进，因此这个键不在上方的键之下；请改用半角空格缩进）");
    }

    /**
     * The hint for a text found where a map, a list or a number was expected: a full-width colon, a full-width hyphen
     * at its start, or a full-width number sign after a space; empty when it holds none of them.
     */
    static Localized text(String text) {
        String t = text.strip();
        if (t.indexOf(COLON) > 0) {
            return Localized.of(" (its '：' is a full-width colon: YAML separates a key from its value with ':' and a space, as in 'pue: 1.3')",
                    "（其中的“：”是全角冒号：YAML 用半角“:”加一个空格分隔键与值，如“pue: 1.3”）");
        }
        if (!t.isEmpty() && t.charAt(0) == HYPHEN) {
            return Localized.of(" (its '－' is a full-width hyphen: a list item starts with '-' and a space, as in '- inference')",
                    "（其中的“－”是全角连字符：列表项以半角“-”加一个空格开头，如“- inference”）");
        }
        int sign = t.indexOf(NUMBER_SIGN);
        if (sign > 0 && Character.isWhitespace(t.charAt(sign - 1)) || sign > 0 && t.charAt(sign - 1) == IDEOGRAPHIC_SPACE) {
            return Localized.of(" (its '＃' is a full-width number sign: a comment starts with '#' after a space, as in 'pue: 1.3 # note')",
                    "（其中的“＃”是全角井号：注释以空格之后的半角“#”开头，如“pue: 1.3 # 注释”）");
        }
        return Localized.EMPTY;
    }

    /**
     * The hint for a key that holds an invisible character (a zero-width space or joiner, a byte-order mark, a soft
     * hyphen, a bidirectional control), as text pasted from a web page, a chat or a word processor can carry, and
     * YAML reads as part of the key: which one, where, and the key without it; empty for a key without one.
     */
    static Localized invisible(String key, java.util.Set<String> siblings) {
        int at = -1;
        for (int i = 0; i < key.length() && at < 0; i++) {
            if (invisibleName(key.charAt(i)) != null) {
                at = i;
            }
        }
        if (at < 0) {
            return Localized.EMPTY;
        }
        char c = key.charAt(at);
        String[] name = invisibleName(c);
        StringBuilder visible = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            if (invisibleName(key.charAt(i)) == null) {
                visible.append(key.charAt(i));
            }
        }
        String code = String.format("U+%04X", (int) c);
        boolean known = siblings.contains(visible.toString());
        return Localized.of(" (it holds an invisible character, " + code + " " + name[0] + ", at character " + (at + 1)
                        + ": remove it" + (known ? "; without it the key is '" + visible + "'" : "") + ")",
                "（其中第 " + (at + 1) + " 个字符是看不见的字符 " + code + "（" + name[1] + "）：请删除"
                        + (known ? "；删除后键为“" + visible + "”" : "") + "）");
    }

    /** The English and Chinese names of an invisible character a key may carry; null for any other character. */
    private static String[] invisibleName(char c) {
        return switch (c) {
            case '\u200B' -> new String[] {"zero-width space", "零宽空格"};
            case '\u200C' -> new String[] {"zero-width non-joiner", "零宽不连字"};
            case '\u200D' -> new String[] {"zero-width joiner", "零宽连字"};
            case '\u2060' -> new String[] {"word joiner", "文字连接符"};
            case '\uFEFF' -> new String[] {"byte-order mark", "字节顺序标记"};
            case '\u00AD' -> new String[] {"soft hyphen", "软连字符"};
            case '\u180E' -> new String[] {"Mongolian vowel separator", "蒙古文元音分隔符"};
            case '\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
                    '\u2069' -> new String[] {"bidirectional control", "双向文字控制符"};
            default -> null;
        };
    }
}
