package dev.cca.run;

import java.util.List;

/** The gates that failed, one sentence each; empty when every gate passed. */
public record GateResult(List<String> failures) {

    public boolean passed() {
        return failures.isEmpty();
    }
}
