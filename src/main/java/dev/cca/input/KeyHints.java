package dev.cca.input;

import dev.cca.diag.Localized;
import dev.cca.model.ProfileSchema;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What an unknown key of a profile most likely meant, beyond a sibling spelled close to it (Suggest): the same for a
 * profile's key (ProfileReader) and a catalog's column (TableLayout), so that both answer alike.
 */
public final class KeyHints {

    private KeyHints() {
    }

    /**
     * The siblings {@code key} is the start of, its unit left out ("mfu" for mfu_pct, "ttft_ms" for ttft_ms_p50 and
     * ttft_ms_p99), each written after {@code prefix} ("" or "training."); empty when none, or more than three.
     */
    public static Localized unitLeftOut(String key, Set<String> siblings, String prefix) {
        String lower = key.toLowerCase(Locale.ROOT);
        List<String> longer = siblings.stream().filter(s -> s.startsWith(lower + "_")).sorted().map(s -> prefix + s).toList();
        if (longer.isEmpty() || longer.size() > 3) {
            return Localized.EMPTY;
        }
        return Localized.of(" (did you mean '" + String.join("' or '", longer) + "'? a key names its unit)",
                "（是否应为“" + String.join("”或“", longer) + "”？键名包含其单位）");
    }

    /**
     * The keys a Chinese name of a key stands for ("总算力": compute.total_pflops_fp16), keys being written in English:
     * each as its name alone when it is a key of the object at {@code parent} (a dotted schema path, "" at the top) and
     * {@code relative}, else as its full path; empty when {@code key} is no such name.
     */
    public static Localized chineseName(String key, String parent, boolean relative) {
        List<String> named = ProfileSchema.pathsNamed(key);
        if (named.isEmpty()) {
            return Localized.EMPTY;
        }
        String prefix = parent.isEmpty() ? "" : parent.replaceAll("\\[\\d+\\]", "[]") + ".";
        List<String> written = named.stream().map(n -> relative && n.startsWith(prefix) && n.indexOf('.', prefix.length()) < 0
                ? n.substring(prefix.length()) : n.replace("[].", "[0].")).toList();
        return Localized.of(" (keys are written in English: '" + key + "' is '" + String.join("' or '", written) + "')",
                "（键名须用英文：“" + key + "”应写作“" + String.join("”或“", written) + "”）");
    }

    /**
     * The hint for a key (or a catalog's column name) that holds a character that cannot be seen: which, where, and the
     * key without it when that is one of {@code known}; empty when it holds none.
     */
    public static Localized invisible(String key, java.util.Set<String> known) {
        return FullWidthHints.invisible(key, known);
    }
}
