package dev.cca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.FileCode;
import dev.cca.run.ExitCode;
import dev.cca.testing.Cli;
import dev.cca.testing.Profiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * How a run that fails as a whole says so: standard output that cannot be written, memory that runs out, and a
 * bug in cca itself. Each is a coded message in the run's language, and exit code 4. A reader of standard output that
 * has gone is none of them: nothing is said, exit code 141.
 */
class RunFailuresTest {

    /** Standard output that refuses every byte with {@code reason}. */
    private static OutputStream refusing(String reason) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(reason);
            }
        };
    }

    @Test
    void output_that_cannot_be_written_is_said_in_the_runs_language() {
        OutputStream full = refusing("No space left on device");
        Cli.Run zh = Cli.run(full, "", Map.of(), false, "rules", "list", "--lang", "zh");
        Cli.Run en = Cli.run(full, "", Map.of(), false, "rules", "list", "--lang", "en");
        assertEquals(4, zh.exit(), zh.toString());
        assertEquals(4, en.exit(), en.toString());
        assertEquals("cca: 错误 " + FileCode.STDOUT_NOT_WRITTEN.id() + ": 无法写入标准输出（设备上没有剩余空间）\n", zh.err());
        assertEquals("cca: error " + FileCode.STDOUT_NOT_WRITTEN.id() + ": could not write to standard output (No space left on device)\n",
                en.err());
    }

    @Test
    void a_reader_of_standard_output_that_has_gone_is_no_failure_and_nothing_is_said() {
        for (String lang : new String[] {"zh", "en"}) {
            Cli.Run r = Cli.run(refusing("Broken pipe"), "", Map.of(), false, "rules", "list", "--lang", lang);
            assertEquals(ExitCode.READER_GONE.code(), r.exit(), r.toString());
            assertEquals("", r.err());
        }
    }

    @Test
    void running_out_of_memory_is_said_in_the_runs_language() {
        Supplier<InputStream> exhausted = () -> failing(new OutOfMemoryError("Java heap space"));
        Run zh = run(exhausted.get(), "validate", "-", "--lang", "zh");
        Run en = run(exhausted.get(), "validate", "-", "--lang", "en");
        assertEquals(4, zh.exit(), zh.toString());
        assertEquals(4, en.exit(), en.toString());
        assertEquals("cca: 错误 " + FileCode.OUT_OF_MEMORY_RUN.id() + ": 内存不足；请调大堆内存（JAVA_OPTS=-Xmx4g）或拆分输入\n", zh.err());
        assertEquals("cca: error " + FileCode.OUT_OF_MEMORY_RUN.id() + ": out of memory; raise the heap (JAVA_OPTS=-Xmx4g) or split the input\n",
                en.err());
    }

    @Test
    void a_bug_in_cca_is_said_in_the_runs_language_and_asks_to_be_reported() {
        Supplier<InputStream> buggy = () -> failing(new IllegalStateException("boom"));
        Run zh = run(buggy.get(), "validate", "-", "--lang", "zh");
        Run en = run(buggy.get(), "validate", "-", "--lang", "en");
        assertEquals(4, zh.exit(), zh.toString());
        assertEquals(4, en.exit(), en.toString());
        assertTrue(zh.err().startsWith("cca: 错误 " + FileCode.INTERNAL_ERROR.id() + ": 内部错误：java.lang.IllegalStateException: boom。这是 cca 的缺陷"),
                zh.err());
        assertTrue(zh.err().endsWith("（加 --verbose 重新运行可看到详情）。\n"), zh.err());
        assertTrue(en.err().startsWith("cca: error " + FileCode.INTERNAL_ERROR.id() + ": internal error: java.lang.IllegalStateException: boom."
                + " This is a bug in cca: please report it"), en.err());
        assertTrue(en.err().endsWith(" (rerun with --verbose for the details).\n"), en.err());
        Run verbose = run(buggy.get(), "validate", "-", "--lang", "zh", "--verbose");
        assertEquals(4, verbose.exit(), verbose.toString());
        assertTrue(verbose.err().contains("输入一并报告给 cca 的维护者。\n") && verbose.err().contains("\tat "), verbose.err());
        assertFalse(verbose.err().contains("--verbose"), verbose.err());
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, out, err, stdin, Map.of(), Profiles.TODAY, false, false);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Standard input whose every read throws {@code t}. */
    private static InputStream failing(Throwable t) {
        return new InputStream() {
            @Override
            public int read() {
                throw sneaky(t);
            }

            @Override
            public int read(byte[] b, int off, int len) {
                throw sneaky(t);
            }
        };
    }

    private static RuntimeException sneaky(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        return (RuntimeException) t;
    }
}
