package dev.cca.run;

import dev.cca.check.ClaimChecks;
import dev.cca.diag.Diagnostic;
import dev.cca.evidence.MeasuredEvidence;
import dev.cca.model.CenterProfile;
import dev.cca.result.BenchmarkSummary;
import dev.cca.rules.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The one path from a read profile to what the scoring core may see, shared by {@code assess}, {@code batch} and
 * {@code validate}: its benchmark runs are applied (measured beats declared), then the checks stage holds every
 * claim to the center's other claims and to physics.
 */
public final class CenterInputs {

    /** What preparing one profile produced: the runs it used and what the checks found. */
    public record Prepared(List<BenchmarkSummary> benchmarks, ClaimChecks.Report checks) {
    }

    private CenterInputs() {
    }

    /**
     * Applies {@code runs} to {@code p}, then checks it. Notes about the runs go to {@code warnings}.
     *
     * @param ref the reference date evidence age is judged against
     */
    public static Prepared prepare(CenterProfile p, List<MeasuredEvidence.Run> runs, RuleSet rules, ClaimChecks checks,
                                   LocalDate ref, List<Diagnostic> warnings) {
        return prepare(p, runs, rules, checks, ref, warnings, true);
    }

    /** @param explain false when the findings are only counted (a catalog run): they then carry no text */
    public static Prepared prepare(CenterProfile p, List<MeasuredEvidence.Run> runs, RuleSet rules, ClaimChecks checks,
                                   LocalDate ref, List<Diagnostic> warnings, boolean explain) {
        List<BenchmarkSummary> applied = new ArrayList<>();
        if (!runs.isEmpty()) {
            for (MeasuredEvidence.Use u : MeasuredEvidence.apply(p, runs, ref, rules.evidence().maxAgeDays(), warnings)) {
                MeasuredEvidence.Run r = u.run();
                applied.add(new BenchmarkSummary(r.file(), r.tool(), r.kind(), r.date() == null ? null : r.date().toString(),
                        r.conditions(), u.metrics(), unused(r, u.unused()), u.notes()));
            }
        }
        return new Prepared(applied, checks.check(p, explain));
    }

    /** The run's measurements named by {@code keys}, with their values: the first of each key, as it was measured. */
    private static List<BenchmarkSummary.Unused> unused(MeasuredEvidence.Run r, List<String> keys) {
        List<BenchmarkSummary.Unused> out = new ArrayList<>();
        for (String k : keys) {
            r.measurements().stream().filter(m -> m.key().equals(k)).findFirst()
                    .ifPresent(m -> out.add(new BenchmarkSummary.Unused(k, m.value(), m.unit())));
        }
        return out;
    }
}
