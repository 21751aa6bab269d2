package dev.cca.run;

import dev.cca.diag.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids of the center records read so far, for duplicate detection: where each id was first seen (file and line)
 * and whether a valid center holds it. An open-addressing table of the id strings (which the rows keep anyway) and
 * two ints per slot, so that a million ids cost about 24 bytes each, not the hundred of a map of locations and a
 * set beside it.
 */
final class CenterIds {

    private static final int VALID = 1 << 31;
    private String[] keys = new String[1024];
    /** Per slot: the first record's line. */
    private int[] lines = new int[1024];
    /** Per slot: the index of the first record's file, with {@link #VALID} set once a valid center has the id. */
    private int[] files = new int[1024];
    private int size;
    private final List<String> fileNames = new ArrayList<>();
    private final Map<String, Integer> fileIndex = new HashMap<>();

    private int slot(String id) {
        int mask = keys.length - 1;
        int i = mix(id.hashCode()) & mask;
        while (keys[i] != null && !keys[i].equals(id)) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * Records {@code id} as first seen at {@code at} and returns null; or, when a record had it before, returns where
     * that one starts (its file and line, column 0) and records nothing.
     */
    Location firstOrAdd(String id, Location at) {
        int i = slot(id);
        if (keys[i] != null) {
            return Location.of(fileNames.get(files[i] & ~VALID), lines[i], 0);
        }
        keys[i] = id;
        lines[i] = at.line();
        files[i] = fileIndex.computeIfAbsent(at.file(), f -> {
            fileNames.add(f);
            return fileNames.size() - 1;
        });
        if (++size * 2 > keys.length) {
            grow();
        }
        return null;
    }

    /** Marks that a valid center holds {@code id} (already recorded). */
    void markValid(String id) {
        int i = slot(id);
        if (keys[i] != null) {
            files[i] |= VALID;
        }
    }

    /** Whether a valid center holds {@code id}. */
    boolean valid(String id) {
        int i = slot(id);
        return keys[i] != null && (files[i] & VALID) != 0;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldLines = lines;
        int[] oldFiles = files;
        keys = new String[oldKeys.length * 2];
        lines = new int[keys.length];
        files = new int[keys.length];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = slot(oldKeys[j]);
                keys[i] = oldKeys[j];
                lines[i] = oldLines[j];
                files[i] = oldFiles[j];
            }
        }
    }
}
