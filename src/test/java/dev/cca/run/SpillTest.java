package dev.cca.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The texts a streamed assessment keeps between its parsing threads and its reports. */
class SpillTest {

    @Property(tries = 200)
    void gives_back_every_text_in_order_in_memory_or_from_its_file(
            @ForAll @Size(max = 40) List<@StringLength(max = 300) String> texts,
            @ForAll @IntRange(min = 0, max = 4000) int memoryChars) throws Exception {
        long total = texts.stream().mapToLong(String::length).sum();
        Path file;
        try (Spill s = new Spill(memoryChars)) {
            for (String t : texts) {
                s.add(t);
            }
            assertEquals(texts.size(), s.count());
            assertEquals(total > memoryChars, s.spilled(), "a file only once the texts outgrow the memory allowance");
            // Read twice: a report may iterate its parts more than once.
            for (int round = 0; round < 2; round++) {
                List<String> back = new ArrayList<>();
                s.items().forEach(back::add);
                assertEquals(texts, back);
            }
            file = s.file();
            assertEquals(s.spilled(), file != null && Files.isRegularFile(file));
        }
        if (file != null) {
            assertFalse(Files.exists(file), "the temporary file is deleted on close");
        }
    }

    @Property(tries = 20)
    void a_run_of_a_few_centers_creates_no_file(@ForAll @Size(max = 20) List<@StringLength(max = 1000) String> texts) {
        try (Spill s = new Spill()) {
            texts.forEach(s::add);
            assertFalse(s.spilled());
            assertEquals(null, s.file());
        }
    }

    @Property(tries = 5)
    void chinese_and_surrogate_pairs_survive_the_file(@ForAll @IntRange(min = 1, max = 50) int n) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            texts.add("智算中心 " + i + " \uD83D\uDE80 训练/推理");
        }
        try (Spill s = new Spill(0)) {
            texts.forEach(s::add);
            assertTrue(s.spilled());
            List<String> back = new ArrayList<>();
            s.items().forEach(back::add);
            assertEquals(texts, back);
        }
    }

}
