package dev.cca.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The values of one profile by path, in the order they were put (as a {@link java.util.LinkedHashMap} keeps them: a
 * value put again for a path keeps its place, one removed and put again goes last). A path of the profile format, or
 * a derived metric, has a slot of its own ({@link CenterProfile#key}), so that a value is put and found by an array
 * index; any other path is kept in a small map beside.
 *
 * <p>Every record of a catalog makes one: a hash map's entries, their hashing and their probes were a tenth of the
 * reading of a record.
 */
public final class ValueMap extends AbstractMap<String, Datum> {

    private final Datum[] slots = new Datum[CenterProfile.slotCount()];
    /** The places in order of putting: a slot (0 or more), or -1 - i for the i-th path of {@link #otherPaths}. */
    private int[] order = new int[64];
    private int size;
    /** The paths without a slot, in the order they were first put, and their values (null until one is put). */
    private String[] otherPaths;
    private int others;
    private HashMap<String, Datum> other;
    /** How many of the values are measured or audited (not declared): most profiles of a catalog hold none. */
    private int earned;

    public ValueMap() {
    }

    /** A map of the same values in the same order as {@code from}. */
    public static ValueMap of(Map<String, Datum> from) {
        if (from instanceof ValueMap own) {
            return own;
        }
        ValueMap m = new ValueMap();
        for (Map.Entry<String, Datum> e : from.entrySet()) {
            m.put(e.getKey(), e.getValue());
        }
        return m;
    }

    /** The value in slot {@code slot} (of {@link CenterProfile#key}), or null. */
    Datum slot(int slot) {
        return slots[slot];
    }

    /**
     * Puts {@code d} at {@code path}, whose slot the caller knows ({@link Field#slot()}; -1: none): as {@link #put}
     * without looking the path up.
     */
    public Datum put(int slot, String path, Datum d) {
        if (slot < 0) {
            return putOther(path, d);
        }
        Datum old = slots[slot];
        if (old == null) {
            append(slot);
        }
        slots[slot] = d;
        count(old, d);
        return old;
    }

    @Override
    public Datum put(String path, Datum d) {
        if (d == null) {
            throw new NullPointerException("a value of " + path);
        }
        return put(CenterProfile.slotOf(path), path, d);
    }

    private Datum putOther(String path, Datum d) {
        if (d == null) {
            throw new NullPointerException("a value of " + path);
        }
        if (other == null) {
            other = new HashMap<>();
            otherPaths = new String[4];
        }
        Datum old = other.put(path, d);
        count(old, d);
        if (old == null) {
            if (others == otherPaths.length) {
                otherPaths = Arrays.copyOf(otherPaths, others * 2);
            }
            otherPaths[others] = path;
            append(-1 - others);
            others++;
        }
        return old;
    }

    /** Keeps {@link #earned} as {@code now} replaces {@code was} (either may be null). */
    private void count(Datum was, Datum now) {
        if (was != null && was.evidence() != Evidence.DECLARED) {
            earned--;
        }
        if (now != null && now.evidence() != Evidence.DECLARED) {
            earned++;
        }
    }

    /** Whether any value is measured or audited. */
    public boolean anyEarned() {
        return earned > 0;
    }

    private void append(int place) {
        if (size == order.length) {
            order = Arrays.copyOf(order, size * 2);
        }
        order[size++] = place;
    }

    @Override
    public Datum get(Object path) {
        if (!(path instanceof String s)) {
            return null;
        }
        int slot = CenterProfile.slotOf(s);
        if (slot >= 0) {
            return slots[slot];
        }
        return other == null ? null : other.get(s);
    }

    @Override
    public boolean containsKey(Object path) {
        return get(path) != null;
    }

    @Override
    public Datum remove(Object path) {
        if (!(path instanceof String s)) {
            return null;
        }
        int slot = CenterProfile.slotOf(s);
        Datum old;
        int place;
        if (slot >= 0) {
            old = slots[slot];
            slots[slot] = null;
            place = slot;
        } else {
            old = other == null ? null : other.remove(s);
            place = Integer.MIN_VALUE;
            for (int i = 0; old != null && i < others; i++) {
                if (otherPaths[i].equals(s)) {
                    place = -1 - i;
                }
            }
        }
        count(old, null);
        if (old != null) {
            for (int i = 0; i < size; i++) {
                if (order[i] == place) {
                    System.arraycopy(order, i + 1, order, i, size - i - 1);
                    size--;
                    break;
                }
            }
        }
        return old;
    }

    @Override
    public int size() {
        return size;
    }

    /** The values in the order of putting, without an entry made for each (the checks scan every profile's). */
    @Override
    public java.util.Collection<Datum> values() {
        return new java.util.AbstractCollection<>() {
            @Override
            public Iterator<Datum> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < size;
                    }

                    @Override
                    public Datum next() {
                        if (i >= size) {
                            throw new NoSuchElementException();
                        }
                        int place = order[i++];
                        return place >= 0 ? slots[place] : other.get(otherPaths[-1 - place]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public Set<Map.Entry<String, Datum>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Datum>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < size;
                    }

                    @Override
                    public Map.Entry<String, Datum> next() {
                        if (i >= size) {
                            throw new NoSuchElementException();
                        }
                        int place = order[i++];
                        if (place >= 0) {
                            return new SimpleImmutableEntry<>(CenterProfile.pathOf(place), slots[place]);
                        }
                        String path = otherPaths[-1 - place];
                        return new SimpleImmutableEntry<>(path, other.get(path));
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
