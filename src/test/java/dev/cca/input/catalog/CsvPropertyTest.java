package dev.cca.input.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cca.generate.CsvWriter;
import dev.cca.generate.SyntheticCatalog;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What the CSV writer writes, the CSV reader reads back, for any text and any of the sniffed delimiters. */
class CsvPropertyTest {

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> tricky = Arbitraries.strings()
                .withChars('"', ',', ';', '\t', '|', '\n', '\r', ' ', 'a', 'Z', '7', '=', '+', '-', '@', '武', '汉', '，', '\uFEFF')
                .ofMaxLength(12);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(12);
        return Arbitraries.oneOf(tricky, anything);
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';', '\t', '|');
    }

    @Property(tries = 300)
    void writtenRowsAreReadBackCellForCell(@ForAll("rows") List<List<String>> rows, @ForAll("delimiters") char delimiter)
            throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter w = new CsvWriter(out, delimiter);
        for (List<String> row : rows) {
            w.row(row);
        }
        CsvTokenizer t = new CsvTokenizer(new CharStream(new StringReader(out.toString())), delimiter, 1 << 20, 1 << 20);
        for (List<String> row : rows) {
            CsvTokenizer.Row read = t.next();
            assertNull(read.error);
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < read.count; i++) {
                cells.add(read.cells[i]);
            }
            // Line ends inside a cell are read as LF, as everywhere in cca.
            assertEquals(row.stream().map(s -> s.replace("\r\n", "\n").replace('\r', '\n')).toList(), cells);
        }
        assertNull(t.next());
    }

    /** Rows start with a non-blank key, as catalog rows do (a row of blank cells is skipped by design). */
    @Provide
    Arbitrary<List<List<String>>> rows() {
        Arbitrary<List<String>> row = cells().list().ofMinSize(0).ofMaxSize(6)
                .map(rest -> {
                    List<String> r = new ArrayList<>();
                    r.add("k");
                    r.addAll(rest);
                    return r;
                });
        return row.list().ofMaxSize(8);
    }

    @Property(tries = 200)
    void theCompactInventoryFormReadsBackWhatItWrites(@ForAll("vendors") String vendor, @ForAll("models") String model,
                                                      @ForAll("numbers") String count, @ForAll("numbers") String tflops) {
        String text = InventoryText.format(vendor, model, "gpu", count, tflops, "80");
        List<InventoryText.Item> items = InventoryText.parse(text);
        assertEquals(1, items.size(), text);
        InventoryText.Item it = items.get(0);
        assertEquals(vendor, it.vendor(), text);
        assertEquals(model, it.model(), text);
        assertEquals(count, it.count(), text);
        assertEquals(tflops + "TF", it.fp16Tflops(), text);
        assertEquals("80GB", it.memoryGb(), text);
    }

    @Provide
    Arbitrary<String> vendors() {
        return Arbitraries.of("Huawei", "NVIDIA", "Moore Threads", "Iluvatar CoreX", "摩尔线程", "Cambricon");
    }

    @Provide
    Arbitrary<String> models() {
        return Arbitraries.of("Ascend 910B", "H800", "MTT S4000", "Tiangai 150", "MLU370-X8", "DCU K100", "昇腾 910B");
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.integers().between(1, 100_000).map(String::valueOf);
    }
}
