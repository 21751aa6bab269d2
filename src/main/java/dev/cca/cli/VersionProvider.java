package dev.cca.cli;

import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import dev.cca.run.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the tool's version and the embedded rule set's id, version and hash. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        RuleSet rs = RuleSetLoader.loadDefault();
        return new String[] {
            "cca " + Version.get(),
            "rule set " + rs.id() + " " + rs.version() + " (sha256 " + rs.sha256().substring(0, 12) + ")",
            "Java " + System.getProperty("java.version")
        };
    }
}
