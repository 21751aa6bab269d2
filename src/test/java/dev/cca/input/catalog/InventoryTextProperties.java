package dev.cca.input.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cca.input.Values;
import dev.cca.model.Quantity;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The count of a compact inventory entry is read in every way it is written: x1024, ×1024, *1024, "x 1024" (the mark
 * apart), full-width digits, 1万, 1e3; a count that is no count (x-5, x1.5) is handed to the reader, which refuses it,
 * never left in the model's name.
 */
class InventoryTextProperties {

    private static final List<String> MARKS = List.of("x", "X", "×", "*", "ｘ", "＊");

    private static String fullWidth(String digits) {
        StringBuilder b = new StringBuilder();
        for (char c : digits.toCharArray()) {
            b.append(Character.isDigit(c) ? (char) (c - '0' + '０') : c);
        }
        return b.toString();
    }

    @Property
    void the_count_is_read_however_it_is_written(@ForAll @IntRange(min = 1, max = 100_000) int n,
                                                 @ForAll @IntRange(min = 0, max = 5) int mark,
                                                 @ForAll @IntRange(min = 0, max = 3) int form,
                                                 @ForAll boolean apart) {
        String digits = switch (form) {
            case 0 -> Integer.toString(n);
            case 1 -> fullWidth(Integer.toString(n));
            case 2 -> n % 10_000 == 0 ? n / 10_000 + "万" : Integer.toString(n);
            default -> String.format("%,d", n);
        };
        String cell = "Huawei Ascend 910B " + MARKS.get(mark) + (apart ? " " : "") + digits + " @313TF";
        List<InventoryText.Item> items = InventoryText.parse(cell);
        assertEquals(1, items.size());
        InventoryText.Item it = items.get(0);
        assertEquals("Huawei", it.vendor(), cell);
        assertEquals("Ascend 910B", it.model(), cell);
        assertEquals("313TF", it.fp16Tflops(), cell);
        Values.Result r = Values.withUnit(it.count(), Quantity.COUNT);
        assertEquals(n, r.ok() ? r.value() : Double.NaN, 0, cell + " -> " + it.count());
    }

    @Test
    void a_count_that_is_none_is_the_readers_to_refuse() {
        for (String[] c : new String[][] {{"Huawei Ascend 910B x-5", "-5"}, {"Huawei Ascend 910B x1.5", "1.5"},
                {"Huawei Ascend 910B x1e3", "1e3"}}) {
            InventoryText.Item it = InventoryText.parse(c[0]).get(0);
            assertEquals(c[1], it.count(), c[0]);
            assertEquals("Ascend 910B", it.model(), c[0]);
        }
        // A mark with no number after it stays in the name, as a word of it.
        InventoryText.Item word = InventoryText.parse("Vendor Model x Pro").get(0);
        assertEquals(null, word.count());
        assertEquals("Model x Pro", word.model());
    }
}
