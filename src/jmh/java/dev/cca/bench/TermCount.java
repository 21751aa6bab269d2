package dev.cca.bench;

import dev.cca.engine.Plan;
import dev.cca.rules.RuleSetLoader;

/** Prints the number of terms (metric evaluations per center) of the default rule set, for src/bench/core.sh. */
public final class TermCount {

    private TermCount() {
    }

    public static void main(String[] args) {
        System.out.println(Plan.compile(RuleSetLoader.loadDefault()).termCount());
    }
}
