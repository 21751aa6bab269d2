package dev.cca.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.cca.diag.Diagnostic;
import dev.cca.model.Numbers;
import dev.cca.result.BatchResult;
import dev.cca.result.BatchRow;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The catalog result as JSON ({@code format: cca-batch/v1}): a summary, the scenario, table and indicator
 * definitions, one object per center in input order (on its own line, so the file diffs and greps well) with
 * its rank, score, grade and table and indicator scores, the aggregates, and the problems of invalid records.
 */
public final class BatchJsonRenderer implements BatchRenderer {

    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public String name() {
        return "json";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public void render(BatchResult r, BatchOptions o, Writer out) throws IOException {
        int ns = r.scenarios().size();
        int nt = r.tables().size();
        int[][] rankOf = r.ranksByRow();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            JsonRenderer.header(g, r.format(), r.tool(), r.rules(), r.asOf());
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
            g.writeArrayFieldStart("centers");
            for (BatchRow b : r.rows()) {
                g.writeRaw('\n');
                g.writeStartObject();
                g.writeStringField("id", b.id());
                g.writeStringField("name", b.name());
                g.writeObjectFieldStart("groups");
                for (int k = 0; k < r.groupFields().size(); k++) {
                    g.writeStringField(r.groupFields().get(k), b.group(k));
                }
                g.writeEndObject();
                g.writeObjectFieldStart("source");
                g.writeStringField("file", b.sourceFile());
                g.writeNumberField("line", b.sourceLine());
                g.writeEndObject();
                g.writeArrayFieldStart("scenarios");
                for (int s = 0; s < ns; s++) {
                    g.writeStartObject();
                    g.writeStringField("id", r.scenarios().get(s).id());
                    g.writeNumberField("rank", rankOf[s][b.index()]);
                    num(g, "score", b.scenario()[s]);
                    g.writeNumberField("grade", b.grade()[s]);
                    g.writeNumberField("uncapped_grade", b.uncapped()[s]);
                    g.writeArrayFieldStart("caps");
                    for (int c = 0; c < r.capIds().size(); c++) {
                        if ((b.caps()[s] & (1L << c)) != 0) {
                            g.writeString(r.capIds().get(c));
                        }
                    }
                    g.writeEndArray();
                    num(g, "evidence_coverage", b.coverage()[s]);
                    g.writeObjectFieldStart("tables");
                    for (int t = 0; t < nt; t++) {
                        num(g, r.tables().get(t).id(), b.table(s, t, nt));
                    }
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeObjectFieldStart("indicators");
                for (int k = 0; k < r.indicators().size(); k++) {
                    num(g, r.indicators().get(k).id(), b.indicators()[k]);
                }
                g.writeEndObject();
                g.writeNumberField("warnings", b.warnings());
                g.writeEndObject();
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
            g.writeArrayFieldStart("problems");
            for (Diagnostic d : r.problems()) {
                g.writeRaw('\n');
                JsonRenderer.diagnostic(g, d);
            }
            g.writeRaw('\n');
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void num(JsonGenerator g, String field, double v) throws IOException {
        if (Double.isNaN(v)) {
            g.writeNullField(field);
        } else {
            g.writeFieldName(field);
            g.writeNumber(Numbers.format(v, 2));
        }
    }
}
