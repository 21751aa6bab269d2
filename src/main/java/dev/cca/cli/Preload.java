package dev.cca.cli;

import dev.cca.diag.Problems;
import dev.cca.engine.Assessor;
import dev.cca.input.Limits;
import dev.cca.input.StreamingProfileReader;
import dev.cca.input.SourceFile;
import dev.cca.input.YamlReader;
import dev.cca.model.CenterProfile;
import dev.cca.rules.RuleSet;
import dev.cca.rules.RuleSetLoader;
import dev.cca.result.CenterResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Start-up work done on a second thread while the main thread builds the command line's model (picocli's
 * reflection over the commands' annotations, about half of a short run). The commands that score load the default
 * rule set, hash their inputs and read YAML; this thread does the first of each in the meantime, so the main thread
 * finds the rule set loaded and the classes of those paths loaded and initialised. Only {@link Main#main} starts it
 * (tests call {@link Main#run} and see no second thread); it is a daemon and changes no result: the rule set is the
 * one every command gets from {@link RuleSetLoader#loadDefault()}, and whatever fails here is done again, and
 * reported, by the command itself.
 */
final class Preload {

    /** The commands that load the default rule set (also as the base of {@code extends: cca-default}). */
    private static final Set<String> SCORING = Set.of("assess", "validate", "batch", "rules", "init");

    /**
     * A small profile read and scored once: the same reader, checks and core a command's first center goes
     * through. Its values are arbitrary and never shown.
     */
    static final String PROFILE = """
            cca: center-profile/v1
            id: preload
            name: preload
            region: {province: 湖北, city: 武汉}
            commissioned: 2021-05
            assessed_on: 2025-10-01
            scenarios: [inference]
            compute:
              total_pflops_fp16: 40
              accelerators:
                - {vendor: Huawei, model: Ascend 910B, kind: npu, count: 128, fp16_tflops: 313, memory_gb: 64}
              pue: 1.3
            inference:
              throughput: {output_tokens_per_s: 1000, model: Qwen2.5-7B, params_b: 7.6, accelerators: 1, concurrency: 16}
              latency: {ttft_ms_p50: 300, tpot_ms_p50: 30}
            """;

    private Preload() {
    }

    /** Starts the thread when the command line names a command that scores (or asks for the version). */
    static void start(String[] args) {
        if (!wanted(args)) {
            return;
        }
        Thread t = new Thread(Preload::run, "cca-preload");
        t.setDaemon(true);
        t.start();
    }

    static boolean wanted(String[] args) {
        return args.length > 0 && (SCORING.contains(args[0]) || args[0].equals("--version") || args[0].equals("-V"));
    }

    private static void run() {
        try {
            // First what the main thread needs first: the bundle of help texts picocli reads its keys from as it builds
            // the root command (its values are derived from the report formats, tools and exit codes, whose classes
            // this initialises). getBundle caches it for picocli's own call.
            ResourceBundle.getBundle("dev.cca.cli.HelpText").keySet();
            warm(new Problems());
        } catch (Throwable e) {
            // Nothing here is the command's result: the command does the same work and reports what fails.
        }
    }

    /**
     * The work itself; the profile's result, or null when it did not read (a test keeps it readable). The profile is
     * read as a file's profile is first read, by the fast path over {@link dev.cca.input.BlockYamlParser} (the located
     * path and SnakeYAML are what a profile with a problem, or outside that scanner's subset, goes through: their
     * classes load when such a profile comes).
     */
    static CenterResult warm(Problems problems) throws java.security.NoSuchAlgorithmException {
        RuleSet rules = RuleSetLoader.loadDefault();
        MessageDigest.getInstance("SHA-256").digest(PROFILE.getBytes(StandardCharsets.UTF_8));
        LocalDate date = LocalDate.of(2025, 12, 1);
        SourceFile source = SourceFile.ofText("preload.yaml", PROFILE);
        YamlReader yaml = new YamlReader(Limits.DEFAULT);
        List<YamlReader.Chunk> chunks = YamlReader.split(source.text());
        CenterProfile p = chunks.size() == 1
                ? yaml.fast(source, chunks.get(0), new StreamingProfileReader(date, Limits.DEFAULT)) : null;
        return p == null ? null : new Assessor(rules).assess(p, date, List.of(), new ArrayList<>());
    }
}
