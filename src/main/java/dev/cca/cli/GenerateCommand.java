package dev.cca.cli;

import dev.cca.input.catalog.Format;
import dev.cca.generate.SyntheticCatalog;
import dev.cca.run.ExitCode;
import dev.cca.run.ReportFiles;
import dev.cca.run.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, addMethodSubcommands = false,
        description = "Write a realistic synthetic catalog (every scale and operator type, missing values, heterogeneous"
                + " inventories), for trying cca out and for reproducing its benchmarks. Same seed, same bytes.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  cca generate --count 1000 -o catalog.jsonl",
            "  cca generate --count 5000 -o catalog.xlsx",
            "  cca generate --count 100000 --format yaml-tree -o tree/   # file per center",
            "  cca generate --count 10 --format yaml -o -                # to standard output",
            "",
            "${bundle:exit.generate}"})
final class GenerateCommand implements Callable<Integer> {

    private final Env env;

    @Option(names = "--count", paramLabel = "N", required = true, description = "Centers to generate.")
    long count;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed. Default: 42.")
    long seed = 42;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "yaml (one multi-document file), yaml-tree (a folder, one file per center), json, jsonl, csv"
                    + " or xlsx. Default: from the extension of -o.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH", required = true, description = "File or folder to write; - for standard output.")
    String output;

    GenerateCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (count < 0) {
            env.err().println("cca generate: --count must not be negative");
            return ExitCode.USAGE.code();
        }
        String f = format == null ? null : format.toLowerCase(Locale.ROOT);
        try {
            if ("yaml-tree".equals(f)) {
                if (output.equals("-")) {
                    env.err().println("cca generate: yaml-tree writes a folder; name it with -o");
                    return ExitCode.USAGE.code();
                }
                SyntheticCatalog.generateTree(count, seed, Path.of(output));
            } else {
                Format fmt = f == null ? null : Format.byName(f);
                if (f != null && fmt == null) {
                    env.err().println("cca generate: --format " + format + ": use yaml-tree, " + Format.names("", false));
                    return ExitCode.USAGE.code();
                }
                if (output.equals("-") && (fmt == null || fmt == Format.XLSX)) {
                    env.err().println("cca generate: name a text --format for standard output (" + Format.names("", true) + ")");
                    return ExitCode.USAGE.code();
                }
                Format chosen = fmt != null ? fmt : Format.byFileName(output);
                if (chosen == null) {
                    env.err().println("cca generate: cannot tell the format from " + output
                            + "; use " + Format.names(".", false) + ", or --format");
                    return ExitCode.USAGE.code();
                }
                if (Files.isDirectory(Path.of(output))) {
                    env.err().println("cca generate: " + output + " is a directory; use --format yaml-tree to write one file per center");
                    return ExitCode.USAGE.code();
                }
                if (chosen == Format.XLSX && count > SyntheticCatalog.MAX_XLSX_ROWS) {
                    env.err().println("cca generate: an XLSX sheet holds at most " + SyntheticCatalog.MAX_XLSX_ROWS
                            + " centers; write CSV or JSON Lines instead");
                    return ExitCode.USAGE.code();
                }
                // Written as every report is: atomically, never over a special file, nothing left on a signal.
                ReportFiles.write(output, out -> SyntheticCatalog.generate(count, seed, chosen, out), env.stdout());
            }
            if (!output.equals("-")) {
                env.out().println("wrote " + count + " synthetic center(s) to " + output);
            }
            env.out().flush();
            return ExitCode.OK.code();
        } catch (IllegalArgumentException | UsageException e) {
            env.err().println("cca generate: " + e.getMessage());
            return ExitCode.USAGE.code();
        } catch (ReportFiles.WriteException e) {
            env.err().println("cca generate: " + Failures.line(CommonOptions.lang(null, null, env.vars()), e.message()));
            return ExitCode.INTERNAL.code();
        } catch (IOException e) {
            env.err().println("cca generate: cannot write " + output + ": " + e.getMessage());
            return ExitCode.INTERNAL.code();
        }
    }
}
