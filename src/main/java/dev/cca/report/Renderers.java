package dev.cca.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The registry of output formats, by name and by file extension. */
public final class Renderers {

    private static final List<Renderer> ALL = List.of(new MarkdownRenderer(), new JsonRenderer());

    private Renderers() {
    }

    public static List<Renderer> all() {
        return ALL;
    }

    public static Renderer byName(String name) {
        for (Renderer r : ALL) {
            if (r.name().equalsIgnoreCase(name)) {
                return r;
            }
        }
        return null;
    }

    /** The renderer for a file name's extension, or null. */
    public static Renderer forFile(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String ext = lower.substring(dot + 1);
        for (Renderer r : ALL) {
            if (r.extensions().contains(ext)) {
                return r;
            }
        }
        return null;
    }

    public static List<String> names() {
        List<String> n = new ArrayList<>();
        for (Renderer r : ALL) {
            n.add(r.name());
        }
        return n;
    }
}
