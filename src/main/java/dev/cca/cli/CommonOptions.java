package dev.cca.cli;

import dev.cca.input.Limits;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options shared by the commands that read inputs. */
final class CommonOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "ID|FILE",
            description = "Rule set: the id of an embedded one (cca-default) or a rules file. Default: cca-default.")
    String rules;

    @Option(names = "--lang", paramLabel = "en|zh", description = LANG_HELP)
    String lang;

    /** The help of every {@code --lang}. */
    static final String LANG_HELP = "Language of messages and reports. Default: the locale (LC_ALL, LC_MESSAGES, LANG:"
            + " zh_* is Chinese), else en.";

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The reference date (YYYY-MM-DD): evidence ages against it and no input date may be after it. "
                    + "Default: today (every result names the date used); makes reruns reproducible.")
    String asOf;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on success but problems.")
    boolean quiet;

    @Option(names = "--no-color", description = "No colour, even on a terminal (NO_COLOR is honoured too).")
    boolean noColor;

    @Option(names = {"-v", "--verbose"}, description = "Print warnings in full and, on an internal error, the stack trace.")
    boolean verbose;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of the input files when not UTF-8, e.g. gb18030 for Chinese text saved by Windows tools.")
    String encoding;

    /**
     * The rule set is the authority's own file: a limit raised lets a large --rules file in, but one lowered against
     * submitted files never turns it away (see {@link dev.cca.run.LoadedRules#resolve(String, dev.cca.diag.Problems,
     * Limits)}).
     */
    static final String RULES_TOO = "Applies to the --rules file too when above the default (a lower value limits the inputs only).";

    @Option(names = "--max-file-size", paramLabel = "SIZE", description = "Largest input file read whole (e.g. 128MiB, the default). " + RULES_TOO)
    String maxFileSize;

    @Option(names = "--max-documents", paramLabel = "N", description = "Most YAML documents in one file. Default: 1000000.")
    Integer maxDocuments;

    @Option(names = "--max-depth", paramLabel = "N", description = "Deepest nesting of maps and lists. Default: 64; at most 1000. " + RULES_TOO)
    Integer maxDepth;

    @Option(names = "--max-string-length", paramLabel = "N", description = "Longest value, in characters. Default: 65536. " + RULES_TOO)
    Integer maxStringLength;

    @Option(names = "--max-record-size", paramLabel = "SIZE", description = "Longest JSON Lines line or CSV record. Default: 4MiB.")
    String maxRecordSize;

    @Option(names = "--max-elements", paramLabel = "N",
            description = "Most elements in one list, or keys in one map. Default: 100000. " + RULES_TOO)
    Integer maxElements;

    @Option(names = "--max-problems", paramLabel = "N",
            description = "Most problems printed for one file; the rest are counted in one line. Default: 200; 0 prints all.")
    Integer maxProblems;

    @Option(names = "--bench-root", paramLabel = "DIR",
            description = "The folder that files named inside profiles and benchmark documents (benchmarks:, import.file)"
                    + " must stay in. Default: the folder of the file that names them.")
    String benchRoot;

    @Option(names = "--allow-outside-paths",
            description = "Let profiles and benchmark documents name files anywhere (trusted inputs only); special files"
                    + " are refused even so.")
    boolean allowOutsidePaths;

    LocalDate asOfDate() {
        if (asOf == null) {
            return null;
        }
        dev.cca.input.Values.Why why = new dev.cca.input.Values.Why();
        LocalDate d = dev.cca.input.Values.date(asOf, false, why);
        if (d == null) {
            throw new CodedParameterException(spec.commandLine(), dev.cca.diag.OptionCode.AS_OF, asOf, why.message());
        }
        return d;
    }

    String lang(Env env) {
        return lang(spec, lang, env.vars());
    }

    Charset charset() {
        return charset(spec, encoding);
    }

    /**
     * {@code --lang}: en or zh; when not given, the locale's language as POSIX ranks its variables (LC_ALL, then
     * LC_MESSAGES, then LANG; the first that is set decides), Chinese for {@code zh}, {@code zh_CN.UTF-8} and the like,
     * English for anything else.
     */
    static String lang(CommandSpec spec, String lang, java.util.Map<String, String> vars) {
        if (lang == null) {
            for (String v : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
                String value = vars.get(v);
                if (value != null && !value.isEmpty()) {
                    return value.toLowerCase(Locale.ROOT).startsWith("zh") ? "zh" : "en";
                }
            }
            return "en";
        }
        String l = lang.toLowerCase(Locale.ROOT);
        if (!l.equals("en") && !l.equals("zh")) {
            throw new CodedParameterException(spec.commandLine(), dev.cca.diag.OptionCode.LANG, lang);
        }
        return l;
    }

    /** {@code --encoding}: a charset name, or null for UTF-8 (detected). */
    static Charset charset(CommandSpec spec, String encoding) {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CodedParameterException(spec.commandLine(), dev.cca.diag.OptionCode.ENCODING, encoding);
        }
    }

    Limits limits() {
        Limits l = Limits.DEFAULT;
        if (maxDocuments != null) {
            l = l.withMaxDocuments(positive("--max-documents", maxDocuments));
        }
        l = treeLimits(spec, l, maxFileSize, maxDepth, maxStringLength, maxElements);
        if (benchRoot != null || allowOutsidePaths) {
            java.nio.file.Path root = null;
            if (benchRoot != null) {
                try {
                    root = java.nio.file.Path.of(benchRoot).toAbsolutePath().normalize();
                } catch (java.nio.file.InvalidPathException e) {
                    throw new CodedParameterException(spec.commandLine(), dev.cca.diag.OptionCode.NOT_A_PATH, "--bench-root", benchRoot, e.getReason());
                }
                if (!java.nio.file.Files.isDirectory(root)) {
                    throw new CodedParameterException(spec.commandLine(), dev.cca.diag.OptionCode.NOT_A_FOLDER, "--bench-root", benchRoot);
                }
            }
            l = l.withNamedFiles(root, allowOutsidePaths);
        }
        if (maxRecordSize != null) {
            l = l.withMaxRecordBytes((int) Math.min(Integer.MAX_VALUE - 8, size("--max-record-size", maxRecordSize)));
        }
        return l;
    }

    /**
     * {@code l} with the limits of a file read whole and its tree that were given: {@code --max-file-size}, {@code
     * --max-depth}, {@code --max-string-length}, {@code --max-elements} (null where not given); a usage error for a value
     * that is none.
     */
    static Limits treeLimits(CommandSpec spec, Limits l, String maxFileSize, Integer maxDepth, Integer maxStringLength,
                             Integer maxElements) {
        if (maxFileSize != null) {
            l = l.withMaxFileBytes(size(spec, "--max-file-size", maxFileSize));
        }
        if (maxDepth != null) {
            if (maxDepth > Limits.MAX_DEPTH) {
                throw new CodedParameterException(spec.commandLine(), dev.cca.diag.OptionCode.MAX_DEPTH, maxDepth, Limits.MAX_DEPTH);
            }
            l = l.withMaxDepth(positive(spec, "--max-depth", maxDepth));
        }
        if (maxStringLength != null) {
            l = l.withMaxStringLength(Math.min(Limits.MAX_STRING_LENGTH, positive(spec, "--max-string-length", maxStringLength)));
        }
        if (maxElements != null) {
            l = l.withMaxElements(positive(spec, "--max-elements", maxElements));
        }
        return l;
    }

    /** {@code --max-problems}: the problems of one file that are printed, 0 for all. */
    int maxProblems() {
        if (maxProblems == null) {
            return dev.cca.diag.ProblemCap.DEFAULT;
        }
        if (maxProblems < 0) {
            throw new CodedParameterException(spec.commandLine(), dev.cca.diag.OptionCode.MAX_PROBLEMS, maxProblems);
        }
        return maxProblems;
    }

    private int positive(String name, int v) {
        return positive(spec, name, v);
    }

    /** {@code v}, or the usage error of option {@code name} when it is not positive. */
    static int positive(CommandSpec spec, String name, int v) {
        if (v <= 0) {
            throw new CodedParameterException(spec.commandLine(), dev.cca.diag.OptionCode.POSITIVE, name, v);
        }
        return v;
    }

    /** "128MiB", "64MB", "1g", "4096", "1.5MiB": a whole number of bytes, at least one. */
    long size(String name, String s) {
        return size(spec, name, s);
    }

    /** {@link #size(String, String)} for the command of {@code spec}. */
    static long size(CommandSpec spec, String name, String s) {
        String t = s.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        long mult = 1;
        String[][] units = {{"gib", "1073741824"}, {"gb", "1073741824"}, {"g", "1073741824"}, {"mib", "1048576"},
                {"mb", "1048576"}, {"m", "1048576"}, {"kib", "1024"}, {"kb", "1024"}, {"k", "1024"}, {"b", "1"}};
        for (String[] u : units) {
            if (t.endsWith(u[0])) {
                mult = Long.parseLong(u[1]);
                t = t.substring(0, t.length() - u[0].length());
                break;
            }
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!(v > 0) || !t.matches("[0-9]*\\.?[0-9]+|[0-9]+\\.")) {
            throw new CodedParameterException(spec.commandLine(), dev.cca.diag.OptionCode.SIZE, name, s);
        }
        double bytes = v * mult;
        if (bytes < 1) {
            throw new CodedParameterException(spec.commandLine(), dev.cca.diag.OptionCode.SIZE_TOO_SMALL, name, s);
        }
        return (long) Math.min(bytes, Long.MAX_VALUE / 2);
    }
}
