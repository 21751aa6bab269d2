package dev.cca.engine;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Location;
import dev.cca.model.CenterProfile;
import dev.cca.model.Datum;
import dev.cca.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;

/** What a profile says that the rule set cannot score, as warnings: the same for every command. */
public final class RuleWarnings {

    private RuleWarnings() {
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
                    String close = ref.suggest(items.get(i));
                    out.add(Diagnostic.warning(at, "'" + items.get(i) + "' is not in the rule set's list for "
                            + ref.metric() + "; it scores nothing" + (close == null ? "" : " (did you mean '" + close + "'?)")));
                }
            }
        }
        return out;
    }
}
