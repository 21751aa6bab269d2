package dev.cca.cli;

import dev.cca.diag.InputException;
import dev.cca.run.ExitCode;
import dev.cca.run.ReportFiles;
import dev.cca.run.UsageException;
import java.io.IOException;

/** How assess and batch end when a run fails as a whole: what they print, and the exit code of each kind. */
final class Failures {

    private Failures() {
    }

    /** A usage problem: {@code cca assess: error CCA-O012: message} in the run's language, exit 2. */
    static int usage(Env env, String lang, String command, dev.cca.diag.Message m) {
        env.err().println("cca " + command + ": " + line(lang, m));
        env.err().flush();
        return ExitCode.USAGE.code();
    }

    /** {@code error CCA-O012: message}: the severity, the code and the message in {@code lang}. */
    static String line(String lang, dev.cca.diag.Message m) {
        return dev.cca.diag.Severity.ERROR.label(lang) + " " + m.code().id() + ": " + m.get(lang);
    }

    /**
     * Invalid input: its located diagnostics, exit 3. A usage problem: one line, exit 2. A report that could
     * not be written: {@code CCA-F181}/{@code F182} with the reason and what became of the other reports (reports
     * are written all or nothing), in the run's language, exit 4 ("failed write").
     */
    static int report(Env env, boolean colour, String lang, String command, Exception e) {
        if (e instanceof InputException ie) {
            new DiagnosticPrinter(env.err(), colour, DiagnosticPrinter.Lines.NONE, lang).print(ie.diagnostics());
            return ExitCode.INVALID_INPUT.code();
        }
        ExitCode code;
        if (e instanceof UsageException u) {
            return usage(env, lang, command, u.message());
        } else if (e instanceof ReportFiles.WriteException w) {
            // The message names the file and says which reports are new and which kept their earlier content.
            env.err().println("cca " + command + ": " + line(lang, w.message()));
            code = ExitCode.INTERNAL;
        } else if (e instanceof IOException) {
            env.err().println("cca " + command + ": " + line(lang, new dev.cca.diag.Message(dev.cca.diag.FileCode.REPORT_FAILED,
                    written(command).noun(), dev.cca.diag.Localized.of(String.valueOf(e.getMessage()), String.valueOf(e.getMessage())))));
            code = ExitCode.INTERNAL;
        } else {
            throw new IllegalArgumentException("not a run failure", e);
        }
        env.err().flush();
        return code.code();
    }

    /** What a command writes, as a failed write names it: assess and batch write reports, the others files. */
    static ReportFiles.Written written(String command) {
        return command.equals("assess") || command.equals("batch") ? ReportFiles.Written.REPORT : ReportFiles.Written.FILE;
    }
}
