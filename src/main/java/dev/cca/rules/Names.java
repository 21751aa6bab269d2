package dev.cca.rules;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one spelling rule of catalog look-ups: full-width forms folded (NFKC), lower case, and everything that is
 * neither a letter nor a digit dropped, so that "Ascend 910B", "ascend-910b", "ＡＳＣＥＮＤ９１０Ｂ" and
 * "Ascend_910B" meet on one key, and Chinese names keep their characters ("昇腾910B" is "昇腾910b").
 */
public final class Names {

    private Names() {
    }

    public static String key(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
