package dev.cca.input;

import dev.cca.diag.ProfileCode;
import dev.cca.diag.Localized;
import dev.cca.diag.Message;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.diag.Suggest;
import dev.cca.model.Accelerator;
import dev.cca.model.CenterProfile;
import dev.cca.model.Datum;
import dev.cca.model.Evidence;
import dev.cca.model.Field;
import dev.cca.model.Numbers;
import dev.cca.model.ProfileSchema;
import dev.cca.model.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates a document against {@code center-profile/v1} and builds a {@link CenterProfile}. Every problem
 * of the document is collected with its line, column and key path; the profile is returned only when
 * there was no error. The same reader serves YAML, JSON, JSON Lines and catalog rows, since they all
 * arrive as {@link Node} trees.
 */
public final class ProfileReader {

    /** True for a text value of nothing but white space: a required key so written has no value. */
    static boolean isBlankText(Datum d) {
        return d != null && d.kind() == Datum.Kind.TEXT && d.text().isBlank();
    }

    private static final Set<String> EVIDENCE_KEYS = Set.of("value", "evidence", "source", "date", "audit");
    /** Compiled once: list cells are split for every record of a catalog. */
    /** Leaf key name to the full paths that have it, for "did you mean compute.pue?" on misplaced keys. */
    private static final Map<String, List<String>> PATHS_BY_NAME = new HashMap<>();

    /**
     * What an unknown key {@code key} in the object at {@code parent} (a dotted path, "" at the top) most likely meant:
     * a sibling it is the start of, its unit left out ("mfu" for mfu_pct); a sibling spelled close to it
     * ("utilisation_pct"); a key of that name elsewhere ("pue" at the top: compute.pue); or, for a Chinese name of a key ("总算力",
     * "有效训练时长占比"), the key it names ({@link KeyHints}).
     */
    static Localized unknownKeyHint(String key, Set<String> siblings, String parent) {
        Localized fullWidth = FullWidthHints.key(key);
        if (fullWidth != Localized.EMPTY) {
            return fullWidth;
        }
        Localized invisible = FullWidthHints.invisible(key, siblings);
        if (invisible != Localized.EMPTY) {
            return invisible;
        }
        if (key.equals("<<")) {
            // YAML 1.1's merge key ("<<: *defaults"), which the YAML 1.2 core schema cca reads does not have.
            return Localized.of(" (a YAML 1.1 merge key, which YAML 1.2 and cca do not read: write the keys of the anchored map out here)",
                    "（这是 YAML 1.1 的合并键，YAML 1.2 与 cca 均不读取：请把锚点所指映射中的键在此处直接写出）");
        }
        Localized unit = KeyHints.unitLeftOut(key, siblings, "");
        if (unit != Localized.EMPTY) {
            return unit;
        }
        String close = Suggest.closest(key, siblings);
        if (close != null) {
            return Suggest.hint(close);
        }
        List<String> elsewhere = PATHS_BY_NAME.get(key);
        if (elsewhere != null) {
            return Localized.of(" (did you mean " + String.join(" or ", elsewhere) + "? it belongs there)",
                    "（是否应为 " + String.join(" 或 ", elsewhere) + "？它属于那里）");
        }
        return KeyHints.chineseName(key, parent, true);
    }

    /** What an unknown key of a value map most likely meant: the key an invisible character hides, else a close spelling. */
    private static Localized valueMapKeyHint(String key, Set<String> allowed) {
        Localized invisible = FullWidthHints.invisible(key, allowed);
        return invisible != Localized.EMPTY ? invisible : Suggest.hint(key, allowed);
    }

    static {
        index(ProfileSchema.root());
    }

    private final LocalDate referenceDate;

    /**
     * @param referenceDate the date the assessment is made for ({@code --as-of}, else today): a date of the profile
     *                      after it (assessed_on, commissioned, an evidence date) is an error, since evidence cannot
     *                      come from after the assessment; may be null (no check)
     */
    public ProfileReader(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    /** Reads one document; returns null (with the problems recorded) when it is not a valid profile. */
    public CenterProfile read(Document doc, Problems problems) {
        return new Walk(doc, problems).profile();
    }

    /** The format tag of a document ({@code cca:} key), or null when it has none. */
    public static String formatOf(Node root) {
        if (root instanceof Node.MapNode m && m.get("cca") instanceof Node.ScalarNode s) {
            return s.text().strip();
        }
        return null;
    }

    private final class Walk {
        final Document doc;
        final Problems problems;
        final String file;
        final int mark;
        final Map<String, Datum> values = new dev.cca.model.ValueMap();
        /** True while reading the items of a list of maps (the accelerator inventory). */
        boolean inList;
        final List<Accelerator> accelerators = new ArrayList<>();
        final List<String> scenarios = new ArrayList<>();
        final List<CenterProfile.BenchmarkRef> benchmarks = new ArrayList<>();

        Walk(Document doc, Problems problems) {
            this.doc = doc;
            this.problems = problems;
            this.file = doc.name();
            this.mark = problems.mark();
        }

        CenterProfile profile() {
            Node root = doc.root();
            if (root == null) {
                problems.error(Location.of(file, doc.line(), 1), ProfileCode.EMPTY_DOCUMENT);
                return null;
            }
            if (!(root instanceof Node.MapNode map)) {
                problems.error(at(root, ""), ProfileCode.NOT_A_MAP, root.described());
                return null;
            }
            Node tag = map.get("cca");
            if (tag instanceof Node.ScalarNode s && !s.isNull() && !ProfileSchema.FORMAT.equals(s.text().strip())) {
                problems.error(at(s, "cca"), ProfileCode.UNSUPPORTED_FORMAT, s.text(), ProfileSchema.FORMAT);
                return null;
            }
            readObject(map, ProfileSchema.root(), "");
            for (Field f : ProfileSchema.root().children().values()) {
                if (f.isRequired() && !values.containsKey(f.path())) {
                    Node present = map.get(f.name());
                    if (present == null) {
                        problems.error(Location.of(file, root.line(), root.column()).withPath(f.path()),
                                ProfileCode.MISSING_REQUIRED_KEY, f.name(), f.example() == null ? Localized.EMPTY
                                        : Localized.of(" (for example " + f.name() + ": " + f.example() + ")",
                                        "（例如 " + f.name() + ": " + f.example() + "）"));
                    } else if (present instanceof Node.ScalarNode s && s.isNull()) {
                        problems.error(at(present, f.path()), ProfileCode.MUST_HAVE_VALUE, f.name());
                    }
                } else if (f.isRequired() && isBlankText(values.get(f.path()))) {
                    // A required name written as "" or spaces names nothing: every report would show a center without one.
                    problems.error(values.get(f.path()).origin(), ProfileCode.MUST_HAVE_VALUE, f.name());
                }
            }
            crossChecks(values, problems);
            if (problems.errorsSince(mark)) {
                return null;
            }
            return new CenterProfile(values.get("id").text(), values.get("name").text(),
                    Location.of(file, doc.line(), 1), values, accelerators, scenarios, benchmarks);
        }

        void readObject(Node.MapNode map, Field obj, String path) {
            for (Node.Entry e : map.entries()) {
                Field f = obj.child(e.key());
                // Outside lists a key's path is its schema path, precomputed; only list items build theirs.
                String p = f != null && !inList ? f.path() : path.isEmpty() ? e.key() : path + "." + e.key();
                if (f == null) {
                    unknownKey(e, obj.children().keySet(), p);
                    continue;
                }
                readField(e.value(), f, p);
            }
        }

        void unknownKey(Node.Entry e, Set<String> siblings, String path) {
            problems.error(new Location(file, e.line(), e.column(), path), ProfileCode.UNKNOWN_KEY, e.key(),
                    unknownKeyHint(e.key(), siblings, path.lastIndexOf('.') < 0 ? "" : path.substring(0, path.lastIndexOf('.'))));
        }


        void readField(Node n, Field f, String path) {
            if (n instanceof Node.ScalarNode s && s.isNull()) {
                return; // an explicit null is the same as leaving the key out
            }
            switch (f.type()) {
                case OBJECT -> {
                    if (n instanceof Node.MapNode m) {
                        readObject(m, f, path);
                    } else {
                        expected(n, path, Localized.of("a map of keys (" + String.join(", ", f.children().keySet()) + ")",
                                "键的映射（" + String.join("、", f.children().keySet()) + "）"));
                    }
                }
                case NUMBER, BOOLEAN, ID_LIST -> readMetric(n, f, path);
                case TEXT -> {
                    String t = text(n, path);
                    if (t != null) {
                        if (f.pattern() != null && !f.pattern().matcher(t).matches()) {
                            problems.error(at(n, path), ProfileCode.NOT_VALID_USE, t, f.name(), f.patternDoc());
                        } else {
                            values.put(path, Datum.text(t, at(n, path)));
                        }
                    }
                }
                case CHOICE -> {
                    String c = choice(n, f, path);
                    if (c != null) {
                        values.put(path, Datum.text(c, at(n, path)));
                    }
                }
                case CHOICE_LIST -> readChoiceList(n, f, path);
                case DATE -> {
                    String t = text(n, path);
                    if (t != null) {
                        Values.Why err = new Values.Why();
                        LocalDate d = Values.date(t, f.monthPrecision(), err);
                        if (d == null) {
                            problems.error(at(n, path), err.message());
                        } else if (afterReference(d, n, path)) {
                            return;
                        } else {
                            values.put(path, Datum.date(d, t.strip(), at(n, path)));
                        }
                    }
                }
                case OBJECT_LIST -> readAccelerators(n, f, path);
                case PATH_LIST -> {
                    for (Node item : listItems(n, path)) {
                        String t = text(item, path);
                        if (t != null && !t.isBlank()) {
                            benchmarks.add(new CenterProfile.BenchmarkRef(t.strip(), at(item, path)));
                        }
                    }
                }
            }
        }

        /** A metric: a bare value, or a map with value, evidence, source, date (and its conditions). */
        void readMetric(Node n, Field f, String path) {
            Node valueNode = n;
            Evidence evidence = Evidence.DECLARED;
            String note = null;
            LocalDate date = null;
            String audit = null;
            Node evidenceNode = null;
            if (n instanceof Node.MapNode m) {
                Set<String> allowed = new HashSet<>(EVIDENCE_KEYS);
                f.conditions().forEach(c -> allowed.add(c.name()));
                for (Node.Entry e : m.entries()) {
                    String p = path + "." + e.key();
                    switch (e.key()) {
                        case "value" -> valueNode = e.value();
                        case "evidence" -> {
                            evidenceNode = e.value();
                            String t = text(e.value(), p);
                            if (t != null) {
                                evidence = Evidence.parse(t);
                                if (evidence == null) {
                                    problems.error(at(e.value(), p), ProfileCode.UNKNOWN_EVIDENCE_LEVEL_USE, t, Suggest.hint(t,
                                            List.of("measured", "audited", "declared")));
                                    evidence = Evidence.DECLARED;
                                }
                            }
                        }
                        case "source" -> note = text(e.value(), p);
                        case "audit" -> audit = text(e.value(), p);
                        case "date" -> {
                            String t = text(e.value(), p);
                            if (t != null) {
                                Values.Why err = new Values.Why();
                                date = Values.date(t, false, err);
                                if (date == null) {
                                    problems.error(at(e.value(), p), err.message());
                                } else if (afterReference(date, e.value(), p)) {
                                    date = null;
                                }
                            }
                        }
                        default -> {
                            Field c = conditionOf(f, e.key());
                            if (c != null) {
                                readField(e.value(), c, p);
                            } else {
                                problems.error(new Location(file, e.line(), e.column(), p), ProfileCode.UNKNOWN_KEY_VALUE_MAP, e.key(), path, valueMapKeyHint(e.key(), allowed), String.join(", ", sorted(allowed)));
                            }
                        }
                    }
                }
                if (valueNode == n) {
                    problems.error(at(n, path), ProfileCode.MAP_HERE_NEEDS_VALUE, path);
                    return;
                }
                if (valueNode instanceof Node.ScalarNode s && s.isNull()) {
                    return;
                }
            }
            Location loc = at(valueNode, path);
            switch (f.type()) {
                case NUMBER -> {
                    if (!(valueNode instanceof Node.ScalarNode s)) {
                        expected(valueNode, path, Localized.of("a number" + (f.quantity().unit().isEmpty() ? "" : " in " + f.quantity().unit()),
                                "数字" + (f.quantity().unit().isEmpty() ? "" : "（单位 " + f.quantity().unit() + "）")));
                        return;
                    }
                    Values.Result r = Values.number(s, f);
                    if (!r.ok()) {
                        problems.error(loc, withFullWidthHint(r.error(), s.text()));
                        return;
                    }
                    if (r.warning() != null) {
                        problems.warning(loc, r.warning());
                    }
                    values.put(path, earn(Datum.number(r.value(), evidence, note, date, loc), audit, date, evidenceNode, path));
                }
                case BOOLEAN -> {
                    if (!(valueNode instanceof Node.ScalarNode s)) {
                        expected(valueNode, path, Localized.of("true or false", "true 或 false"));
                        return;
                    }
                    Values.Result r = Values.bool(s);
                    if (!r.ok()) {
                        problems.error(loc, r.error());
                        return;
                    }
                    if (r.warning() != null) {
                        problems.warning(loc, r.warning());
                    }
                    values.put(path, earn(Datum.bool(r.value() != 0, evidence, note, date, loc), audit, date, evidenceNode, path));
                }
                default -> {
                    List<String> items = new ArrayList<>();
                    java.util.Set<String> listed = new java.util.HashSet<>(); // items.contains was quadratic in the ids
                    List<Location> origins = new ArrayList<>();
                    for (Node item : listItems(valueNode, path)) {
                        if (item instanceof Node.ScalarNode si && si.kind() != Node.ScalarKind.STRING && !si.isNull()) {
                            expected(item, path, Localized.of("an id (text)", "标识（文本）"));
                            continue;
                        }
                        String t = text(item, path);
                        if (t == null) {
                            continue;
                        }
                        for (String part : splitList(t)) {
                            String id = Values.identifier(part);
                            if (id.isEmpty()) {
                                continue;
                            }
                            if (!listed.add(id)) {
                                problems.warning(at(item, path), ProfileCode.LISTED_TWICE, id);
                                continue;
                            }
                            items.add(id);
                            origins.add(at(item, path));
                        }
                    }
                    values.put(path, earn(Datum.list(items, origins, evidence, note, date, loc), audit, date, evidenceNode, path));
                }
            }
        }

        /**
         * A labelled value keeps its label only when a source and a date earn it ({@link Evidence#earn}); otherwise it
         * counts as declared, and a warning at its {@code evidence} key says why. An audit reference becomes the
         * value's provenance; a measurement is earned later, by the benchmark file that measured it.
         */
        Datum earn(Datum d, String audit, LocalDate date, Node evidenceNode, String path) {
            if (d.evidence() == Evidence.DECLARED) {
                return d;
            }
            List<Provenance> sources = audit == null || audit.isBlank() ? List.of() : List.of(Provenance.audit(audit.strip(), date, file));
            Datum earned = d.earned(sources);
            if (earned.unearned() != null) {
                problems.warning(evidenceNode != null ? at(evidenceNode, path + ".evidence") : d.origin(), earned.unearned());
            }
            return earned;
        }

        /** An error when {@code d} is after the reference date; true then. */
        boolean afterReference(LocalDate d, Node n, String path) {
            if (referenceDate == null || !d.isAfter(referenceDate)) {
                return false;
            }
            problems.error(at(n, path), ProfileCode.AFTER_REFERENCE_DATE_TODAY, path, d, referenceDate);
            return true;
        }

        Field conditionOf(Field f, String key) {
            for (Field c : f.conditions()) {
                if (c.name().equals(key)) {
                    return c;
                }
            }
            return null;
        }

        void readChoiceList(Node n, Field f, String path) {
            List<String> out = new ArrayList<>();
            for (Node item : listItems(n, path)) {
                String t = text(item, path);
                if (t == null) {
                    continue;
                }
                for (String part : splitList(t)) {
                    String c = checkChoice(part, item, f, path);
                    if (c != null && !out.contains(c)) {
                        out.add(c);
                    }
                }
            }
            if (f.path().equals("scenarios")) {
                scenarios.addAll(out);
            }
            values.put(path, Datum.list(out, null, Evidence.DECLARED, null, null, at(n, path)));
        }

        void readAccelerators(Node n, Field f, String path) {
            List<Node> items = listItems(n, path);
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                String p = path + "[" + i + "]";
                if (!(item instanceof Node.MapNode m)) {
                    expected(item, p, Localized.of("a map (vendor, model, kind, count, fp16_tflops, memory_gb)",
                            "映射（vendor、model、kind、count、fp16_tflops、memory_gb）"));
                    continue;
                }
                Walk sub = new Walk(doc, problems);
                sub.inList = true;
                sub.readObject(m, f.item(), p);
                accelerators.add(new Accelerator(sub.text(p + ".vendor"), sub.text(p + ".model"), sub.text(p + ".kind"),
                        sub.number(p + ".count"), sub.number(p + ".fp16_tflops"), sub.number(p + ".memory_gb"), at(item, p)));
            }
        }

        String text(String key) {
            Datum d = values.get(key);
            return d == null ? null : d.text();
        }

        double number(String key) {
            Datum d = values.get(key);
            return d == null ? Double.NaN : d.number();
        }

        List<Node> listItems(Node n, String path) {
            if (n instanceof Node.ListNode l) {
                return l.items();
            }
            if (n instanceof Node.ScalarNode s && !s.isNull()) {
                if (s.kind() != Node.ScalarKind.STRING) {
                    expected(n, path, Localized.of("a list of ids", "标识列表"));
                    return List.of();
                }
                return List.of(s); // "a; b; c" in one text, as catalogs write lists
            }
            if (n instanceof Node.MapNode) {
                expected(n, path, Localized.of("a list", "列表"));
            }
            return List.of();
        }

        String text(Node n, String path) {
            if (n instanceof Node.ScalarNode s) {
                return s.isNull() ? null : s.text();
            }
            expected(n, path, Localized.of("text", "文本"));
            return null;
        }

        String choice(Node n, Field f, String path) {
            String t = text(n, path);
            return t == null ? null : checkChoice(t, n, f, path);
        }

        String checkChoice(String raw, Node n, Field f, String path) {
            Values.Choice c = Values.choice(raw, f);
            if (c.error() != null) {
                problems.error(at(n, path), c.error());
            }
            return c.id();
        }

        /**
         * An unknown unit that is a full-width number sign and the text after it ({@code 1.3 ＃ 注释}: '# 注释' once
         * folded) says so, the comment YAML did not see being the likely intent.
         */
        static Message withFullWidthHint(Message m, String raw) {
            if (m.code() != ProfileCode.UNKNOWN_UNIT || m.args().length != 2 || !(m.args()[1] instanceof Localized unit)) {
                return m;
            }
            Localized hint = FullWidthHints.text(raw);
            return hint == Localized.EMPTY ? m : new Message(m.code(), m.args()[0],
                    Localized.of(unit.get("en") + hint.get("en"), unit.get("zh") + hint.get("zh")));
        }

        void expected(Node n, String path, Localized what) {
            Localized got = n.described();
            if (n instanceof Node.ScalarNode s && !s.isNull()) {
                Localized hint = FullWidthHints.text(s.text());
                if (hint != Localized.EMPTY) {
                    got = Localized.of(got.get("en") + hint.get("en"), got.get("zh") + hint.get("zh"));
                }
            }
            problems.error(at(n, path), ProfileCode.EXPECTED_GOT, what, got);
        }

        Location at(Node n, String path) {
            return new Location(file, n.line(), n.column(), path);
        }
    }


    /**
     * Checks across keys: a percentile below its median, a cluster larger than the whole center. Shared with
     * {@link StreamingProfileReader}, which reads a record only when these find nothing.
     */
    /** The latencies whose p99 may not be below their p50: name, p50 key, p99 key. */
    private static final String[][] PERCENTILES = {
        {"ttft_ms", "inference.latency.ttft_ms_p50", "inference.latency.ttft_ms_p99"},
        {"tpot_ms", "inference.latency.tpot_ms_p50", "inference.latency.tpot_ms_p99"},
        {"e2e_ms", "inference.latency.e2e_ms_p50", "inference.latency.e2e_ms_p99"}};

    static void crossChecks(Map<String, Datum> values, Problems problems) {
        for (String[] l : PERCENTILES) {
            String m = l[0];
            Datum p50 = values.get(l[1]);
            Datum p99 = values.get(l[2]);
            if (p50 != null && p99 != null && p99.number() < p50.number()) {
                problems.error(p99.origin(), ProfileCode.P99_MS_LOWER_THAN, m, Numbers.format(p99.number()), Numbers.format(p50.number()));
            }
        }
        Datum total = values.get("compute.total_pflops_fp16");
        Datum largest = values.get("compute.largest_cluster.pflops_fp16");
        if (total != null && largest != null && largest.number() > total.number() * 1.0001) {
            problems.warning(largest.origin(), ProfileCode.LARGEST_CLUSTER_PFLOPS_LARGER, Numbers.format(largest.number()), Numbers.format(total.number()));
        }
        Datum from = values.get("training.linear_speedup.from_accelerators");
        Datum to = values.get("training.linear_speedup.to_accelerators");
        if (from != null && to != null && from.number() >= to.number()) {
            problems.warning(to.origin(), ProfileCode.LINEAR_SPEED_UP_MEASURED, Numbers.format(from.number()), Numbers.format(to.number()));
        }
    }

    /** Whether {@code t} holds one of the list separators ; , ； ， 、 (one pass, not five). */
    private static boolean hasListSeparator(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (isListSeparator(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Splits "a; b, c" as catalogs write lists in one cell. */
    static List<String> splitList(String t) {
        if (!hasListSeparator(t)) {
            return List.of(t);
        }
        // As a split at every separator with the blank parts left out, without a regex: a catalog's every list cell
        // comes here.
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0, n = t.length(); i <= n; i++) {
            if (i == n || isListSeparator(t.charAt(i))) {
                String p = t.substring(from, i);
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
                from = i + 1;
            }
        }
        return out;
    }

    private static boolean isListSeparator(char c) {
        return c == ';' || c == ',' || c == '；' || c == '，' || c == '、';
    }

    private static List<String> sorted(Set<String> s) {
        List<String> l = new ArrayList<>(s);
        l.sort(null);
        return l;
    }

    private static void index(Field f) {
        for (Field c : f.children().values()) {
            if (!c.path().contains(".")) {
                index(c);
                continue;
            }
            PATHS_BY_NAME.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c.path());
            index(c);
        }
    }
}
