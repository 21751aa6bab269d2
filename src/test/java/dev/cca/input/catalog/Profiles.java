package dev.cca.input.catalog;

import dev.cca.model.Accelerator;
import dev.cca.model.CenterProfile;
import dev.cca.model.Datum;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A profile's values without their locations, to compare what two inputs mean. */
final class Profiles {

    private Profiles() {
    }

    static String summary(CenterProfile p) {
        Map<String, String> values = new TreeMap<>();
        for (Map.Entry<String, Datum> e : p.values().entrySet()) {
            values.put(e.getKey(), summary(e.getValue()));
        }
        List<String> inventory = new ArrayList<>();
        for (Accelerator a : p.accelerators()) {
            inventory.add(a.vendor() + "|" + a.model() + "|" + a.kind() + "|" + a.count() + "|" + a.fp16Tflops()
                    + "|" + a.memoryGb());
        }
        return p.id() + " " + p.name() + " " + values + " " + inventory + " " + p.scenarios();
    }

    private static String summary(Datum d) {
        String value = switch (d.kind()) {
            case NUMBER, BOOLEAN -> String.valueOf(d.number());
            case LIST -> d.items().toString();
            case TEXT -> d.text();
            case DATE -> String.valueOf(d.date());
        };
        return d.kind() + ":" + value + " " + d.evidence() + " " + d.note() + " " + d.evidenceDate();
    }
}
