package dev.cca.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cca.testing.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file written is safe: never over an input, never over a special file, never half written, nothing left behind. */
class ReportFilesTest {

    @TempDir
    Path tmp;

    private static final String SAMPLE = "samples/wuhan-aicc.yaml";

    private Path copy(String from, String to) throws IOException {
        Path p = tmp.resolve(to);
        Files.createDirectories(p.getParent());
        return Files.copy(Path.of(from), p);
    }

    /** The lingang sample with its benchmark files, in a folder of its own. */
    private Path lingang() throws IOException {
        Path profile = copy("samples/unicom-lingang.yaml", "lingang/unicom-lingang.yaml");
        try (Stream<Path> s = Files.list(Path.of("samples/bench/lingang"))) {
            for (Path f : s.toList()) {
                copy(f.toString(), "lingang/bench/lingang/" + f.getFileName());
            }
        }
        return profile;
    }

    private static void refused(Cli.Run r, Path input, byte[] before) throws IOException {
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("never overwrites an input"), r.err());
        assertArrayEquals(before, Files.readAllBytes(input), "the input is untouched");
    }

    private void noTemporaryFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> left = s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
            assertTrue(left.isEmpty(), "temporary files left: " + left);
        }
    }

    @Test
    void a_file_found_inside_an_input_folder_is_never_overwritten() throws IOException {
        Path dir = tmp.resolve("catalog");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.yaml"), "cca: center-profile/v1\nid: a\nname: A\n");
        Path j = Files.writeString(dir.resolve("j.json"), "{\"cca\": \"center-profile/v1\", \"id\": \"j\", \"name\": \"J\"}");
        byte[] before = Files.readAllBytes(j);
        refused(Cli.run("batch", dir.toString(), "-q", "-o", j.toString()), j, before);
        refused(Cli.run("assess", dir.toString(), "-q", "-o", j.toString()), j, before);
        // Through a link to the folder, and through a link to the file: real paths are compared.
        Path linkToDir = Files.createSymbolicLink(tmp.resolve("via-link"), dir);
        refused(Cli.run("batch", dir.toString(), "-q", "-o", linkToDir.resolve("j.json").toString()), j, before);
        Path linkToFile = Files.createSymbolicLink(tmp.resolve("out.json"), j);
        refused(Cli.run("batch", dir.toString(), "-q", "-o", linkToFile.toString()), j, before);
        assertEquals(0, Cli.run("batch", dir.toString(), "-q", "-o", dir.resolve("new.json").toString()).exit(),
                "a new file in an input folder is no input");
        Files.delete(dir.resolve("new.json")); // the next walk would read it as a catalog
        Path summary = Files.writeString(dir.resolve("summary.md"), "old summary\n");
        assertEquals(0, Cli.run("batch", dir.toString(), "-q", "-o", summary.toString()).exit(),
                "a file of a format the walk does not read is no input: a daily summary beside the catalog is replaced");
        assertTrue(Files.readString(summary).startsWith("# "));
    }

    @Test
    void bench_rules_baseline_and_a_profiles_benchmark_files_are_never_overwritten() throws IOException {
        Path profile = lingang();
        Path named = profile.resolveSibling("bench/lingang/serving-run1.yaml");
        byte[] before = Files.readAllBytes(named);
        refused(Cli.run("assess", profile.toString(), "-q", "-o", named.toString(), "--format", "json"), named, before);
        refused(Cli.run("batch", profile.toString(), "-q", "-o", named.toString(), "--format", "json"), named, before);
        Path vllm = profile.resolveSibling("bench/lingang/vllm-qwen72b-c64-run1.json");
        byte[] vllmBefore = Files.readAllBytes(vllm);
        Path wuhan = copy(SAMPLE, "w/wuhan.yaml");
        refused(Cli.run("assess", wuhan.toString(), "-q", "--bench", vllm.toString(), "-o", vllm.toString()), vllm, vllmBefore);
        refused(Cli.run("assess", wuhan.toString(), "-q", "--bench", vllm.getParent().toString(), "-o", vllm.toString()), vllm, vllmBefore);
        Path rules = copy("scoring-rules/cca-default.yaml", "rules/mine.yaml");
        byte[] rulesBefore = Files.readAllBytes(rules);
        refused(Cli.run("assess", wuhan.toString(), "-q", "--rules", rules.toString(), "-o", rules.toString(), "--format", "md"),
                rules, rulesBefore);
        Path base = tmp.resolve("base.json");
        assertEquals(0, Cli.run("assess", wuhan.toString(), "-q", "-o", base.toString()).exit());
        byte[] baseBefore = Files.readAllBytes(base);
        refused(Cli.run("assess", wuhan.toString(), "-q", "--baseline", base.toString(), "-o", base.toString()), base, baseBefore);
        refused(Cli.run("batch", wuhan.toString(), "-q", "--baseline", base.toString(), "-o", base.toString()), base, baseBefore);
    }

    /**
     * A hard link is another name of the same file: the report's rename would replace that name and leave the input's
     * other name with the old bytes, so each name of an input is refused as the input itself is, in every command and
     * for every kind of input (files given, files of a folder's walk and of a --bench folder, a profile's benchmark
     * files, --rules, --baseline), also through a symbolic link to the hard link.
     */
    @Test
    void a_hard_link_to_an_input_is_refused_as_the_input_is() throws IOException {
        Path profile = lingang();
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Path given = profile;
        Path walked = profile;
        Path bench = profile.resolveSibling("bench/lingang/vllm-qwen72b-c64-run1.json");
        Path named = profile.resolveSibling("bench/lingang/serving-run1.yaml");
        Path rules = copy("scoring-rules/cca-default.yaml", "rules/mine.yaml");
        Path base = tmp.resolve("base.json");
        assertEquals(0, Cli.run("assess", profile.toString(), "-q", "-o", base.toString()).exit());
        Path wuhan = copy(SAMPLE, "w/wuhan.yaml");
        Object[][] cases = {
            {given, new String[] {"assess", given.toString()}},
            {given, new String[] {"batch", given.toString()}},
            {walked, new String[] {"assess", profile.getParent().toString()}},
            {walked, new String[] {"batch", profile.getParent().toString()}},
            {bench, new String[] {"assess", wuhan.toString(), "--bench", bench.getParent().toString()}},
            {named, new String[] {"assess", profile.toString()}},
            {named, new String[] {"batch", profile.toString()}},
            {rules, new String[] {"assess", wuhan.toString(), "--rules", rules.toString()}},
            {base, new String[] {"assess", wuhan.toString(), "--baseline", base.toString()}},
        };
        int n = 0;
        for (Object[] c : cases) {
            Path input = (Path) c[0];
            String[] args = (String[]) c[1];
            byte[] before = Files.readAllBytes(input);
            Path link = Files.createLink(outside.resolve("report" + n++ + ".md"), input);
            Path symlink = Files.createSymbolicLink(outside.resolve("via" + n++ + ".md"), link);
            for (Path out : List.of(link, symlink)) {
                String[] run = java.util.Arrays.copyOf(args, args.length + 4);
                run[args.length] = "-q";
                run[args.length + 1] = "-o";
                run[args.length + 2] = out.toString();
                run[args.length + 3] = "--as-of=2025-11-30";
                Cli.Run r = Cli.run(run);
                refused(r, input, before);
                assertTrue(r.err().contains("is a hard link to the input " + input.toRealPath()), r.err());
                assertArrayEquals(before, Files.readAllBytes(link), "the other name still holds the input's bytes");
                assertTrue(Files.isSameFile(link, input), "the link is not replaced: " + out);
            }
        }
        noTemporaryFiles(tmp);
    }

    @Test
    void a_hard_link_to_an_input_is_named_in_chinese_too() throws IOException {
        Path profile = copy(SAMPLE, "zh/wuhan.yaml");
        Path link = Files.createLink(tmp.resolve("report.md"), profile);
        Cli.Run r = Cli.run("", Map.of(), false, "assess", profile.toString(), "-q", "-o", link.toString(), "--lang", "zh");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("是输入 " + profile.toRealPath() + " 的硬链接"), r.err());
        Cli.Run same = Cli.run("", Map.of(), false, "assess", profile.toString(), "-q", "-o", profile.toString(), "--lang", "zh");
        assertTrue(same.err().contains("是输入之一") && !same.err().contains("is one of the inputs"), same.err());
    }

    @Test
    void a_hard_linked_file_that_is_no_input_is_written() throws IOException {
        Path profile = copy(SAMPLE, "free/wuhan.yaml");
        Path old = Files.writeString(tmp.resolve("old.md"), "old\n");
        Path link = Files.createLink(tmp.resolve("report.md"), old);
        assertEquals(0, Cli.run("assess", profile.toString(), "-q", "-o", link.toString()).exit());
        assertTrue(Files.readString(link).startsWith("# "), "a report");
    }

    @Test
    void a_symbolic_link_stays_a_link_and_its_target_is_replaced() throws IOException {
        Path target = Files.writeString(tmp.resolve("target.md"), "old\n");
        Path link = Files.createSymbolicLink(tmp.resolve("link.md"), Path.of("target.md"));
        assertEquals(0, Cli.run("assess", SAMPLE, "-q", "-o", link.toString()).exit());
        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertTrue(Files.readString(target).startsWith("# "), "the target holds the report");
        Path dangling = Files.createSymbolicLink(tmp.resolve("dangling.md"), Path.of("made.md"));
        assertEquals(0, Cli.run("assess", SAMPLE, "-q", "-o", dangling.toString()).exit());
        assertTrue(Files.isSymbolicLink(dangling) && Files.isRegularFile(tmp.resolve("made.md")), "the file it names is created");
        noTemporaryFiles(tmp);
    }

    @Test
    void character_devices_and_fifos_are_written_through_never_replaced() throws Exception {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull));
        assertEquals(0, Cli.run("assess", SAMPLE, "-q", "-o", "/dev/null", "--format", "json").exit());
        assertFalse(Files.isRegularFile(devNull), "/dev/null is still a device");
        Path fifo = tmp.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        byte[][] got = new byte[1][];
        Thread reader = new Thread(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                got[0] = in.readAllBytes();
            } catch (IOException e) {
                got[0] = new byte[0];
            }
        });
        reader.start();
        assertEquals(0, Cli.run("assess", SAMPLE, "-q", "-o", fifo.toString(), "--format", "json").exit());
        reader.join(10_000);
        assertTrue(new String(got[0], StandardCharsets.UTF_8).contains("\"format\" : \"cca-result/v1\""), "the report went through");
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the FIFO is still a FIFO");
        noTemporaryFiles(tmp);
    }

    @Test
    void a_socket_or_a_directory_is_refused_before_any_work() throws IOException {
        Path sock = tmp.resolve("s.sock");
        try (ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.bind(UnixDomainSocketAddress.of(sock));
            Cli.Run r = Cli.run("assess", "missing.yaml", "-o", sock.toString(), "--format", "json");
            assertEquals(2, r.exit(), "checked before the missing input is even looked at: " + r);
            assertTrue(r.err().contains("is a socket"), r.err());
        }
        assertTrue(Cli.run("assess", "missing.yaml", "-o", tmp.toString(), "--format", "json").err().contains("is a directory"));
    }

    @Test
    void write_errors_are_errors_on_standard_output_and_on_devices() throws IOException {
        OutputStream full = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > 1000) {
                    throw new IOException("No space left on device");
                }
            }
        };
        Cli.Run r = Cli.run(full, "", Map.of(), false, "assess", SAMPLE, "-q", "--format", "json", "-o", "-");
        assertEquals(4, r.exit(), r.toString());
        assertTrue(r.err().contains("could not write to standard output: No space left on device"), r.err());
        Cli.Run summary = Cli.run(full, "", Map.of(), false, "assess", SAMPLE);
        assertEquals(4, summary.exit(), "a summary that never reached standard output: " + summary);
        if (Files.exists(Path.of("/dev/full"))) {
            Cli.Run dev = Cli.run("assess", SAMPLE, "-q", "--format", "json", "-o", "/dev/full");
            assertEquals(4, dev.exit(), dev.toString());
            assertTrue(dev.err().contains("error CCA-F181: could not write /dev/full: No space left on device"), dev.err());
        }
    }

    @Test
    void when_one_of_several_reports_fails_none_is_replaced_and_the_message_says_so() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.md"), "old a\n");
        Path b = Files.writeString(tmp.resolve("b.md"), "old b\n");
        InputPaths none = new InputPaths();
        List<ReportFiles.Job> jobs = List.of(
                new ReportFiles.Job(ReportFiles.check(a.toString(), none), os -> os.write("new a\n".getBytes(StandardCharsets.UTF_8))),
                new ReportFiles.Job(ReportFiles.check(b.toString(), none), os -> {
                    os.write("half of b".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("No space left on device");
                }));
        for (int threads : new int[] {1, 2}) {
            ReportFiles.WriteException e = assertThrows(ReportFiles.WriteException.class,
                    () -> ReportFiles.write(jobs, none, OutputStream.nullOutputStream(), threads));
            assertTrue(e.getMessage().startsWith("could not write " + b + ": No space left on device; no report was replaced"),
                    e.getMessage());
            assertTrue(e.getMessage().contains(a.toString()), "names the other report: " + e.getMessage());
            assertEquals("old a\n", Files.readString(a));
            assertEquals("old b\n", Files.readString(b));
            noTemporaryFiles(tmp);
            assertTrue(ReportFiles.live().stream().noneMatch(p -> p.startsWith(tmp)), "nothing left for the shutdown hook");
        }
    }

    @Test
    void a_failing_device_or_standard_output_leaves_every_regular_report_as_it_was() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.json"), "OLD\n");
        InputPaths none = new InputPaths();
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        List<ReportFiles.Job> jobs = List.of(
                new ReportFiles.Job(ReportFiles.check(a.toString(), none), os -> os.write("new\n".getBytes(StandardCharsets.UTF_8))),
                new ReportFiles.Job(ReportFiles.check("-", none), os -> os.write("new\n".getBytes(StandardCharsets.UTF_8))));
        for (int threads : new int[] {1, 2}) {
            ReportFiles.WriteException e = assertThrows(ReportFiles.WriteException.class,
                    () -> ReportFiles.write(jobs, none, full, threads));
            assertEquals("CCA-F181", e.message().code().id());
            assertEquals("could not write to standard output: No space left on device; no report was replaced (any earlier "
                    + a + " is unchanged)", e.getMessage());
            assertEquals("无法写入 标准输出：设备上没有剩余空间；没有替换任何报告（已有的 " + a + " 保持不变）", e.message().get("zh"));
            assertEquals("OLD\n", Files.readString(a), "not replaced: the device failed");
            noTemporaryFiles(tmp);
        }
        if (Files.exists(Path.of("/dev/full"))) {
            for (String[] order : new String[][] {{a.toString(), "/dev/full"}, {"/dev/full", a.toString()}}) {
                Cli.Run r = Cli.run("assess", SAMPLE, "-q", "--format", "json", "-o", order[0], "-o", order[1]);
                assertEquals(4, r.exit(), r.toString());
                assertTrue(r.err().contains("error CCA-F181: could not write /dev/full: No space left on device; no report was replaced"),
                        r.err());
                assertEquals("OLD\n", Files.readString(a), "the promise of several -o: none replaced unless all are complete");
                Cli.Run zh = Cli.run("", Map.of("LANG", "zh_CN.UTF-8"), false, "assess", SAMPLE, "-q", "--format", "json",
                        "-o", order[0], "-o", order[1]);
                assertEquals(4, zh.exit(), zh.toString());
                assertTrue(zh.err().contains("错误 CCA-F181: 无法写入 /dev/full：设备上没有剩余空间；没有替换任何报告"), zh.err());
                noTemporaryFiles(tmp);
            }
        }
    }

    @Test
    void the_same_file_named_twice_is_a_usage_error() {
        Cli.Run r = Cli.run("assess", SAMPLE, "-o", tmp.resolve("r.md").toString(), "-o", tmp.resolve("./x/../r.md").toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("the same file as"), r.err());
    }

    @Test
    void a_report_gets_the_mode_any_new_file_gets_under_the_umask() throws IOException {
        assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path fresh = Files.createFile(tmp.resolve("fresh"));
        Path report = tmp.resolve("r.md");
        assertEquals(0, Cli.run("assess", SAMPLE, "-q", "-o", report.toString()).exit());
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(report)), "not the temporary file's 0600");
        Path generated = tmp.resolve("g.jsonl");
        assertEquals(0, Cli.run("generate", "--count", "3", "-o", generated.toString()).exit());
        assertEquals(Files.getPosixFilePermissions(fresh), Files.getPosixFilePermissions(generated));
    }

    @Test
    void a_243_character_name_is_written_and_an_impossible_one_refused_up_front() throws IOException {
        Path long243 = tmp.resolve("a".repeat(240) + ".md");
        assertEquals(0, Cli.run("assess", SAMPLE, "-q", "-o", long243.toString()).exit(), "the temporary name is cut to fit");
        assertTrue(Files.isRegularFile(long243));
        Path chinese = tmp.resolve("报".repeat(84) + ".md");
        assertEquals(0, Cli.run("assess", SAMPLE, "-q", "-o", chinese.toString()).exit(), "255 bytes of UTF-8");
        Cli.Run r = Cli.run("assess", "missing.yaml", "-o", tmp.resolve("a".repeat(260) + ".md").toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("bytes long"), r.err());
        noTemporaryFiles(tmp);
    }

    @Test
    void a_folder_that_cannot_be_written_is_a_usage_error_before_any_input_is_read() {
        assumeTrue(Files.isDirectory(Path.of("/proc")));
        Cli.Run r = Cli.run("batch", "missing.yaml", "-o", "/proc/cca-report.csv");
        assertEquals(2, r.exit(), "refused before the missing input is looked at: " + r);
        assertTrue(r.err().contains("cannot write in the folder /proc"), r.err());
    }

    @Test
    void generate_writes_atomically_and_keeps_a_link_a_link() throws IOException {
        Path target = Files.writeString(tmp.resolve("cat.jsonl"), "old\n");
        Path link = Files.createSymbolicLink(tmp.resolve("link.jsonl"), target.getFileName());
        assertEquals(0, Cli.run("generate", "--count", "2", "-o", link.toString()).exit());
        assertTrue(Files.isSymbolicLink(link) && Files.readString(target).startsWith("{"));
        Cli.Run r = Cli.run("generate", "--count", "2", "-o", tmp.resolve("a".repeat(300) + ".csv").toString());
        assertEquals(2, r.exit(), r.toString());
        noTemporaryFiles(tmp);
    }

    @Test
    void temporary_files_are_removed_when_the_process_is_stopped_by_sigterm() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path out = tmp.resolve("big.jsonl");
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.cca.cli.Main",
                "generate", "--count", "50000000", "-o", out.toString()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("log.txt").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            boolean writing = false;
            while (!writing && System.nanoTime() < deadline && p.isAlive()) {
                try (Stream<Path> s = Files.list(tmp)) {
                    writing = s.anyMatch(f -> f.getFileName().toString().startsWith(".big.jsonl.") && sizeOf(f) > 0);
                }
                Thread.sleep(50);
            }
            assumeTrue(writing, "the child never started writing: " + Files.readString(tmp.resolve("log.txt")));
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the process ends on SIGTERM");
        } finally {
            p.destroyForcibly();
        }
        noTemporaryFiles(tmp);
        assertFalse(Files.exists(out), "no partial catalog under the target's name");
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }
}
