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

    /**
     * Keys already folded, by the text folded: a catalog repeats its names (models, vendors, list items) in every
     * record, and folding a Chinese or full-width name (NFKC) costs more than a look-up. Bounded in entries and in
     * the length of a name kept; past the bound names are folded each time.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> FOLDED =
            new java.util.concurrent.ConcurrentHashMap<>();
    static final int FOLDED_MAX = 1 << 14;
    private static final int FOLDED_LENGTH = 64;

    public static String key(String s) {
        if (s == null) {
            return "";
        }
        String k = FOLDED.get(s);
        if (k == null) {
            k = fold(s);
            if (s.length() <= FOLDED_LENGTH && FOLDED.size() < FOLDED_MAX) {
                FOLDED.putIfAbsent(s, k);
            }
        }
        return k;
    }

    /** {@link #general} with a shortcut for plain ASCII and ASCII with Chinese. */
    static String fold(String s) {
        // Fast path for the common cases, plain ASCII and ASCII with Chinese (CJK Unified Ideographs, U+4E00-U+9FFF):
        // NFKC leaves such text as it is (none of these characters decomposes or composes) and lower case changes
        // only A-Z, so one pass and one allocation do, without loading the normaliser's tables (some milliseconds of
        // every short run, for the rule set's Chinese names).
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF);
        }
        if (plain) {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    sb.append((char) (c + 32));
                } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 0x80 && Character.isLetterOrDigit(c))) {
                    sb.append(c);
                }
            }
            return sb.toString();
        }
        return general(s);
    }

    /**
     * The rule for any text: NFKC, lower case, letters and digits only, until nothing changes. {@link #key} takes a
     * shortcut for most names. Once is not always enough: letters that compose, kept apart by what is taken out
     * (Hangul jamo around a hyphen, 'ᄀ-ᅡ'), meet after it and compose on the next pass ('가'), and a key must be
     * its own key. Each pass after the first only composes, so a few passes reach the end.
     */
    static String general(String s) {
        String k = pass(s);
        for (int i = 0; i < 8; i++) {
            String again = pass(k);
            if (again.equals(k)) {
                return k;
            }
            k = again;
        }
        return k;
    }

    private static String pass(String s) {
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
