package dev.cca.engine;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Location;
import dev.cca.model.CenterProfile;
import dev.cca.model.Datum;
import dev.cca.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What a profile says that the rule set cannot score, as warnings: the same for every command. */
public final class RuleWarnings {

    private RuleWarnings() {
    }

    /**
     * The suggestions made so far, per reference list (by identity) and unknown name: a catalog repeats its unknown
     * names, and measuring a name against every name of a list costs more than reading the record it is in. Bounded:
     * past {@link #MAX_SUGGESTIONS} names of a list (or {@link #MAX_LISTS} lists) suggestions are computed each time.
     */
    private static final Map<RuleSet.ReferenceList, Map<String, String>> SUGGESTED =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private static final int MAX_SUGGESTIONS = 4096;
    private static final int MAX_LISTS = 256;

    /** {@code ref.suggest(name)}, remembered; "" for no suggestion. */
    private static String suggest(RuleSet.ReferenceList ref, String name) {
        Map<String, String> known = SUGGESTED.get(ref);
        if (known == null) {
            if (SUGGESTED.size() >= MAX_LISTS) {
                String s = ref.suggest(name);
                return s == null ? "" : s;
            }
            known = SUGGESTED.computeIfAbsent(ref, r -> new ConcurrentHashMap<>());
        }
        String s = known.get(name);
        if (s == null) {
            String close = ref.suggest(name);
            s = close == null ? "" : close;
            if (known.size() < MAX_SUGGESTIONS) {
                known.put(name, s);
            }
        }
        return s;
    }

    /** Capability identifiers that are not in the rule set's reference list for their metric: they score nothing. */
    public static List<Diagnostic> unknownItems(RuleSet rules, CenterProfile p) {
        List<Diagnostic> out = new ArrayList<>();
        for (RuleSet.ReferenceList ref : rules.references().values()) {
            Datum d = p.get(ref.metric());
            if (d == null || d.kind() != Datum.Kind.LIST) {
                continue;
            }
            List<String> items = d.items();
            for (int i = 0; i < items.size(); i++) {
                if (ref.item(items.get(i)) == null) {
                    Location at = i < d.itemOrigins().size() ? d.itemOrigins().get(i) : d.origin();
                    String close = suggest(ref, items.get(i));
                    out.add(Diagnostic.warning(at, dev.cca.diag.ProfileCode.RULE_LIST_UNKNOWN, items.get(i), ref.metric(),
                            close.isEmpty() ? dev.cca.diag.Localized.EMPTY : dev.cca.diag.Suggest.hint(close)));
                }
            }
        }
        return out;
    }
}
