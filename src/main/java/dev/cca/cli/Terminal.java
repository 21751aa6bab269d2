package dev.cca.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** What the process is connected to: whether a stream is a terminal, whether colour is wanted, its width. */
final class Terminal {

    private Terminal() {
    }

    /**
     * True when file descriptor {@code fd} (1 stdout, 2 stderr) is a terminal. Java has no isatty; on Linux the
     * descriptor's link names the device (/dev/pts/N or /dev/ttyN). Elsewhere, System.console() stands in.
     */
    static boolean isTty(int fd) {
        try {
            Path link = Path.of("/proc/self/fd/" + fd);
            if (Files.isSymbolicLink(link)) {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through
        }
        return System.console() != null;
    }

    /** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org) or TERM is dumb. */
    static boolean colour(boolean noColorFlag, Map<String, String> env, boolean tty) {
        if (noColorFlag || env.containsKey("NO_COLOR") || "dumb".equals(env.get("TERM"))) {
            return false;
        }
        return tty;
    }

    static int width(Map<String, String> env) {
        try {
            int w = Integer.parseInt(env.getOrDefault("COLUMNS", "80").strip());
            return w >= 40 && w <= 1000 ? w : 80;
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
