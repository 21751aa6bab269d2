package dev.cca.input.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;

/**
 * Lines of a log too long to hold (streamed by its reader, see {@link TextLog}), read again for showing a problem's
 * line: the file is walked once more, as its reader walked it, and only the lines asked for are kept (each cut at
 * 16 KiB), so memory stays bounded whatever the log's length.
 */
public final class LogLines {

    private LogLines() {
    }

    /** The texts of the 1-based lines {@code wanted} of the file (fewer when it ends, or turns unreadable, before). */
    public static Map<Integer, String> of(Path path, String name, SortedSet<Integer> wanted) {
        Map<Integer, String> out = new HashMap<>();
        if (wanted.isEmpty()) {
            return out;
        }
        int last = wanted.last();
        try {
            for (TextLog.Line l : TextLog.stream(path, name, TextLog.MAX_MATCHED_LINE)) {
                if (wanted.contains(l.number())) {
                    out.put(l.number(), l.text());
                }
                if (l.number() >= last) {
                    break;
                }
            }
        } catch (TextLog.Unreadable | java.io.UncheckedIOException e) {
            // The walk stops where the reader stopped: the lines before it are shown, that one is not.
        }
        return out;
    }
}
