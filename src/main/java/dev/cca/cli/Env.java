package dev.cca.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;

/**
 * The process around a command: its streams, environment variables and today's date. Passed in rather than
 * read from globals, so that tests run commands in-process and reproducibly.
 */
record Env(OutputStream stdout, PrintWriter out, PrintWriter err, InputStream in, Map<String, String> vars,
           LocalDate today, boolean stdoutTty, boolean stderrTty) {
}
