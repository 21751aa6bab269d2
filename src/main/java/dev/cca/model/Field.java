package dev.cca.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One key of an input document kind, as the loader checks it and as {@code cca schema} and {@code cca init}
 * describe it. The profile contract ({@link ProfileSchema}) is a tree of these; keeping the definition in
 * one place means the loader, the rule-set cross-checks and the documentation cannot drift apart.
 */
public final class Field {

    public enum Type {
        /** A map of named fields. */
        OBJECT,
        /** A number with a unit; a metric (may carry evidence). */
        NUMBER,
        /** true/false; a metric (may carry evidence). */
        BOOLEAN,
        /** A list of capability identifiers; a metric (may carry evidence). */
        ID_LIST,
        /** Free text. */
        TEXT,
        /** One of a fixed set of identifiers. */
        CHOICE,
        /** A list of identifiers from a fixed set. */
        CHOICE_LIST,
        /** A calendar date (YYYY-MM-DD, or YYYY-MM where allowed). */
        DATE,
        /** A list of maps of one shape. */
        OBJECT_LIST,
        /** A list of file paths. */
        PATH_LIST,
        /** A map whose keys are names (citation ids, indicator ids) and whose values all have one shape ({@link #item()}). */
        MAP,
        /** A value whose shape the reader checks itself (a curve's [value, score] points); described, not constrained. */
        ANY
    }

    private final String name;
    private final Type type;
    private final String doc;
    private String path;
    /** The slot of {@link #path} in a profile's values, found when first asked; MIN_VALUE until then. */
    private int slot = Integer.MIN_VALUE;
    private boolean required;
    private boolean offAllowed;
    private Quantity quantity = Quantity.NUMBER;
    private double min = 0;
    private boolean minExclusive;
    private double max = Double.POSITIVE_INFINITY;
    private double plausibleMax = Double.POSITIVE_INFINITY;
    private boolean integer;
    private boolean bounded;
    private boolean monthPrecision;
    private Pattern pattern;
    private dev.cca.diag.Localized patternDoc;
    private List<String> choices = List.of();
    private final Map<String, Field> children = new LinkedHashMap<>();
    private final List<Field> conditions = new ArrayList<>();
    private Field item;
    private String discriminator;
    private Field extraKeys;
    private Map<String, List<String>> keysByKind = Map.of();
    private String example;
    private String zh;
    /** Other names of a choice (Chinese, English words), in the order given: name to choice id. */
    private final Map<String, String> labels = new LinkedHashMap<>();
    /** Names that could mean several choices, with those choices: refused with a suggestion of each. */
    private final Map<String, List<String>> ambiguous = new LinkedHashMap<>();

    private Field(String name, Type type, String doc) {
        this.name = name;
        this.type = type;
        this.doc = doc;
    }

    // ---- construction -------------------------------------------------------------------------------

    public static Field object(String name, String doc, Field... children) {
        Field f = new Field(name, Type.OBJECT, doc);
        for (Field c : children) {
            f.children.put(c.name, c);
        }
        return f;
    }

    public static Field number(String name, Quantity q, String doc) {
        Field f = new Field(name, Type.NUMBER, doc);
        f.quantity = q;
        f.integer = q == Quantity.COUNT;
        return f;
    }

    public static Field bool(String name, String doc) {
        return new Field(name, Type.BOOLEAN, doc);
    }

    public static Field idList(String name, String doc) {
        return new Field(name, Type.ID_LIST, doc);
    }

    public static Field text(String name, String doc) {
        return new Field(name, Type.TEXT, doc);
    }

    public static Field choice(String name, String doc, String... values) {
        Field f = new Field(name, Type.CHOICE, doc);
        f.choices = List.of(values);
        return f;
    }

    public static Field choiceList(String name, String doc, String... values) {
        Field f = new Field(name, Type.CHOICE_LIST, doc);
        f.choices = List.of(values);
        return f;
    }

    public static Field date(String name, String doc) {
        return new Field(name, Type.DATE, doc);
    }

    public static Field objectList(String name, String doc, Field item) {
        Field f = new Field(name, Type.OBJECT_LIST, doc);
        f.item = item;
        return f;
    }

    public static Field pathList(String name, String doc) {
        return new Field(name, Type.PATH_LIST, doc);
    }

    /** A map of named entries of one shape; {@code value} describes each entry. */
    public static Field map(String name, String doc, Field value) {
        Field f = new Field(name, Type.MAP, doc);
        f.item = value;
        return f;
    }

    public static Field any(String name, String doc) {
        return new Field(name, Type.ANY, doc);
    }

    /**
     * Which of an object's keys each value of its {@code discriminator} key allows (a curve of kind linear takes
     * points and below). The reader checks an entry's keys against the list of its kind.
     */
    public Field keysByKind(String discriminator, Map<String, List<String>> keys) {
        this.discriminator = discriminator;
        this.keysByKind = Map.copyOf(keys);
        return this;
    }

    /**
     * Keys beyond the named ones, each holding a value of {@code shape}: a rule set's table has a column per scoring
     * scenario, named by the scenario ids the rule set itself defines.
     */
    public Field extraKeys(Field shape) {
        this.extraKeys = shape;
        return this;
    }

    public Field extraKeys() {
        return extraKeys;
    }

    public String discriminator() {
        return discriminator;
    }

    public Map<String, List<String>> keysByKind() {
        return keysByKind;
    }

    /** The names of this object's keys, in definition order (what a reader allows in the map). */
    public List<String> keyNames() {
        return List.copyOf(children.keySet());
    }

    public Field required() {
        this.required = true;
        return this;
    }

    /** A number that may also be written {@code off}: a rule-set parameter whose check can be switched off. */
    public Field orOff() {
        this.offAllowed = true;
        return this;
    }

    public boolean offAllowed() {
        return offAllowed;
    }

    /** Values must be greater than zero (a count of accelerators, a throughput). */
    public Field positive() {
        this.minExclusive = true;
        return this;
    }

    public Field range(double lo, double hi) {
        this.min = lo;
        this.max = hi;
        this.bounded = true;
        return this;
    }

    /** True when {@link #range} was set: a reader that takes any number otherwise checks this range. */
    public boolean bounded() {
        return bounded;
    }

    /** Values above this are refused as implausible (1e308 accelerators is a mistake, not a center). */
    public Field plausibleMax(double v) {
        this.plausibleMax = v;
        return this;
    }

    /** Values must match {@code regex}; {@code describe} says what that means, in each language, for messages. */
    public Field pattern(String regex, dev.cca.diag.Localized describe) {
        this.pattern = Pattern.compile(regex);
        this.patternDoc = describe;
        return this;
    }

    public Field allowMonth() {
        this.monthPrecision = true;
        return this;
    }

    /** Keys that may sit beside {@code value} in this metric's map form, describing how it was obtained. */
    public Field conditions(Field... cs) {
        Collections.addAll(this.conditions, cs);
        return this;
    }

    public Field example(String e) {
        this.example = e;
        return this;
    }

    /**
     * Names a choice is also written by ({@code 成渝} for {@code chengdu-chongqing}); the reader takes them for
     * the choice, and {@code cca schema} lists them beside the ids.
     */
    public Field label(String choice, String... names) {
        if (!choices.contains(choice)) {
            throw new IllegalArgumentException(choice + " is not a choice of " + name);
        }
        for (String n : names) {
            labels.put(n, choice);
        }
        return this;
    }

    /** A name that could mean any of {@code choices} ({@code 训练}: pre-training or fine-tuning), refused with both. */
    public Field ambiguous(String name, String... choices) {
        ambiguous.put(name, List.of(choices));
        return this;
    }

    /** The Chinese text of {@link #doc()}; set once, when the schema is built ({@link #translate}). */
    private Field zh(String text) {
        this.zh = text;
        return this;
    }

    /**
     * Gives the fields of {@code root}'s tree their Chinese descriptions, and examples where the English
     * definition has none: one table per document kind, beside its English definitions, of rows {@code {path, zh}}
     * or {@code {path, zh, example}} (a null example adds none). A path is a field's dotted {@link #path()} with an
     * item of a list or map written {@code []} ({@code compute.accelerators[].count}, the item itself
     * {@code compute.accelerators[].}) and the entries of extra keys {@code *} ({@code tables[].*[].weight}). A row
     * for a path the tree does not hold fails, so a renamed key cannot keep a stale text; a field without a row keeps
     * its English, which the schema tests catch.
     *
     * @return every field of the tree by its path, written as the rows write it
     */
    public static Map<String, Field> translate(Field root, String[][] rows) {
        Map<String, Field> byPath = index(root);
        for (String[] r : rows) {
            Field f = byPath.get(r[0]);
            if (f == null) {
                throw new IllegalStateException("Chinese text of an unknown field " + r[0]);
            }
            f.zh(r[1]);
            if (r.length > 2 && r[2] != null) {
                f.example(r[2]);
            }
        }
        return Collections.unmodifiableMap(byPath);
    }

    /** {@code root} (path "") and every field below it (children, conditions, items, extra keys), by path as rows write it. */
    private static Map<String, Field> index(Field root) {
        Map<String, Field> m = new LinkedHashMap<>();
        java.util.ArrayDeque<Field> todo = new java.util.ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Field f = todo.pop();
            m.put(f.path.replace("[]..", "[]."), f);
            todo.addAll(f.children.values());
            todo.addAll(f.conditions);
            if (f.item != null) {
                todo.add(f.item);
            }
            if (f.extraKeys != null) {
                todo.add(f.extraKeys);
            }
        }
        return m;
    }

    /** Assigns dotted paths below {@code prefix}; called once on the root. */
    public Field bind(String prefix) {
        return bindAt(prefix.isEmpty() ? name : prefix + "." + name, prefix.isEmpty() && name.isEmpty());
    }

    private Field bindAt(String at, boolean root) {
        this.path = at;
        for (Field c : children.values()) {
            c.bind(root ? "" : path);
        }
        for (Field c : conditions) {
            c.bind(path);
        }
        if (item != null) {
            item.bind(path + "[]");
        }
        if (extraKeys != null) {
            extraKeys.bindAt(path + ".*", false);
        }
        return this;
    }

    // ---- reading ------------------------------------------------------------------------------------

    public String name() {
        return name;
    }

    public Type type() {
        return type;
    }

    public String doc() {
        return doc;
    }

    /** The dotted path from the document root: {@code compute.largest_cluster.pflops_fp16}. */
    public String path() {
        return path;
    }

    /** The slot of {@link #path()} among a profile's values ({@link ValueMap#put(int, String, Datum)}), or -1 when it has none. */
    public int slot() {
        int s = slot;
        if (s == Integer.MIN_VALUE) {
            s = CenterProfile.slotOf(path);
            slot = s;
        }
        return s;
    }

    public boolean isRequired() {
        return required;
    }

    /** True for the kinds of field that scoring rules can reference and that may carry evidence. */
    public boolean isMetric() {
        return type == Type.NUMBER || type == Type.BOOLEAN || type == Type.ID_LIST;
    }

    public Quantity quantity() {
        return quantity;
    }

    public double min() {
        return min;
    }

    public boolean minExclusive() {
        return minExclusive;
    }

    public double max() {
        return max;
    }

    public double plausibleMax() {
        return plausibleMax;
    }

    public boolean integer() {
        return integer;
    }

    public boolean monthPrecision() {
        return monthPrecision;
    }

    public Pattern pattern() {
        return pattern;
    }

    public dev.cca.diag.Localized patternDoc() {
        return patternDoc;
    }

    public List<String> choices() {
        return choices;
    }

    /** Other names of the choices, name to choice id, in definition order. */
    public Map<String, String> labels() {
        return Collections.unmodifiableMap(labels);
    }

    /** Names that could mean several choices, name to those choices. */
    public Map<String, List<String>> ambiguousNames() {
        return Collections.unmodifiableMap(ambiguous);
    }

    public Map<String, Field> children() {
        return Collections.unmodifiableMap(children);
    }

    /**
     * The child named {@code key}. Keys read by Jackson's JSON parser are interned, as the schema's names are,
     * so an identity scan finds them without hashing; other keys (YAML's, CSV headers') are matched by their
     * hash (cached in the string) and then equality. Objects have a handful of children.
     */
    public Field child(String key) {
        String[] names = childNames;
        if (names == null) {
            names = buildChildIndex();
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i] == key) {
                return childFields[i];
            }
        }
        int h = key.hashCode();
        int[] hashes = childHashes;
        for (int i = 0; i < hashes.length; i++) {
            if (hashes[i] == h && names[i].equals(key)) {
                return childFields[i];
            }
        }
        return null;
    }

    private synchronized String[] buildChildIndex() {
        if (childNames == null) {
            Field[] fields = children.values().toArray(Field[]::new);
            String[] names = new String[fields.length];
            int[] hashes = new int[fields.length];
            for (int i = 0; i < names.length; i++) {
                names[i] = fields[i].name;
                hashes[i] = names[i].hashCode();
            }
            childFields = fields;
            childHashes = hashes;
            childNames = names;
        }
        return childNames;
    }

    /** The children as arrays, built on first look-up (the schema is built once and then only read). */
    private Field[] childFields;
    private int[] childHashes;
    private volatile String[] childNames;

    public List<Field> conditions() {
        return Collections.unmodifiableList(conditions);
    }

    public Field item() {
        return item;
    }

    public String example() {
        return example;
    }

    /** The description in Chinese, or null when it has none. */
    public String zh() {
        return zh;
    }

    /** The description in a language: {@code zh} when there is a Chinese text, else English. */
    public String doc(String lang) {
        return "zh".equals(lang) && zh != null ? zh : doc;
    }

    @Override
    public String toString() {
        return path + " (" + type + ")";
    }
}
