package dev.cca.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.cca.diag.Diagnostic;
import dev.cca.model.Numbers;
import dev.cca.result.AssessmentResult;
import dev.cca.result.BenchmarkSummary;
import dev.cca.result.CenterResult;
import dev.cca.result.FitResult;
import dev.cca.result.Finding;
import dev.cca.result.Gaps;
import dev.cca.result.GateReport;
import dev.cca.result.InputDigest;
import dev.cca.result.IndicatorResult;
import dev.cca.result.MetricResult;
import dev.cca.result.PeerComparison;
import dev.cca.result.PeerStanding;
import dev.cca.result.Robustness;
import dev.cca.result.ScenarioResult;
import dev.cca.result.TableResult;
import dev.cca.rules.Label;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The complete result as JSON ({@code format: cca-result/v1}): stable snake_case field names in a fixed
 * order, numbers rounded to four decimals (so output is byte-identical across runs and JVMs), missing
 * numbers as null. This is the shape {@code --baseline} and later tools read; fields are only ever added.
 */
public final class JsonRenderer implements TextRenderer<AssessmentResult>, StreamedRenderer {

    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void render(AssessmentResult r, RenderOptions options, Writer out) throws IOException {
        render(r, null, r.centers().size(), List.of(StreamedRenderer.each(r.centers(), JsonRenderer::fragment)), options, out);
    }

    /** One piece per center: its object in the {@code centers} array. */
    @Override
    public List<String> pieces(CenterResult c, AssessmentResult shell, RenderOptions o) {
        try {
            return List.of(fragment(c));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A center's object as it stands in the {@code centers} array, indented for that depth: written by a generator
     * inside {@code {"centers": [}, without the white space before it (the generator of the report writes that).
     */
    private static String fragment(CenterResult c) throws IOException {
        java.io.StringWriter sw = new java.io.StringWriter(16_384);
        JsonGenerator g = generator(sw);
        g.writeStartObject();
        g.writeArrayFieldStart("centers");
        g.flush();
        int start = sw.getBuffer().length();
        center(g, c);
        g.flush();
        return sw.getBuffer().substring(start).stripLeading();
    }

    @Override
    public void render(AssessmentResult r, CenterResult first, long count, List<? extends Iterable<String>> parts,
                       RenderOptions options, Writer out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            header(g, r.format(), r.tool(), r.rules(), r.asOf(), r.referenceDate(), r.inputs());
            g.writeArrayFieldStart("centers");
            for (String c : parts.get(0)) {
                g.writeRawValue(c);
            }
            g.writeEndArray();
            if (r.peers() != null) {
                peers(g, r);
            }
            gate(g, r.gate());
            g.writeArrayFieldStart("problems");
            for (Diagnostic d : r.problems()) {
                diagnostic(g, d);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    /** {@code peers}: the catalog compared with, its scale classes and analysis, and each assessed center's place in it. */
    private static void peers(JsonGenerator g, AssessmentResult r) throws IOException {
        PeerComparison p = r.peers();
        g.writeObjectFieldStart("peers");
        strings(g, "catalog", p.catalog());
        g.writeNumberField("centers", p.centers());
        g.writeNumberField("invalid_records", p.invalidRecords());
        peerClasses(g, p.standing());
        if (p.robustness() != null) {
            robustness(g, p.robustness());
        }
        g.writeArrayFieldStart("results");
        for (int i = 0; i < r.centers().size(); i++) {
            g.writeStartObject();
            g.writeStringField("id", r.centers().get(i).id());
            g.writeArrayFieldStart("scenarios");
            for (int s = 0; s < p.standing().scenarios().size(); s++) {
                g.writeStartObject();
                g.writeStringField("scenario", p.standing().scenarios().get(s).scenario());
                standing(g, p.standing(), s, i);
                if (p.robustness() != null) {
                    robustness(g, p.robustness().scenarios().get(s), i);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** {@code peer_classes}: the scale classes of standing among peers, and the metric that decides them. */
    static void peerClasses(JsonGenerator g, PeerStanding st) throws IOException {
        g.writeObjectFieldStart("peer_classes");
        g.writeStringField("metric", st.metric());
        g.writeArrayFieldStart("classes");
        for (PeerStanding.ScaleClass c : st.classes()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            label(g, "name", c.label());
            num(g, "at_least", c.atLeast());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** {@code peers} of one center and scenario: rank among all, class, rank and size of the class, percentile. */
    static void standing(JsonGenerator g, PeerStanding st, int s, int i) throws IOException {
        PeerStanding.ScenarioStanding sc = st.scenarios().get(s);
        g.writeObjectFieldStart("peers");
        g.writeStringField("class", st.classOf(i).id());
        if (sc.rank()[i] > 0) {
            g.writeNumberField("rank", sc.rank()[i]);
            g.writeNumberField("of", sc.of());
            g.writeNumberField("class_rank", sc.classRank()[i]);
            g.writeNumberField("class_size", sc.classSize()[i]);
            num(g, "percentile", sc.percentile()[i]);
        }
        g.writeEndObject();
    }

    /** {@code robustness}: what was varied, and per scenario the shift in ranks and the judgements that drive it. */
    static void robustness(JsonGenerator g, Robustness rb) throws IOException {
        Robustness.Settings st = rb.settings();
        g.writeObjectFieldStart("robustness");
        g.writeNumberField("variations", st.variations());
        g.writeNumberField("seed", st.seed());
        g.writeObjectFieldStart("weights");
        g.writeStringField("distribution", st.distribution());
        if (st.distribution().equals("dirichlet")) {
            num(g, "concentration", st.concentration());
        } else {
            num(g, "spread", st.spread());
        }
        g.writeEndObject();
        strings(g, "aggregation", st.aggregation());
        g.writeObjectFieldStart("missing");
        strings(g, "metric", st.metricMissing());
        strings(g, "indicator", st.indicatorMissing());
        g.writeEndObject();
        g.writeArrayFieldStart("interval");
        g.writeNumber(st.lowPercentile());
        g.writeNumber(st.highPercentile());
        g.writeEndArray();
        g.writeObjectFieldStart("percentiles");
        g.writeStringField("method", st.scoreBins() == 0 ? "exact" : "histogram");
        if (st.scoreBins() > 0) {
            g.writeNumberField("score_bins", st.scoreBins());
            g.writeNumberField("rank_bins", st.rankBins());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("scenarios");
        for (Robustness.ScenarioStats sc : rb.scenarios()) {
            g.writeStartObject();
            g.writeStringField("scenario", sc.scenario());
            g.writeNumberField("rated", sc.rated());
            num(g, "mean_rank_shift", sc.meanRankShift());
            num(g, "noise_floor", sc.noiseFloor());
            g.writeArrayFieldStart("sensitivity");
            for (Robustness.Factor f : sc.sensitivity()) {
                g.writeStartObject();
                g.writeStringField("factor", f.id());
                g.writeStringField("kind", f.kind());
                label(g, "name", f.label());
                num(g, "first_order", f.firstOrder());
                if (!Double.isNaN(f.givenChoices())) {
                    num(g, "given_choices", f.givenChoices());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** {@code robustness} of one center and scenario: grade held, score and rank intervals, whether its order is settled. */
    static void robustness(JsonGenerator g, Robustness.ScenarioStats sc, int i) throws IOException {
        if (!sc.isRated(i)) {
            return;
        }
        g.writeObjectFieldStart("robustness");
        num(g, "grade_held", Math.round(sc.gradeHeld()[i] * 1000.0) / 1000.0);
        g.writeArrayFieldStart("score");
        num(g, sc.scoreLow()[i]);
        num(g, sc.scoreHigh()[i]);
        g.writeEndArray();
        g.writeArrayFieldStart("rank");
        g.writeNumber(sc.rankLow()[i]);
        g.writeNumber(sc.rankHigh()[i]);
        g.writeEndArray();
        g.writeBooleanField("settled", sc.settled()[i]);
        g.writeEndObject();
    }

    private static void center(JsonGenerator g, CenterResult c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("name", c.name());
        g.writeStringField("name_en", c.nameEn());
        g.writeObjectFieldStart("region");
        g.writeStringField("province", c.province());
        g.writeStringField("city", c.city());
        g.writeEndObject();
        g.writeStringField("hub", c.hub());
        g.writeObjectFieldStart("operator");
        g.writeStringField("name", c.operatorName());
        g.writeStringField("type", c.operatorType());
        g.writeEndObject();
        g.writeObjectFieldStart("source");
        g.writeStringField("file", c.sourceFile());
        g.writeNumberField("line", c.sourceLine());
        g.writeEndObject();
        g.writeStringField("assessed_on", c.assessedOn());
        g.writeStringField("reference_date", c.referenceDate());
        strings(g, "claimed_scenarios", c.claimedScenarios());
        g.writeArrayFieldStart("scenarios");
        for (ScenarioResult s : c.scenarios()) {
            scenario(g, s);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("fit");
        for (FitResult f : c.fit()) {
            g.writeStartObject();
            g.writeStringField("scenario", f.scenario());
            label(g, "name", f.label());
            g.writeStringField("fit", f.fit());
            label(g, "note", f.note());
            g.writeBooleanField("claimed", f.claimed());
            g.writeStringField("scored_as", f.scoredAs());
            g.writeStringField("warning", f.warning() == null ? null : f.warning().get("en"));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("benchmarks");
        for (BenchmarkSummary b : c.benchmarks()) {
            g.writeStartObject();
            g.writeStringField("file", b.file());
            g.writeStringField("tool", b.tool());
            g.writeStringField("kind", b.kind());
            g.writeStringField("date", b.date());
            g.writeObjectFieldStart("conditions");
            for (var e : b.conditions().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            strings(g, "metrics", b.metrics());
            strings(g, "unused", b.unusedKeys());
            g.writeObjectFieldStart("unused_values");
            for (BenchmarkSummary.Unused u : b.unused()) {
                g.writeFieldName(u.key());
                num(g, u.value());
            }
            g.writeEndObject();
            strings(g, "notes", b.notes().stream().map(dev.cca.diag.Localized.Pair::en).toList());
            strings(g, "notes_zh", b.notes().stream().map(dev.cca.diag.Localized.Pair::zh).toList());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("checks");
        for (Finding f : c.findings()) {
            finding(g, f);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("warnings");
        for (Diagnostic d : c.warnings()) {
            diagnostic(g, d);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** One finding of the checks stage: where the claim is, both numbers, what was done and why. */
    static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("check", f.check());
        g.writeStringField("outcome", f.outcome().id());
        g.writeStringField("metric", f.metric());
        g.writeStringField("file", f.location().file());
        g.writeNumberField("line", f.location().line());
        g.writeNumberField("column", f.location().column());
        g.writeStringField("path", f.location().path());
        num(g, "stated", f.stated());
        num(g, "bound", f.bound());
        num(g, "scored", f.scored());
        g.writeStringField("unit", f.unit());
        label(g, "message", f.message());
        strings(g, "cite", f.cite());
        g.writeEndObject();
    }

    private static void scenario(JsonGenerator g, ScenarioResult s) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", s.id());
        label(g, "name", s.label());
        // Only a rated scenario has a grade; the others keep their score for reference and say why in status.
        g.writeStringField("status", s.status().id());
        num(g, "reported_share", s.reportedShare());
        num(g, "score", s.score());
        if (s.rated()) {
            g.writeNumberField("grade", s.grade());
            label(g, "grade_name", s.gradeLabel());
            g.writeNumberField("uncapped_grade", s.uncappedGrade());
        } else {
            g.writeNullField("grade");
            g.writeNullField("grade_name");
            g.writeNullField("uncapped_grade");
        }
        g.writeArrayFieldStart("caps");
        for (ScenarioResult.CapResult cap : s.caps()) {
            cap(g, cap);
        }
        g.writeEndArray();
        num(g, "evidence_coverage", s.evidenceCoverage());
        g.writeStringField("combine", s.combine());
        g.writeArrayFieldStart("tables");
        for (TableResult t : s.tables()) {
            table(g, t);
        }
        g.writeEndArray();
        gaps(g, s.gaps());
        g.writeEndObject();
    }

    private static void cap(JsonGenerator g, ScenarioResult.CapResult cap) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", cap.id());
        label(g, "reason", cap.label());
        g.writeNumberField("max_grade", cap.maxGrade());
        g.writeBooleanField("lowered", cap.lowered());
        g.writeEndObject();
    }

    private static void table(JsonGenerator g, TableResult t) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        label(g, "name", t.label());
        num(g, "weight", t.weight());
        num(g, "share", t.share());
        num(g, "score", t.score());
        num(g, "contribution", t.contribution());
        num(g, "evidence_coverage", t.evidenceCoverage());
        g.writeArrayFieldStart("indicators");
        for (IndicatorResult i : t.indicators()) {
            g.writeStartObject();
            g.writeStringField("id", i.id());
            label(g, "name", i.label());
            num(g, "weight", i.weight());
            num(g, "share", i.share());
            g.writeBooleanField("informative", i.informative());
            g.writeBooleanField("assessed", i.assessed());
            num(g, "score", i.score());
            num(g, "contribution", i.contribution());
            g.writeArrayFieldStart("metrics");
            for (MetricResult m : i.metrics()) {
                metric(g, m);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void metric(JsonGenerator g, MetricResult m) throws IOException {
        g.writeStartObject();
        g.writeStringField("metric", m.metric());
        label(g, "name", m.label());
        g.writeStringField("status", m.status());
        num(g, "value", m.value());
        g.writeStringField("value_text", m.valueText());
        g.writeStringField("unit", m.unit());
        num(g, "normalized_value", m.normalizedValue());
        g.writeStringField("normalized_unit", m.normalizedUnit());
        g.writeStringField("evidence", m.evidence());
        g.writeStringField("claimed_evidence", m.claimedEvidence());
        g.writeStringField("unearned", m.unearned() == null ? null : m.unearned().get("en"));
        num(g, "evidence_strength", m.strength());
        num(g, "evidence_factor", m.evidenceFactor());
        g.writeStringField("source", m.origin() == null ? null : m.origin().en());
        g.writeStringField("note", m.note() == null ? null : m.note().en());
        if (m.ageDays() >= 0) {
            g.writeNumberField("age_days", m.ageDays());
        } else {
            g.writeNullField("age_days");
        }
        g.writeBooleanField("stale", m.stale());
        g.writeStringField("curve", m.curve() == null ? null : m.curve().en());
        num(g, "curve_score", m.curveScore());
        num(g, "score", m.score());
        num(g, "weight", m.weight());
        num(g, "share", m.share());
        num(g, "contribution", m.contribution());
        g.writeStringField("missing_reason", m.missingReason());
        g.writeArrayFieldStart("provenance");
        for (dev.cca.model.Provenance p : m.provenance()) {
            g.writeStartObject();
            g.writeStringField("kind", p.kind().id());
            g.writeStringField("file", p.file());
            g.writeStringField("sha256", p.sha256());
            g.writeStringField("tool", p.tool());
            g.writeStringField("date", p.date() == null ? null : p.date().toString());
            g.writeStringField("reference", p.reference());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("superseded");
        for (MetricResult.Superseded s : m.superseded()) {
            g.writeStartObject();
            g.writeStringField("value_text", s.valueText());
            g.writeStringField("evidence", s.evidence());
            g.writeStringField("source", s.origin().en());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void gaps(JsonGenerator g, Gaps gaps) throws IOException {
        g.writeObjectFieldStart("gaps");
        g.writeNumberField("next_grade", gaps.nextGrade());
        num(g, "next_grade_score", gaps.nextGradeScore());
        g.writeArrayFieldStart("blocking_caps");
        for (ScenarioResult.CapResult c : gaps.blockingCaps()) {
            cap(g, c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("indicators");
        for (Gaps.IndicatorGap i : gaps.indicators()) {
            g.writeStartObject();
            g.writeStringField("id", i.id());
            label(g, "name", i.label());
            num(g, "score", i.score());
            num(g, "potential", i.potential());
            label(g, "improve", i.improve());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("targets");
        for (Gaps.MetricTarget t : gaps.targets()) {
            g.writeStartObject();
            g.writeStringField("metric", t.metric());
            label(g, "name", t.label());
            g.writeStringField("indicator", t.indicator());
            num(g, "current", t.current());
            num(g, "target", t.target());
            g.writeStringField("unit", t.unit());
            g.writeStringField("direction", t.higherIsBetter() ? "higher" : "lower");
            g.writeEndObject();
        }
        g.writeEndArray();
        num(g, "evidence_gain", gaps.evidenceGain());
        g.writeEndObject();
    }

    /**
     * A generator of the JSON reports (results, SARIF): the sanitiser's escapes for text from inputs, two-space
     * indentation, and the writer left open for the caller.
     */
    static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.setCharacterEscapes(Text.JSON_ESCAPES);
        g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
        g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        return g;
    }

    /** The fields every cca JSON result starts with: format tag, tool, rule set and reference date (reproducibility). */
    static void header(JsonGenerator g, String format, AssessmentResult.ToolInfo tool, AssessmentResult.RulesInfo rules,
                       String asOf, String referenceDate, List<InputDigest> inputs) throws IOException {
        g.writeStringField("format", format);
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", tool.name());
        g.writeStringField("version", tool.version());
        g.writeEndObject();
        g.writeObjectFieldStart("rules");
        g.writeStringField("id", rules.id());
        g.writeStringField("version", rules.version());
        g.writeStringField("sha256", rules.sha256());
        g.writeStringField("source", rules.source());
        g.writeObjectFieldStart("policy");
        g.writeStringField("missing_metric", rules.policy().missingMetric());
        g.writeStringField("missing_indicator", rules.policy().missingIndicator());
        num(g, "min_reported", rules.policy().minReported());
        g.writeEndObject();
        g.writeEndObject();
        g.writeStringField("as_of", asOf);
        g.writeStringField("reference_date", referenceDate);
        g.writeArrayFieldStart("inputs");
        for (InputDigest d : inputs) {
            g.writeStartObject();
            g.writeStringField("file", d.file());
            g.writeStringField("sha256", d.sha256());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * The gate's decision ({@code null} when no gate was asked for): the gate files with their hashes, the date
     * waivers expire against, counts per status, the checks, and the outcomes (in a catalog run only those that
     * are not a pass; {@code passes_listed} says which).
     */
    static void gate(JsonGenerator g, GateReport r) throws IOException {
        if (r == null || !r.configured() && r.sources().isEmpty()) {
            g.writeNullField("gate");
            return;
        }
        g.writeObjectFieldStart("gate");
        g.writeBooleanField("passed", r.passed());
        g.writeArrayFieldStart("files");
        for (GateReport.Source s : r.sources()) {
            g.writeStartObject();
            g.writeStringField("file", s.file());
            g.writeStringField("sha256", s.sha256());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("reference_date", r.referenceDate());
        g.writeObjectFieldStart("counts");
        g.writeNumberField("pass", r.counts().pass());
        g.writeNumberField("warn", r.counts().warn());
        g.writeNumberField("fail", r.counts().fail());
        g.writeNumberField("waived", r.counts().waived());
        g.writeNumberField("skipped", r.counts().skipped());
        g.writeEndObject();
        g.writeArrayFieldStart("checks");
        for (GateReport.Check c : r.checks()) {
            g.writeStartObject();
            g.writeStringField("on", c.on());
            g.writeStringField("id", c.target());
            g.writeStringField("scenario", c.scenario());
            g.writeStringField("bound", c.bound());
            g.writeStringField("limit", c.limit());
            g.writeStringField("level", c.level());
            g.writeStringField("defined_at", c.definedAt());
            if (!c.centers().isEmpty()) {
                g.writeArrayFieldStart("centers");
                for (String id : c.centers()) {
                    g.writeString(id);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("passes_listed", r.passesListed());
        g.writeArrayFieldStart("outcomes");
        for (GateReport.Outcome o : r.outcomes()) {
            g.writeStartObject();
            g.writeStringField("center", o.center());
            g.writeStringField("scenario", o.scenario());
            g.writeNumberField("check", o.check());
            g.writeStringField("status", o.status().id());
            g.writeStringField("value", o.value() == null ? null : o.value().get("en"));
            g.writeStringField("message", o.message().get("en"));
            if (o.waiver() != null) {
                g.writeObjectFieldStart("waiver");
                g.writeStringField("reason", o.waiver());
                g.writeStringField("expires", o.expires());
                g.writeEndObject();
            }
            g.writeStringField("file", o.file());
            g.writeNumberField("line", o.line());
            g.writeNumberField("column", o.column());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static void diagnostic(JsonGenerator g, Diagnostic d) throws IOException {
        g.writeStartObject();
        g.writeStringField("severity", d.severity().label());
        g.writeStringField("code", d.code().id());
        g.writeStringField("file", d.location().file());
        g.writeNumberField("line", d.location().line());
        g.writeNumberField("column", d.location().column());
        g.writeStringField("path", d.location().path());
        g.writeStringField("message", d.message());
        g.writeStringField("message_zh", d.message("zh"));
        g.writeEndObject();
    }

    static void label(JsonGenerator g, String field, Label l) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("en", l == null ? null : l.en());
        g.writeStringField("zh", l == null ? null : l.zh());
        g.writeEndObject();
    }

    static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** An array element: four decimals, no float noise; NaN and infinities become null. */
    static void num(JsonGenerator g, double v) throws IOException {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            g.writeNull();
        } else {
            g.writeNumber(Numbers.format(v, 4));
        }
    }

    /** Four decimals, no float noise; NaN and infinities become null. */
    static void num(JsonGenerator g, String field, double v) throws IOException {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            g.writeNullField(field);
        } else {
            g.writeFieldName(field);
            g.writeNumber(Numbers.format(v, 4));
        }
    }
}
