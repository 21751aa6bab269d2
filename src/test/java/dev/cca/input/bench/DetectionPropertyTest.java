package dev.cca.input.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cca.diag.InputException;
import dev.cca.input.SourceFile;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

    /** Changes that no reader should care about: line ends, trailing blank lines and spaces. */
    record Disguise(boolean crlf, int blankLines, int spaces) {

        String apply(String text) {
            String s = crlf ? text.replace("\n", "\r\n") : text;
            s = s + "\n".repeat(blankLines) + " ".repeat(spaces);
            // SourceFile normalises line ends, as reading from disk does.
            return SourceFile.ofText("t", s).text();
        }
    }

    @Provide
    Arbitrary<Disguise> disguises() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 2)).as(Disguise::new);
    }

    /** A fixture of a known format: {format, file}. */
    @Provide
    Arbitrary<String[]> fixtures() {
        List<String[]> cases = new ArrayList<>();
        for (String f : FORMATS) {
            for (String file : Fixtures.files(f)) {
                cases.add(new String[] {f, file});
            }
        }
        return Arbitraries.of(cases);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(NAMES);
    }

    @Provide
    Arbitrary<String> unrecognised() {
        return Arbitraries.of(Fixtures.files("unrecognised"));
    }

    @Property(tries = 400)
    void everyFixtureIsClaimedByItsOwnFormatOnly(@ForAll("fixtures") String[] c, @ForAll("disguises") Disguise d,
                                                 @ForAll("names") String name) {
        String content = d.apply(Fixtures.text(c[1]));
        List<String> claimed = formats.candidates(content).stream().map(NativeReader::format).toList();
        assertEquals(List.of(c[0]), claimed, c[1]);
        try {
            assertEquals(c[0], formats.detect(SourceFile.ofText(name, content)).format(), c[1]);
        } catch (InputException e) {
            throw new AssertionError(c[1] + ": " + e.getMessage(), e);
        }
    }

    @Property(tries = 100)
    void filesOfNoFormatAreClaimedByNone(@ForAll("unrecognised") String file, @ForAll("disguises") Disguise d) {
        assertEquals(List.of(), formats.candidates(d.apply(Fixtures.text(file))), file);
    }
}
