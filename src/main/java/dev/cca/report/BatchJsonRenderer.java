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

    @Override
    public void render(BatchResult r, RenderOptions o, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            render(r, g);
        }
        out.write('\n');
    }

    /**
     * The report file: UTF-8 bytes straight from Jackson's byte generator, without a character stage between it and
     * the file (a million centers are 0.8 GB of JSON; measured in the commit that made it so). A character beyond the
     * Basic Multilingual Plane is written as its four bytes, not as two escaped halves; a surrogate without its pair,
     * which no UTF-8 can carry, is written as its {@code \\uXXXX} escape, so the value read back is still the input's.
     */
    @Override
    public void render(BatchResult r, RenderOptions o, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8.mappedFeature());
            render(r, g);
        }
        out.write('\n');
    }

    private static void render(BatchResult r, JsonGenerator g) throws IOException {
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
            char[] chars = new char[64];
            g.writeArrayFieldStart("centers");
            BatchRows b = r.rows();
            for (int row = 0; row < b.size(); row++) {
                center(r, b, row, rankOf, g, chars);
            }
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

    /** Field names of a center's object, quoted and encoded once. */
    private static final SerializedString ID = new SerializedString("id"), NAME = new SerializedString("name"),
            GROUPS = new SerializedString("groups"), FILE = new SerializedString("file"), LINE = new SerializedString("line"),
            SCENARIOS = new SerializedString("scenarios"), RANK = new SerializedString("rank"),
            STATUS = new SerializedString("status"), REPORTED = new SerializedString("reported"),
            SCORE = new SerializedString("score"), GRADE = new SerializedString("grade"),
            UNCAPPED = new SerializedString("uncapped_grade"), CAPS = new SerializedString("caps"),
            COVERAGE = new SerializedString("evidence_coverage"), TABLES = new SerializedString("tables"),
            INDICATORS = new SerializedString("indicators"), WARNINGS = new SerializedString("warnings"),
            FINDINGS = new SerializedString("check_findings"), ADJUSTED = new SerializedString("claims_adjusted");

    /**
     * One center's object. A method of its own, so that the JIT compiles it once as a method, not again inside an
     * on-stack replacement of the loop over a million centers, with every call of it inlined.
     */
    private static void center(BatchResult r, BatchRows b, int row, int[][] rankOf, JsonGenerator g, char[] chars)
            throws IOException {
        int ns = r.scenarios().size();
        int nt = r.tables().size();
        g.writeRaw('\n');
        g.writeStartObject();
        g.writeFieldName(ID);
        g.writeString(b.id(row));
        g.writeFieldName(NAME);
        g.writeString(b.name(row));
        g.writeFieldName(GROUPS);
        g.writeStartArray();
        for (int k = 0; k < r.groupFields().size(); k++) {
            g.writeString(b.group(row, k));
        }
        g.writeEndArray();
        g.writeFieldName(FILE);
        g.writeString(b.sourceFile(row));
        g.writeFieldName(LINE);
        g.writeNumber(b.sourceLine(row));
        g.writeFieldName(SCENARIOS);
        g.writeStartArray();
        for (int s = 0; s < ns; s++) {
            g.writeStartObject();
            boolean rated = b.rated(row, s);
            g.writeFieldName(RANK);
            if (rated) {
                g.writeNumber(rankOf[s][row]);
            } else {
                g.writeNull();
            }
            g.writeFieldName(STATUS);
            g.writeString(b.status(row, s).id());
            g.writeFieldName(REPORTED);
            num(g, b.reported(row, s), chars);
            g.writeFieldName(SCORE);
            num(g, b.scenario(row, s), chars);
            g.writeFieldName(GRADE);
            if (rated) {
                g.writeNumber(b.grade(row, s));
                g.writeFieldName(UNCAPPED);
                g.writeNumber(b.uncapped(row, s));
            } else {
                g.writeNull();
                g.writeFieldName(UNCAPPED);
                g.writeNull();
            }
            long caps = b.caps(row, s);
            if (rated && caps != 0) {
                g.writeFieldName(CAPS);
                g.writeStartArray();
                for (int c = 0; c < r.capIds().size(); c++) {
                    if ((caps & (1L << c)) != 0) {
                        g.writeString(r.capIds().get(c));
                    }
                }
                g.writeEndArray();
            }
            g.writeFieldName(COVERAGE);
            num(g, b.coverage(row, s), chars);
            g.writeFieldName(TABLES);
            g.writeStartArray();
            for (int t = 0; t < nt; t++) {
                num(g, b.table(row, s, t), chars);
            }
            g.writeEndArray();
            if (r.standing() != null) {
                JsonRenderer.standing(g, r.standing(), s, row);
            }
            if (r.robustness() != null) {
                JsonRenderer.robustness(g, r.robustness().scenarios().get(s), row);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(INDICATORS);
        g.writeStartArray();
        for (int k = 0; k < r.indicators().size(); k++) {
            num(g, b.indicator(row, k), chars);
        }
        g.writeEndArray();
        if (b.warnings(row) > 0) {
            g.writeFieldName(WARNINGS);
            g.writeNumber(b.warnings(row));
        }
        if (b.findings(row) > 0) {
            g.writeFieldName(FINDINGS);
            g.writeNumber(b.findings(row));
            g.writeFieldName(ADJUSTED);
            g.writeNumber(b.adjusted(row));
        }
        g.writeEndObject();
    }

    /**
     * Writes numbers through per-thread scratch buffers, so that millions of numbers need no String each. Per
     * thread because reports are written in parallel and the renderer is shared.
     */
    private static final ThreadLocal<StringBuilder> DIGITS = ThreadLocal.withInitial(() -> new StringBuilder(32));
    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[64]);

    private static void num(JsonGenerator g, double v) throws IOException {
        num(g, v, CHARS.get());
    }

    /** {@code chars}: a scratch buffer of at least 64 characters. */
    private static void num(JsonGenerator g, double v, char[] chars) throws IOException {
        if (Double.isNaN(v)) {
            g.writeNull();
            return;
        }
        int n = Numbers.write(chars, 0, v, 2);
        if (n < 0) {
            StringBuilder digits = DIGITS.get();
            digits.setLength(0);
            Numbers.append(digits, v, 2);
            n = Math.min(digits.length(), chars.length);
            digits.getChars(0, n, chars, 0);
        }
        g.writeNumber(chars, 0, n);
    }

    private static void num(JsonGenerator g, String field, double v) throws IOException {
        g.writeFieldName(field);
        num(g, v);
    }

    private static void num(JsonGenerator g, String field, double v, char[] chars) throws IOException {
        g.writeFieldName(field);
        num(g, v, chars);
    }
}
