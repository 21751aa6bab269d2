package dev.cca.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths inside submitted files are confined: a profile cannot make cca open what its submitter may not reach. */
class NamedFilesTest {

    @TempDir
    Path tmp;

    private static final String VLLM = "src/test/resources/bench/vllm-bench/serve-result.json";

    private Path profile(String folder, String... benchmarks) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(folder));
        StringBuilder sb = new StringBuilder("cca: center-profile/v1\nid: p\nname: P\nbenchmarks:\n");
        for (String b : benchmarks) {
            sb.append("  - \"").append(b).append("\"\n");
        }
        return Files.writeString(dir.resolve("p.yaml"), sb.toString());
    }

    @Test
    void paths_that_leave_the_profiles_folder_or_name_special_files_are_located_errors() throws IOException {
        Path outside = Files.copy(Path.of(VLLM), tmp.resolve("outside.json"));
        Path p = profile("sub", "../../../../../../etc/passwd", "/dev/zero", "/proc/self/fd/0", "../outside.json");
        Files.createSymbolicLink(p.resolveSibling("link.json"), outside);
        for (String cmd : new String[] {"validate", "assess", "batch"}) {
            Cli.Run r = cmd.equals("batch") ? Cli.run(cmd, p.toString(), "-o", tmp.resolve("r.json").toString())
                    : Cli.run(cmd, p.toString());
            assertEquals(3, r.exit(), cmd + ": " + r);
            assertTrue(r.err().contains(p + ":5:") && r.err().contains("is outside"), cmd + ": " + r.err());
            assertTrue(r.err().contains("'/dev/zero' is a device, FIFO or other special file"), cmd + ": " + r.err());
            assertTrue(r.err().contains("'/proc/self/fd/0' is a device"), cmd + ": " + r.err());
            assertTrue(r.err().contains("'../outside.json' is outside"), cmd + ": " + r.err());
            assertFalse(r.err().contains("root:x:0:0"), "nothing of /etc/passwd is shown");
        }
        Path linked = profile("sub2", "link.json");
        Files.createSymbolicLink(linked.resolveSibling("link.json"), outside);
        Cli.Run r = Cli.run("validate", linked.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("'link.json' is outside"), "a link inside that points out is followed: " + r.err());
    }

    @Test
    void bench_root_widens_the_folder_and_allow_outside_paths_trusts_them_but_never_special_files() throws IOException {
        Files.copy(Path.of(VLLM), tmp.resolve("shared.json"));
        Path p = profile("profiles", "../shared.json");
        assertEquals(3, Cli.run("assess", p.toString(), "-q").exit());
        Cli.Run root = Cli.run("assess", p.toString(), "-q", "--bench-root", tmp.toString(), "--bench-conditions", "accelerators=8");
        assertEquals(0, root.exit(), root.toString());
        Cli.Run trusted = Cli.run("assess", p.toString(), "-q", "--allow-outside-paths", "--bench-conditions", "accelerators=8");
        assertEquals(0, trusted.exit(), trusted.toString());
        Path dev = profile("dev", "/dev/zero");
        Cli.Run still = Cli.run("assess", dev.toString(), "-q", "--allow-outside-paths");
        assertEquals(3, still.exit(), still.toString());
        assertTrue(still.err().contains("special file"), still.err());
        assertEquals(2, Cli.run("assess", p.toString(), "--bench-root", tmp.resolve("missing").toString()).exit());
    }

    @Test
    void a_benchmark_run_documents_import_is_confined_too() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("runs"));
        Path doc = Files.writeString(dir.resolve("run.yaml"), "cca: benchmark-run/v1\ncenter: p\nkind: inference-serving\n"
                + "tool: vllm-bench\ndate: 2025-09-01\nimport: {format: vllm-bench, file: ../../../../../../etc/passwd}\n");
        Cli.Run r = Cli.run("validate", doc.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("imported file '../../../../../../etc/passwd' is outside"), r.err());
    }
}
