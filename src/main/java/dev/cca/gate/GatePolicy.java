package dev.cca.gate;

import dev.cca.model.Evidence;
import dev.cca.result.GateReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A CI gate policy as it is checked: assertions (each with its level and bounds) and waivers, from a gate file
 * with its presets, from the command line's quick options, or both. Immutable once built.
 *
 * @param sources the gate files read, the named one first, then the presets it extends
 */
public record GatePolicy(List<Assertion> assertions, List<Waiver> waivers, List<GateReport.Source> sources) {

    public static final GatePolicy EMPTY = new GatePolicy(List.of(), List.of(), List.of());

    public GatePolicy {
        assertions = List.copyOf(assertions);
        waivers = List.copyOf(waivers);
        sources = List.copyOf(sources);
    }

    /** What an assertion is on. */
    public enum On {
        OVERALL, SCENARIO, TABLE, INDICATOR;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The kind as a message names it: {@code indicator}, 指标. */
        public dev.cca.diag.Localized word() {
            return dev.cca.diag.Localized.of(id(), switch (this) {
                case OVERALL -> "总体";
                case SCENARIO -> "场景";
                case TABLE -> "能力表";
                case INDICATOR -> "指标";
            });
        }
    }

    public enum Level {
        OFF, WARN, ERROR;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One assertion. Bounds that are not set are null, and so is a level not written (it means error). {@code minGrade} is already resolved to a number;
     * {@code minGradeText} keeps what was written ("Proficient"). {@code definedAt} is where it was written
     * ({@code gate.yaml:7:5}, or the option).
     */
    public record Assertion(On on, String id, String scenario, Level level, Double minScore, Integer minGrade, String minGradeText,
                            Double maxDrop, Evidence requiredEvidence, String definedAt) {

        public Level effectiveLevel() {
            return level == null ? Level.ERROR : level;
        }

        /**
         * This assertion written over {@code under}, an inherited one of the same key: what this one writes (level
         * or bound) replaces the inherited value, what it leaves out is inherited. So {@code level: off} turns an
         * inherited assertion off, and {@code min_score: 60} tightens one bound and keeps the others.
         */
        public Assertion over(Assertion under) {
            return new Assertion(on, id, scenario, level != null ? level : under.level, minScore != null ? minScore : under.minScore,
                    minGrade != null ? minGrade : under.minGrade, minGrade != null ? minGradeText : under.minGradeText,
                    maxDrop != null ? maxDrop : under.maxDrop, requiredEvidence != null ? requiredEvidence : under.requiredEvidence,
                    definedAt);
        }

        /** Assertions with the same key are one assertion: a file's over its presets', options' over the file's. */
        public String key() {
            return on.id() + "|" + (id == null ? "" : id) + "|" + (scenario == null ? "" : scenario);
        }

        /** The scenario it is restricted to: its own id for a scenario assertion, else {@code scenario}. */
        public String scenarioFilter() {
            return on == On.SCENARIO ? id : scenario;
        }
    }

    /**
     * An indicator waived for some centers, until {@code expires} (inclusive). {@code definedAt} is where the waiver
     * is written ({@code gate.yaml:9:5}); {@code expiresAt} locates its {@code expires} value, where an expired
     * waiver is reported.
     */
    public record Waiver(String indicator, List<String> centers, String reason, LocalDate expires, String definedAt,
                         dev.cca.diag.Location expiresAt) {

        public Waiver {
            centers = List.copyOf(centers);
        }
    }

    /** This policy with {@code over}'s assertions written over those of the same key ({@link Assertion#over}), and its waivers added. */
    public GatePolicy overriddenBy(GatePolicy over) {
        List<Assertion> out = new ArrayList<>(assertions);
        for (Assertion b : over.assertions) {
            int at = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).key().equals(b.key())) {
                    at = i;
                }
            }
            if (at < 0) {
                out.add(b);
            } else {
                out.set(at, b.over(out.get(at)));
            }
        }
        List<Waiver> w = new ArrayList<>(waivers);
        w.addAll(over.waivers);
        List<GateReport.Source> s = new ArrayList<>(over.sources);
        for (GateReport.Source src : sources) {
            if (!s.contains(src)) {
                s.add(src);
            }
        }
        return new GatePolicy(out, w, s);
    }

    /** Whether any assertion is checked (not off). */
    public boolean isEmpty() {
        return assertions.stream().allMatch(a -> a.effectiveLevel() == Level.OFF);
    }

    /** Whether an assertion compares with a baseline. */
    public boolean usesBaseline() {
        return assertions.stream().anyMatch(a -> a.effectiveLevel() != Level.OFF && a.maxDrop() != null);
    }
}
