package dev.cca.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.cca.diag.Diagnostic;
import dev.cca.model.Numbers;
import dev.cca.result.BatchResult;
import dev.cca.result.BatchRows;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

/**
 * The catalog result as JSON ({@code format: cca-batch/v1}): a summary, the scenario, table and indicator
 * definitions, one object per center in input order (on its own line, so the file diffs and greps well) with
 * its rank, score, grade and table and indicator scores, the aggregates, and the problems of invalid records.
 * Per center, {@code groups}, each scenario's {@code tables} and {@code indicators} are arrays in the order of
 * the top-level {@code group_fields}, {@code tables} and {@code indicators}: a million centers stay a file
 * that tools can load.
 */
public final class BatchJsonRenderer implements TextRenderer<BatchResult> {

    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * As {@link #render(BatchResult, RenderOptions, OutputStream)} writes the file, decoded: the centers' part is written
     * as bytes (a surrogate without its pair as its escape, as in the file).
     */
    @Override
    public void render(BatchResult r, RenderOptions o, Writer out) throws IOException {
        try (OutputStream decoded = new Utf8Decoding(out)) {
            render(r, o, decoded);
        }
    }

    /**
     * The report file: UTF-8 bytes straight from Jackson's byte generator, and the centers' objects from
     * {@link JsonBytes}, which writes what the generator would, without a character stage between them and the file (a
     * million centers are 0.9 GB of JSON). A character beyond the Basic Multilingual Plane is written as its four bytes,
     * not as two escaped halves; a surrogate without its pair, which no UTF-8 can carry, is written as its
     * {@code \\uXXXX} escape, so the value read back is still the input's.
     */
    @Override
    public void render(BatchResult r, RenderOptions o, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8.mappedFeature());
            render(r, g, out);
        }
        out.write('\n');
    }

    private static void render(BatchResult r, JsonGenerator g, OutputStream out) throws IOException {
        int[][] rankOf = r.ranksByRow();
        {
            g.setCharacterEscapes(Text.JSON_ESCAPES);
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            JsonRenderer.header(g, r.format(), r.tool(), r.rules(), r.asOf(), r.referenceDate(), r.inputs());
            g.writeObjectFieldStart("summary");
            g.writeNumberField("centers", r.rows().size());
            g.writeNumberField("invalid_records", r.invalidRecords());
            g.writeNumberField("warnings", r.warnings());
            g.writeEndObject();
            g.writeArrayFieldStart("scenarios");
            for (BatchResult.ScenarioInfo s : r.scenarios()) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                JsonRenderer.label(g, "name", s.label());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("tables");
            for (BatchResult.TableInfo t : r.tables()) {
                g.writeStartObject();
                g.writeStringField("id", t.id());
                JsonRenderer.label(g, "name", t.label());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("indicators");
            for (BatchResult.IndicatorInfo i : r.indicators()) {
                g.writeStartObject();
                g.writeStringField("id", i.id());
                JsonRenderer.label(g, "name", i.label());
                g.writeEndObject();
            }
            g.writeEndArray();
            JsonRenderer.strings(g, "group_fields", r.groupFields());
            if (r.standing() != null) {
                JsonRenderer.peerClasses(g, r.standing());
            }
            if (r.robustness() != null) {
                JsonRenderer.robustness(g, r.robustness());
            }
            g.writeArrayFieldStart("centers");
            g.flush();
            JsonBytes w = new JsonBytes(out, 1 << 16);
            Centers centers = new Centers(r, rankOf, w);
            for (int row = 0; row < r.rows().size(); row++) {
                centers.center(row);
            }
            w.flush();
            g.writeRaw('\n');
            g.writeEndArray();
            g.writeArrayFieldStart("aggregates");
            for (BatchResult.Aggregate a : r.aggregates()) {
                g.writeRaw('\n');
                g.writeStartObject();
                g.writeStringField("field", a.field());
                g.writeStringField("value", a.value());
                g.writeStringField("scenario", a.scenario());
                g.writeNumberField("count", a.count());
                g.writeNumberField("rated", a.rated());
                g.writeNumberField("not_claimed", a.notClaimed());
                g.writeNumberField("insufficient_data", a.insufficientData());
                num(g, "mean", a.mean());
                num(g, "median", a.median());
                num(g, "min", a.min());
                num(g, "max", a.max());
                g.writeObjectFieldStart("grades");
                for (int k = 1; k < a.gradeCounts().length; k++) {
                    g.writeNumberField(Integer.toString(k), a.gradeCounts()[k]);
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeRaw('\n');
            g.writeEndArray();
            JsonRenderer.gate(g, r.gate());
            g.writeArrayFieldStart("problems");
            for (Diagnostic d : r.problems()) {
                g.writeRaw('\n');
                JsonRenderer.diagnostic(g, d);
            }
            g.writeRaw('\n');
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** The constant parts of a center's object, quoted and encoded once. */
    private static final byte[] OPEN_FIRST = bytes("\n{\"id\":"), OPEN = bytes("\n,{\"id\":"),
            NAME = JsonBytes.field(true, "name"), GROUPS = bytes(",\"groups\":["), FILE = JsonBytes.field(true, "file"),
            LINE = JsonBytes.field(true, "line"), SCENARIOS = bytes(",\"scenarios\":["), RANK = bytes("{\"rank\":"),
            STATUS = JsonBytes.field(true, "status"), REPORTED = JsonBytes.field(true, "reported"),
            SCORE = JsonBytes.field(true, "score"), GRADE = JsonBytes.field(true, "grade"),
            UNCAPPED = JsonBytes.field(true, "uncapped_grade"), CAPS = bytes(",\"caps\":["),
            COVERAGE = JsonBytes.field(true, "evidence_coverage"), TABLES = bytes(",\"tables\":["),
            INDICATORS = bytes(",\"indicators\":["), WARNINGS = JsonBytes.field(true, "warnings"),
            FINDINGS = JsonBytes.field(true, "check_findings"), ADJUSTED = JsonBytes.field(true, "claims_adjusted"),
            PEERS = bytes(",\"peers\":{\"class\":"), PEER_RANK = JsonBytes.field(true, "rank"),
            OF = JsonBytes.field(true, "of"), CLASS_RANK = JsonBytes.field(true, "class_rank"),
            CLASS_SIZE = JsonBytes.field(true, "class_size"), PERCENTILE = JsonBytes.field(true, "percentile"),
            ROBUST = bytes(",\"robustness\":{\"grade_held\":"), ROBUST_SCORE = bytes(",\"score\":["),
            ROBUST_RANK = bytes("],\"rank\":["), SETTLED = bytes("],\"settled\":");

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /**
     * The centers' objects, one a line, as the generator writes them ({@link JsonBytes}): the values a catalog repeats
     * (its file names, its group values, the caps' and the peer classes' ids) are encoded once each.
     */
    private static final class Centers {
        private final BatchResult r;
        private final BatchRows b;
        private final int[][] rankOf;
        private final JsonBytes w;
        private final byte[][] caps;
        private final java.util.Map<String, byte[]> pooled = new java.util.HashMap<>();

        Centers(BatchResult r, int[][] rankOf, JsonBytes w) {
            this.r = r;
            this.b = r.rows();
            this.rankOf = rankOf;
            this.w = w;
            caps = new byte[r.capIds().size()][];
            for (int c = 0; c < caps.length; c++) {
                caps[c] = JsonBytes.encoded(r.capIds().get(c));
            }
        }

        /** A string the catalog repeats, encoded once (a bounded number of them; past that, encoded each time). */
        private void pooled(String s) throws IOException {
            byte[] e = pooled.get(s);
            if (e == null) {
                if (s == null || pooled.size() >= 4096) {
                    w.string(s);
                    return;
                }
                e = JsonBytes.encoded(s);
                pooled.put(s, e);
            }
            w.raw(e);
        }

        /**
         * One center's object. A method of its own, so that the JIT compiles it once as a method, not again inside an
         * on-stack replacement of the loop over a million centers.
         */
        void center(int row) throws IOException {
            int ns = r.scenarios().size();
            int nt = r.tables().size();
            w.raw(row == 0 ? OPEN_FIRST : OPEN);
            w.string(b.id(row));
            w.raw(NAME);
            w.string(b.name(row));
            w.raw(GROUPS);
            for (int k = 0; k < r.groupFields().size(); k++) {
                if (k > 0) {
                    w.raw(',');
                }
                pooled(b.group(row, k));
            }
            w.raw(']');
            w.raw(FILE);
            pooled(b.sourceFile(row));
            w.raw(LINE);
            w.number(b.sourceLine(row));
            w.raw(SCENARIOS);
            for (int s = 0; s < ns; s++) {
                if (s > 0) {
                    w.raw(',');
                }
                scenario(row, s, nt);
            }
            w.raw(']');
            w.raw(INDICATORS);
            for (int k = 0; k < r.indicators().size(); k++) {
                if (k > 0) {
                    w.raw(',');
                }
                w.number(b.indicator(row, k), 2, false);
            }
            w.raw(']');
            if (b.warnings(row) > 0) {
                w.raw(WARNINGS);
                w.number(b.warnings(row));
            }
            if (b.findings(row) > 0) {
                w.raw(FINDINGS);
                w.number(b.findings(row));
                w.raw(ADJUSTED);
                w.number(b.adjusted(row));
            }
            w.raw('}');
        }

        private void scenario(int row, int s, int nt) throws IOException {
            boolean rated = b.rated(row, s);
            w.raw(RANK);
            if (rated) {
                w.number(rankOf[s][row]);
            } else {
                w.nul();
            }
            w.raw(STATUS);
            pooled(b.status(row, s).id());
            w.raw(REPORTED);
            w.number(b.reported(row, s), 2, false);
            w.raw(SCORE);
            w.number(b.scenario(row, s), 2, false);
            w.raw(GRADE);
            if (rated) {
                w.number(b.grade(row, s));
                w.raw(UNCAPPED);
                w.number(b.uncapped(row, s));
            } else {
                w.nul();
                w.raw(UNCAPPED);
                w.nul();
            }
            long lowered = b.caps(row, s);
            if (rated && lowered != 0) {
                w.raw(CAPS);
                boolean first = true;
                for (int c = 0; c < caps.length; c++) {
                    if ((lowered & (1L << c)) != 0) {
                        if (!first) {
                            w.raw(',');
                        }
                        first = false;
                        w.raw(caps[c]);
                    }
                }
                w.raw(']');
            }
            w.raw(COVERAGE);
            w.number(b.coverage(row, s), 2, false);
            w.raw(TABLES);
            for (int t = 0; t < nt; t++) {
                if (t > 0) {
                    w.raw(',');
                }
                w.number(b.table(row, s, t), 2, false);
            }
            w.raw(']');
            if (r.standing() != null) {
                standing(r.standing(), s, row);
            }
            if (r.robustness() != null) {
                robustness(r.robustness().scenarios().get(s), row);
            }
            w.raw('}');
        }

        /** As {@link JsonRenderer#standing} writes it. */
        private void standing(dev.cca.result.PeerStanding st, int s, int i) throws IOException {
            dev.cca.result.PeerStanding.ScenarioStanding sc = st.scenarios().get(s);
            w.raw(PEERS);
            pooled(st.classOf(i).id());
            if (sc.rank()[i] > 0) {
                w.raw(PEER_RANK);
                w.number(sc.rank()[i]);
                w.raw(OF);
                w.number(sc.of());
                w.raw(CLASS_RANK);
                w.number(sc.classRank()[i]);
                w.raw(CLASS_SIZE);
                w.number(sc.classSize()[i]);
                w.raw(PERCENTILE);
                w.number(sc.percentile()[i], 4, true);
            }
            w.raw('}');
        }

        /** As {@link JsonRenderer#robustness(JsonGenerator, dev.cca.result.Robustness.ScenarioStats, int)} writes it. */
        private void robustness(dev.cca.result.Robustness.ScenarioStats sc, int i) throws IOException {
            if (!sc.isRated(i)) {
                return;
            }
            w.raw(ROBUST);
            w.number(Math.round(sc.gradeHeld()[i] * 1000.0) / 1000.0, 4, true);
            w.raw(ROBUST_SCORE);
            w.number(sc.scoreLow()[i], 4, true);
            w.raw(',');
            w.number(sc.scoreHigh()[i], 4, true);
            w.raw(ROBUST_RANK);
            w.number(sc.rankLow()[i]);
            w.raw(',');
            w.number(sc.rankHigh()[i]);
            w.raw(SETTLED);
            w.bool(sc.settled()[i]);
            w.raw('}');
        }
    }

    /** Writes numbers through a per-thread scratch buffer. Per thread because reports are written in parallel. */
    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[64]);

    /** {@code v} with at most two decimals as {@link Numbers#format(double, int)} prints it; NaN as null. */
    private static void num(JsonGenerator g, String field, double v) throws IOException {
        g.writeFieldName(field);
        if (Double.isNaN(v)) {
            g.writeNull();
            return;
        }
        char[] chars = CHARS.get();
        int n = Numbers.write(chars, 0, v, 2);
        if (n < 0) {
            g.writeNumber(Numbers.format(v, 2));
        } else {
            g.writeNumber(chars, 0, n);
        }
    }
}
