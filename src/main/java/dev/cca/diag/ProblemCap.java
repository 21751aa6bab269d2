package dev.cca.diag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * At most so many problems of one file are shown; the rest are counted. The terminal ({@code --max-problems}), SARIF
 * and JUnit XML show a file's first problems and one line for the others, so that an input with a problem per element
 * of a 270,000-element list does not print half a million lines or write a SARIF file that code scanning refuses
 * (GitHub takes at most 25,000 results a run). Counts and exit codes are always those of every problem, and the
 * JSON reports list every one. Not safe for use from several threads.
 */
public final class ProblemCap {

    /** The default of {@code --max-problems}, and the cap of the CI formats: the problems of one file shown. */
    public static final int DEFAULT = 200;

    /** The problems of a file that were not shown since the last {@link #drain}. */
    public record Hidden(String file, long errors, long warnings) {

        public long total() {
            return errors + warnings;
        }

        /** "... and 269,800 more problem(s) (269,800 error(s), 0 warning(s)) in this file, not listed here; ...": SARIF, JUnit. */
        public Message notListed() {
            return new Message(FileCode.HIDDEN_NOT_LISTED, n(total()), n(errors), n(warnings));
        }

        /** The terminal's line: "... and 269,800 more problem(s) (...) not shown; --max-problems 200 prints more ...". */
        public Message notShown(int max) {
            return new Message(FileCode.HIDDEN_NOT_SHOWN, n(total()), n(errors), n(warnings), max);
        }

        private static String n(long v) {
            return String.format(Locale.ROOT, "%,d", v);
        }
    }

    private final int max;
    /** Per file: problems met, and the errors and warnings not shown since the last drain. */
    private final Map<String, long[]> perFile = new LinkedHashMap<>();

    /** @param max the problems of one file shown; 0 or less shows all */
    public ProblemCap(int max) {
        this.max = max;
    }

    public int max() {
        return max;
    }

    /** True when {@code d} is to be shown; false when its file's share is used up (it is counted instead). */
    public boolean admit(Diagnostic d) {
        if (max <= 0) {
            return true;
        }
        long[] n = perFile.computeIfAbsent(d.location().file(), k -> new long[3]);
        if (n[0]++ < max) {
            return true;
        }
        n[d.isError() ? 1 : 2]++;
        return false;
    }

    /**
     * Counts problems of {@code file} as not shown without seeing them: those a caller kept no longer, as it kept only
     * what could be shown. The file keeps its place (that of its first problem admitted or hidden).
     */
    public void hide(String file, long errors, long warnings) {
        long[] n = perFile.computeIfAbsent(file, k -> new long[3]);
        n[1] += errors;
        n[2] += warnings;
    }

    /** The files with problems not shown since the last call, in the order their first problem came, and resets them. */
    public List<Hidden> drain() {
        List<Hidden> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : perFile.entrySet()) {
            long[] n = e.getValue();
            if (n[1] + n[2] > 0) {
                out.add(new Hidden(e.getKey(), n[1], n[2]));
                n[1] = 0;
                n[2] = 0;
            }
        }
        return out;
    }
}
