package dev.cca.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.input.SourceFile;
import dev.cca.model.CenterProfile;
import dev.cca.model.Datum;
import dev.cca.model.Evidence;
import dev.cca.model.Field;
import dev.cca.model.MetricCatalog;
import dev.cca.result.FitResult;
import dev.cca.rules.Label;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The extractor and the fit evaluator resolve every name once per plan (slots, normalisations, a table of each
 * reference list's names, each condition's column, each warning's text); the by-name code they replace
 * ({@link ByNameExtractor}, {@link ByNameFitEvaluator}) looked them up per record. On profiles jqwik draws (values
 * present or absent, lists written as ids, labels, aliases, other spellings, unknown names and repeats, evidence of
 * every level and age, claimed scenarios, contradicted claims) and on rule sets whose stale evidence is ignored,
 * declared or never stale, the two agree on every cell, every claimed-scenario mask, every fit and every warning.
 */
class CompiledPlanProperties {

    /** The shipped rule set, one whose evidence over a year old is ignored, and one where it counts as declared. */
    private static final List<RuleSet> RULES = List.of(RuleSetLoader.loadDefault(), variant("  max_age_days: 365\n  stale: ignore\n"),
            variant("  max_age_days: 400\n  stale: declared\n"));
    private static final List<Plan> PLANS = RULES.stream().map(Plan::compile).toList();
    private static final Location AT = new Location("drawn.yaml", 3, 1, "");

    private static RuleSet variant(String evidence) {
        try (InputStream in = RuleSetLoader.class.getResourceAsStream(RuleSetLoader.DEFAULT_RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String at = "  half_life_days: 730\n";
            assertTrue(text.contains(at), "the shipped rule set sets a half-life");
            Problems problems = new Problems();
            RuleSet rs = RuleSetLoader.load(SourceFile.ofText("variant.yaml", text.replace(at, at + evidence)), problems);
            assertTrue(rs != null && !problems.hasErrors(), problems.all().toString());
            return rs;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // ---- drawing profiles ---------------------------------------------------------------------------------

    /** Every path a plan's columns read: metrics, normalising conditions and look-up fields. */
    private static List<String> paths(Plan plan) {
        Set<String> out = new LinkedHashSet<>();
        for (int c = 0; c < plan.columnCount(); c++) {
            Column col = plan.column(c);
            out.add(col.metric());
            RuleSet.Normalization n = col.normalize();
            if (n != null) {
                out.addAll(n.multiplyBy());
                out.addAll(n.divideBy());
                if (n.divideByLookup() != null) {
                    out.add(n.divideByLookup().field());
                }
            }
        }
        return List.copyOf(out);
    }

    /** Names a listed item may be written as: every name of the list's items, other spellings of them, unknown ones. */
    private static Arbitrary<String> itemName(RuleSet.ReferenceList ref) {
        List<String> names = new ArrayList<>();
        for (RuleSet.ReferenceItem item : ref.items()) {
            names.addAll(item.names().stream().filter(java.util.Objects::nonNull).toList());
        }
        Arbitrary<String> written = Arbitraries.of(names);
        Arbitrary<String> respelled = written.map(n -> " " + n.toUpperCase(java.util.Locale.ROOT).replace('-', ' ') + " ");
        Arbitrary<String> unknown = Arbitraries.strings().withCharRange('a', 'e').withChars('-', '算').ofMinLength(0).ofMaxLength(6);
        return Arbitraries.frequencyOf(Tuple.of(6, written), Tuple.of(2, respelled), Tuple.of(2, unknown));
    }

    private static Arbitrary<Evidence> evidence() {
        return Arbitraries.of(Evidence.class);
    }

    private static Arbitrary<LocalDate> evidenceDate() {
        Arbitrary<LocalDate> dated = Arbitraries.integers().between(0, 12 * 365).map(d -> LocalDate.of(2014, 1, 1).plusDays(d));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(null)), Tuple.of(3, dated));
    }

    private static Arbitrary<Double> number() {
        Arbitrary<Double> spread = Arbitraries.doubles().between(-1, 5).ofScale(4).map(e -> Math.pow(10, e));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(0.0, 1.0, -2.0, 10.0, 100.0, 1000.0)), Tuple.of(4, spread));
    }

    /** A value for {@code path} of the kind its column reads (sometimes of another kind), or none. */
    private static Arbitrary<Optional<Datum>> value(Plan plan, String path) {
        RuleSet.ReferenceList ref = plan.rules().references().get(path);
        MetricCatalog.Entry entry = MetricCatalog.get(path);
        Field.Type type = ref != null ? Field.Type.ID_LIST : entry == null ? Field.Type.NUMBER : entry.type();
        Arbitrary<Datum> present = switch (type) {
            case ID_LIST -> Combinators.combine(itemName(ref).list().ofMaxSize(9), evidence(), evidenceDate())
                    .as((items, e, d) -> Datum.list(items, null, e, null, d, AT));
            case BOOLEAN -> Combinators.combine(Arbitraries.of(true, false), evidence(), evidenceDate())
                    .as((b, e, d) -> Datum.bool(b, e, null, d, AT));
            case TEXT, CHOICE -> {
                List<String> keys = new ArrayList<>(List.of("other", "语音"));
                for (int c = 0; c < plan.columnCount(); c++) {
                    RuleSet.Normalization n = plan.column(c).normalize();
                    if (n != null && n.divideByLookup() != null && n.divideByLookup().field().equals(path)) {
                        keys.addAll(n.divideByLookup().values().keySet());
                    }
                }
                yield Arbitraries.of(keys).map(k -> Datum.text(k, AT));
            }
            default -> Combinators.combine(number(), evidence(), evidenceDate()).as((v, e, d) -> Datum.number(v, e, null, d, AT));
        };
        Arbitrary<Datum> odd = Arbitraries.of(Datum.text("n/a", AT), Datum.date(LocalDate.of(2024, 5, 1), "2024-05-01", AT));
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Optional.empty())), Tuple.of(12, present.map(Optional::of)),
                Tuple.of(1, odd.map(Optional::of)));
    }

    /** A drawn center: the values of {@code plan}'s paths, and the scenarios it claims (a claim of none is "stated"). */
    private static Arbitrary<CenterProfile> profile(Plan plan) {
        List<String> paths = paths(plan);
        List<Arbitrary<Optional<Datum>>> values = paths.stream().map(p -> value(plan, p)).toList();
        Arbitrary<List<String>> claimed = Arbitraries.of("pretraining", "fine-tuning", "inference", "training", "serving", "nothing")
                .list().uniqueElements().ofMaxSize(4);
        Arbitrary<Boolean> stated = Arbitraries.of(true, false);
        return Combinators.combine(Combinators.combine(values).as(l -> l), claimed, stated).as((vs, scenarios, says) -> {
            Map<String, Datum> m = new LinkedHashMap<>();
            for (int i = 0; i < paths.size(); i++) {
                String path = paths.get(i);
                vs.get(i).ifPresent(d -> m.put(path, d));
            }
            if (says) {
                m.put("scenarios", Datum.list(scenarios, null, Evidence.DECLARED, null, null, AT));
            }
            return new CenterProfile("drawn", "抽取的中心", AT, m, List.of(), says ? scenarios : List.of(), List.of());
        });
    }

    @Provide
    Arbitrary<Tuple.Tuple3<Integer, CenterProfile, Optional<LocalDate>>> drawn() {
        Arbitrary<Optional<LocalDate>> refDate = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Optional.empty())),
                Tuple.of(4, Arbitraries.integers().between(0, 8 * 365).map(d -> Optional.of(LocalDate.of(2019, 1, 1).plusDays(d)))));
        return Arbitraries.integers().between(0, PLANS.size() - 1)
                .flatMap(r -> Combinators.combine(Arbitraries.just(r), profile(PLANS.get(r)), refDate).as(Tuple::of));
    }

    // ---- the extractor ------------------------------------------------------------------------------------

    @Property(tries = 400)
    void every_cell_and_claim_is_extracted_as_by_name(@ForAll("drawn") Tuple.Tuple3<Integer, CenterProfile, Optional<LocalDate>> t) {
        Plan plan = PLANS.get(t.get1());
        CenterProfile p = t.get2();
        LocalDate ref = t.get3().orElse(null);
        Extractor compiled = new Extractor(plan);
        ByNameExtractor byName = new ByNameExtractor(plan);
        for (int c = 0; c < plan.columnCount(); c++) {
            Extractor.Cell a = new Extractor.Cell();
            Extractor.Cell b = new Extractor.Cell();
            compiled.extract(p, c, ref, a);
            byName.extract(p, c, ref, b);
            String where = plan.column(c).key();
            assertEquals(Double.doubleToLongBits(b.value), Double.doubleToLongBits(a.value), "value of " + where);
            assertEquals(Double.doubleToLongBits(b.raw), Double.doubleToLongBits(a.raw), "raw of " + where);
            assertEquals(Double.doubleToLongBits(b.factor), Double.doubleToLongBits(a.factor), "factor of " + where);
            assertEquals(Double.doubleToLongBits(b.strength), Double.doubleToLongBits(a.strength), "strength of " + where);
            assertEquals(b.evidence, a.evidence, "evidence of " + where);
            assertEquals(b.stale, a.stale, "staleness of " + where);
            assertEquals(b.ageDays, a.ageDays, "age of " + where);
            assertEquals(b.missingReason, a.missingReason, "why missing: " + where);
            assertSame(b.datum, a.datum, "datum of " + where);
        }
        // Filled twice in a row, so that a list's items resolved for one column are reused as they should be.
        Batch fromCompiled = new Batch(plan, 3);
        Batch fromByName = new Batch(plan, 3);
        for (int row = 0; row < 3; row++) {
            compiled.fill(p, row, fromCompiled, ref);
            byName.fill(p, row, fromByName, ref);
        }
        for (int c = 0; c < plan.columnCount(); c++) {
            assertEquals(java.util.Arrays.toString(fromByName.value[c]), java.util.Arrays.toString(fromCompiled.value[c]));
            assertEquals(java.util.Arrays.toString(fromByName.evidence[c]), java.util.Arrays.toString(fromCompiled.evidence[c]));
            assertEquals(java.util.Arrays.toString(fromByName.strength[c]), java.util.Arrays.toString(fromCompiled.strength[c]));
        }
        assertEquals(java.util.Arrays.toString(fromByName.claims), java.util.Arrays.toString(fromCompiled.claims), "claimed scenarios");
    }

    /** A reference list of {@code size} items whose names overlap (an alias that is another item's id, labels alike). */
    private static RuleSet.ReferenceList list(int size, long weights) {
        List<RuleSet.ReferenceItem> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(new RuleSet.ReferenceItem("item-" + i, new Label("Item " + i, "项目" + i), 1 + (weights >>> (i % 60) & 3),
                    List.of("alias " + (i % 7), "item-" + (i + 1) % size)));
        }
        return new RuleSet.ReferenceList("services.pooling", items);
    }

    @Property(tries = 300)
    void a_long_or_short_list_resolves_and_covers_as_by_name(@ForAll @IntRange(min = 1, max = 150) int size,
                                                            @ForAll long weights, @ForAll("names") List<String> listed,
                                                            @ForAll("parts") List<String> part) {
        RuleSet.ReferenceList ref = list(size, weights);
        Extractor.ItemNames names = new Extractor.ItemNames(ref);
        for (String n : listed) {
            assertEquals(ref.index(n), names.index(n), n);
        }
        Column col = new Column("services.pooling", Column.Mode.COVERAGE, RuleSet.Normalization.NONE, ref, part);
        Extractor.Coverage compiled = new Extractor.Coverage(col, new Extractor.Listed(ref));
        ByNameExtractor.Coverage byName = new ByNameExtractor.Coverage(col);
        Datum d = Datum.list(listed, null, Evidence.DECLARED, null, null, AT);
        assertEquals(Double.doubleToLongBits(byName.share(d.items())), Double.doubleToLongBits(compiled.share(d)), "share");
        assertEquals(byName.known(d.items()), compiled.known(d), "known");
        // Once more with the same datum (its items already resolved), and with another.
        assertEquals(byName.known(d.items()), compiled.known(d), "known again");
        Datum none = Datum.list(List.of(), null, Evidence.DECLARED, null, null, AT);
        assertEquals(0, compiled.known(none));
    }

    @Provide
    Arbitrary<List<String>> names() {
        Arbitrary<Integer> i = Arbitraries.integers().between(0, 160);
        Arbitrary<String> name = Arbitraries.oneOf(i.map(k -> "item-" + k), i.map(k -> "ITEM " + k), i.map(k -> "Item " + k),
                i.map(k -> "项目" + k), i.map(k -> "alias " + (k % 9)), Arbitraries.strings().alpha().ofMaxLength(4));
        return name.list().ofMaxSize(200);
    }

    @Provide
    Arbitrary<List<String>> parts() {
        return Arbitraries.integers().between(0, 160).map(k -> "item-" + k).list().uniqueElements().ofMaxSize(12);
    }

    // ---- scenario fit -------------------------------------------------------------------------------------

    @Property(tries = 400)
    void every_fit_and_warning_is_judged_as_by_name(@ForAll("drawn") Tuple.Tuple3<Integer, CenterProfile, Optional<LocalDate>> t,
                                                    @ForAll("contradictions") Set<String> contradicted) {
        Plan plan = PLANS.get(t.get1());
        CenterProfile p = t.get2();
        Batch batch = new Batch(plan, 1);
        Scores scores = new Scores(plan, 1, false);
        new Extractor(plan).fill(p, 0, batch, t.get3().orElse(null));
        batch.setSize(1);
        ScoringCore.score(plan, batch, scores);

        List<FitResult> expected = new ByNameFitEvaluator(plan).evaluate(p, batch, scores, 0, contradicted);
        FitEvaluator compiled = new FitEvaluator(plan);
        List<FitResult> actual = compiled.evaluate(p, batch, scores, 0, contradicted);
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            FitResult e = expected.get(i);
            FitResult a = actual.get(i);
            assertEquals(List.of(e.scenario(), e.fit(), e.note(), e.claimed(), e.scoredAs()),
                    List.of(a.scenario(), a.fit(), a.note(), a.claimed(), a.scoredAs()));
            assertSame(e.label(), a.label());
            assertEquals(e.warning() == null ? null : List.of(e.warning().code(), e.warning().get("en"), e.warning().get("zh")),
                    a.warning() == null ? null : List.of(a.warning().code(), a.warning().get("en"), a.warning().get("zh")));
        }
        List<Diagnostic> warned = new ArrayList<>(List.of(Diagnostic.warning(AT, dev.cca.diag.ProfileCode.FIT_NONE, "x", "y")));
        compiled.warn(p, batch, scores, 0, contradicted, warned);
        List<Diagnostic> before = new ArrayList<>(warned.subList(0, 1));
        before.addAll(FitEvaluator.warnings(p, expected));
        assertEquals(before, warned, "the warnings, after those the center had");
    }

    @Provide
    Arbitrary<Set<String>> contradictions() {
        Set<String> targets = new LinkedHashSet<>();
        for (RuleSet.FitRule f : RULES.get(0).fit()) {
            f.levels().forEach(l -> l.when().forEach(c -> targets.add(c.target())));
        }
        targets.add("training.mfu_pct");
        Arbitrary<Set<String>> some = Arbitraries.of(List.copyOf(targets)).set().ofMaxSize(3).map(s -> (Set<String>) new LinkedHashSet<>(s));
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(Set.of())), Tuple.of(1, some));
    }
}
