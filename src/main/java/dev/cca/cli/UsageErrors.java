package dev.cca.cli;

import dev.cca.diag.Localized;
import dev.cca.diag.Message;
import dev.cca.diag.OptionCode;
import dev.cca.diag.Suggest;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli's refusals of a command line as codes of the catalogue ({@code CCA-O}), so that they print in the run's
 * language like every other problem: an unknown option, a missing parameter, an option given twice, a value of the
 * wrong type. One picocli has no accessor for keeps picocli's English text as its detail.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    static Message of(CommandLine.ParameterException ex) {
        if (ex instanceof CodedParameterException c) {
            return c.message();
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            List<String> s = u.getSuggestions();
            return new Message(OptionCode.UNKNOWN_ARGUMENT, "'" + String.join("' '", u.getUnmatched()) + "'",
                    s.isEmpty() ? Localized.EMPTY : Suggest.hint(closest(u.getUnmatched().get(0), s)));
        }
        if (ex instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            return new Message(OptionCode.MISSING, String.join(", ", m.getMissing().stream().map(UsageErrors::name).toList()));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
            return new Message(OptionCode.GIVEN_TWICE, name(o.getOverwritten()));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null && ex.getCause() instanceof CommandLine.TypeConversionException) {
            Class<?> t = ex.getArgSpec().type();
            Localized expected = t == int.class || t == Integer.class || t == long.class || t == Long.class
                    ? Localized.of(" (a whole number)", "（应为整数）")
                    : t == double.class || t == Double.class ? Localized.of(" (a number)", "（应为数字）") : Localized.EMPTY;
            return new Message(OptionCode.BAD_VALUE, name(ex.getArgSpec()), ex.getValue(), expected);
        }
        String unknown = unknownCommand(ex);
        if (unknown != null) {
            CommandLine c = ex.getCommandLine();
            if (c.getCommand() instanceof CommandLine.HelpCommand && c.getParent() != null) {
                c = c.getParent();
            }
            java.util.Set<String> names = c.getSubcommands().keySet();
            return new Message(OptionCode.UNKNOWN_COMMAND, unknown, Suggest.hint(unknown, names), String.join(", ", names));
        }
        return new Message(OptionCode.NOT_VALID, String.valueOf(ex.getMessage()));
    }

    /**
     * The command {@code cca help NAME} was asked about that does not exist, or null: picocli's help command says so
     * only in an English message ("Unknown subcommand 'nosuch'."), with no accessor.
     */
    private static String unknownCommand(CommandLine.ParameterException ex) {
        String m = ex.getMessage();
        if (m == null || ex.getClass() != CommandLine.ParameterException.class) {
            return null;
        }
        java.util.regex.Matcher u = java.util.regex.Pattern.compile("^Unknown subcommand '(.*)'\\.?$", java.util.regex.Pattern.DOTALL).matcher(m);
        return u.matches() ? u.group(1) : null;
    }

    /** Of picocli's suggestions (options sharing a prefix), the one nearest the word written. */
    private static String closest(String written, List<String> suggestions) {
        String c = Suggest.closest(written, suggestions);
        return c != null ? c : suggestions.get(0);
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }
}
