package dev.cca.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Language models a center may name, as rule data: total and active parameters (billions). For a dense model the
 * two are equal; a mixture-of-experts model activates only some experts per token, which is what serving costs.
 * Look-ups forgive an organisation prefix ({@code deepseek-ai/}), a chat or quantisation suffix ({@code -Instruct},
 * {@code -AWQ}) and the spelling rules of {@link Names}.
 */
public final class ModelTable {

    public record Model(String id, String name, List<String> aliases, double totalB, double activeB, List<String> cite) {

        public boolean isMoe() {
            return activeB < totalB;
        }
    }

    public static final ModelTable EMPTY = new ModelTable(List.of());

    /** Suffixes that name a variant of the same weights: chat tuning, precision, quantisation, file format. */
    private static final List<String> SUFFIXES = List.of("instruct", "chat", "base", "hf", "it", "fp8", "fp16", "bf16",
            "awq", "gptq", "int4", "int8", "w8a8", "w4a16", "gguf", "dynamic");

    private final List<Model> models;
    private final Map<String, Model> byKey = new HashMap<>();

    public ModelTable(List<Model> models) {
        this.models = List.copyOf(models);
        for (Model m : this.models) {
            byKey.putIfAbsent(Names.key(m.id()), m);
            byKey.putIfAbsent(Names.key(m.name()), m);
            for (String a : m.aliases()) {
                byKey.putIfAbsent(Names.key(a), m);
            }
        }
    }

    public List<Model> models() {
        return models;
    }

    public boolean isEmpty() {
        return models.isEmpty();
    }

    /** The model a written name means, or null. */
    public Model find(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        int slash = n.lastIndexOf('/');
        if (slash >= 0) {
            n = n.substring(slash + 1);
        }
        Model m = byKey.get(Names.key(n));
        if (m != null) {
            return m;
        }
        // Strip variant suffixes one by one from the end: Qwen2.5-72B-Instruct-AWQ -> Qwen2.5-72B.
        List<String> parts = new ArrayList<>(List.of(n.toLowerCase(Locale.ROOT).split("[-_ ]")));
        while (parts.size() > 1 && (SUFFIXES.contains(parts.get(parts.size() - 1))
                || parts.get(parts.size() - 1).matches("v\\d+(\\.\\d+)*"))) {
            parts.remove(parts.size() - 1);
            m = byKey.get(Names.key(String.join("", parts)));
            if (m != null) {
                return m;
            }
        }
        return null;
    }
}
