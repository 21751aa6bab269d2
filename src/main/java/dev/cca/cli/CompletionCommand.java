package dev.cca.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints a bash and zsh completion script for every command and option, generated from the command tree. */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, addMethodSubcommands = false,
        description = "Print a bash/zsh completion script for cca.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  source <(cca completion)                       # this shell",
            "  cca completion > /etc/bash_completion.d/cca    # every new shell"})
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine root = spec.commandLine().getParent();
        String script = AutoComplete.bash(root.getCommandName(), root);
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
