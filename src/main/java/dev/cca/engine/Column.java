package dev.cca.engine;

import dev.cca.rules.RuleSet;
import java.util.List;

/**
 * One input column of the columnar core: what is extracted from each center into one primitive array.
 * Several rule terms that need the same extraction share a column.
 *
 * @param metric the profile metric it reads
 * @param mode   how: the (normalised) value, the covered share of a reference list, or a count of items
 * @param normalize how the raw value is normalised before scoring (VALUE mode only)
 * @param reference the reference list of a capability-list metric, or null
 * @param items  the part of the reference list a coverage column counts (empty: all of it)
 */
public record Column(String metric, Mode mode, RuleSet.Normalization normalize, RuleSet.ReferenceList reference,
                     List<String> items) {

    public enum Mode {
        /** The metric's value in canonical units (1/0 for booleans, distinct items for lists), normalised. */
        VALUE,
        /** The weighted share of the reference list (or its {@code items}) that the center lists, 0-1. */
        COVERAGE
    }

    /**
     * Identity for de-duplication: every component, spelled out rather than through the records' generated
     * {@code toString}, whose first call links a method-handle tree (some tens of milliseconds of a short run).
     */
    String key() {
        StringBuilder k = new StringBuilder(metric).append('|').append(mode).append('|');
        if (normalize != null) {
            k.append(normalize.divideBy()).append('|').append(normalize.multiplyBy()).append('|')
                    .append(normalize.scale()).append('|').append(normalize.unit()).append('|');
            RuleSet.Lookup l = normalize.divideByLookup();
            if (l != null) {
                k.append(l.field()).append('|').append(l.values()).append('|').append(l.fallback());
            }
        }
        return k.append('|').append(items).toString();
    }
}
