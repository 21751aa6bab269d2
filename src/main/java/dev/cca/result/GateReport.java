package dev.cca.result;

import dev.cca.diag.Localized;

import java.util.List;

/**
 * What the CI gate decided, as part of the result every report reads: the policy's sources (gate files and
 * their hashes), the checks it made (one per assertion bound and scenario), and the outcome of each check for
 * each center. {@code passesListed} is true when every outcome is listed (an assessment); a catalog run lists
 * only the outcomes that are not a pass, so that a million passing centers cost nothing, and a center and
 * check without a listed outcome passed. {@link #NONE} is the report of a run without any gate.
 *
 * @param referenceDate the date waivers expire against (the {@code --as-of} date, else today)
 */
public record GateReport(List<Source> sources, String referenceDate, List<Check> checks, List<Outcome> outcomes,
                         boolean passesListed, Counts counts) {

    public static final GateReport NONE = new GateReport(List.of(), null, List.of(), List.of(), true, new Counts(0, 0, 0, 0, 0));

    public GateReport {
        sources = List.copyOf(sources);
        checks = List.copyOf(checks);
        outcomes = List.copyOf(outcomes);
    }

    /** A gate file read (the one named and every preset it extends), with the SHA-256 of its bytes. */
    public record Source(String file, String sha256) {
    }

    /**
     * One bound of one assertion: {@code on} overall, scenario, table or indicator; {@code target} the id of
     * that scenario, table or indicator (null for overall); {@code scenario} the scenario it is checked in (null:
     * every scenario scored); {@code bound} min_score, min_grade, max_drop or required_evidence, with its
     * {@code limit} as written; {@code level} warn or error; {@code definedAt} where the assertion was written
     * ({@code gate.yaml:12:5} or an option such as {@code --min-grade}).
     *
     * <p>A waiver is a check too ({@code on} {@code waiver}, {@code target} the indicator it waives, {@code bound}
     * {@code expires} with the last day it holds, no scenario), made for each center it names ({@code centers}):
     * once expired it fails, whatever the check it waives says, so that stale waivers are removed. {@code centers}
     * is empty for every other check, which applies to every center.
     */
    public record Check(String on, String target, String scenario, String bound, String limit, String level, String definedAt,
                        List<String> centers) {

        public Check {
            centers = List.copyOf(centers);
        }

        /** Whether the check is made for this center (a waiver's: only for the centers it names). */
        public boolean appliesTo(String center) {
            return centers.isEmpty() || centers.contains(center);
        }

        /** "table operations min_score 55", a short name for messages (which name the scenario beside it). */
        public String title() {
            StringBuilder sb = new StringBuilder(on);
            if (target != null) {
                sb.append(' ').append(target);
            }
            return sb.append(' ').append(bound).append(' ').append(limit).toString();
        }
    }

    /**
     * One check of one center in one scenario. {@code value} is what was measured against the bound (a score, a
     * grade, an evidence level; null when there was nothing to measure); {@code message} says why in a sentence;
     * {@code waiver} and {@code expires} name the waiver that applied (also for an expired one, which fails);
     * file, line and column locate what the outcome is about: the value of the metric an indicator check is about
     * when the profile states it, a waiver's expiry in its gate file, else the center's profile. {@code scenario}
     * is null for a waiver's check.
     */
    public record Outcome(String center, String scenario, int check, GateStatus status, Localized value, Localized message,
                          String waiver, String expires, String file, int line, int column) {

        /** "wuhan-aicc training", or "wuhan-aicc" for a check made once per center (a waiver's). */
        public String subject() {
            return scenario == null ? center : center + " " + scenario;
        }
    }

    /** How many outcomes of each status, over every center. */
    public record Counts(long pass, long warn, long fail, long waived, long skipped) {

        public long total() {
            return pass + warn + fail + waived + skipped;
        }
    }

    /** Whether any gate was configured. */
    public boolean configured() {
        return !checks.isEmpty();
    }

    public boolean passed() {
        return counts.fail() == 0;
    }
}
