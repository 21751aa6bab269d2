package dev.cca.cli;

import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import dev.cca.run.Version;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code --version}: the tool's version and the embedded rule set's id, version and hash, in the run's language. */
final class VersionProvider implements IVersionProvider {

    /** The command asked; its resource bundle is the run's language ({@link Main#help}). */
    @Spec
    CommandSpec spec;

    @Override
    public String[] getVersion() {
        RuleSet rs = RuleSetLoader.loadDefault();
        boolean zh = spec != null && spec.resourceBundle() instanceof HelpText_zh;
        return new String[] {
            "cca " + Version.get(),
            (zh ? "规则集 " : "rule set ") + rs.id() + " " + rs.version() + " (sha256 " + rs.sha256().substring(0, 12) + ")",
            "Java " + System.getProperty("java.version")
        };
    }
}
