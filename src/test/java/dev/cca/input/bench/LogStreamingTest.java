package dev.cca.input.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark logs are streamed line by line: a log on disk is read in memory bounded by a line, not by the file,
 * and reads exactly as the same text in memory does.
 */
class LogStreamingTest {

    @TempDir
    Path tmp;

    private static final String MEGATRON = Fixtures.text("megatron/gpt-8b-tp8-dp2-pretrain.log");

    private static List<TextLog.Line> lines(TextLog log) {
        List<TextLog.Line> out = new ArrayList<>();
        log.forEach(out::add);
        return out;
    }

    @Test
    void a_streamed_file_gives_the_lines_that_the_same_text_in_memory_gives() throws IOException {
        String text = "a\r\nb\rc\n\nd";
        Path f = Files.write(tmp.resolve("x.log"), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        List<TextLog.Line> streamed = lines(TextLog.stream(f, "x.log", 0));
        List<TextLog.Line> memory = lines(TextLog.of(SourceFile.ofText("x.log", text)));
        assertEquals(memory, streamed);
        assertEquals(List.of("a", "b", "c", "", "d"), streamed.stream().map(TextLog.Line::text).toList());
    }

    @Test
    void a_line_longer_than_the_log_keeps_is_counted_not_kept() throws IOException {
        Path f = Files.writeString(tmp.resolve("long.log"), "x".repeat(200_000) + "\nshort\n");
        List<TextLog.Line> l = lines(TextLog.stream(f, "long.log", 1000));
        assertEquals(200_000, l.get(0).length());
        assertTrue(l.get(0).cut() && !l.get(0).matchable() && l.get(0).text().length() == TextLog.MAX_MATCHED_LINE);
        assertEquals("short", l.get(1).text());
    }

    @Test
    void a_byte_that_is_not_utf8_and_a_nul_are_located_errors() throws IOException {
        byte[] bad = "ok\nfine \u00e9\nbroken ".getBytes(StandardCharsets.UTF_8);
        byte[] withBad = java.util.Arrays.copyOf(bad, bad.length + 2);
        withBad[bad.length] = (byte) 0xC3;
        withBad[bad.length + 1] = (byte) 0x28;
        Path f = Files.write(tmp.resolve("bad.log"), withBad);
        TextLog.Unreadable e = assertThrows(TextLog.Unreadable.class, () -> lines(TextLog.stream(f, "bad.log", 0)));
        assertTrue(e.getMessage().startsWith("bad.log:3:8: error " + dev.cca.diag.BenchCode.FILE_NOT_VALID_UTF.id() + ": "), e.getMessage());
        Path nul = Files.write(tmp.resolve("nul.log"), new byte[] {'a', '\n', 'b', 0, 'c'});
        assertTrue(assertThrows(TextLog.Unreadable.class, () -> lines(TextLog.stream(nul, "nul.log", 0))).getMessage()
                .contains("nul.log:2:2: error " + dev.cca.diag.BenchCode.THIS_BINARY_FILE_NOT.id() + ": "));
    }

    /** A Megatron log behind {@code blankLines} empty lines, as a file. */
    private Path megatronAfterBlankLines(String name, long blankLines) throws IOException {
        Path f = tmp.resolve(name);
        try (OutputStream os = Files.newOutputStream(f)) {
            byte[] block = new byte[1 << 16];
            java.util.Arrays.fill(block, (byte) '\n');
            for (long left = blankLines; left > 0; left -= block.length) {
                os.write(block, 0, (int) Math.min(block.length, left));
            }
            os.write(MEGATRON.getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }

    @Test
    void a_log_above_the_streaming_size_reads_as_the_same_log_in_memory() throws Exception {
        long blank = 2 * NativeFormats.DETECTION_CHUNK + 1000; // detection goes on past the first chunks
        Path f = megatronAfterBlankLines("big.log", blank);
        NativeFormats formats = NativeFormats.standard();
        List<NativeRun> streamed = formats.readStreaming(f, "big.log");
        assertNotNull(streamed);
        NativeRun memory = formats.readAll(SourceFile.ofText("big.log", "\n".repeat((int) blank) + MEGATRON)).get(0);
        assertEquals(memory.measurements(), streamed.get(0).measurements());
        assertEquals(memory.conditions(), streamed.get(0).conditions());
        assertEquals(memory.warnings(), streamed.get(0).warnings());
        assertNull(formats.readStreaming(Files.writeString(tmp.resolve("r.json"), "{\"no\": \"tool\"}"), "r.json"),
                "JSON that no tool's reader claims is read whole, which says why it cannot be used");
    }

    @Test
    void an_unrecognised_streamed_log_names_the_formats_and_an_empty_one_says_so() throws IOException {
        NativeFormats formats = NativeFormats.standard();
        Path blank = Files.writeString(tmp.resolve("blank.log"), "\n".repeat(5000));
        InputException e = assertThrows(InputException.class, () -> formats.readStreaming(blank, "blank.log"));
        assertTrue(e.getMessage().contains("unrecognised benchmark output") && e.getMessage().contains("megatron"), e.getMessage());
        Path empty = Files.writeString(tmp.resolve("empty.log"), "");
        assertTrue(assertThrows(InputException.class, () -> formats.readStreaming(empty, "empty.log")).getMessage()
                .contains("the file is empty"));
    }

    /**
     * The case that ran out of memory: a long log read by the whole command in a JVM with a small heap. 24 MB of
     * blank lines before a Megatron log, with {@code -Xmx32m}: read whole, its bytes and text alone would not fit,
     * and its lines as objects would take a gigabyte.
     */
    @Test
    void a_log_far_larger_than_the_heap_is_read_in_bounded_memory() throws Exception {
        Path log = megatronAfterBlankLines("huge.log", 24L << 20);
        Path out = tmp.resolve("r.json");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"), "dev.cca.cli.Main",
                "assess", "samples/wuhan-aicc.yaml", "-q", "--bench", log.toString(), "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finishes");
        String said = Files.readString(tmp.resolve("log.txt"));
        assertEquals(0, p.exitValue(), said);
        assertFalse(said.contains("OutOfMemory") || said.contains("out of memory"), said);
        assertTrue(Files.readString(out).contains("\"tool\" : \"megatron\""), "the log's runs were applied");
    }

    /** vLLM's result with {@code n} per-token latencies after its summary, as {@code --save-detailed} writes them. */
    private Path vllmWithDetail(String name, int n) throws IOException {
        String summary = Fixtures.text("vllm-bench/serve-result.json").strip();
        Path f = tmp.resolve(name);
        try (java.io.Writer w = Files.newBufferedWriter(f)) {
            w.write(summary.substring(0, summary.length() - 1));
            w.write(", \"itls\": [");
            for (int i = 0; i < n; i++) {
                w.write(i == 0 ? "[0.0412, 0.0451]" : ", [0.0412, 0.0451]");
            }
            w.write("], \"generated_texts\": [\"a\", \"b\"]}\n");
        }
        return f;
    }

    @Test
    void a_json_result_streamed_from_disk_reads_as_the_same_result_in_memory() throws Exception {
        Path f = vllmWithDetail("detailed.json", 5_000);
        NativeFormats formats = NativeFormats.standard();
        List<NativeRun> streamed = formats.readStreaming(f, "detailed.json");
        assertNotNull(streamed, "a tool's JSON result is streamed");
        NativeRun memory = formats.readAll(SourceFile.ofText("detailed.json", Files.readString(f))).get(0);
        assertEquals(memory.measurements(), streamed.get(0).measurements());
        assertEquals(memory.conditions(), streamed.get(0).conditions());
        String one = Fixtures.text("sglang-bench/bench-serving-one-run.jsonl").strip();
        Path lines = Files.writeString(tmp.resolve("two.jsonl"), one + "\n\n" + one + "\n");
        List<NativeRun> two = formats.readStreaming(lines, "two.jsonl");
        List<NativeRun> twoInMemory = formats.readAll(SourceFile.ofText("two.jsonl", Files.readString(lines)));
        assertEquals(2, two.size());
        assertEquals(twoInMemory.get(1).measurements(), two.get(1).measurements(), "JSON Lines: every record, at its line");
        Path cut = Files.writeString(tmp.resolve("cut.json"), Files.readString(f).substring(0, 3000));
        InputException e = assertThrows(InputException.class, () -> formats.readStreaming(cut, "cut.json"));
        assertTrue(e.getMessage().startsWith("cut.json:1:") && e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    /** The 52 MB vLLM result that took 900 MB: with per-request detail, read by the whole command with {@code -Xmx32m}. */
    @Test
    void a_json_result_far_larger_than_the_heap_is_read_in_bounded_memory() throws Exception {
        Path big = vllmWithDetail("huge.json", 2_500_000); // about 45 MB
        Path out = tmp.resolve("r.json");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"), "dev.cca.cli.Main",
                "assess", "samples/wuhan-aicc.yaml", "-q", "--bench", big.toString(), "--bench-conditions",
                "accelerators=8,params_b=72", "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finishes");
        String said = Files.readString(tmp.resolve("log.txt"));
        assertEquals(0, p.exitValue(), said);
        assertTrue(Files.readString(out).contains("\"tool\" : \"vllm-bench\""), "the result's run was applied");
    }

    @Test
    void a_problem_of_a_streamed_log_shows_its_line_read_again_from_the_file() throws Exception {
        String lingang = Files.readString(Path.of("samples/bench/lingang/megatron-pretrain.log"));
        long blank = 9L << 20; // above the size from which logs are streamed
        Path f = tmp.resolve("long.log");
        try (OutputStream os = Files.newOutputStream(f)) {
            byte[] block = new byte[1 << 16];
            java.util.Arrays.fill(block, (byte) '\n');
            for (long left = blank; left > 0; left -= block.length) {
                os.write(block, 0, (int) Math.min(block.length, left));
            }
            os.write(lingang.getBytes(StandardCharsets.UTF_8));
        }
        dev.cca.testing.Cli.Run r = dev.cca.testing.Cli.run("assess", "samples/wuhan-aicc.yaml", "-q", "--bench", f.toString());
        long line = blank + 22;
        assertTrue(r.err().contains(f + ":" + line + ":1: warning " + dev.cca.diag.BenchCode.LOG_REPORTS_SKIPPED_NAN.id() + ": "), r.toString());
        String shown = r.err().lines().dropWhile(l -> !l.startsWith(f + ":" + line + ":")).skip(1).findFirst().orElse("");
        assertTrue(shown.contains("iteration       80/    5000"), "the line follows the message: " + r.err());
    }

    @Test
    void a_streamed_log_of_several_runs_gives_each_as_the_log_read_whole_does() throws Exception {
        String text = Fixtures.text("nccl-tests/v2.19.6-two-ops-all_reduce-then-all_gather.txt");
        Path f = Files.writeString(tmp.resolve("two-ops.txt"), text);
        List<NativeRun> streamed = NativeFormats.standard().readStreaming(f, "two-ops.txt");
        List<NativeRun> whole = new NcclTestsReader().readAll(SourceFile.ofText("two-ops.txt", text));
        assertEquals(2, whole.size());
        assertEquals(whole.size(), streamed.size());
        for (int i = 0; i < whole.size(); i++) {
            assertEquals(whole.get(i).conditions(), streamed.get(i).conditions());
            assertEquals(whole.get(i).measurements(), streamed.get(i).measurements());
        }
        assertEquals("all_gather", streamed.get(1).conditions().get("collective"));
    }
}
