package dev.cca.model;

import dev.cca.diag.Location;
import java.time.LocalDate;
import java.util.List;

/**
 * One value of a center: a number in its field's canonical unit, a boolean, a list of identifiers, a
 * text or a date, with the evidence that backs it and where it came from (a profile key, or a benchmark
 * file and key). The evidence is what the value has earned ({@link Evidence#earn}); the label its source
 * gave is kept as {@link #claimed()}, with the reason when the two differ, and the files or audit that back
 * it as {@link #provenance()}.
 */
public final class Datum {

    public enum Kind { NUMBER, BOOLEAN, LIST, TEXT, DATE }

    private final Kind kind;
    private final double number;
    private final boolean bool;
    private final List<String> items;
    private final List<Location> itemOrigins;
    private final String text;
    private final LocalDate date;
    private final Evidence evidence;
    private final String note;
    /** The note in Chinese, when cca wrote it (a derivation, a measurement's runs); null for a profile's own text. */
    private final String noteZh;
    private final LocalDate evidenceDate;
    private final Location origin;
    private final Evidence claimed;
    private final dev.cca.diag.Message unearned;
    private final List<Provenance> provenance;

    private Datum(Kind kind, double number, boolean bool, List<String> items, List<Location> itemOrigins, String text,
                  LocalDate date, Evidence evidence, String note, LocalDate evidenceDate, Location origin) {
        this(kind, number, bool, items, itemOrigins, text, date, evidence, note, null, evidenceDate, origin, evidence, null,
                List.of());
    }

    private Datum(Kind kind, double number, boolean bool, List<String> items, List<Location> itemOrigins, String text,
                  LocalDate date, Evidence evidence, String note, String noteZh, LocalDate evidenceDate, Location origin,
                  Evidence claimed, dev.cca.diag.Message unearned, List<Provenance> provenance) {
        this.kind = kind;
        this.number = number;
        this.bool = bool;
        this.items = items;
        this.itemOrigins = itemOrigins;
        this.text = text;
        this.date = date;
        this.evidence = evidence;
        this.note = note;
        this.noteZh = noteZh;
        this.evidenceDate = evidenceDate;
        this.origin = origin;
        this.claimed = claimed;
        this.unearned = unearned;
        this.provenance = provenance;
    }

    public static Datum number(double v, Evidence e, String note, LocalDate date, Location origin) {
        return new Datum(Kind.NUMBER, v, false, null, null, null, null, e, note, date, origin);
    }

    public static Datum bool(boolean v, Evidence e, String note, LocalDate date, Location origin) {
        return new Datum(Kind.BOOLEAN, Double.NaN, v, null, null, null, null, e, note, date, origin);
    }

    public static Datum list(List<String> v, List<Location> origins, Evidence e, String note, LocalDate date, Location origin) {
        return new Datum(Kind.LIST, Double.NaN, false, List.copyOf(v), origins == null ? null : List.copyOf(origins),
                null, null, e, note, date, origin);
    }

    public static Datum text(String v, Location origin) {
        return new Datum(Kind.TEXT, Double.NaN, false, null, null, v, null, Evidence.DECLARED, null, null, origin);
    }

    public static Datum date(LocalDate v, String text, Location origin) {
        return new Datum(Kind.DATE, Double.NaN, false, null, null, text, v, Evidence.DECLARED, null, null, origin);
    }

    /** The same value with other evidence (a stale measurement demoted, say). */
    public Datum withEvidence(Evidence e) {
        return new Datum(kind, number, bool, items, itemOrigins, text, date, e, note, noteZh, evidenceDate, origin, claimed,
                unearned, provenance);
    }

    /**
     * The same value with its evidence earned: the level this datum was created with is the label its source gave;
     * it keeps that level only if {@code sources} and the evidence date earn it ({@link Evidence#earn}).
     */
    public Datum earned(List<Provenance> sources) {
        Evidence.Earned e = Evidence.earn(evidence, sources, evidenceDate);
        return new Datum(kind, number, bool, items, itemOrigins, text, date, e.level(), note, noteZh, evidenceDate, origin,
                evidence, e.reason(), List.copyOf(sources));
    }

    /** A number whose note cca writes, in both languages (a derived value, a measurement's runs). */
    public static Datum numberWithNote(double v, Evidence e, dev.cca.rules.Label note, LocalDate date, Location origin) {
        return new Datum(Kind.NUMBER, v, false, null, null, null, null, e, note.en(), note.zh(), date, origin, e, null,
                List.of());
    }

    /** The note in {@code lang}: cca's own notes in either language, a profile's text as written. */
    public String note(String lang) {
        return "zh".equals(lang) && noteZh != null ? noteZh : note;
    }

    public Kind kind() {
        return kind;
    }

    /** The number in canonical units; for a boolean 1 or 0; NaN for other kinds. */
    public double number() {
        if (kind == Kind.BOOLEAN) {
            return bool ? 1 : 0;
        }
        return number;
    }

    public boolean bool() {
        return bool;
    }

    public List<String> items() {
        return items == null ? List.of() : items;
    }

    /** Where each list item was written, parallel to {@link #items()}; empty when not known. */
    public List<Location> itemOrigins() {
        return itemOrigins == null ? List.of() : itemOrigins;
    }

    public String text() {
        return text;
    }

    public LocalDate date() {
        return date;
    }

    public Evidence evidence() {
        return evidence;
    }

    /** The free-text source the profile gave ({@code source: "report 2025-06"}), or null. */
    public String note() {
        return note;
    }

    /** The date the evidence was produced (a benchmark run date, an audit date), or null. */
    public LocalDate evidenceDate() {
        return evidenceDate;
    }

    public Location origin() {
        return origin;
    }

    /** The evidence level the source labelled the value with (equal to {@link #evidence()} when it was earned). */
    public Evidence claimed() {
        return claimed;
    }

    /** Why the label was not earned, or null. */
    public dev.cca.diag.Message unearned() {
        return unearned;
    }

    /** The files or audit that back the value; empty for a declaration. */
    public List<Provenance> provenance() {
        return provenance;
    }

    /** The value as a report prints it, without unit. */
    public String display() {
        return switch (kind) {
            case NUMBER -> Numbers.format(number);
            case BOOLEAN -> bool ? "yes" : "no";
            case LIST -> String.join(", ", items());
            case TEXT, DATE -> text;
        };
    }
}
