package dev.cca.cli;

import dev.cca.diag.FileCode;
import dev.cca.diag.Localized;
import dev.cca.diag.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: translates arguments into a run configuration, calls the library, maps the outcome to
 * an exit code. Only {@link #main} exits; {@link #run} returns the code so tests never call System.exit.
 *
 * <pre>
 *   argv -> picocli -> XxxCommand -> XxxConfig -> dev.cca.run.XxxRun -> result -> renderers -> exit code
 * </pre>
 */
@Command(name = "cca", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, addMethodSubcommands = false,
        resourceBundle = "dev.cca.cli.HelpText",
        description = "Assess and rate AI computing centers (智算中心) against the CAICT 2025 capability tables.",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%nExamples:%n",
        footer = {
            "  cca assess samples/wuhan-aicc.yaml -o report.md",
            "  cca batch catalog/ -o ranking.csv -o summary.md",
            "  cca validate samples/",
            "  cca rules explain throughput",
            "  cca schema profile -o center-profile.schema.json",
            "  cca help assess                     # the help of one command",
            "  source <(cca completion)            # tab completion in bash and zsh",
            "",
            "${bundle:exit.all}",
            "Documentation: README.md and docs/ in the source distribution."})
public final class Main implements Runnable {

    private final Env env;

    Main(Env env) {
        this.env = env;
    }

    /** The command as picocli built it: with its subcommands and the run's language (a new CommandLine has neither). */
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(env.out());
        env.out().flush();
    }

    public static void main(String[] args) {
        Preload.start(args);
        System.exit(run(args, dev.cca.run.OutputPipe.standardOutput(), System.err, System.in, System.getenv(), LocalDate.now(),
                Terminal.isTty(1), Terminal.isTty(2)));
    }

    /** Runs one command line and returns its exit code. */
    public static int run(String[] args, OutputStream stdout, OutputStream stderr, InputStream stdin,
                          Map<String, String> vars, LocalDate today, boolean stdoutTty, boolean stderrTty) {
        // Every command writes standard output through this one stream, which tells a reader gone from a failed write.
        dev.cca.run.OutputPipe so = dev.cca.run.OutputPipe.of(stdout);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(so, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        Env env = new Env(so, out, err, stdin, vars, today, stdoutTty, stderrTty);
        CommandLine cl = commandLine(env, args);
        cl.setOut(out);
        cl.setErr(err);
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose") || java.util.Arrays.asList(args).contains("-v");
        // A usage error is one line that says what is wrong and where the help is, never the whole usage text.
        String lang = lang(args, vars);
        cl.setParameterExceptionHandler((ex, args2) -> {
            CommandLine c = ex.getCommandLine();
            String name = c.getCommandSpec().qualifiedName();
            Message m = UsageErrors.of(ex);
            String text = m.get(lang).replace("\n", " ").strip();
            err.println(name + ": " + Failures.line(lang, m).replace(m.get(lang), text)
                    + (text.endsWith(")") || text.endsWith("）") ? "" : "zh".equals(lang) ? "（见 " + name + " --help）"
                    : " (see " + name + " --help)"));
            err.flush();
            return dev.cca.run.ExitCode.USAGE.code();
        });
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            if (ex instanceof java.nio.file.InvalidPathException bad) {
                // A path given on the command line that no file system takes (a NUL byte, say): the user's to fix.
                err.println("cca: " + Failures.line(lang, new Message(dev.cca.diag.OptionCode.NOT_USABLE_PATH,
                        dev.cca.report.Text.stripControls(bad.getInput()), bad.getReason())));
                err.flush();
                return dev.cca.run.ExitCode.USAGE.code();
            }
            err.println("cca: " + Failures.line(lang, new Message(FileCode.INTERNAL_ERROR, ex.toString(),
                    verbose ? Localized.of(".", "。")
                            : Localized.of(" (rerun with --verbose for the details).", "（加 --verbose 重新运行可看到详情）。"))));
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 4;
        });
        Message empty = emptyArgument(args);
        if (empty != null) {
            String command = args.length > 0 && !args[0].startsWith("-") && !args[0].isEmpty() ? "cca " + args[0] : "cca";
            err.println(command + ": " + Failures.line(lang, empty));
            err.flush();
            return dev.cca.run.ExitCode.USAGE.code();
        }
        try {
            int code = cl.execute(args);
            out.flush();
            try {
                so.flush();
            } catch (IOException e) {
                // seen by the stream: the reader gone, or a failure
            }
            // PrintWriter keeps write errors to itself; the stream saw them, and says which they were.
            if (so.failure() != null && code < 4) {
                err.println("cca: " + Failures.line(lang, new Message(FileCode.STDOUT_NOT_WRITTEN,
                        dev.cca.run.ReportFiles.reason(so.failure()))));
                code = 4;
            }
            err.flush();
            return so.exit(code);
        } catch (OutOfMemoryError e) {
            err.println("cca: " + Failures.line(lang, new Message(FileCode.OUT_OF_MEMORY_RUN)));
            err.flush();
            return 4;
        }
    }

    /**
     * The usage error of an empty argument, or null when there is none: {@code cca assess "$PROFILE"} with the variable
     * unset, or {@code --rules ""}. An empty path is the current folder to Java, so such a command read (or walked, or
     * wrote over) a folder it was never given. No option or argument of cca takes empty text.
     */
    static Message emptyArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String option = null;
            if (a.isEmpty()) {
                option = i > 0 && args[i - 1].startsWith("-") && args[i - 1].length() > 1 && !args[i - 1].contains("=") ? args[i - 1] : "";
            } else if (a.startsWith("-") && a.length() > 2 && a.indexOf('=') == a.length() - 1) {
                option = a.substring(0, a.length() - 1);
            }
            if (option != null) {
                return new Message(dev.cca.diag.OptionCode.EMPTY_ARGUMENT,
                        option.isEmpty() ? Localized.of(" (argument " + i + ")", "（第 " + i + " 个参数）")
                                : Localized.of(" for " + option, "（" + option + " 的值）"),
                        option.isEmpty() ? Localized.EMPTY : Localized.of(", or leave " + option + " out", "，或去掉 " + option));
            }
        }
        return null;
    }

    /**
     * The language of messages about the command line itself, which may not parse: {@code --lang} as written
     * ({@code --lang zh}, {@code --lang=zh}), else the locale, as {@link CommonOptions} decides once it does parse.
     */
    static String lang(String[] args, Map<String, String> vars) {
        for (int i = 0; i < args.length; i++) {
            String v = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (v != null && (v.equalsIgnoreCase("zh") || v.equalsIgnoreCase("en"))) {
                return v.toLowerCase(java.util.Locale.ROOT);
            }
        }
        return CommonOptions.lang(null, null, vars);
    }

    /** picocli's system property naming the built-in type converters it does not register. */
    static final String CONVERTERS_EXCLUDED = "picocli.converters.excludes";

    /**
     * The built-in converters picocli registers by reflection, one class at a time, on every start (java.sql's,
     * java.time's and java.nio.file.Path's: a few milliseconds of a short run). No option of cca has such a type;
     * every option is text, a number or a flag, and a test checks that this stays so.
     */
    static final String UNUSED_CONVERTERS = "java\\.(sql|time|nio)\\..*";

    /** The subcommands, by name; built only when needed. */
    private static final String[] COMMANDS = {"assess", "batch", "validate", "generate", "rules", "init", "schema", "help",
        "completion"};

    /**
     * The command tree. picocli builds a command's model by reflection when it is added, which costs a short run
     * more than its work; so when the first argument names a command, only that one is built, and {@code --version}
     * builds none. Help, completion and anything else get the whole tree.
     */
    static CommandLine commandLine(Env env, String[] args) {
        if (System.getProperty(CONVERTERS_EXCLUDED) == null) {
            System.setProperty(CONVERTERS_EXCLUDED, UNUSED_CONVERTERS);
        }
        CommandLine cl = new CommandLine(new Main(env));
        String first = args.length > 0 ? args[0] : "";
        boolean one = java.util.Arrays.asList(COMMANDS).subList(0, 7).contains(first) && args.length > 1;
        // --version alone prints the version and needs no command's model.
        boolean none = args.length == 1 && (first.equals("--version") || first.equals("-V"));
        for (String name : COMMANDS) {
            if (!none && (!one || name.equals(first))) {
                cl.addSubcommand(name, command(name, env));
            }
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(true);
        help(cl, lang(args, env == null ? Map.of() : env.vars()));
        return cl;
    }

    /** Help in {@code lang}: the Chinese bundle ({@link HelpText_zh}) for zh, the annotations' English otherwise. */
    static void help(CommandLine cl, String lang) {
        if ("zh".equals(lang)) {
            cl.setResourceBundle(java.util.ResourceBundle.getBundle("dev.cca.cli.HelpText", java.util.Locale.CHINESE));
        }
    }

    private static Object command(String name, Env env) {
        return switch (name) {
            case "assess" -> new AssessCommand(env);
            case "batch" -> new BatchCommand(env);
            case "validate" -> new ValidateCommand(env);
            case "generate" -> new GenerateCommand(env);
            case "rules" -> RulesCommand.commandLine(env);
            case "init" -> new InitCommand(env);
            case "schema" -> new SchemaCommand(env);
            case "help" -> new CommandLine.HelpCommand();
            case "completion" -> new CompletionCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }
}
