package dev.cca.gate;

import dev.cca.diag.GateCode;
import dev.cca.diag.InputException;
import dev.cca.diag.Localized;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.diag.Suggest;
import dev.cca.input.Document;
import dev.cca.input.InputFiles;
import dev.cca.input.Limits;
import dev.cca.input.Node;
import dev.cca.input.SourceFile;
import dev.cca.input.YamlReader;
import dev.cca.model.Evidence;
import dev.cca.model.Field;
import dev.cca.model.GateSchema;
import dev.cca.result.GateReport;
import dev.cca.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads gate files ({@code cca: gate/v1}) in the two stages of every cca document: the shape, key by key
 * against {@link GateSchema} (unknown keys with a "did you mean", types, allowed values, ranges), then the
 * cross-references against the rule set in use (scenario, table and indicator ids, grade names, which bound
 * fits which kind of assertion). {@code extends} pulls in shipped presets ({@link #PRESETS}) or other gate
 * files, relative to the file that names them; a cycle is an error. Every problem is located; the file fails
 * once, with all of them.
 */
public final class GateFileReader {

    /** The presets shipped in the jar, by id (src/main/resources/dev/cca/gate/presets/ID.yaml). */
    public static final List<String> PRESETS = List.of("cca-basic", "cca-strict");

    private static final int MAX_EXTENDS_DEPTH = 16;

    private final RuleSet rules;
    private final Limits limits;
    private final Problems problems = new Problems();
    private final Set<String> reading = new LinkedHashSet<>();

    private GateFileReader(RuleSet rules, Limits limits) {
        this.rules = rules;
        this.limits = limits;
    }

    /**
     * The policy of {@code file} with every preset and file it extends.
     *
     * @throws InputException with every problem of every file read, located
     */
    public static GatePolicy read(String file, RuleSet rules, Limits limits) throws InputException {
        GateFileReader r = new GateFileReader(rules, limits);
        GatePolicy p = r.file(file, Location.NONE, 0);
        if (r.problems.hasErrors()) {
            throw new InputException(r.problems.all());
        }
        return p;
    }

    /** The text of a shipped preset, or null when there is none of that id. */
    public static String preset(String id) {
        try (InputStream in = GateFileReader.class.getResourceAsStream("/dev/cca/gate/presets/" + id + ".yaml")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the preset " + id, e);
        }
    }

    private GatePolicy file(String name, Location from, int depth) {
        SourceFile src;
        byte[] bytes;
        String presetText = PRESETS.contains(name) ? preset(name) : null;
        String key = presetText != null ? "preset:" + name : Path.of(name).toAbsolutePath().normalize().toString();
        if (!reading.add(key)) {
            problems.error(from, GateCode.EXTENDS_AGAIN_PRESETS_FILES, name, String.join(" -> ", reading));
            return GatePolicy.EMPTY;
        }
        try {
            if (depth > MAX_EXTENDS_DEPTH) {
                problems.error(from, GateCode.EXTENDS_MORE_THAN_FILES, MAX_EXTENDS_DEPTH);
                return GatePolicy.EMPTY;
            }
            if (presetText != null) {
                bytes = presetText.getBytes(StandardCharsets.UTF_8);
                src = SourceFile.ofText(name, presetText);
            } else {
                Path p = Path.of(name);
                if (!Files.isRegularFile(p)) {
                    problems.error(from.file().isEmpty() ? Location.file(name) : from, Files.isDirectory(p)
                            ? GateCode.NOT_A_FILE_FOLDER : GateCode.NOT_A_FILE, from.file().isEmpty() ? Localized.of("gate file", "门禁文件") : "extends", name,
                            String.join(", ", PRESETS));
                    return GatePolicy.EMPTY;
                }
                bytes = InputFiles.readBytes(p, name, limits);
                src = InputFiles.readUtf8(p, name, limits);
            }
        } catch (InputException e) {
            problems.addAll(e.diagnostics());
            return GatePolicy.EMPTY;
        }
        try {
            return document(src, sha256(bytes), depth);
        } finally {
            reading.remove(key);
        }
    }

    private GatePolicy document(SourceFile src, String sha, int depth) {
        int mark = problems.mark();
        List<Document> docs = new YamlReader(limits).readAll(src, problems);
        if (problems.errorsSince(mark)) {
            return GatePolicy.EMPTY;
        }
        if (docs.size() != 1 || !(docs.get(0).root() instanceof Node.MapNode root)) {
            problems.error(Location.file(src.name()), GateCode.GATE_FILE_ONE_YAML, GateSchema.FORMAT);
            return GatePolicy.EMPTY;
        }
        Shape shape = new Shape(src.name());
        shape.check(root, GateSchema.root(), "");
        if (root.get("cca") instanceof Node.ScalarNode tag && !tag.isNull() && !GateSchema.FORMAT.equals(tag.text().strip())) {
            problems.error(at(src.name(), tag, "cca"), GateCode.UNSUPPORTED_FORMAT, tag.text(), GateSchema.FORMAT);
        }
        if (problems.errorsSince(mark)) {
            return GatePolicy.EMPTY;
        }
        GatePolicy inherited = GatePolicy.EMPTY;
        for (Node n : items(root.get("extends"))) {
            String ext = ((Node.ScalarNode) n).text().strip();
            String target = ext;
            boolean looksLikeFile = ext.contains("/") || ext.contains("\\") || ext.endsWith(".yaml") || ext.endsWith(".yml");
            if (!PRESETS.contains(ext) && looksLikeFile && src.path() != null) {
                // Relative to the file that names it, spelled from the name given (reports stay independent of the folder run in).
                Path parent = Path.of(src.name()).getParent();
                target = (parent == null ? Path.of(ext) : parent.resolve(ext)).normalize().toString();
            } else if (!PRESETS.contains(ext)) {
                problems.error(at(src.name(), n, "extends"), GateCode.UNKNOWN_PRESET_PRESETS_ARE, ext, Suggest.hint(ext, PRESETS), String.join(", ", PRESETS));
                continue;
            }
            inherited = inherited.overriddenBy(file(target, at(src.name(), n, "extends"), depth + 1));
        }
        List<GatePolicy.Assertion> assertions = new ArrayList<>();
        List<Node> list = items(root.get("assertions"));
        for (int i = 0; i < list.size(); i++) {
            GatePolicy.Assertion a = assertion(src.name(), (Node.MapNode) list.get(i), "assertions[" + i + "]");
            if (a != null) {
                assertions.add(a);
            }
        }
        List<GatePolicy.Waiver> waivers = new ArrayList<>();
        List<Node> wl = items(root.get("waivers"));
        for (int i = 0; i < wl.size(); i++) {
            GatePolicy.Waiver w = waiver(src.name(), (Node.MapNode) wl.get(i), "waivers[" + i + "]");
            if (w != null) {
                waivers.add(w);
            }
        }
        GatePolicy own = GatePolicy.EMPTY.overriddenBy(new GatePolicy(assertions, waivers, List.of(new GateReport.Source(src.name(), sha))));
        return inherited.overriddenBy(own);
    }

    // ---- stage two: meaning and cross-references -------------------------------------------------------

    private GatePolicy.Assertion assertion(String file, Node.MapNode m, String path) {
        int mark = problems.mark();
        GatePolicy.On on = GatePolicy.On.valueOf(text(m, "on").toUpperCase(Locale.ROOT));
        String id = text(m, "id");
        String scenario = text(m, "scenario");
        String level = text(m, "level");
        Location where = at(file, m, path);
        if (on == GatePolicy.On.OVERALL) {
            if (id != null) {
                problems.error(at(file, m.get("id"), path + ".id"), GateCode.OVERALL_ASSERTION_HAS_NO);
            }
        } else if (id == null) {
            problems.error(where, GateCode.ASSERTION_NAMES_ID, on.word(), known(on));
        } else if (!known(on).contains(id)) {
            problems.error(at(file, m.get("id"), path + ".id"), GateCode.UNKNOWN_ID, on.word(), id, Suggest.hint(id, known(on)), rules.id(), rules.version());
        }
        List<String> scenarios = rules.scenarios().stream().map(RuleSet.Scenario::id).toList();
        if (scenario != null && !scenarios.contains(scenario)) {
            problems.error(at(file, m.get("scenario"), path + ".scenario"), GateCode.UNKNOWN_SCENARIO_RULE_SET, scenario, Suggest.hint(scenario, scenarios), String.join(", ", scenarios));
        }
        if (scenario != null && on == GatePolicy.On.SCENARIO) {
            problems.error(at(file, m.get("scenario"), path + ".scenario"), GateCode.SCENARIO_ASSERTION_NAMES_SCENARIO);
        }
        Double minScore = number(m, "min_score");
        Double maxDrop = number(m, "max_drop");
        String gradeText = text(m, "min_grade");
        Integer minGrade = null;
        if (gradeText != null) {
            minGrade = grade(gradeText, rules);
            if (minGrade == null) {
                problems.error(at(file, m.get("min_grade"), path + ".min_grade"), GateCode.NOT_GRADE_RULE_SET, gradeText, rules.id(), gradeNames(rules));
            }
        }
        String ev = text(m, "required_evidence");
        boolean scoreLevel = on == GatePolicy.On.OVERALL || on == GatePolicy.On.SCENARIO;
        if (!scoreLevel && gradeText != null) {
            problems.error(at(file, m.get("min_grade"), path + ".min_grade"), GateCode.MIN_GRADE_APPLIES_OVERALL, on.word());
        }
        if (!scoreLevel && maxDrop != null) {
            problems.error(at(file, m.get("max_drop"), path + ".max_drop"), GateCode.MAX_DROP_APPLIES_OVERALL);
        }
        if (scoreLevel && ev != null) {
            problems.error(at(file, m.get("required_evidence"), path + ".required_evidence"),
                    GateCode.REQUIRED_EVIDENCE_APPLIES_INDICATOR);
        }
        if (minScore == null && gradeText == null && maxDrop == null && ev == null && !"off".equals(level)) {
            problems.error(where, GateCode.ASSERTION_NEEDS_BOUND_MIN);
        }
        if (problems.errorsSince(mark)) {
            return null;
        }
        return new GatePolicy.Assertion(on, id, scenario, level == null ? null : GatePolicy.Level.valueOf(level.toUpperCase(Locale.ROOT)), minScore, minGrade, gradeText, maxDrop,
                ev == null ? null : Evidence.parse(ev), where.prefix());
    }

    private GatePolicy.Waiver waiver(String file, Node.MapNode m, String path) {
        int mark = problems.mark();
        String ind = text(m, "indicator");
        if (!rules.indicators().containsKey(ind)) {
            problems.error(at(file, m.get("indicator"), path + ".indicator"), GateCode.UNKNOWN_INDICATOR, ind, Suggest.hint(ind, rules.indicators().keySet()));
        }
        List<String> centers = new ArrayList<>();
        for (Node n : items(m.get("centers"))) {
            centers.add(((Node.ScalarNode) n).text().strip());
        }
        if (centers.isEmpty()) {
            problems.error(at(file, m.get("centers"), path + ".centers"), GateCode.WAIVER_NAMES_CENTERS_COVERS);
        }
        String reason = text(m, "reason");
        if (reason != null && reason.isBlank()) {
            problems.error(at(file, m.get("reason"), path + ".reason"), GateCode.WAIVER_SAYS_WHY);
        }
        if (problems.errorsSince(mark)) {
            return null;
        }
        return new GatePolicy.Waiver(ind, centers, reason.strip(), dev.cca.input.Values.date(text(m, "expires"), false), at(file, m, path).prefix(),
                at(file, m.get("expires"), path + ".expires"));
    }

    private List<String> known(GatePolicy.On on) {
        return switch (on) {
            case OVERALL -> List.of();
            case SCENARIO -> rules.scenarios().stream().map(RuleSet.Scenario::id).toList();
            case TABLE -> rules.tables().stream().map(RuleSet.Table::id).toList();
            case INDICATOR -> List.copyOf(rules.indicators().keySet());
        };
    }

    /**
     * A grade written as a number ("3") or as its name in English or Chinese ("Proficient", "良好"), case and
     * surrounding space ignored; null when the rule set has no such grade.
     */
    public static Integer grade(String text, RuleSet rules) {
        String t = text.strip();
        for (RuleSet.Grade g : rules.grades()) {
            if (String.valueOf(g.grade()).equals(t) || g.label().en().equalsIgnoreCase(t) || g.label().zh().equals(t)) {
                return g.grade();
            }
        }
        return null;
    }

    /** "1 Emerging 待提升 ... 5 Leading 领先", for messages. */
    public static String gradeNames(RuleSet rules) {
        StringBuilder sb = new StringBuilder();
        for (RuleSet.Grade g : rules.grades().stream().sorted((a, b) -> a.grade() - b.grade()).toList()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(g.grade()).append(' ').append(g.label().en()).append(' ').append(g.label().zh());
        }
        return sb.toString();
    }

    // ---- stage one: shape -----------------------------------------------------------------------------

    /** Checks a tree against a {@link Field} tree; what it accepts, stage two reads without further checks. */
    private final class Shape {
        private final String file;

        Shape(String file) {
            this.file = file;
        }

        void check(Node n, Field f, String path) {
            if (n instanceof Node.ScalarNode s && s.isNull() && f.type() != Field.Type.OBJECT) {
                if (f.isRequired()) {
                    problems.error(at(file, n, path), GateCode.REQUIRED_GOT_NULL, path);
                }
                return;
            }
            switch (f.type()) {
                case OBJECT -> {
                    if (!(n instanceof Node.MapNode m)) {
                        problems.error(at(file, n, path), GateCode.EXPECTED_MAP_GOT, path.isEmpty() ? Localized.of("a gate file", "门禁文件") : path, n.described());
                        return;
                    }
                    for (Node.Entry e : m.entries()) {
                        Field c = f.child(e.key());
                        String p = path.isEmpty() ? e.key() : path + "." + e.key();
                        if (c == null) {
                            problems.error(Location.of(file, e.line(), e.column()).withPath(p), GateCode.UNKNOWN_KEY, e.key(),
                                    Suggest.hint(e.key(), f.children().keySet()), path.isEmpty() ? Localized.of("a gate file", "门禁文件") : path,
                                    String.join(", ", f.children().keySet()));
                        } else {
                            check(e.value(), c, p);
                        }
                    }
                    for (Field c : f.children().values()) {
                        Node v = m.get(c.name());
                        if (c.isRequired() && v == null) {
                            problems.error(at(file, m, path), GateCode.MISSING_REQUIRED_KEY, path.isEmpty() ? Localized.of("a gate file", "门禁文件") : path, c.name());
                        }
                    }
                }
                case OBJECT_LIST -> {
                    if (!(n instanceof Node.ListNode l)) {
                        problems.error(at(file, n, path), GateCode.EXPECTED_LIST_GOT, path, n.described());
                        return;
                    }
                    for (int i = 0; i < l.items().size(); i++) {
                        check(l.items().get(i), f.item(), path + "[" + i + "]");
                    }
                }
                case ID_LIST -> {
                    List<Node> items = n instanceof Node.ListNode l ? l.items() : List.of(n);
                    for (int i = 0; i < items.size(); i++) {
                        Node item = items.get(i);
                        if (!(item instanceof Node.ScalarNode s) || s.isNull() || s.text().isBlank()) {
                            problems.error(at(file, item, path), GateCode.EXPECTED_NAME_GOT, path, item.described());
                        }
                    }
                }
                case TEXT -> scalar(n, path);
                case CHOICE -> {
                    Node.ScalarNode s = scalar(n, path);
                    if (s != null && !f.choices().contains(s.text().strip())) {
                        problems.error(at(file, n, path), GateCode.NOT_ONE, s.text(), String.join(", ", f.choices()), Suggest.hint(s.text().strip(), f.choices()));
                    }
                }
                case NUMBER -> {
                    Node.ScalarNode s = scalar(n, path);
                    if (s == null) {
                        return;
                    }
                    double v;
                    try {
                        v = s.kind() == Node.ScalarKind.INTEGER || s.kind() == Node.ScalarKind.FLOAT ? Double.parseDouble(s.text()) : Double.NaN;
                    } catch (NumberFormatException e) {
                        v = Double.NaN;
                    }
                    if (!(v >= f.min() && v <= f.max())) {
                        problems.error(at(file, n, path), GateCode.NUMBER_FROM_GOT, path, dev.cca.model.Numbers.format(f.min()), dev.cca.model.Numbers.format(f.max()), s.text());
                    }
                }
                case DATE -> {
                    Node.ScalarNode s = scalar(n, path);
                    if (s != null) {
                        dev.cca.input.Values.Why why = new dev.cca.input.Values.Why();
                        if (dev.cca.input.Values.date(s.text(), false, why) == null) {
                            problems.error(at(file, n, path), dev.cca.diag.ProfileCode.AT_PATH, path, why.message());
                        }
                    }
                }
                default -> throw new IllegalStateException("a gate file has no field of type " + f.type());
            }
        }

        private Node.ScalarNode scalar(Node n, String path) {
            if (n instanceof Node.ScalarNode s) {
                return s;
            }
            problems.error(at(file, n, path), GateCode.EXPECTED_SINGLE_VALUE_GOT, path, n.described());
            return null;
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static Location at(String file, Node n, String path) {
        return n == null ? Location.file(file).withPath(path) : Location.of(file, n.line(), n.column()).withPath(path);
    }

    private static List<Node> items(Node n) {
        if (n == null || n instanceof Node.ScalarNode s && s.isNull()) {
            return List.of();
        }
        return n instanceof Node.ListNode l ? l.items() : List.of(n);
    }

    private static String text(Node.MapNode m, String key) {
        return m.get(key) instanceof Node.ScalarNode s && !s.isNull() ? s.text().strip() : null;
    }

    private static Double number(Node.MapNode m, String key) {
        String t = text(m, key);
        return t == null ? null : Double.valueOf(t);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
