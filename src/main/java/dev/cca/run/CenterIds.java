package dev.cca.run;

import dev.cca.diag.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids of the center records read so far, for duplicate detection: where each id was first seen (file and line)
 * and whether a valid center holds it, in about 20 bytes an id beside the id strings (which the rows keep anyway).
 *
 * <p>The ids, lines and files are kept in the order first seen, in pages that only ever grow at their end; the hash
 * table holds positions in that order (ints), not the strings. So recording an id writes one reference, at the end:
 * a table of references written at random places would have the collector scan a dirty card of it for nearly every id
 * recorded since its last young collection (measured on a million centers: an eighth of the collector's time).
 */
final class CenterIds {

    private static final int VALID = 1 << 31;
    private static final int PAGE_BITS = 14;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int MASK = PAGE - 1;

    /** Slot to position + 1 in the order first seen; 0 for an empty slot. */
    private int[] table = new int[1024];
    /** Per slot: the id's hash, compared before the strings. */
    private int[] hashes = new int[1024];
    private final List<String[]> ids = new ArrayList<>();
    /** Per position: the first record's line. */
    private final List<int[]> lines = new ArrayList<>();
    /** Per position: the index of the first record's file, with {@link #VALID} set once a valid center has the id. */
    private final List<int[]> files = new ArrayList<>();
    private int size;
    private final List<String> fileNames = new ArrayList<>();
    private final Map<String, Integer> fileIndex = new HashMap<>();

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private String id(int pos) {
        return ids.get(pos >>> PAGE_BITS)[pos & MASK];
    }

    /** The slot of {@code id}: the one that holds it, or the empty one where it would go. */
    private int slot(String id, int h) {
        int mask = table.length - 1;
        int i = mix(h) & mask;
        while (table[i] != 0 && (hashes[i] != h || !id(table[i] - 1).equals(id))) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** The position of {@code id} in the order first seen, or -1. */
    private int position(String id) {
        int i = slot(id, id.hashCode());
        return table[i] - 1;
    }

    /**
     * Records {@code id} as first seen at {@code at} and returns null; or, when a record had it before, returns where
     * that one starts (its file and line, column 0) and records nothing.
     */
    Location firstOrAdd(String id, Location at) {
        int h = id.hashCode();
        int i = slot(id, h);
        if (table[i] != 0) {
            int pos = table[i] - 1;
            return Location.of(fileNames.get(files.get(pos >>> PAGE_BITS)[pos & MASK] & ~VALID),
                    lines.get(pos >>> PAGE_BITS)[pos & MASK], 0);
        }
        int pos = size++;
        if ((pos & MASK) == 0) {
            ids.add(new String[PAGE]);
            lines.add(new int[PAGE]);
            files.add(new int[PAGE]);
        }
        ids.get(pos >>> PAGE_BITS)[pos & MASK] = id;
        lines.get(pos >>> PAGE_BITS)[pos & MASK] = at.line();
        files.get(pos >>> PAGE_BITS)[pos & MASK] = fileIndex.computeIfAbsent(at.file(), f -> {
            fileNames.add(f);
            return fileNames.size() - 1;
        });
        table[i] = pos + 1;
        hashes[i] = h;
        if (size * 2 > table.length) {
            grow();
        }
        return null;
    }

    /** Marks that a valid center holds {@code id} (already recorded). */
    void markValid(String id) {
        int pos = position(id);
        if (pos >= 0) {
            files.get(pos >>> PAGE_BITS)[pos & MASK] |= VALID;
        }
    }

    /** Whether a valid center holds {@code id}. */
    boolean valid(String id) {
        int pos = position(id);
        return pos >= 0 && (files.get(pos >>> PAGE_BITS)[pos & MASK] & VALID) != 0;
    }

    private void grow() {
        int[] oldTable = table;
        int[] oldHashes = hashes;
        table = new int[oldTable.length * 2];
        hashes = new int[table.length];
        int mask = table.length - 1;
        for (int j = 0; j < oldTable.length; j++) {
            if (oldTable[j] != 0) {
                int i = mix(oldHashes[j]) & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = oldTable[j];
                hashes[i] = oldHashes[j];
            }
        }
    }
}
