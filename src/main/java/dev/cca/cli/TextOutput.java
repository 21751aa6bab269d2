package dev.cca.cli;

import dev.cca.run.InputPaths;
import dev.cca.run.ReportFiles;
import dev.cca.run.UsageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A command's one text (a template, a schema) to standard output or to the file of {@code -o}, never over the rule set it read. */
final class TextOutput {

    private TextOutput() {
    }

    static void write(Env env, String output, String rules, String text) throws UsageException, IOException {
        if (output == null || output.equals("-")) {
            env.out().print(text);
            env.out().flush();
        } else {
            ReportFiles.check(output, new InputPaths().add(rules));
            ReportFiles.write(output, os -> os.write(text.getBytes(StandardCharsets.UTF_8)), env.stdout(), ReportFiles.Written.FILE);
        }
    }
}
