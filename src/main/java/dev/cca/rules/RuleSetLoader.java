package dev.cca.rules;

import dev.cca.diag.Code;
import dev.cca.diag.RuleCode;
import dev.cca.diag.InputException;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.diag.Suggest;
import dev.cca.input.Document;
import dev.cca.input.InputFiles;
import dev.cca.input.Limits;
import dev.cca.input.Node;
import dev.cca.input.PreparedTree;
import dev.cca.input.SourceFile;
import dev.cca.input.YamlReader;
import dev.cca.model.Evidence;
import dev.cca.model.Field;
import dev.cca.model.MetricCatalog;
import dev.cca.model.Numbers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a rule set ({@code cca: rules/v1}) in two stages, collecting every problem at its node before failing
 * once: first the shape of each entry (keys, types, allowed values, curve monotonicity), then the
 * cross-references (indicators named by tables, metrics known to the profile schema, citations, weights
 * that must not sum to zero). Missing citations are warnings: every number should say where it comes from.
 */
public final class RuleSetLoader {

    public static final String FORMAT = "rules/v1";
    public static final String DEFAULT_RESOURCE = "/dev/cca/rules/default/cca-default.yaml";

    /** How many rule sets one may extend in a chain: deeper is a mistake (or a loop). */
    static final int MAX_EXTENDS_DEPTH = 8;
    /** The warning of an entry without {@code cite}; {@code cca rules lint} holds it an error. */
    static final String DEFAULT_ID = "cca-default";
    static final String DEFAULT_NAME = "scoring-rules/cca-default.yaml";

    private final Problems problems;
    private final RuleSource source;
    private final String file;
    private final Map<String, Node> citeUses = new LinkedHashMap<>();

    private RuleSetLoader(Problems problems, RuleSource source) {
        this.problems = problems;
        this.source = source;
        this.file = source.file();
    }

    /** A loaded rule set with the located text it came from; {@code rules} is null when it has errors. */
    public record Loaded(RuleSet rules, RuleSource source) {
    }

    /** The rule set embedded in the jar (the top-level {@code scoring-rules/} folder of the source tree). */
    public static RuleSet loadDefault() {
        return DefaultHolder.RULES;
    }

    /** Loaded once per process, on first use (rule sets are immutable). */
    private static final class DefaultHolder {
        static final RuleSet RULES = readDefault();
    }

    private static RuleSet readDefault() {
        Problems p = new Problems();
        RuleSource prepared = preparedDefault();
        RuleSet rs = prepared == null ? load(defaultSource(), p) : read(prepared, p).rules();
        if (rs == null) {
            throw new IllegalStateException("the default rule set is invalid: " + p.all());
        }
        return rs;
    }

    /** Where the build writes the default rule set's parsed tree ({@link PrepareDefault}). */
    static final String PREPARED_RESOURCE = "/dev/cca/rules/default/cca-default.tree";

    /**
     * The default rule set's tree as the build prepared it from the YAML (the same tree, read in a fraction of the
     * parse), or null when this build has none (classes compiled outside Maven): then the YAML is parsed. Its text
     * is left out: the default has no problems to show a line of, and the RuleSource does not leave this class.
     */
    static RuleSource preparedDefault() {
        try (InputStream in = RuleSetLoader.class.getResourceAsStream(PREPARED_RESOURCE)) {
            if (in == null) {
                return null;
            }
            PreparedTree.Tree t = PreparedTree.read(in.readAllBytes());
            return RuleSource.single((Node.MapNode) t.root(), SourceFile.ofText(DEFAULT_NAME, ""), t.sha256());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the default rule set", e);
        }
    }

    /** The text of the embedded default rule set, named as in the source tree. */
    public static SourceFile defaultSource() {
        try (InputStream in = RuleSetLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default rule set is missing from the build");
            }
            return SourceFile.ofText(DEFAULT_NAME, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the default rule set", e);
        }
    }

    /** Loads a rule-set file with the default limits; throws with every problem when it is invalid. */
    public static RuleSet load(Path path, String name, Problems warnings) throws InputException {
        return load(path, name, warnings, Limits.DEFAULT);
    }

    /**
     * Loads a rule-set file, and the files it extends, with {@code limits} ({@link Limits#atLeast} the defaults, as
     * {@code --rules} reads it); throws with every problem when it is invalid.
     */
    public static RuleSet load(Path path, String name, Problems warnings, Limits limits) throws InputException {
        SourceFile src = InputFiles.readUtf8(path, name, limits);
        Problems p = new Problems();
        RuleSet rs = load(src, p, limits);
        if (rs == null) {
            throw new InputException(p.all());
        }
        warnings.addAll(p);
        return rs;
    }

    /** Loads from text; returns null when there are errors (all recorded in {@code problems}). */
    public static RuleSet load(SourceFile src, Problems problems) {
        return read(src, problems).rules();
    }

    /** Loads from text with {@code limits}, as {@link #load(Path, String, Problems, Limits)} does; null when there are errors. */
    public static RuleSet load(SourceFile src, Problems problems, Limits limits) {
        return read(src, problems, limits).rules();
    }

    /**
     * Loads from text, keeping the located tree (merged with its base when it {@code extends} one); the rule set
     * is null when there are errors, the source null when the text is not a rule set at all.
     */
    public static Loaded read(SourceFile src, Problems problems) {
        return read(src, problems, Limits.DEFAULT);
    }

    /** {@link #read(SourceFile, Problems)} with {@code limits}, for the file and those it extends. */
    public static Loaded read(SourceFile src, Problems problems, Limits limits) {
        return read(tree(src, problems, new ArrayList<>(), new ArrayList<>(), limits), problems);
    }

    private static Loaded read(RuleSource tree, Problems problems) {
        if (tree == null || problems.hasErrors()) {
            return new Loaded(null, tree);
        }
        RuleSetLoader l = new RuleSetLoader(problems, tree);
        RuleSet rs = l.read(tree.root(), tree.sha256());
        return new Loaded(problems.hasErrors() ? null : rs, tree);
    }

    /**
     * Parses one rule-set file and, when it extends another, the chain of its bases, merged. {@code seen} holds the
     * names of the files of the chain so far, as first written, and {@code seenAt} the same files by real path (so a
     * loop is found however its files are spelt, and printed once: a.yaml -> b.yaml -> a.yaml).
     */
    private static RuleSource tree(SourceFile src, Problems problems, List<String> seen, List<String> seenAt, Limits limits) {
        List<Document> docs = new YamlReader(limits).readAll(src, problems);
        if (problems.hasErrors()) {
            return null;
        }
        if (docs.size() != 1 || !(docs.get(0).root() instanceof Node.MapNode root)) {
            problems.error(Location.file(src.name()), RuleCode.RULE_SET_ONE_YAML);
            return null;
        }
        RuleSource own = RuleSource.single(root, src, sha256(src.text()));
        Node ext = root.get("extends");
        if (ext == null) {
            return own;
        }
        String path = "extends";
        if (!(ext instanceof Node.ScalarNode es) || es.isNull() || es.text().isBlank()) {
            problems.error(own.at(ext, path), RuleCode.EXTENDS_NAMES_ONE_RULE, DEFAULT_ID);
            return null;
        }
        seen.add(src.name());
        seenAt.add(identity(src));
        if (seen.size() > MAX_EXTENDS_DEPTH) {
            problems.error(own.at(ext, path), RuleCode.RULE_SETS_EXTEND_EACH, MAX_EXTENDS_DEPTH, String.join(" -> ", seen));
            return null;
        }
        SourceFile baseSrc;
        String spec = es.text().strip();
        if (spec.equals(DEFAULT_ID)) {
            baseSrc = defaultSource();
        } else {
            Path dir = src.path() == null ? null : src.path().toAbsolutePath().getParent();
            Path p = dir == null ? Path.of(spec) : dir.resolve(spec);
            String name = src.path() == null || src.path().getParent() == null ? spec : src.path().getParent().resolve(spec).toString();
            if (!java.nio.file.Files.isRegularFile(p)) {
                if (java.nio.file.Files.exists(p)) {
                    problems.error(own.at(ext, path), RuleCode.EXTENDS_NOT_REGULAR, spec, java.nio.file.Files.isDirectory(p)
                            ? dev.cca.diag.Localized.of("a folder", "文件夹")
                            : dev.cca.diag.Localized.of("a device, FIFO or other special file", "设备、FIFO 或其他特殊文件"), DEFAULT_ID);
                } else {
                    problems.error(own.at(ext, path), RuleCode.EXTENDS_NO_SUCH_RULES, spec, DEFAULT_ID);
                }
                return null;
            }
            try {
                baseSrc = InputFiles.readUtf8(p, name, limits);
            } catch (InputException e) {
                problems.addAll(e.diagnostics());
                return null;
            }
        }
        int again = seenAt.indexOf(identity(baseSrc));
        if (again >= 0) {
            // The loop from the file met again, once round, each file named as first written.
            problems.error(own.at(ext, path), RuleCode.RULE_SETS_EXTEND_EACH_2, String.join(" -> ", seen.subList(again, seen.size())),
                    seen.get(again));
            return null;
        }
        RuleSource base = tree(baseSrc, problems, seen, seenAt, limits);
        if (base == null) {
            return null;
        }
        // A changed rule set under its base's id would be reported as the base: results name the rule set.
        Node baseId = base.root().get("id");
        Node ownId = root.get("id");
        if (!(ownId instanceof Node.ScalarNode oid) || oid.isNull()) {
            problems.error(own.at(root, "id"), RuleCode.RULE_SET_THAT_EXTENDS);
            return null;
        }
        if (baseId instanceof Node.ScalarNode bid && bid.text().equals(oid.text())) {
            problems.error(own.at(ownId, "id"), RuleCode.ID_RULE_SET_EXTENDS, oid.text());
            return null;
        }
        return RuleSource.extend(own, base, sha256(base.sha256() + "\n" + src.text()));
    }

    /** A rule-set file by what it is, not how it is spelt: its real path (the name for the built-in rule set). */
    private static String identity(SourceFile src) {
        if (src.path() == null) {
            return "built-in:" + src.name();
        }
        try {
            return src.path().toRealPath().toString();
        } catch (java.io.IOException | SecurityException e) {
            return src.path().toAbsolutePath().normalize().toString();
        }
    }

    // ---- stage one: shape ---------------------------------------------------------------------------

    private RuleSet read(Node.MapNode root, String sha) {
        // 'extends' never reaches here: merging a rule set into its base drops it.
        keys(root, "", RuleSetSchema.ROOT.keyNames().stream().filter(k -> !k.equals("extends")).toList());
        String format = str(root, "cca", "", true);
        if (format != null && !format.equals(FORMAT)) {
            err(root.get("cca"), "cca", RuleCode.UNSUPPORTED_FORMAT_THIS_CCA, format, FORMAT);
        }
        String id = str(root, "id", "", true);
        String version = str(root, "version", "", true);
        Label title = label(root.get("title"), "title", false);

        Map<String, RuleSet.Citation> citations = new LinkedHashMap<>();
        for (Node.Entry e : entries(root, "citations")) {
            String p = "citations." + e.key();
            if (e.value() instanceof Node.MapNode m) {
                keys(m, p, RuleSetSchema.CITATION);
                citations.put(e.key(), new RuleSet.Citation(e.key(), str(m, "source", p, true), str(m, "text", p, false)));
            } else {
                err(e.value(), p, RuleCode.EXPECTED_SOURCE_TEXT);
            }
        }

        RuleSet.EvidencePolicy evidence = evidence(map(root, "evidence", "", true));
        RuleSet.MissingPolicy missing = missingPolicy(map(root, "missing", "", true));

        List<RuleSet.Grade> grades = new ArrayList<>();
        List<Node> gradeNodes = list(root, "grades", "", true);
        if (gradeNodes.isEmpty() && root.get("grades") instanceof Node.ListNode) {
            err(keyOf(root, "grades"), "grades", RuleCode.GRADES_EMPTY_RULE_SET);
        }
        for (int i = 0; i < gradeNodes.size(); i++) {
            String p = "grades[" + i + "]";
            if (gradeNodes.get(i) instanceof Node.MapNode m) {
                keys(m, p, RuleSetSchema.GRADE);
                double g = num(m, "grade", p, true, Double.NaN);
                double min = num(m, "min", p, true, Double.NaN);
                if (!Double.isNaN(min) && (min < 0 || min > 100)) {
                    err(m.get("min"), p + ".min", RuleCode.GRADE_MINIMUM_SCORE);
                }
                if (!Double.isNaN(g) && (g != Math.rint(g) || g < 1 || g > 9)) {
                    err(m.get("grade"), p + ".grade", RuleCode.GRADE_WHOLE_NUMBER_FROM);
                }
                grades.add(new RuleSet.Grade((int) g, min, new Label(str(m, "en", p, true), str(m, "zh", p, true)),
                        cites(m, p)));
            } else {
                err(gradeNodes.get(i), p, RuleCode.EXPECTED_MAP_GRADE_MIN);
            }
        }

        List<RuleSet.Scenario> scenarios = new ArrayList<>();
        List<Node> scenNodes = list(root, "scenarios", "", true);
        for (int i = 0; i < scenNodes.size(); i++) {
            String p = "scenarios[" + i + "]";
            if (scenNodes.get(i) instanceof Node.MapNode m) {
                keys(m, p, RuleSetSchema.SCENARIO);
                String c = choice(m, "combine", p, false, "weighted-mean", "weighted-geometric-mean");
                scenarios.add(new RuleSet.Scenario(str(m, "id", p, true), new Label(str(m, "en", p, true), str(m, "zh", p, true)),
                        "weighted-geometric-mean".equals(c) ? RuleSet.Combine.WEIGHTED_GEOMETRIC_MEAN : RuleSet.Combine.WEIGHTED_MEAN));
            } else {
                err(scenNodes.get(i), p, RuleCode.EXPECTED_MAP_ID_EN);
            }
        }
        List<String> scenarioIds = scenarios.stream().map(RuleSet.Scenario::id).toList();

        Map<String, RuleSet.ReferenceList> references = new LinkedHashMap<>();
        for (Node.Entry e : entries(root, "references")) {
            references.put(e.key(), referenceList(e));
        }

        Map<String, RuleSet.Indicator> indicators = new LinkedHashMap<>();
        Map<String, Node> indicatorNodes = new LinkedHashMap<>();
        for (Node.Entry e : entries(root, "indicators")) {
            indicatorNodes.put(e.key(), keyNode(e));
            RuleSet.Indicator ind = indicator(e.key(), e.value());
            if (ind != null) {
                indicators.put(e.key(), ind);
            }
        }

        List<RuleSet.Table> tables = new ArrayList<>();
        List<Node> tableNodes = list(root, "tables", "", true);
        for (int i = 0; i < tableNodes.size(); i++) {
            RuleSet.Table t = table(tableNodes.get(i), "tables[" + i + "]", scenarioIds, indicators.keySet());
            if (t != null) {
                tables.add(t);
            }
        }

        List<RuleSet.Cap> caps = new ArrayList<>();
        List<Node> capNodes = list(root, "caps", "", false);
        if (capNodes.size() > RuleSet.MAX_CAPS) {
            // Catalog rows keep the caps that hold for a center as the bits of one long per scenario.
            err(capNodes.get(RuleSet.MAX_CAPS), "caps[" + RuleSet.MAX_CAPS + "]", RuleCode.RULE_SET_HAS_MOST, RuleSet.MAX_CAPS, capNodes.size());
        }
        int lowestGrade = Integer.MAX_VALUE;
        int highestGrade = Integer.MIN_VALUE;
        for (RuleSet.Grade gr : grades) {
            lowestGrade = Math.min(lowestGrade, gr.grade());
            highestGrade = Math.max(highestGrade, gr.grade());
        }
        for (int i = 0; i < capNodes.size(); i++) {
            String p = "caps[" + i + "]";
            if (capNodes.get(i) instanceof Node.MapNode m) {
                keys(m, p, RuleSetSchema.CAP);
                RuleSet.Condition c = condition(m.get("when"), p + ".when", indicators.keySet());
                double g = num(m, "max_grade", p, true, Double.NaN);
                if (!Double.isNaN(g) && !grades.isEmpty() && (g != Math.rint(g) || g < lowestGrade || g > highestGrade)) {
                    err(m.get("max_grade"), p + ".max_grade", RuleCode.MAX_GRADE_NOT_GRADE, Numbers.format(g), lowestGrade, highestGrade);
                }
                List<String> sc = strList(m, "scenarios", p);
                for (String s : sc) {
                    if (!scenarioIds.contains(s)) {
                        err(m.get("scenarios"), p + ".scenarios", RuleCode.UNKNOWN_SCENARIO, s, Suggest.hint(s, scenarioIds));
                    }
                }
                caps.add(new RuleSet.Cap(str(m, "id", p, true), new Label(str(m, "en", p, true), str(m, "zh", p, true)), c,
                        (int) g, sc.isEmpty() ? scenarioIds : sc, cites(m, p)));
            } else {
                err(capNodes.get(i), p, RuleCode.EXPECTED_MAP_ID_EN_2);
            }
        }

        List<RuleSet.FitRule> fit = new ArrayList<>();
        List<Node> fitNodes = list(root, "fit", "", false);
        for (int i = 0; i < fitNodes.size(); i++) {
            RuleSet.FitRule f = fitRule(fitNodes.get(i), "fit[" + i + "]", scenarioIds, indicators.keySet());
            if (f != null) {
                fit.add(f);
            }
        }

        Catalogs catalogs = catalogs(root);
        RuleSet.Robustness robustness = robustness(map(root, "robustness", "", false));

        // ---- stage two: cross-references and arithmetic ------------------------------------------------
        crossCheck(root, grades, tables, indicators, indicatorNodes, references, citations, scenarioIds);

        return new RuleSet(id, version, title, sha, citations, evidence, missing, grades, scenarios, tables,
                indicators, references, caps, fit, catalogs, robustness);
    }

    // ---- rule data of the checks stage: vendors, accelerators, models, check parameters ----------------

    /**
     * The catalogs of this rule set; a section it does not have is the default rule set's (so that a small rule
     * set of one's own still checks claims against the cited datasheets).
     */
    private Catalogs catalogs(Node.MapNode root) {
        Catalogs fallback = root.get("accelerators") == null || root.get("models") == null || root.get("checks") == null
                ? defaultCatalogs() : null;
        AcceleratorCatalog acc;
        if (root.get("accelerators") == null) {
            acc = fallback == null ? AcceleratorCatalog.EMPTY : fallback.accelerators();
        } else {
            acc = new AcceleratorCatalog(vendors(root), cards(root));
        }
        ModelTable models = root.get("models") == null ? (fallback == null ? ModelTable.EMPTY : fallback.models()) : models(root);
        CheckParams checks = root.get("checks") == null ? (fallback == null ? null : fallback.checks())
                : checkParams(map(root, "checks", "", true));
        if (checks == null) {
            checks = CheckParams.none();
        }
        return new Catalogs(acc, models, checks);
    }

    /** Null while the default rule set itself is being loaded. */
    private static Catalogs defaultCatalogs() {
        RuleSet d = DefaultHolder.RULES;
        return d == null ? null : d.catalogs();
    }

    private List<AcceleratorCatalog.Vendor> vendors(Node.MapNode root) {
        List<AcceleratorCatalog.Vendor> out = new ArrayList<>();
        List<Node> nodes = list(root, "vendors", "", false);
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String p = "vendors[" + i + "]";
            if (nodes.get(i) instanceof Node.MapNode m) {
                keys(m, p, RuleSetSchema.VENDOR);
                String id = str(m, "id", p, true);
                if (id != null && !seen.add(id)) {
                    err(m.get("id"), p + ".id", RuleCode.VENDOR_LISTED_TWICE, id);
                }
                out.add(new AcceleratorCatalog.Vendor(id, new Label(str(m, "en", p, true), str(m, "zh", p, true)),
                        strList(m, "aliases", p)));
            } else {
                err(nodes.get(i), p, RuleCode.EXPECTED_ID_EN_ZH);
            }
        }
        return out;
    }

    private List<AcceleratorCatalog.Card> cards(Node.MapNode root) {
        List<AcceleratorCatalog.Card> out = new ArrayList<>();
        List<Node> nodes = list(root, "accelerators", "", true);
        Set<String> vendorIds = new LinkedHashSet<>();
        for (Node v : list(root, "vendors", "", false)) {
            if (v instanceof Node.MapNode vm && vm.get("id") instanceof Node.ScalarNode s) {
                vendorIds.add(s.text());
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String p = "accelerators[" + i + "]";
            if (!(nodes.get(i) instanceof Node.MapNode m)) {
                err(nodes.get(i), p, RuleCode.EXPECTED_ID_VENDOR_MODEL);
                continue;
            }
            keys(m, p, RuleSetSchema.ACCELERATOR);
            String id = str(m, "id", p, true);
            if (id != null && !seen.add(id)) {
                err(m.get("id"), p + ".id", RuleCode.ACCELERATOR_LISTED_TWICE, id);
            }
            String vendor = str(m, "vendor", p, true);
            if (vendor != null && !vendorIds.contains(vendor)) {
                err(m.get("vendor"), p + ".vendor", RuleCode.UNKNOWN_VENDOR_VENDORS_ARE, vendor, Suggest.hint(vendor, vendorIds));
            }
            String kind = choice(m, "kind", p, true, "gpu", "npu", "cpu", "fpga", "asic", "other");
            double fp16 = num(m, "fp16_tflops", p, false, Double.NaN);
            double[] others = {num(m, "fp16_sparse_tflops", p, false, Double.NaN), num(m, "fp8_tflops", p, false, Double.NaN),
                num(m, "fp8_sparse_tflops", p, false, Double.NaN), num(m, "int8_tops", p, false, Double.NaN),
                num(m, "int8_sparse_tops", p, false, Double.NaN), num(m, "memory_gb", p, false, Double.NaN)};
            for (double v : concatArr(fp16, others)) {
                if (v <= 0) {
                    err(m, p, RuleCode.PEAK_FIGURES_MEMORY_ARE);
                    break;
                }
            }
            double bandwidth = num(m, "memory_bandwidth_gb_s", p, false, Double.NaN);
            if (bandwidth <= 0) {
                err(m.get("memory_bandwidth_gb_s"), p + ".memory_bandwidth_gb_s", RuleCode.PEAK_FIGURES_MEMORY_ARE);
            }
            double unstated = num(m, "peak_unstated_tflops", p, false, Double.NaN);
            if (unstated <= 0) {
                err(m.get("peak_unstated_tflops"), p + ".peak_unstated_tflops", RuleCode.PEAK_FIGURES_MEMORY_ARE);
            }
            out.add(new AcceleratorCatalog.Card(id, vendor, str(m, "model", p, true), strList(m, "aliases", p), kind, fp16,
                    others[0], others[1], others[2], others[3], others[4], others[5], bool(m, "secondary", p), cites(m, p),
                    str(m, "family", p, false), bandwidth, bool(m, "sram", p), unstated));
        }
        return out;
    }

    private static double[] concatArr(double first, double[] rest) {
        double[] a = new double[rest.length + 1];
        a[0] = first;
        System.arraycopy(rest, 0, a, 1, rest.length);
        return a;
    }

    private ModelTable models(Node.MapNode root) {
        List<ModelTable.Model> out = new ArrayList<>();
        List<Node> nodes = list(root, "models", "", true);
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            String p = "models[" + i + "]";
            if (!(nodes.get(i) instanceof Node.MapNode m)) {
                err(nodes.get(i), p, RuleCode.EXPECTED_ID_NAME_ALIASES);
                continue;
            }
            keys(m, p, RuleSetSchema.MODEL);
            String id = str(m, "id", p, true);
            if (id != null && !seen.add(id)) {
                err(m.get("id"), p + ".id", RuleCode.MODEL_LISTED_TWICE, id);
            }
            double total = num(m, "total_b", p, true, Double.NaN);
            double active = num(m, "active_b", p, false, total);
            if (!(total > 0) || !(active > 0) || active > total) {
                err(m, p, RuleCode.TOTAL_B_ACTIVE_B);
            }
            out.add(new ModelTable.Model(id, str(m, "name", p, true), strList(m, "aliases", p), total, active, cites(m, p)));
        }
        return new ModelTable(out);
    }

    private CheckParams checkParams(Node.MapNode m) {
        String p = "checks";
        keys(m, p, RuleSetSchema.CHECKS);
        double little = num(m, "littles_law_tolerance", p, true, Double.NaN);
        double perUser = num(m, "max_tokens_per_s_per_user", p, true, Double.NaN);
        double match = num(m, "peak_match_within", p, true, Double.NaN);
        double peakTol = num(m, "peak_tolerance", p, true, Double.NaN);
        double cluster = num(m, "cluster_tolerance", p, true, Double.NaN);
        double scaling = num(m, "scaling_per_doubling", p, true, Double.NaN);
        double perMachine = num(m, "accelerators_per_machine", p, true, Double.NaN);
        double hours = num(m, "hours_per_month", p, true, Double.NaN);
        // The optional parameters: one left out takes the default rule set's value, and says so (a rule set written
        // before a check existed keeps that check on); a check is switched off only by writing its parameter as off.
        Catalogs shipped = defaultCatalogs();
        double[] fallback = shipped == null ? null : shipped.checks().optional();
        List<String> defaulted = new ArrayList<>();
        double[] o = new double[CheckParams.OPTIONAL.size()];
        for (int i = 0; i < o.length; i++) {
            o[i] = optionalParam(m, p, CheckParams.OPTIONAL.get(i), fallback == null ? Double.NaN : fallback[i], defaulted);
        }
        double voiceMax = o[0];
        if (voiceMax <= 0) {
            err(m.get("voice_max_params_b"), p + ".voice_max_params_b", dev.cca.diag.RuleCode.MODEL_SIZE_POSITIVE);
        }
        for (double v : new double[] {little, match, peakTol, cluster}) {
            if (v < 0 || v >= 1) {
                err(m, p, RuleCode.TOLERANCES_ARE_SHARES_FROM);
                break;
            }
        }
        if (!(scaling > 0 && scaling <= 1)) {
            err(m.get("scaling_per_doubling"), p + ".scaling_per_doubling", RuleCode.SCALING_EFFICIENCY_ABOVE_MOST);
        }
        if (!(perUser > 0) || !(perMachine >= 1) || !(hours > 0)) {
            err(m, p, RuleCode.MAX_TOKENS_PER_PER);
        }
        double maxMfu = o[1];
        range(m, p, "max_mfu_pct", maxMfu <= 0 || maxMfu > 100, "above 0 and at most 100", "大于 0 且至多为 100");
        double minRecovery = o[2];
        double minShare = o[3];
        range(m, p, "diversity_min_share", minShare < 0 || minShare >= 1, "a share from 0 up to (not including) 1",
                "从 0 到 1（不含 1）的比例");
        double minCount = o[4];
        if (minRecovery < 0 || minCount < 0) {
            err(m, p, RuleCode.CHECK_PARAM_RANGE, "min_recovery_minutes, diversity_min_accelerators",
                    dev.cca.diag.Localized.of("0 or more", "不小于 0"));
        }
        double speedup = o[5];
        range(m, p, "max_speedup_per_doubling", speedup <= 0 || speedup > 1, "above 0 and at most 1", "大于 0 且至多为 1");
        double tokensPerPass = o[6];
        range(m, p, "decode_tokens_per_weight_pass", tokensPerPass < 1, "at least 1", "至少为 1");
        double bits = o[7];
        range(m, p, "decode_min_bits_per_weight", bits <= 0 || bits > 32, "above 0 and at most 32", "大于 0 且至多为 32");
        double recoveryShare = o[8];
        range(m, p, "recovery_counted_share", recoveryShare <= 0 || recoveryShare > 1, "above 0 and at most 1", "大于 0 且至多为 1");
        double ttftReads = o[9];
        range(m, p, "ttft_min_weight_reads", ttftReads <= 0 || ttftReads > 1, "above 0 and at most 1", "大于 0 且至多为 1");
        for (int i = 10; i < 14; i++) {
            range(m, p, CheckParams.OPTIONAL.get(i), o[i] <= 0, "above 0", "大于 0");
        }
        range(m, p, "min_pue", o[14] < 1, "1 or more (a PUE is at least 1)", "不小于 1（PUE 至少为 1）");
        range(m, p, "max_utilization_pct", o[15] <= 0 || o[15] > 100, "above 0 and at most 100", "大于 0 且至多为 100");
        return new CheckParams(little, perUser, match, peakTol, cluster, scaling, perMachine, hours, voiceMax, maxMfu, minRecovery,
                minShare, minCount, speedup, tokensPerPass, bits, recoveryShare, ttftReads, o[10], o[11], o[12], o[13],
                o[14], o[15], List.copyOf(defaulted), cites(m, p));
    }

    /** A check parameter out of its range ({@code bad}): CCA-R150 at the key, saying what the range is. */
    private void range(Node.MapNode m, String p, String key, boolean bad, String en, String zh) {
        if (bad) {
            err(m.get(key), p + "." + key, RuleCode.CHECK_PARAM_RANGE, key, dev.cca.diag.Localized.of(en, zh));
        }
    }

    /**
     * An optional parameter of {@code checks:}: its number; {@code off} (or {@code false}) for NaN, the check switched off,
     * where {@link CheckParams#SWITCHABLE} allows it; when left out, {@code fallback} (the default rule set's), named in
     * {@code defaulted} and said as a warning.
     */
    private double optionalParam(Node.MapNode m, String p, String key, double fallback, List<String> defaulted) {
        Node n = m.get(key);
        if (n == null) {
            if (!Double.isNaN(fallback)) {
                warn(m, path(p, key), RuleCode.CHECK_PARAM_DEFAULTED, key, Numbers.format(fallback));
                defaulted.add(key);
            }
            return fallback;
        }
        if (n instanceof Node.ScalarNode s && (s.kind() == Node.ScalarKind.STRING || s.kind() == Node.ScalarKind.BOOLEAN)
                && (s.text().equalsIgnoreCase("off") || s.text().equalsIgnoreCase("false"))) {
            if (CheckParams.SWITCHABLE.contains(key)) {
                return Double.NaN;
            }
            err(n, path(p, key), RuleCode.CHECK_PARAM_NOT_OFF, key, String.join(", ", CheckParams.SWITCHABLE),
                    Double.isNaN(fallback) ? "-" : Numbers.format(fallback));
            return fallback;
        }
        return num(m, key, p, false, fallback);
    }

    private RuleSet.EvidencePolicy evidence(Node.MapNode m) {
        Map<Evidence, Double> factors = new EnumMap<>(Evidence.class);
        if (m == null) {
            return new RuleSet.EvidencePolicy(factors, 0, 0, RuleSet.StaleTreatment.DECLARED, List.of());
        }
        String p = "evidence";
        keys(m, p, RuleSetSchema.EVIDENCE);
        Node.MapNode f = map(m, "factors", p, true);
        if (f != null) {
            keys(f, p + ".factors", RuleSetSchema.EVIDENCE.child("factors"));
            for (Evidence e : Evidence.values()) {
                double v = num(f, e.id(), p + ".factors", true, 1.0);
                if (v < 0 || v > 1) {
                    err(f.get(e.id()), p + ".factors." + e.id(), RuleCode.EVIDENCE_FACTOR_MULTIPLIES_SCORES);
                }
                factors.put(e, v);
            }
            if (factors.size() == 3 && (factors.get(Evidence.MEASURED) < factors.get(Evidence.AUDITED)
                    || factors.get(Evidence.AUDITED) < factors.get(Evidence.DECLARED))) {
                err(f, p + ".factors", RuleCode.STRONGER_EVIDENCE_MUST_NOT);
            }
        }
        double halfLife = num(m, "half_life_days", p, false, 0);
        if (halfLife < 0) {
            err(m.get("half_life_days"), p + ".half_life_days", RuleCode.HALF_LIFE_NUMBER_DAYS);
        }
        double age = num(m, "max_age_days", p, false, 0);
        String stale = choice(m, "stale", p, false, "declared", "ignore");
        return new RuleSet.EvidencePolicy(factors, Math.max(0, halfLife), (int) age,
                "ignore".equals(stale) ? RuleSet.StaleTreatment.IGNORE : RuleSet.StaleTreatment.DECLARED, cites(m, p));
    }

    private RuleSet.MissingPolicy missingPolicy(Node.MapNode m) {
        if (m == null) {
            return new RuleSet.MissingPolicy(RuleSet.Missing.ZERO, RuleSet.Missing.ZERO, 0);
        }
        keys(m, "missing", RuleSetSchema.MISSING);
        double minReported = num(m, "min_reported", "missing", false, 0);
        if (minReported < 0 || minReported > 1) {
            err(m.get("min_reported"), "missing.min_reported", RuleCode.SHARE_SCENARIO_WEIGHT);
        }
        cites(m, "missing");
        return new RuleSet.MissingPolicy(missingOf(choice(m, "metric", "missing", true, "zero", "exclude")),
                missingOf(choice(m, "indicator", "missing", true, "zero", "exclude")), minReported);
    }

    /** The {@code robustness:} section; absent, the defaults of {@link RuleSet.Robustness#DEFAULT}. */
    private RuleSet.Robustness robustness(Node.MapNode m) {
        RuleSet.Robustness d = RuleSet.Robustness.DEFAULT;
        if (m == null) {
            return d;
        }
        String p = "robustness";
        keys(m, p, RuleSetSchema.ROBUSTNESS);
        RuleSet.WeightDistribution dist = d.distribution();
        double spread = d.spread();
        double concentration = d.concentration();
        Node.MapNode w = map(m, "weights", p, true);
        if (w != null) {
            String wp = p + ".weights";
            keys(w, wp, RuleSetSchema.ROBUSTNESS.child("weights"));
            String kind = choice(w, "distribution", wp, true, "uniform-factor", "dirichlet");
            cites(w, wp);
            if ("dirichlet".equals(kind)) {
                dist = RuleSet.WeightDistribution.DIRICHLET;
                concentration = num(w, "concentration", wp, true, 1);
                if (!(concentration > 0)) {
                    err(w.get("concentration"), wp + ".concentration", RuleCode.DIRICHLET_CONCENTRATION_GREATER_THAN);
                }
                if (w.get("spread") != null) {
                    err(w.get("spread"), wp + ".spread", RuleCode.SPREAD_BELONGS_DISTRIBUTION_UNIFORM);
                }
            } else if (kind != null) {
                dist = RuleSet.WeightDistribution.UNIFORM_FACTOR;
                spread = num(w, "spread", wp, true, 0);
                if (!(spread >= 0 && spread < 1)) {
                    err(w.get("spread"), wp + ".spread", RuleCode.SPREAD_SHARE_EACH_WEIGHT);
                }
                if (w.get("concentration") != null) {
                    err(w.get("concentration"), wp + ".concentration", RuleCode.CONCENTRATION_BELONGS_DISTRIBUTION_DIRICHLET);
                }
            }
        }
        List<RuleSet.Combine> aggregation = new ArrayList<>();
        for (String c : strList(m, "aggregation", p)) {
            switch (c) {
                case "weighted-mean" -> aggregation.add(RuleSet.Combine.WEIGHTED_MEAN);
                case "weighted-geometric-mean" -> aggregation.add(RuleSet.Combine.WEIGHTED_GEOMETRIC_MEAN);
                default -> err(m.get("aggregation"), p + ".aggregation", RuleCode.NOT_ONE_WEIGHTED_MEAN, c, Suggest.hint(c, List.of("weighted-mean", "weighted-geometric-mean")));
            }
        }
        List<RuleSet.Missing> metricMissing = new ArrayList<>();
        List<RuleSet.Missing> indicatorMissing = new ArrayList<>();
        Node.MapNode mm = map(m, "missing", p, false);
        if (mm != null) {
            keys(mm, p + ".missing", RuleSetSchema.ROBUSTNESS.child("missing"));
            missingList(mm, "metric", p + ".missing", metricMissing);
            missingList(mm, "indicator", p + ".missing", indicatorMissing);
        }
        int low = d.lowPercentile();
        int high = d.highPercentile();
        List<Node> interval = list(m, "interval", p, false);
        if (!interval.isEmpty()) {
            if (interval.size() == 2 && interval.get(0) instanceof Node.ScalarNode a && interval.get(1) instanceof Node.ScalarNode b) {
                double lo = number(a, p + ".interval");
                double hi = number(b, p + ".interval");
                if (!(lo == Math.rint(lo) && hi == Math.rint(hi) && lo >= 0 && lo < hi && hi <= 100)) {
                    err(m.get("interval"), p + ".interval", RuleCode.INTERVAL_TWO_WHOLE_PERCENTILES);
                } else {
                    low = (int) lo;
                    high = (int) hi;
                }
            } else {
                err(m.get("interval"), p + ".interval", RuleCode.INTERVAL_LOW_HIGH_PERCENTILES);
            }
        }
        List<String> cite = cites(m, p);
        return new RuleSet.Robustness(dist, spread, concentration, List.copyOf(aggregation), List.copyOf(metricMissing),
                List.copyOf(indicatorMissing), low, high, peerClasses(map(m, "peers", p, false)), cite);
    }

    private void missingList(Node.MapNode m, String key, String p, List<RuleSet.Missing> out) {
        for (String s : strList(m, key, p)) {
            if (s.equals("zero") || s.equals("exclude")) {
                out.add(missingOf(s));
            } else {
                err(m.get(key), p + "." + key, RuleCode.NOT_ONE_ZERO_EXCLUDE, s, Suggest.hint(s, List.of("zero", "exclude")));
            }
        }
    }

    private RuleSet.PeerClasses peerClasses(Node.MapNode m) {
        if (m == null) {
            return RuleSet.PeerClasses.NONE;
        }
        String p = "robustness.peers";
        keys(m, p, RuleSetSchema.ROBUSTNESS.child("peers"));
        String metric = str(m, "metric", p, true);
        if (metric != null) {
            MetricCatalog.Entry e = MetricCatalog.get(metric);
            if (e == null) {
                err(m.get("metric"), p + ".metric", RuleCode.UNKNOWN_METRIC, metric, Suggest.hint(metric, MetricCatalog.all().keySet()));
            } else if (!e.isNumeric()) {
                err(m.get("metric"), p + ".metric", RuleCode.SCALE_CLASSES_NEED_NUMBER, metric, e.type().name().toLowerCase());
            }
        }
        List<RuleSet.ScaleClass> classes = new ArrayList<>();
        List<Node> cn = list(m, "classes", p, true);
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < cn.size(); i++) {
            String cp = p + ".classes[" + i + "]";
            if (!(cn.get(i) instanceof Node.MapNode c)) {
                err(cn.get(i), cp, RuleCode.EXPECTED_ID_LEAST_EN);
                continue;
            }
            keys(c, cp, RuleSetSchema.SCALE_CLASS);
            String id = str(c, "id", cp, true);
            if (id != null && !ids.add(id)) {
                err(c.get("id"), cp + ".id", RuleCode.SCALE_CLASS_DEFINED_TWICE, id);
            }
            double atLeast = num(c, "at_least", cp, true, 0);
            if (!classes.isEmpty() && !(atLeast < classes.get(classes.size() - 1).atLeast())) {
                err(c.get("at_least"), cp + ".at_least", RuleCode.CLASSES_GO_FROM_LARGEST);
            }
            classes.add(new RuleSet.ScaleClass(id, new Label(str(c, "en", cp, true), str(c, "zh", cp, true)), atLeast, cites(c, cp)));
        }
        if (cn.isEmpty() && m.get("classes") != null) {
            err(m.get("classes"), p + ".classes", RuleCode.NAME_LEAST_ONE_SCALE);
        }
        return new RuleSet.PeerClasses(metric, List.copyOf(classes), cites(m, p));
    }

    private static RuleSet.Missing missingOf(String s) {
        return "exclude".equals(s) ? RuleSet.Missing.EXCLUDE : RuleSet.Missing.ZERO;
    }

    private RuleSet.ReferenceList referenceList(Node.Entry e) {
        String p = "references." + e.key();
        List<RuleSet.ReferenceItem> items = new ArrayList<>();
        if (!(e.value() instanceof Node.ListNode l)) {
            err(e.value(), p, RuleCode.EXPECTED_LIST_ID_EN);
            return new RuleSet.ReferenceList(e.key(), items);
        }
        Set<String> seen = new LinkedHashSet<>();
        Map<String, String> owner = new HashMap<>();
        for (int i = 0; i < l.size(); i++) {
            String ip = p + "[" + i + "]";
            if (l.items().get(i) instanceof Node.MapNode m) {
                keys(m, ip, RuleSetSchema.REFERENCE_ITEM);
                String id = str(m, "id", ip, true);
                double w = weight(m.get("weight"), ip + ".weight", num(m, "weight", ip, false, 1.0));
                if (id != null && !seen.add(id)) {
                    err(m.get("id"), ip + ".id", RuleCode.LISTED_TWICE, id);
                }
                RuleSet.ReferenceItem item = new RuleSet.ReferenceItem(id, new Label(str(m, "en", ip, true), str(m, "zh", ip, false)), w,
                        strList(m, "aliases", ip));
                // A profile's item is found by any of its names, folded (Names.key): two items may not share one.
                for (String name : item.names()) {
                    String k = Names.key(name);
                    String other = k.isEmpty() ? null : owner.putIfAbsent(k, id);
                    if (other != null && !other.equals(id)) {
                        err(m, ip, dev.cca.diag.RuleCode.NAME_SHARED, name, other, id);
                    }
                }
                items.add(item);
            } else {
                err(l.items().get(i), ip, RuleCode.EXPECTED_ID_EN_ZH_2);
            }
        }
        return new RuleSet.ReferenceList(e.key(), items);
    }

    private RuleSet.Indicator indicator(String id, Node n) {
        String p = "indicators." + id;
        if (!(n instanceof Node.MapNode m)) {
            err(n, p, RuleCode.EXPECTED_MAP_EN_ZH);
            return null;
        }
        keys(m, p, RuleSetSchema.INDICATOR);
        Label label = new Label(str(m, "en", p, true), str(m, "zh", p, true));
        List<RuleSet.MetricRule> metrics = new ArrayList<>();
        List<Node> mn = list(m, "metrics", p, true);
        for (int i = 0; i < mn.size(); i++) {
            RuleSet.MetricRule r = metricRule(mn.get(i), p + ".metrics[" + i + "]");
            if (r != null) {
                metrics.add(r);
            }
        }
        if (mn.isEmpty() && m.get("metrics") != null) {
            err(m.get("metrics"), p + ".metrics", RuleCode.INDICATOR_NEEDS_LEAST_ONE);
        }
        return new RuleSet.Indicator(id, label, label(m.get("measures"), p + ".measures", false),
                label(m.get("why"), p + ".why", false), label(m.get("improve"), p + ".improve", true), metrics);
    }

    private RuleSet.MetricRule metricRule(Node n, String p) {
        if (!(n instanceof Node.MapNode m)) {
            err(n, p, RuleCode.EXPECTED_MAP_METRIC_WEIGHT);
            return null;
        }
        keys(m, p, RuleSetSchema.METRIC_RULE);
        String metric = str(m, "metric", p, true);
        double w = weight(m.get("weight"), p + ".weight", num(m, "weight", p, true, 1.0));
        String dir = choice(m, "direction", p, false, "higher", "lower");
        boolean higher = !"lower".equals(dir);
        Curve curve = curve(map(m, "curve", p, true), p + ".curve", higher);
        RuleSet.Normalization norm = normalization(map(m, "normalize", p, false), p + ".normalize");
        String miss = choice(m, "missing", p, false, "zero", "exclude");
        Label label = m.get("en") == null ? null : new Label(str(m, "en", p, false), str(m, "zh", p, false));
        if (metric != null) {
            MetricCatalog.Entry entry = MetricCatalog.get(metric);
            if (entry == null) {
                err(m.get("metric"), p + ".metric", RuleCode.UNKNOWN_METRIC, metric, Suggest.hint(metric, MetricCatalog.all().keySet()));
            } else if (!(entry.isNumeric() || entry.type() == Field.Type.ID_LIST)) {
                err(m.get("metric"), p + ".metric", RuleCode.NOT_METRIC_THAT_CAN, metric, entry.type().name().toLowerCase());
            } else if (curve instanceof Curve.Coverage && entry.type() != Field.Type.ID_LIST) {
                err(m.get("curve"), p + ".curve", RuleCode.COVERAGE_CURVE_SCORES_CAPABILITY, metric);
            } else if (curve instanceof Curve.Bool && entry.type() != Field.Type.BOOLEAN) {
                err(m.get("curve"), p + ".curve", RuleCode.BOOLEAN_CURVE_SCORES_TRUE, metric);
            }
        }
        List<String> items = strList(m, "items", p);
        if (!items.isEmpty() && !(curve instanceof Curve.Coverage)) {
            err(m.get("items"), p + ".items", RuleCode.ITEMS_NARROWS_COVERAGE_CURVE);
        }
        List<RuleSet.Anchor> anchors = new ArrayList<>();
        List<Node> an = list(m, "anchors", p, false);
        for (int i = 0; i < an.size(); i++) {
            String ap = p + ".anchors[" + i + "]";
            if (an.get(i) instanceof Node.MapNode am) {
                keys(am, ap, RuleSetSchema.ANCHOR);
                double v = num(am, "value", ap, true, Double.NaN);
                anchors.add(new RuleSet.Anchor(v, new Label(str(am, "en", ap, true), str(am, "zh", ap, true)), cites(am, ap)));
            } else {
                err(an.get(i), ap, RuleCode.EXPECTED_VALUE_EN_ZH);
            }
        }
        return new RuleSet.MetricRule(metric, label, w, higher, curve, norm,
                miss == null ? null : missingOf(miss), items, cites(m, p), anchors);
    }

    private Curve curve(Node.MapNode m, String p, boolean higher) {
        if (m == null) {
            return null;
        }
        String kind = choice(m, "kind", p, true, "linear", "steps", "lognormal", "boolean", "coverage", "count");
        if (kind == null) {
            return null;
        }
        Curve c;
        switch (kind) {
            case "linear", "steps" -> {
                keys(m, p, RuleSetSchema.curveKeys(kind));
                List<Node> pts = list(m, "points", p, true);
                double[] xs = new double[pts.size()];
                double[] ys = new double[pts.size()];
                boolean ok = pts.size() >= (kind.equals("linear") ? 2 : 1);
                if (!ok) {
                    err(m, p + ".points", kind.equals("linear") ? RuleCode.LINEAR_TWO_POINTS : RuleCode.STEPS_ONE_POINT);
                }
                for (int i = 0; i < pts.size(); i++) {
                    String pp = p + ".points[" + i + "]";
                    if (pts.get(i) instanceof Node.ListNode pair && pair.size() == 2
                            && pair.items().get(0) instanceof Node.ScalarNode xn && pair.items().get(1) instanceof Node.ScalarNode yn) {
                        xs[i] = number(xn, pp);
                        ys[i] = number(yn, pp);
                        if (ys[i] < 0 || ys[i] > 100) {
                            err(yn, pp, RuleCode.SCORE);
                            ok = false;
                        }
                        if (i > 0 && !(xs[i] > xs[i - 1])) {
                            err(xn, pp, RuleCode.POINTS_MUST_INCREASING_ORDER);
                            ok = false;
                        } else if (i > 0 && !Double.isFinite(xs[i] - xs[i - 1])) {
                            err(xn, pp, RuleCode.POINTS_TOO_FAR_APART);
                            ok = false;
                        }
                    } else {
                        err(pts.get(i), pp, RuleCode.POINT_VALUE_SCORE);
                        ok = false;
                    }
                }
                if (!ok) {
                    return null;
                }
                if (kind.equals("linear")) {
                    c = Curve.linear(xs, ys);
                    checkMonotone(m, p, ys, Double.NaN, higher);
                } else {
                    double below = num(m, "below", p, false, higher ? 0 : 100);
                    c = Curve.steps(xs, ys, below);
                    checkMonotone(m, p, ys, below, higher);
                }
            }
            case "lognormal" -> {
                keys(m, p, RuleSetSchema.curveKeys(kind));
                double median = num(m, "median", p, true, Double.NaN);
                double good = num(m, "good", p, true, Double.NaN);
                if (!(median > 0) || !(good > 0) || median == good) {
                    err(m, p, RuleCode.LOG_NORMAL_CURVE_NEEDS);
                    return null;
                }
                if ((good > median) != higher) {
                    err(m, p, higher ? RuleCode.LOG_NORMAL_GOOD_ABOVE : RuleCode.LOG_NORMAL_GOOD_BELOW);
                    return null;
                }
                c = Curve.logNormal(median, good);
            }
            case "boolean" -> {
                keys(m, p, RuleSetSchema.curveKeys(kind));
                double yes = num(m, "yes", p, false, 100);
                double no = num(m, "no", p, false, 0);
                if (yes < 0 || yes > 100 || no < 0 || no > 100) {
                    err(m, p, RuleCode.SCORES_ARE);
                    return null;
                }
                if ((yes >= no) != higher) {
                    err(m, p, RuleCode.CURVE_DIRECTION_DISAGREES_WITH);
                    return null;
                }
                c = Curve.bool(yes, no);
            }
            case "coverage" -> {
                keys(m, p, RuleSetSchema.curveKeys(kind));
                double full = num(m, "full_at", p, false, 1.0);
                if (!(full > 0 && full <= 1)) {
                    err(m.get("full_at"), p + ".full_at", RuleCode.FULL_COVERED_SHARE_THAT);
                    return null;
                }
                if (!higher) {
                    err(m, p, RuleCode.COVERAGE_ALWAYS_HIGHER_BETTER);
                    return null;
                }
                c = Curve.coverage(full);
            }
            default -> {
                keys(m, p, RuleSetSchema.curveKeys(kind));
                double half = num(m, "half", p, true, Double.NaN);
                if (!(half > 0)) {
                    err(m.get("half"), p + ".half", RuleCode.HALF_COUNT_THAT_SCORES);
                    return null;
                }
                if (!higher) {
                    err(m, p, RuleCode.COUNT_CURVE_ALWAYS_HIGHER);
                    return null;
                }
                c = Curve.count(half);
            }
        }
        return c;
    }

    /** A curve must move one way only, the way its direction says. */
    private void checkMonotone(Node.MapNode m, String p, double[] ys, double first, boolean higher) {
        double prev = Double.isNaN(first) ? ys[0] : first;
        for (int i = Double.isNaN(first) ? 1 : 0; i < ys.length; i++) {
            if (higher ? ys[i] < prev : ys[i] > prev) {
                err(m, p, higher ? RuleCode.NOT_MONOTONE_RISE : RuleCode.NOT_MONOTONE_FALL, i);
                return;
            }
            prev = ys[i];
        }
    }

    private RuleSet.Normalization normalization(Node.MapNode m, String p) {
        if (m == null) {
            return RuleSet.Normalization.NONE;
        }
        keys(m, p, RuleSetSchema.NORMALIZE);
        List<String> div = strList(m, "divide_by", p);
        List<String> mul = strList(m, "multiply_by", p);
        for (String s : concat(div, mul)) {
            MetricCatalog.Entry e = MetricCatalog.get(s);
            if (e == null || e.type() != Field.Type.NUMBER) {
                err(m, p, RuleCode.NOT_NUMERIC_METRIC, s, Suggest.hint(s, MetricCatalog.all().keySet()));
            }
        }
        double scale = num(m, "scale", p, false, 1.0);
        if (!(scale > 0)) {
            err(m.get("scale"), p + ".scale", RuleCode.SCALE_MUST_GREATER_THAN);
        }
        RuleSet.Lookup lookup = null;
        Node.MapNode lm = map(m, "divide_by_lookup", p, false);
        if (lm != null) {
            String lp = p + ".divide_by_lookup";
            keys(lm, lp, RuleSetSchema.LOOKUP);
            String fieldId = str(lm, "field", lp, true);
            MetricCatalog.Entry e = fieldId == null ? null : MetricCatalog.get(fieldId);
            if (fieldId != null && (e == null || (e.type() != Field.Type.CHOICE && e.type() != Field.Type.TEXT))) {
                err(lm.get("field"), lp + ".field", RuleCode.NOT_DESCRIPTIVE_FIELD_PROFILE, fieldId);
            }
            Map<String, Double> values = new LinkedHashMap<>();
            for (Node.Entry v : entries(lm, "values")) {
                double d = v.value() instanceof Node.ScalarNode s ? number(s, lp + ".values." + v.key()) : Double.NaN;
                if (!(d > 0)) {
                    err(v.value(), lp + ".values." + v.key(), RuleCode.DIVISOR_MUST_GREATER_THAN);
                }
                values.put(v.key(), d);
            }
            double dflt = num(lm, "default", lp, true, 1.0);
            if (!(dflt > 0)) {
                err(lm.get("default"), lp + ".default", RuleCode.DIVISOR_MUST_GREATER_THAN);
            }
            lookup = new RuleSet.Lookup(fieldId, values, dflt);
        }
        return new RuleSet.Normalization(div, mul, scale, lookup, str(m, "unit", p, false));
    }

    private RuleSet.Table table(Node n, String p, List<String> scenarioIds, Set<String> indicatorIds) {
        if (!(n instanceof Node.MapNode m)) {
            err(n, p, RuleCode.EXPECTED_MAP_ID_EN_3);
            return null;
        }
        List<String> allowed = new ArrayList<>(RuleSetSchema.TABLE.keyNames());
        allowed.addAll(scenarioIds);
        keys(m, p, allowed.toArray(String[]::new));
        Map<String, Double> weights = new LinkedHashMap<>();
        Node.MapNode wm = map(m, "weight", p, true);
        if (wm != null) {
            keys(wm, p + ".weight", scenarioIds.toArray(String[]::new));
            for (Node.Entry e : wm.entries()) {
                double w = e.value() instanceof Node.ScalarNode s ? number(s, p + ".weight." + e.key()) : Double.NaN;
                if (!(w >= 0)) {
                    err(e.value(), p + ".weight." + e.key(), RuleCode.WEIGHT_MUST_NUMBER_NOT);
                } else {
                    w = weight(e.value(), p + ".weight." + e.key(), w);
                }
                weights.put(e.key(), w);
            }
        }
        Map<String, List<RuleSet.IndicatorUse>> uses = new LinkedHashMap<>();
        for (String s : scenarioIds) {
            List<RuleSet.IndicatorUse> list = new ArrayList<>();
            List<Node> un = list(m, s, p, false);
            for (int i = 0; i < un.size(); i++) {
                String up = p + "." + s + "[" + i + "]";
                if (!(un.get(i) instanceof Node.MapNode um)) {
                    err(un.get(i), up, RuleCode.EXPECTED_INDICATOR_WEIGHT_CITE);
                    continue;
                }
                keys(um, up, RuleSetSchema.INDICATOR_USE);
                String ind = str(um, "indicator", up, true);
                boolean informative = bool(um, "informative", up);
                double w = num(um, "weight", up, !informative, 0);
                if (informative && um.get("weight") != null && w != 0) {
                    err(um.get("weight"), up + ".weight", RuleCode.INFORMATIVE_INDICATOR_SHOWN_BUT);
                }
                w = weight(um.get("weight"), up + ".weight", w);
                if (ind != null && !indicatorIds.contains(ind)) {
                    err(um.get("indicator"), up + ".indicator", RuleCode.UNKNOWN_INDICATOR, ind, Suggest.hint(ind, indicatorIds));
                }
                list.add(new RuleSet.IndicatorUse(ind, informative ? 0 : w, informative, cites(um, up)));
            }
            uses.put(s, list);
        }
        return new RuleSet.Table(str(m, "id", p, true), new Label(str(m, "en", p, true), str(m, "zh", p, true)), weights,
                uses, cites(m, p));
    }

    private RuleSet.Condition condition(Node n, String p, Set<String> indicatorIds) {
        if (!(n instanceof Node.MapNode m)) {
            err(n, p, RuleCode.EXPECTED_CONDITION_METRIC_ID);
            return null;
        }
        keys(m, p, RuleSetSchema.CONDITION);
        if (m.get("evidence_coverage_below") != null) {
            double v = num(m, "evidence_coverage_below", p, true, 0);
            if (v < 0 || v > 1) {
                err(m.get("evidence_coverage_below"), p, RuleCode.EVIDENCE_COVERAGE_SHARE);
            }
            return new RuleSet.Condition(RuleSet.Condition.Kind.EVIDENCE_COVERAGE_BELOW, null, v);
        }
        String ind = str(m, "indicator", p, false);
        if (ind != null) {
            if (!indicatorIds.contains(ind)) {
                err(m.get("indicator"), p + ".indicator", RuleCode.UNKNOWN_INDICATOR, ind, Suggest.hint(ind, indicatorIds));
            }
            return new RuleSet.Condition(RuleSet.Condition.Kind.INDICATOR_BELOW, ind, num(m, "below", p, true, 0));
        }
        String metric = str(m, "metric", p, true);
        if (metric != null && MetricCatalog.get(metric) == null) {
            err(m.get("metric"), p + ".metric", RuleCode.UNKNOWN_METRIC, metric, Suggest.hint(metric, MetricCatalog.all().keySet()));
        }
        if (m.get("missing") != null) {
            if (!bool(m, "missing", p)) {
                err(m.get("missing"), p + ".missing", RuleCode.WRITE_MISSING_TRUE_CONDITION);
            }
            return new RuleSet.Condition(RuleSet.Condition.Kind.METRIC_MISSING, metric, 0);
        }
        if (m.get("below") != null) {
            return new RuleSet.Condition(RuleSet.Condition.Kind.METRIC_BELOW, metric, num(m, "below", p, true, 0));
        }
        if (m.get("at_least") != null) {
            return new RuleSet.Condition(RuleSet.Condition.Kind.METRIC_AT_LEAST, metric, num(m, "at_least", p, true, 0));
        }
        err(m, p, RuleCode.METRIC_CONDITION_NEEDS_MISSING);
        return null;
    }

    private RuleSet.FitRule fitRule(Node n, String p, List<String> scenarioIds, Set<String> indicatorIds) {
        if (!(n instanceof Node.MapNode m)) {
            err(n, p, RuleCode.EXPECTED_SCENARIO_EN_ZH);
            return null;
        }
        keys(m, p, RuleSetSchema.FIT);
        String scoredAs = str(m, "scored_as", p, true);
        if (scoredAs != null && !scenarioIds.contains(scoredAs)) {
            err(m.get("scored_as"), p + ".scored_as", RuleCode.UNKNOWN_SCENARIO_2, scoredAs, Suggest.hint(scoredAs, scenarioIds));
        }
        List<RuleSet.FitLevel> levels = new ArrayList<>();
        List<Node> ln = list(m, "levels", p, true);
        for (int i = 0; i < ln.size(); i++) {
            String lp = p + ".levels[" + i + "]";
            if (!(ln.get(i) instanceof Node.MapNode lm)) {
                err(ln.get(i), lp, RuleCode.EXPECTED_FIT_WHEN_EN);
                continue;
            }
            keys(lm, lp, RuleSetSchema.FIT_LEVEL);
            String fit = choice(lm, "fit", lp, true, "full", "limited", "none");
            List<RuleSet.Condition> when = new ArrayList<>();
            List<Node> wn = list(lm, "when", lp, false);
            for (int j = 0; j < wn.size(); j++) {
                RuleSet.Condition c = condition(wn.get(j), lp + ".when[" + j + "]", indicatorIds);
                if (c != null) {
                    when.add(c);
                }
            }
            levels.add(new RuleSet.FitLevel(fit, when, new Label(str(lm, "en", lp, true), str(lm, "zh", lp, true)), cites(lm, lp)));
        }
        if (!levels.isEmpty() && !levels.get(levels.size() - 1).when().isEmpty()) {
            err(m.get("levels"), p + ".levels", RuleCode.LAST_FIT_LEVEL_MUST);
        }
        return new RuleSet.FitRule(str(m, "scenario", p, true), new Label(str(m, "en", p, true), str(m, "zh", p, true)),
                scoredAs, levels);
    }

    /** A stand-in node at a map entry's key, so that problems of the whole entry point at its name. */
    private Node keyNode(Node.Entry e) {
        Node n = new Node.ScalarNode(e.line(), e.column(), e.key(), Node.ScalarKind.STRING);
        source.sameFile(n, e);
        return n;
    }

    private Node keyOf(Node.MapNode m, String key) {
        Node.Entry e = m.entry(key);
        return e == null ? m : keyNode(e);
    }

    private void crossCheck(Node.MapNode root, List<RuleSet.Grade> grades, List<RuleSet.Table> tables,
                            Map<String, RuleSet.Indicator> indicators, Map<String, Node> indicatorNodes,
                            Map<String, RuleSet.ReferenceList> references, Map<String, RuleSet.Citation> citations,
                            List<String> scenarioIds) {
        Set<Integer> gradeNumbers = new LinkedHashSet<>();
        Set<Double> mins = new LinkedHashSet<>();
        boolean hasZero = false;
        for (RuleSet.Grade g : grades) {
            if (!gradeNumbers.add(g.grade())) {
                err(keyOf(root, "grades"), "grades", RuleCode.GRADE_DEFINED_TWICE, g.grade());
            }
            if (!mins.add(g.min())) {
                err(keyOf(root, "grades"), "grades", RuleCode.TWO_GRADES_START_SAME, g.min());
            }
            hasZero |= g.min() == 0;
        }
        if (!grades.isEmpty() && !hasZero) {
            err(keyOf(root, "grades"), "grades", RuleCode.LOWEST_GRADE_MUST_START);
        }
        List<RuleSet.Grade> desc = new ArrayList<>(grades);
        desc.sort((a, b) -> Double.compare(b.min(), a.min()));
        for (int i = 1; i < desc.size(); i++) {
            if (desc.get(i).grade() >= desc.get(i - 1).grade()) {
                err(keyOf(root, "grades"), "grades", RuleCode.HIGHER_SCORE_MUST_EARN, desc.get(i).grade(), desc.get(i - 1).grade());
            }
        }
        // Weights that sum to zero make a score undefined; catch them here, not as NaN in a report.
        for (RuleSet.Indicator ind : indicators.values()) {
            double sum = ind.metrics().stream().mapToDouble(RuleSet.MetricRule::weight).sum();
            if (!ind.metrics().isEmpty() && !(sum > 0)) {
                err(indicatorNodes.get(ind.id()), "indicators." + ind.id(), RuleCode.WEIGHTS_METRICS_SUM_ZERO);
            }
            for (RuleSet.MetricRule r : ind.metrics()) {
                MetricCatalog.Entry e = r.metric() == null ? null : MetricCatalog.get(r.metric());
                if (e != null && e.type() == Field.Type.ID_LIST && r.curve() instanceof Curve.Coverage
                        && !references.containsKey(r.metric())) {
                    err(indicatorNodes.get(ind.id()), "indicators." + ind.id(), RuleCode.METRIC_SCORED_COVERAGE_BUT, r.metric());
                }
                RuleSet.ReferenceList ref = r.metric() == null ? null : references.get(r.metric());
                for (String item : r.items()) {
                    if (ref != null && ref.item(item) == null) {
                        err(indicatorNodes.get(ind.id()), "indicators." + ind.id() + ".items", RuleCode.NOT_REFERENCE_LIST, item, r.metric(), Suggest.hint(item, ref.items().stream().map(RuleSet.ReferenceItem::id).toList()));
                    }
                }
            }
        }
        Set<String> used = new LinkedHashSet<>();
        for (String s : scenarioIds) {
            double tableSum = 0;
            for (RuleSet.Table t : tables) {
                double w = t.weight(s);
                double sum = 0;
                for (RuleSet.IndicatorUse u : t.uses(s)) {
                    sum += u.weight();
                    used.add(u.indicator());
                }
                if (w > 0 && !(sum > 0)) {
                    err(keyOf(root, "tables"), "tables." + t.id() + "." + s, RuleCode.WEIGHTS_INDICATORS_SUM_ZERO);
                }
                tableSum += w;
            }
            if (!tables.isEmpty() && !(tableSum > 0)) {
                err(keyOf(root, "tables"), "tables", RuleCode.TABLE_WEIGHTS_SCENARIO_SUM, s);
            }
        }
        for (String id : indicators.keySet()) {
            if (!used.contains(id)) {
                warn(indicatorNodes.get(id), "indicators." + id, RuleCode.INDICATOR_NOT_USED_ANY, id);
            }
        }
        for (String metric : references.keySet()) {
            MetricCatalog.Entry e = MetricCatalog.get(metric);
            if (e == null || e.type() != Field.Type.ID_LIST) {
                err(keyOf(root, "references"), "references." + metric, RuleCode.NOT_CAPABILITY_LIST_METRIC, metric, Suggest.hint(metric, MetricCatalog.all().keySet()));
            }
        }
        for (Map.Entry<String, Node> u : citeUses.entrySet()) {
            String[] parts = u.getKey().split("\u0000");
            if (!citations.containsKey(parts[0])) {
                err(u.getValue(), parts[1], RuleCode.UNKNOWN_CITATION, parts[0], Suggest.hint(parts[0], citations.keySet()));
            }
        }
    }

    // ---- small typed accessors that record problems ------------------------------------------------------

    private List<String> cites(Node.MapNode m, String p) {
        Node c = m.get("cite");
        if (c == null) {
            warn(m, p, RuleCode.NO_CITE);
            return List.of();
        }
        List<String> ids = strList(m, "cite", p);
        for (String id : ids) {
            citeUses.put(id + "\u0000" + p + ".cite", c);
        }
        return ids;
    }

    /** The keys {@code m} may have: those of its entry in {@link RuleSetSchema}. */
    private void keys(Node.MapNode m, String p, Field shape) {
        keys(m, p, shape.keyNames());
    }

    private void keys(Node.MapNode m, String p, String... allowed) {
        keys(m, p, List.of(allowed));
    }

    private void keys(Node.MapNode m, String p, List<String> a) {
        for (Node.Entry e : m.entries()) {
            if (!a.contains(e.key())) {
                problems.error(source.at(e, p.isEmpty() ? e.key() : p + "." + e.key()),
                        RuleCode.UNKNOWN_KEY_ALLOWED_HERE, e.key(), Suggest.hint(e.key(), a), String.join(", ", a));
            }
        }
    }

    private Collection<Node.Entry> entries(Node.MapNode m, String key) {
        Node n = m.get(key);
        if (n == null || n instanceof Node.ScalarNode s && s.isNull()) {
            return List.of();
        }
        if (n instanceof Node.MapNode mm) {
            return mm.entries();
        }
        err(n, key, RuleCode.EXPECTED_MAP);
        return List.of();
    }

    private Node.MapNode map(Node.MapNode m, String key, String p, boolean required) {
        Node n = m.get(key);
        if (n == null) {
            if (required) {
                err(m, path(p, key), RuleCode.MISSING_KEY, key);
            }
            return null;
        }
        if (n instanceof Node.MapNode mm) {
            return mm;
        }
        err(n, path(p, key), RuleCode.EXPECTED_MAP_GOT, n.described());
        return null;
    }

    private List<Node> list(Node.MapNode m, String key, String p, boolean required) {
        Node n = m.get(key);
        if (n == null) {
            if (required) {
                err(m, path(p, key), RuleCode.MISSING_KEY, key);
            }
            return List.of();
        }
        if (n instanceof Node.ListNode l) {
            return l.items();
        }
        err(n, path(p, key), RuleCode.EXPECTED_LIST_GOT, n.described());
        return List.of();
    }

    private String str(Node.MapNode m, String key, String p, boolean required) {
        Node n = m.get(key);
        if (n == null || n instanceof Node.ScalarNode s && s.isNull()) {
            if (required) {
                err(m, path(p, key), RuleCode.MISSING_KEY, key);
            }
            return null;
        }
        if (n instanceof Node.ScalarNode s) {
            return s.text();
        }
        err(n, path(p, key), RuleCode.EXPECTED_TEXT_GOT, n.described());
        return null;
    }

    private List<String> strList(Node.MapNode m, String key, String p) {
        Node n = m.get(key);
        if (n == null) {
            return List.of();
        }
        if (n instanceof Node.ScalarNode s && !s.isNull()) {
            return List.of(s.text());
        }
        List<String> out = new ArrayList<>();
        if (n instanceof Node.ListNode l) {
            for (Node i : l.items()) {
                if (i instanceof Node.ScalarNode s && !s.isNull()) {
                    out.add(s.text());
                } else {
                    err(i, path(p, key), RuleCode.EXPECTED_TEXT_GOT, i.described());
                }
            }
        } else {
            err(n, path(p, key), RuleCode.EXPECTED_LIST_TEXT);
        }
        return out;
    }

    private String choice(Node.MapNode m, String key, String p, boolean required, String... values) {
        String s = str(m, key, p, required);
        if (s != null && !List.of(values).contains(s)) {
            err(m.get(key), path(p, key), RuleCode.NOT_ONE, s, String.join(", ", values), Suggest.hint(s, List.of(values)));
            return null;
        }
        return s;
    }

    private boolean bool(Node.MapNode m, String key, String p) {
        Node n = m.get(key);
        if (n == null) {
            return false;
        }
        if (n instanceof Node.ScalarNode s && (s.text().equals("true") || s.text().equals("false"))) {
            return s.text().equals("true");
        }
        err(n, path(p, key), RuleCode.EXPECTED_TRUE_FALSE);
        return false;
    }

    /**
     * The largest weight a rule set may give (a metric in its indicator, an indicator in a table column, a table in
     * a scenario, an item of a reference list). Weights are relative: only their ratios count, and the default rule
     * set's are at most 60. The bound is the project's judgement: a million allows any ratio a rule set has reason
     * to write (a million to one), while the sums of even a million weights stay finite and exact to far below a
     * hundredth of a point. {@code weight: 1e308} on two indicators summed to infinity, and scored a table 0.
     */
    public static final double MAX_WEIGHT = 1_000_000;

    /**
     * Checks one weight as written ({@code n} at {@code p}): not negative, at most {@link #MAX_WEIGHT} (numbers are
     * finite already). Returns the weight to go on with: 0 for a negative one, the bound for one over it (the error
     * ends the load either way). The one check of every weight, so that load and lint say the same.
     */
    private double weight(Node n, String p, double w) {
        if (w < 0) {
            err(n, p, RuleCode.WEIGHT_MUST_NOT_NEGATIVE);
            return 0;
        }
        if (w > MAX_WEIGHT) {
            err(n, p, RuleCode.WEIGHT_TOO_LARGE, n instanceof Node.ScalarNode s ? s.text() : String.valueOf(w),
                    "1000000");
            return MAX_WEIGHT;
        }
        return w;
    }

    private double num(Node.MapNode m, String key, String p, boolean required, double dflt) {
        Node n = m.get(key);
        if (n == null) {
            if (required) {
                err(m, path(p, key), RuleCode.MISSING_KEY, key);
            }
            return dflt;
        }
        if (n instanceof Node.ScalarNode s) {
            double v = number(s, path(p, key));
            return Double.isNaN(v) ? dflt : v;
        }
        err(n, path(p, key), RuleCode.EXPECTED_NUMBER_GOT, n.described());
        return dflt;
    }

    private double number(Node.ScalarNode s, String p) {
        if (s.kind() == Node.ScalarKind.INTEGER || s.kind() == Node.ScalarKind.FLOAT) {
            try {
                double v = Double.parseDouble(s.text().replace("_", ""));
                if (Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        err(s, p, RuleCode.EXPECTED_NUMBER_GOT_2, s.text());
        return Double.NaN;
    }

    private Label label(Node n, String p, boolean required) {
        if (n == null) {
            if (required) {
                problems.warning(Location.file(file).withPath(p), RuleCode.MISSING_EN_ZH, p);
            }
            return Label.EMPTY;
        }
        if (n instanceof Node.MapNode m) {
            keys(m, p, RuleSetSchema.LABEL);
            return new Label(str(m, "en", p, true), str(m, "zh", p, true));
        }
        err(n, p, RuleCode.EXPECTED_EN_ZH);
        return Label.EMPTY;
    }

    private void err(Node n, String p, Code code, Object... args) {
        problems.error(source.at(n, p), code, args);
    }

    private void warn(Node n, String p, Code code, Object... args) {
        problems.warning(source.at(n, p), code, args);
    }

    private static String path(String p, String key) {
        return p.isEmpty() ? key : p + "." + key;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
