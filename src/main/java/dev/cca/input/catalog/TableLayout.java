package dev.cca.input.catalog;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Location;
import dev.cca.diag.Problems;
import dev.cca.diag.Suggest;
import dev.cca.input.Node;
import dev.cca.model.Field;
import dev.cca.model.ProfileSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meaning of a table's columns (CSV and XLSX alike), checked once against the profile schema and
 * then used to turn each row into the same {@link Node} tree a YAML profile would give.
 *
 * <p>Column names are dotted key paths ({@code compute.largest_cluster.pflops_fp16}). A metric column may
 * have companion columns {@code <metric>.evidence}, {@code .source}, {@code .date} and the metric's
 * conditions ({@code training.linear_speedup.from_accelerators}); a row that fills any of them gives the
 * metric in its map form {@code {value, evidence, ...}}. The accelerator inventory is either one
 * {@code compute.accelerators} column in the compact text form ({@link InventoryText}) or indexed columns
 * {@code compute.accelerators[0].vendor}. A table without a {@code cca} column is a table of
 * {@code center-profile/v1} rows. Cells are trimmed; an empty cell leaves its key out.
 */
final class TableLayout {

    /** Most accelerator kinds that indexed columns may describe. */
    static final int MAX_INVENTORY_INDEX = 64;

    private static final Set<String> EVIDENCE_KEYS = Set.of("evidence", "source", "date", "audit");
    private static final Pattern SEGMENT = Pattern.compile("([^\\[\\]]*)(?:\\[(\\d{1,9})])?");
    private static final List<String> ALL_COLUMNS = allColumns();

    // ---- the template a row is poured into ----------------------------------------------------------

    private sealed interface Slot permits Group, Leaf, Metric, InventoryCell, InventoryColumns {
    }

    /** A map of keys; children in the order their first column appears. */
    private record Group(Map<String, Slot> children) implements Slot {
        Group() {
            this(new LinkedHashMap<>());
        }
    }

    /** A plain key; {@code list} splits the cell on ';' (benchmark paths). */
    private record Leaf(int column, boolean list) implements Slot {
    }

    /** A metric with companion columns (evidence, source, date, conditions). */
    private static final class Metric implements Slot {
        final String path;
        int value = -1;
        final Map<String, Integer> companions = new LinkedHashMap<>();

        Metric(String path) {
            this.path = path;
        }
    }

    private record InventoryCell(int column) implements Slot {
    }

    private record InventoryColumns(TreeMap<Integer, Map<String, Integer>> items) implements Slot {
        InventoryColumns() {
            this(new TreeMap<>());
        }
    }

    private final Group root;
    private final String[] names;
    private final int width;
    private final int minWidth;
    private final boolean hasTag;

    private TableLayout(Group root, String[] names, int minWidth, boolean hasTag) {
        this.root = root;
        this.names = names;
        this.width = names.length;
        this.minWidth = minWidth;
        this.hasTag = hasTag;
    }

    /** Columns in the header, including blank-named ones. */
    int width() {
        return width;
    }

    /** Columns up to the last one with a name: a row may leave out trailing unnamed columns. */
    int minWidth() {
        return minWidth;
    }

    /** The header name of a 0-based column ("" for an unnamed one or past the header). */
    String name(int column) {
        return column < names.length ? names[column] : "";
    }

    /**
     * Checks a header row and builds the layout, or reports every header problem and returns null.
     *
     * @param cells     the header cells (trimmed here); lines and columns locate them for messages
     * @param columnRef how messages name a 0-based column: "3" in CSV, "C" in XLSX
     */
    static TableLayout of(String file, String[] cells, int[] lines, int[] columns, int count,
                          IntFunction<String> columnRef, Consumer<Diagnostic> report) {
        Group root = new Group();
        String[] names = new String[count];
        Map<String, Integer> seen = new HashMap<>();
        boolean ok = true;
        int minWidth = 0;
        for (int i = 0; i < count; i++) {
            String name = cells[i] == null ? "" : cells[i].strip();
            names[i] = name;
            if (name.isEmpty()) {
                continue;
            }
            minWidth = i + 1;
            Location at = new Location(file, lines[i], columns[i], name);
            Integer first = seen.putIfAbsent(name, i);
            if (first != null) {
                report.accept(Diagnostic.error(at, Messages.duplicateColumn(name, columnRef.apply(first))));
                ok = false;
                continue;
            }
            dev.cca.diag.Message problem = place(root, name, i);
            if (problem != null) {
                report.accept(Diagnostic.error(at, problem));
                ok = false;
            }
        }
        if (ok) {
            ok = companionsHaveValues(root, "", names, file, lines, columns, report);
        }
        if (ok) {
            // A required key without a column would fail every row alike: say it once, here.
            for (Field f : ProfileSchema.root().children().values()) {
                if (f.isRequired() && !f.name().equals("cca") && !root.children().containsKey(f.name())) {
                    report.accept(Diagnostic.error(Location.of(file, count == 0 ? 1 : lines[0], 1),
                            Messages.missingColumn(f.name())));
                    ok = false;
                }
            }
        }
        if (!ok) {
            return null;
        }
        return new TableLayout(root, names, minWidth, seen.containsKey("cca"));
    }

    /** A companion column without its metric's column could never be used: that is a header error. */
    private static boolean companionsHaveValues(Group group, String path, String[] names, String file, int[] lines,
                                                int[] columns, Consumer<Diagnostic> report) {
        boolean ok = true;
        for (Map.Entry<String, Slot> e : group.children().entrySet()) {
            String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            if (e.getValue() instanceof Group g) {
                ok &= companionsHaveValues(g, p, names, file, lines, columns, report);
            } else if (e.getValue() instanceof Metric m && m.value < 0) {
                int col = m.companions.values().iterator().next();
                report.accept(Diagnostic.error(new Location(file, lines[col], columns[col], names[col]),
                        Messages.companionWithoutColumn(names[col], p)));
                ok = false;
            }
        }
        return ok;
    }

    /** Puts column {@code col} named {@code name} into the template; returns a problem or null. */
    private static dev.cca.diag.Message place(Group root, String name, int col) {
        String[] parts = name.split("\\.", -1);
        Field field = ProfileSchema.root();
        Group group = root;
        StringBuilder path = new StringBuilder();
        for (int j = 0; j < parts.length; j++) {
            Matcher m = SEGMENT.matcher(parts[j]);
            if (!m.matches() || m.group(1).isEmpty()) {
                return unknown(name, path.toString(), parts[j], field);
            }
            String key = m.group(1);
            String index = m.group(2);
            Field child = field.child(key);
            if (child == null) {
                return unknown(name, path.toString(), key, field);
            }
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(key);
            boolean last = j == parts.length - 1;
            if (index != null && child.type() != Field.Type.OBJECT_LIST) {
                return Messages.unknownColumn(name, Messages.onlyInventoryIndexed());
            }
            switch (child.type()) {
                case OBJECT -> {
                    if (last) {
                        return Messages.groupColumn(name, firstLeaf(child));
                    }
                    Slot s = group.children().computeIfAbsent(key, k -> new Group());
                    if (!(s instanceof Group g)) {
                        return Messages.nested(name);
                    }
                    group = g;
                    field = child;
                }
                case OBJECT_LIST -> {
                    return placeInventory(group, key, child, name, index, parts, j, col);
                }
                case NUMBER, BOOLEAN, ID_LIST -> {
                    String metricPath = path.toString();
                    Slot s = group.children().computeIfAbsent(key, k -> new Metric(metricPath));
                    if (!(s instanceof Metric metric)) {
                        return Messages.nested(name);
                    }
                    if (last) {
                        metric.value = col;
                        return null;
                    }
                    String companion = parts[j + 1];
                    boolean isCondition = child.conditions().stream().anyMatch(c -> c.name().equals(companion));
                    if (j + 2 != parts.length || !(EVIDENCE_KEYS.contains(companion) || isCondition)) {
                        return unknownCompanion(name, path.toString(), companion, child);
                    }
                    metric.companions.put(companion, col);
                    return null;
                }
                default -> {
                    if (!last) {
                        if (j + 2 == parts.length && EVIDENCE_KEYS.contains(parts[j + 1])) {
                            return Messages.companionNotAllowed(name, path.toString());
                        }
                        return Messages.nested(name);
                    }
                    if (group.children().containsKey(key)) {
                        return Messages.nested(name);
                    }
                    group.children().put(key, new Leaf(col, child.type() == Field.Type.PATH_LIST));
                    return null;
                }
            }
        }
        return Messages.unknownColumn(name, dev.cca.diag.Localized.EMPTY);
    }

    private static dev.cca.diag.Message placeInventory(Group group, String key, Field list, String name, String index,
                                         String[] parts, int j, int col) {
        Slot existing = group.children().get(key);
        if (index == null) {
            if (j != parts.length - 1) {
                return Messages.unknownColumn(name, Suggest.hint(name.replaceFirst("accelerators\\.", "accelerators[0].")));
            }
            if (existing != null) {
                return Messages.inventoryBothForms(name);
            }
            group.children().put(key, new InventoryCell(col));
            return null;
        }
        if (existing instanceof InventoryCell) {
            return Messages.inventoryBothForms(name);
        }
        int i = Integer.parseInt(index);
        if (i >= MAX_INVENTORY_INDEX) {
            return Messages.inventoryIndex(name, MAX_INVENTORY_INDEX);
        }
        if (j != parts.length - 2) {
            return Messages.inventoryField(name, dev.cca.diag.Localized.EMPTY);
        }
        String itemKey = parts[j + 1];
        Field itemField = list.item().child(itemKey);
        if (itemField == null) {
            return Messages.inventoryField(name, hint(Suggest.closest(itemKey, list.item().children().keySet()),
                    name.substring(0, name.length() - itemKey.length())));
        }
        InventoryColumns inv = existing instanceof InventoryColumns c ? c : new InventoryColumns();
        group.children().put(key, inv);
        inv.items().computeIfAbsent(i, k -> new LinkedHashMap<>()).put(itemKey, col);
        return null;
    }

    private static dev.cca.diag.Message unknown(String name, String prefix, String key, Field parent) {
        // A character that cannot be seen in the header (pasted in with the name), said as a profile's key is.
        dev.cca.diag.Localized invisible = dev.cca.input.KeyHints.invisible(name, new java.util.HashSet<>(ALL_COLUMNS));
        if (invisible != dev.cca.diag.Localized.EMPTY) {
            return Messages.unknownColumn(name, invisible);
        }
        // A unit left out ("compute.utilization"), said as a profile's key is.
        dev.cca.diag.Localized unit = dev.cca.input.KeyHints.unitLeftOut(key, parent.children().keySet(), prefix.isEmpty() ? "" : prefix + ".");
        if (unit != dev.cca.diag.Localized.EMPTY) {
            return Messages.unknownColumn(name, unit);
        }
        String sibling = Suggest.closest(key, parent.children().keySet());
        if (sibling != null) {
            return Messages.unknownColumn(name, hint(sibling, prefix.isEmpty() ? "" : prefix + "."));
        }
        // A key that exists elsewhere (pue written at the top level): name where it belongs.
        List<String> elsewhere = new ArrayList<>();
        for (String c : ALL_COLUMNS) {
            if (c.endsWith("." + name) || c.equals(name)) {
                elsewhere.add(c);
            }
        }
        if (!elsewhere.isEmpty()) {
            return Messages.unknownColumn(name, Messages.didYouMeanOneOf(elsewhere));
        }
        // A Chinese name of a key ("总算力"), said as a profile's key is.
        dev.cca.diag.Localized more = dev.cca.input.KeyHints.chineseName(key, prefix, false);
        if (more != dev.cca.diag.Localized.EMPTY) {
            return Messages.unknownColumn(name, more);
        }
        return Messages.unknownColumn(name, hint(Suggest.closest(name, ALL_COLUMNS), ""));
    }

    private static dev.cca.diag.Message unknownCompanion(String name, String metric, String companion, Field f) {
        List<String> allowed = new ArrayList<>(List.of("evidence", "source", "date", "audit"));
        f.conditions().forEach(c -> allowed.add(c.name()));
        return Messages.unknownCompanion(name, hint(Suggest.closest(companion, allowed), metric + "."), metric,
                String.join(",", allowed));
    }

    private static dev.cca.diag.Localized hint(String suggestion, String prefix) {
        return suggestion == null ? dev.cca.diag.Localized.EMPTY : Suggest.hint(prefix + suggestion);
    }

    private static String firstLeaf(Field f) {
        for (Field c : f.children().values()) {
            return c.type() == Field.Type.OBJECT ? firstLeaf(c) : c.path();
        }
        return f.path();
    }

    /** Every column name a table may have, for suggestions. */
    private static List<String> allColumns() {
        List<String> out = new ArrayList<>();
        collect(ProfileSchema.root(), out);
        return Collections.unmodifiableList(out);
    }

    private static void collect(Field f, List<String> out) {
        for (Field c : f.children().values()) {
            switch (c.type()) {
                case OBJECT -> collect(c, out);
                case OBJECT_LIST -> {
                    out.add(c.path());
                    c.item().children().keySet().forEach(k -> out.add(c.path() + "[0]." + k));
                }
                case NUMBER, BOOLEAN, ID_LIST -> {
                    out.add(c.path());
                    EVIDENCE_KEYS.stream().sorted().forEach(k -> out.add(c.path() + "." + k));
                    c.conditions().forEach(k -> out.add(c.path() + "." + k.name()));
                }
                default -> out.add(c.path());
            }
        }
    }

    // ---- rows ---------------------------------------------------------------------------------------

    /**
     * The tree of one row. {@code text[i]} is the cell of column {@code i} (null or blank when empty),
     * {@code kind[i]} how a spreadsheet typed it (null for text), {@code line[i]}/{@code column[i]} where
     * it is. Companion cells without their metric are reported as warnings.
     */
    Node.MapNode tree(String file, int rowLine, int rowColumn, String[] text, Node.ScalarKind[] kind,
                      int[] line, int[] column, int count, Problems problems) {
        RowView row = new RowView(file, text, kind, line, column, Math.min(count, width), problems);
        Node.MapNode out = new Node.MapNode(rowLine, rowColumn);
        if (!hasTag) {
            out.put("cca", rowLine, rowColumn,
                    new Node.ScalarNode(rowLine, rowColumn, ProfileSchema.FORMAT, Node.ScalarKind.STRING));
        }
        fill(out, root, row);
        return out;
    }

    private record RowView(String file, String[] text, Node.ScalarKind[] kind, int[] line, int[] column, int count,
                           Problems problems) {
        String cell(int i) {
            if (i < 0 || i >= count || text[i] == null) {
                return null;
            }
            String s = text[i];
            if (s.isEmpty()) {
                return null;
            }
            // Trimming is the common case's no-op; strip() returns the same string then.
            s = s.strip();
            return s.isEmpty() ? null : s;
        }

        Node.ScalarNode scalar(int i, String s) {
            Node.ScalarKind k = kind == null || kind[i] == null ? Node.ScalarKind.STRING : kind[i];
            return new Node.ScalarNode(line[i], column[i], s, k);
        }
    }

    private void fill(Node.MapNode target, Group group, RowView row) {
        for (Map.Entry<String, Slot> e : group.children().entrySet()) {
            Node v = build(e.getValue(), row);
            if (v != null) {
                target.put(e.getKey(), v.line(), v.column(), v);
            }
        }
    }

    private Node build(Slot slot, RowView row) {
        if (slot instanceof Leaf leaf) {
            String s = row.cell(leaf.column());
            if (s == null) {
                return null;
            }
            if (!leaf.list()) {
                return row.scalar(leaf.column(), s);
            }
            Node.ListNode l = new Node.ListNode(row.line()[leaf.column()], row.column()[leaf.column()]);
            for (String part : s.split("[;；]")) {
                if (!part.isBlank()) {
                    l.add(row.scalar(leaf.column(), part.strip()));
                }
            }
            return l;
        }
        if (slot instanceof Metric metric) {
            return metric(metric, row);
        }
        if (slot instanceof Group g) {
            Node.MapNode m = null;
            for (Map.Entry<String, Slot> e : g.children().entrySet()) {
                Node v = build(e.getValue(), row);
                if (v != null) {
                    if (m == null) {
                        m = new Node.MapNode(v.line(), v.column());
                    }
                    m.put(e.getKey(), v.line(), v.column(), v);
                }
            }
            return m;
        }
        if (slot instanceof InventoryCell inv) {
            String s = row.cell(inv.column());
            return s == null ? null : InventoryText.toNode(s, row.line()[inv.column()], row.column()[inv.column()]);
        }
        InventoryColumns inv = (InventoryColumns) slot;
        Node.ListNode list = null;
        for (Map<String, Integer> item : inv.items().values()) {
            Node.MapNode m = null;
            for (Map.Entry<String, Integer> e : item.entrySet()) {
                String s = row.cell(e.getValue());
                if (s == null) {
                    continue;
                }
                Node.ScalarNode v = row.scalar(e.getValue(), s);
                if (m == null) {
                    m = new Node.MapNode(v.line(), v.column());
                }
                m.put(e.getKey(), v.line(), v.column(), v);
            }
            if (m != null) {
                if (list == null) {
                    list = new Node.ListNode(m.line(), m.column());
                }
                list.add(m);
            }
        }
        return list;
    }

    private Node metric(Metric metric, RowView row) {
        String value = row.cell(metric.value);
        Node.MapNode map = null;
        for (Map.Entry<String, Integer> e : metric.companions.entrySet()) {
            int col = e.getValue();
            String s = row.cell(col);
            if (s == null) {
                continue;
            }
            if (value == null) {
                row.problems().warning(new Location(row.file(), row.line()[col], row.column()[col], names[col]),
                        Messages.companionWithoutValue(names[col], metric.path));
                continue;
            }
            if (map == null) {
                Node.ScalarNode v = row.scalar(metric.value, value);
                map = new Node.MapNode(v.line(), v.column());
                map.put("value", v.line(), v.column(), v);
            }
            map.put(e.getKey(), row.line()[col], row.column()[col], row.scalar(col, s));
        }
        if (value == null) {
            return null;
        }
        return map != null ? map : row.scalar(metric.value, value);
    }
}
