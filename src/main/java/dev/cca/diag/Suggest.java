package dev.cca.diag;

import java.util.Collection;

/** "Did you mean ...?" suggestions for misspelt keys and identifiers. */
public final class Suggest {

    private Suggest() {
    }

    /**
     * The candidate closest to {@code word} by edit distance (transpositions count as one edit), or
     * {@code null} when none is close enough to be a plausible typo: at most a third of the word's length,
     * and never more than 3 edits.
     */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        for (String c : candidates) {
            int d = distance(lower, c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                bestDistance = d;
                best = c;
            }
        }
        int allowed = Math.min(3, Math.max(1, lower.length() / 3));
        if (bestDistance <= allowed) {
            return best;
        }
        // A truncated dotted id ("training.mfu" for "training.mfu_pct"): the shortest candidate it begins.
        String prefixed = null;
        for (String c : candidates) {
            String cl = c.toLowerCase(java.util.Locale.ROOT);
            if (lower.length() >= 4 && cl.startsWith(lower) && cl.length() - lower.length() <= 8
                    && (prefixed == null || c.length() < prefixed.length())) {
                prefixed = c;
            }
        }
        return prefixed;
    }

    /** " (did you mean 'x'?)" or the empty string. */
    public static String didYouMean(String word, Collection<String> candidates) {
        String s = closest(word, candidates);
        return s == null ? "" : " (did you mean '" + s + "'?)";
    }

    /** " (did you mean 'x'?)" in English, "（是否应为“x”？）" in Chinese, or the empty text. */
    public static Localized hint(String word, Collection<String> candidates) {
        String s = closest(word, candidates);
        return s == null ? Localized.EMPTY : hint(s);
    }

    /** The hint that names {@code suggestion}. */
    public static Localized hint(String suggestion) {
        return Localized.of(" (did you mean '" + suggestion + "'?)", "（是否应为“" + suggestion + "”？）");
    }

    /** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of one substring). */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 3) {
            return Math.abs(n - m);
        }
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }
}
