package dev.cca.testing;

import dev.cca.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Runs the command line in-process, as a user would, and captures what it prints. */
public final class Cli {

    public record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    public static Run run(String... args) {
        return run("", Map.of(), false, args);
    }

    public static Run run(String stdin, Map<String, String> env, boolean tty, String... args) {
        return run(new ByteArrayOutputStream(), stdin, env, tty, args);
    }

    /** Runs with {@code stdout} as standard output (a stream that fails, say); {@link Run#out()} is what it holds if a byte array. */
    public static Run run(java.io.OutputStream stdout, String stdin, Map<String, String> env, boolean tty, String... args) {
        java.io.OutputStream out = stdout;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> vars = new HashMap<>(env);
        int code = Main.run(args, out, err, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), vars,
                Profiles.TODAY, tty, tty);
        return new Run(code, out instanceof ByteArrayOutputStream b ? b.toString(StandardCharsets.UTF_8) : "",
                err.toString(StandardCharsets.UTF_8));
    }
}
