package dev.cca.run;

import dev.cca.model.ProfileSchema;
import dev.cca.report.ProfileTemplate;
import dev.cca.rules.RuleSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code cca init}: a commented profile to fill in, for the scenarios asked for. A scenario is a profile
 * scenario (pretraining, fine-tuning, inference: claimed in the template's {@code scenarios:}), a scoring
 * scenario of the rule set (training, inference), or {@code all}; the template has the keys that serve them.
 */
public final class InitRun {

    private InitRun() {
    }

    public static String template(RuleSet rs, List<String> asked, String lang) throws UsageException {
        Set<String> scoring = new LinkedHashSet<>();
        List<String> claimed = new ArrayList<>();
        List<String> known = new ArrayList<>(ProfileSchema.SCENARIOS);
        rs.scenarios().forEach(s -> known.add(s.id()));
        for (String raw : asked) {
            for (String part : raw.split(",")) {
                String s = part.strip();
                if (s.isEmpty() || s.equals("all")) {
                    continue;
                }
                boolean profileScenario = ProfileSchema.SCENARIOS.contains(s);
                if (profileScenario) {
                    if (!claimed.contains(s)) {
                        claimed.add(s);
                    }
                    rs.fit().stream().filter(f -> f.scenario().equals(s)).forEach(f -> scoring.add(f.scoredAs()));
                } else if (rs.scenario(s) != null) {
                    scoring.add(s);
                } else {
                    throw new UsageException(dev.cca.diag.OptionCode.INIT_SCENARIO, s, String.join(", ", known), dev.cca.diag.Suggest.hint(s, known));
                }
            }
        }
        if (scoring.isEmpty()) {
            rs.scenarios().forEach(s -> scoring.add(s.id()));
        }
        return ProfileTemplate.render(rs, scoring, claimed, lang);
    }
}
