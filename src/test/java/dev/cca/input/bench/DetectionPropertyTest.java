package dev.cca.input.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Property (c): detection is stable. Every fixture of a format, valid or broken, is claimed by its own
 * reader and by no other, whatever the file is called (even a name typical of another format), with CRLF
 * or LF line ends and extra blank lines at the end; files of no format are claimed by none.
 */
class DetectionPropertyTest {

    private static final List<String> FORMATS = List.of("vllm-bench", "sglang-bench", "genai-perf", "mlperf-inference",
            "mlperf-training", "nccl-tests", "megatron", "torchtitan");

    /** Names that a careless guess by file name would get wrong. */
    private static final List<String> NAMES = List.of("result.json", "mlperf_log_summary.txt", "profile_export_aiperf.json",
            "nccl_all_reduce.log", "train.log", "result_0.txt", "output.jsonl", "README", "x");

    private final NativeFormats formats = NativeFormats.standard();

    @Property(tries = 400)
    void everyFixtureIsClaimedByItsOwnFormatOnly(@ForAll long seed) {
        List<String[]> cases = new ArrayList<>();
        for (String f : FORMATS) {
            for (String file : Fixtures.files(f)) {
                cases.add(new String[] {f, file});
            }
        }
        Random r = new Random(seed);
        String[] c = cases.get(r.nextInt(cases.size()));
        String content = disguise(r, Fixtures.text(c[1]));
        List<String> claimed = formats.candidates(content).stream().map(NativeReader::format).toList();
        assertEquals(List.of(c[0]), claimed, c[1]);
        try {
            assertEquals(c[0], formats.detect(SourceFile.ofText(Trials.pick(r, NAMES), content)).format(), c[1]);
        } catch (InputException e) {
            throw new AssertionError(c[1] + ": " + e.getMessage(), e);
        }
    }

    @Property(tries = 100)
    void filesOfNoFormatAreClaimedByNone(@ForAll long seed) {
        List<String> files = Fixtures.files("unrecognised");
        Random r = new Random(seed);
        String file = Trials.pick(r, files);
        assertEquals(List.of(), formats.candidates(disguise(r, Fixtures.text(file))), file);
    }

    /** Changes that no reader should care about: line ends, trailing blank lines and spaces. */
    private static String disguise(Random r, String text) {
        String s = r.nextBoolean() ? text.replace("\n", "\r\n") : text;
        s = s + "\n".repeat(r.nextInt(3)) + " ".repeat(r.nextInt(3));
        // SourceFile normalises line ends, as reading from disk does.
        return SourceFile.ofText("t", s).text();
    }
}
