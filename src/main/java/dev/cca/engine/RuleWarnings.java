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

    /** Past this many unknown names of one list, the warnings of further names are made each time. */
    static final int MAX_REMEMBERED = 4096;
    /** A name longer than this is never remembered (a catalog's junk names can be of any length). */
    static final int MAX_REMEMBERED_LENGTH = 128;

    /**
     * The reference lists of one rule set, with their paths compiled for the profile, and the warning each unknown
     * name met so far gets: a catalog repeats its unknown names, and measuring a name against every name of a list
     * (for the suggestion) and writing the warning in two languages cost more than reading the record it is in. A
     * warning depends only on the list and the name; each use moves it to where the name is written. Bounded:
     * {@link #MAX_REMEMBERED} names per list, none longer than {@link #MAX_REMEMBERED_LENGTH}.
     */
    private static final class Lists {
        final RuleSet rules;
        final RuleSet.ReferenceList[] refs;
        final CenterProfile.Key[] keys;
        final List<Map<String, Diagnostic>> unknown = new ArrayList<>();

        Lists(RuleSet rules) {
            this.rules = rules;
            this.refs = rules.references().values().toArray(RuleSet.ReferenceList[]::new);
            this.keys = new CenterProfile.Key[refs.length];
            for (int r = 0; r < refs.length; r++) {
                keys[r] = CenterProfile.key(refs[r].metric());
                unknown.add(new ConcurrentHashMap<>());
            }
        }
    }

    /** The lists of the rule set used last (a run uses one): its threads share them without a lock. */
    private static volatile Lists last;

    private static Lists lists(RuleSet rules) {
        Lists l = last;
        if (l == null || l.rules != rules) {
            l = new Lists(rules);
            last = l;
        }
        return l;
    }

    /** Capability identifiers that are not in the rule set's reference list for their metric: they score nothing. */
    public static List<Diagnostic> unknownItems(RuleSet rules, CenterProfile p) {
        Lists lists = lists(rules);
        List<Diagnostic> out = null;
        for (int r = 0; r < lists.refs.length; r++) {
            Datum d = p.get(lists.keys[r]);
            if (d == null || d.kind() != Datum.Kind.LIST) {
                continue;
            }
            RuleSet.ReferenceList ref = lists.refs[r];
            Map<String, Diagnostic> known = lists.unknown.get(r);
            List<String> items = d.items();
            for (int i = 0; i < items.size(); i++) {
                String name = items.get(i);
                // A name written as the rule set writes one is known without folding it (ReferenceList.index).
                if (name != null && ref.spelled().containsKey(name)) {
                    continue;
                }
                Diagnostic w = name == null ? null : known.get(name);
                if (w == null) {
                    if (ref.item(name) != null) {
                        continue;
                    }
                    w = warning(ref, name, d.origin());
                    if (name != null && name.length() <= MAX_REMEMBERED_LENGTH && known.size() < MAX_REMEMBERED) {
                        known.putIfAbsent(name, w);
                    }
                }
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(w.at(i < d.itemOrigins().size() ? d.itemOrigins().get(i) : d.origin()));
            }
        }
        return out == null ? List.of() : out;
    }

    /** The warning that {@code ref} does not know {@code name}, at {@code at}, with the closest name it knows. */
    static Diagnostic warning(RuleSet.ReferenceList ref, String name, Location at) {
        String close = ref.suggest(name);
        return Diagnostic.warning(at, dev.cca.diag.ProfileCode.RULE_LIST_UNKNOWN, name, ref.metric(),
                close == null || close.isEmpty() ? dev.cca.diag.Localized.EMPTY : dev.cca.diag.Suggest.hint(close));
    }
}
