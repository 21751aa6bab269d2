package dev.cca.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cca.input.Limits;
import dev.cca.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No depth setting may crash: with {@code --max-depth} at its ceiling, inputs nested right up to it, in every
 * format and every place a reader builds a tree, end in a result or a located error, on a thread whose stack
 * is a quarter of the JVM's default. Above the ceiling the option itself is refused.
 */
class NestingDepthTest {

    @TempDir
    Path tmp;

    /** A quarter of the 1 MiB default: the walks must not depend on the stack growing with the nesting. */
    private static final long SMALL_STACK = 256 * 1024;
    private static final int DEPTH = Limits.MAX_DEPTH - 2;

    private static Cli.Run onSmallStack(String... args) throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(Cli.run(args));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", SMALL_STACK);
        t.start();
        t.join();
        if (result.get() instanceof Throwable e) {
            throw new AssertionError("escaped the command line: " + e, e);
        }
        return (Cli.Run) result.get();
    }

    private Map<String, Path> inputs() throws IOException {
        String flow = "[".repeat(DEPTH) + "]".repeat(DEPTH);
        String objects = "{\"a\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH);
        StringBuilder block = new StringBuilder("cca: center-profile/v1\nid: d\nname: D\ncompute:\n");
        for (int i = 1; i < DEPTH; i++) {
            block.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        block.append("  ".repeat(DEPTH)).append("v: 1\n");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("flow.yaml", "cca: center-profile/v1\nid: d\nname: D\nframeworks: " + flow + "\n");
        files.put("block.yaml", block.toString());
        files.put("profile.json", "{\"cca\":\"center-profile/v1\",\"id\":\"d\",\"name\":\"D\",\"compute\":" + objects + "}");
        files.put("catalog.jsonl", "{\"cca\":\"center-profile/v1\",\"id\":\"d\",\"name\":\"D\",\"compute\":" + objects + "}\n");
        files.put("array.json", "[{\"cca\":\"center-profile/v1\",\"id\":\"d\",\"name\":\"D\",\"compute\":" + objects + "}]");
        files.put("run.yaml", "cca: benchmark-run/v1\ncenter: d\nkind: inference-serving\ntool: vllm\ndate: 2025-09-01\n"
                + "conditions: " + flow + "\nresults: {output_tokens_per_s: 1}\n");
        files.put("vllm.json", "{\"backend\":\"vllm\",\"completed\":10,\"x\":" + flow + "}");
        files.put("rules.yaml", "cca: rules/v1\nid: deep\nx: " + flow + "\n");
        files.put("baseline.json", "{\"format\":\"cca-batch/v1\",\"x\":" + flow + "}");
        Map<String, Path> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            out.put(e.getKey(), Files.writeString(tmp.resolve(e.getKey()), e.getValue()));
        }
        return out;
    }

    private static void sound(Cli.Run r, String what) {
        assertTrue(r.exit() == 0 || r.exit() == 1 || r.exit() == 3, what + ": " + r);
        assertFalse(r.err().contains("StackOverflow") || r.err().contains("internal error"), what + ": " + r);
    }

    @Test
    void inputs_nested_to_the_deepest_allowed_level_never_overflow_the_stack() throws Exception {
        String max = String.valueOf(Limits.MAX_DEPTH);
        for (Map.Entry<String, Path> e : inputs().entrySet()) {
            String f = e.getValue().toString();
            switch (e.getKey()) {
                case "rules.yaml" -> sound(onSmallStack("assess", "samples/wuhan-aicc.yaml", "-q", "--rules", f, "--max-depth", max), "--rules");
                case "baseline.json" -> sound(onSmallStack("assess", "samples/wuhan-aicc.yaml", "-q", "--baseline", f, "--max-depth", max),
                        "--baseline");
                case "vllm.json" -> sound(onSmallStack("assess", "samples/wuhan-aicc.yaml", "-q", "--bench", f, "--max-depth", max), "--bench");
                default -> {
                    sound(onSmallStack("assess", f, "-q", "--max-depth", max), "assess " + e.getKey());
                    sound(onSmallStack("batch", f, "-q", "-o", tmp.resolve("out.json").toString(), "--max-depth", max), "batch " + e.getKey());
                }
            }
            sound(onSmallStack("validate", f, "-q", "--max-depth", max), "validate " + e.getKey());
        }
    }

    @Test
    void nesting_past_the_default_limit_names_the_option_in_every_tree_reader() throws Exception {
        for (String name : List.of("flow.yaml", "block.yaml", "profile.json", "catalog.jsonl", "array.json")) {
            Path f = inputs().get(name);
            Cli.Run r = onSmallStack("validate", f.toString());
            assertEquals(3, r.exit(), name + ": " + r);
            assertTrue(r.err().contains("--max-depth"), name + ": " + r.err());
        }
    }
}
