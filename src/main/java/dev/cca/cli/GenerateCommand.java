package dev.cca.cli;

import dev.cca.diag.Localized;
import dev.cca.diag.Message;
import dev.cca.diag.OptionCode;
import dev.cca.generate.SyntheticCatalog;
import dev.cca.input.catalog.Format;
import dev.cca.run.ExitCode;
import dev.cca.run.ReportFiles;
import dev.cca.run.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    @Option(names = "--lang", paramLabel = "en|zh", description = CommonOptions.LANG_HELP)
    String lang;

    @Spec
    CommandSpec spec;

    GenerateCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        String l = CommonOptions.lang(spec, lang, env.vars());
        if (count < 0) {
            return refuse(l, new Message(OptionCode.NOT_NEGATIVE, "--count", count));
        }
        String f = format == null ? null : format.toLowerCase(Locale.ROOT);
        try {
            if ("yaml-tree".equals(f)) {
                if (output.equals("-")) {
                    return refuse(l, new Message(OptionCode.GENERATE_TREE_STDOUT));
                }
                tree(Path.of(output));
            } else {
                Format fmt = f == null ? null : Format.byName(f);
                if (f != null && fmt == null) {
                    return refuse(l, new Message(OptionCode.FORMAT_UNKNOWN, format, formats("", false, "yaml-tree")));
                }
                if (output.equals("-") && (fmt == null || fmt == Format.XLSX)) {
                    return refuse(l, new Message(OptionCode.STDOUT_FORMAT, formats("", true, null)));
                }
                if (!output.equals("-") && Files.isDirectory(Path.of(output))) {
                    return refuse(l, new Message(OptionCode.GENERATE_DIRECTORY, output));
                }
                Format chosen = fmt != null ? fmt : Format.byFileName(output);
                if (chosen == null) {
                    return refuse(l, new Message(OptionCode.GENERATE_NO_FORMAT, output, formats(".", false, null)));
                }
                if (chosen == Format.XLSX && count > SyntheticCatalog.MAX_XLSX_ROWS) {
                    return refuse(l, new Message(OptionCode.GENERATE_XLSX_ROWS, count, SyntheticCatalog.MAX_XLSX_ROWS));
                }
                // Written as every report is: atomically, never over a special file, nothing left on a signal.
                ReportFiles.write(output, out -> SyntheticCatalog.generate(count, seed, chosen, out), env.stdout(),
                        ReportFiles.Written.FILE);
            }
            if (!output.equals("-")) {
                env.out().println("zh".equals(l) ? "已将 " + count + " 个合成中心写入 " + output
                        : "wrote " + count + " synthetic center(s) to " + output);
            }
            env.out().flush();
            return ExitCode.OK.code();
        } catch (UsageException e) {
            return refuse(l, e.message());
        } catch (TreeFailure e) {
            env.err().println("cca generate: " + Failures.line(l, e.message));
            return ExitCode.INTERNAL.code();
        } catch (IOException e) {
            // The catalog could not be written: CCA-F181/F182 naming the file, else F183 with the system's reason.
            Message m = e instanceof ReportFiles.WriteException w ? w.message()
                    : new Message(dev.cca.diag.FileCode.REPORT_FAILED, ReportFiles.Written.FILE.noun(), ReportFiles.reason(e));
            env.err().println("cca generate: " + Failures.line(l, m));
            return ExitCode.INTERNAL.code();
        }
    }

    private int refuse(String l, Message m) {
        return Failures.usage(env, l, "generate", m);
    }

    /** One file per center; a file or folder that cannot be made ends the run, naming it with the system's reason. */
    private void tree(Path dir) throws TreeFailure {
        try {
            SyntheticCatalog.generateTree(count, seed, dir);
        } catch (IOException e) {
            Object where = e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null ? fs.getFile() : dir;
            throw new TreeFailure(new Message(OptionCode.GENERATE_TREE_FAILED, output, where, ReportFiles.reason(e)));
        }
    }

    private static final class TreeFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Message message;

        TreeFailure(Message message) {
            super(message.get("en"));
            this.message = message;
        }
    }

    /**
     * The catalog formats by their first extension, {@code first} (yaml-tree) ahead of them: "yaml, json, jsonl, csv
     * or xlsx", "yaml、json、jsonl、csv 或 xlsx".
     */
    static Localized formats(String dot, boolean textOnly, String first) {
        List<String> names = new ArrayList<>();
        if (first != null) {
            names.add(first);
        }
        for (Format f : Format.values()) {
            if (!textOnly || f != Format.XLSX) {
                names.add(dot + f.extensions().get(0));
            }
        }
        String head = String.join(", ", names.subList(0, names.size() - 1));
        String headZh = String.join("、", names.subList(0, names.size() - 1));
        String last = names.get(names.size() - 1);
        return Localized.of(head + " or " + last, headZh + " 或 " + last);
    }
}
