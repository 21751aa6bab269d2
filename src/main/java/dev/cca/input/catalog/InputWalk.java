package dev.cca.input.catalog;

import dev.cca.diag.Diagnostic;
import dev.cca.diag.Location;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The files of a list of inputs, in a stable order: the inputs in the order given; each directory
 * depth-first, its entries (files and subdirectories alike) sorted by name with {@link String#compareTo}
 * (the same on every system and locale), so {@code a.yaml}, {@code b/x.yaml}, {@code c.yaml}.
 *
 * <p>In directories: names starting with {@code .} (hidden) or {@code ~$} (Office lock files) are
 * skipped; files are picked up by extension only ({@link Format}); old or foreign spreadsheets (.xls,
 * .xlsb, .ods) are skipped with a warning that says how to convert them; other files are ignored.
 * Symbolic links are followed; a link back to a directory being walked (a loop) is reported and skipped.
 * A file given by name is read whatever its name, its format sniffed when the extension says nothing.
 * Only one directory listing per level of depth is held, never the whole tree.
 */
final class InputWalk {

    /** A file to read; {@code format} is null when the name says nothing (sniff it). */
    record Found(Path path, String name, Format format, boolean given) {
    }

    private record Frame(Path dir, String name, Path real, Iterator<String> entries) {
    }

    /** Stands for standard input among the inputs; compared by identity. */
    static final Path STDIN = Path.of("-");

    private final Iterator<Path> inputs;
    private final Consumer<Diagnostic> report;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Set<Path> ancestors = new HashSet<>();

    InputWalk(List<Path> inputs, Consumer<Diagnostic> report) {
        this.inputs = List.copyOf(inputs).iterator();
        this.report = report;
    }

    /** The next file, or null when every input is walked. */
    Found next() {
        while (true) {
            if (stack.isEmpty()) {
                if (!inputs.hasNext()) {
                    return null;
                }
                Path p = inputs.next();
                String name = p.toString();
                if (p == STDIN) {
                    return new Found(p, "<stdin>", null, true);
                }
                if (Files.isDirectory(p)) {
                    push(p, name);
                } else if (Files.exists(p)) {
                    return new Found(p, name, Format.byFileName(name), true);
                } else if (Files.isSymbolicLink(p)) {
                    report.accept(Diagnostic.error(Location.file(name), Messages.brokenLink()));
                } else {
                    report.accept(Diagnostic.error(Location.file(name), Messages.noSuchInput()));
                }
                continue;
            }
            Frame top = stack.peek();
            if (!top.entries().hasNext()) {
                stack.pop();
                ancestors.remove(top.real());
                continue;
            }
            String entry = top.entries().next();
            if (entry.startsWith(".") || entry.startsWith("~$")) {
                continue;
            }
            Path child = top.dir().resolve(entry);
            String childName = top.name().endsWith("/") ? top.name() + entry : top.name() + "/" + entry;
            // One stat per entry (following links): a catalog directory can hold a million files.
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(child, BasicFileAttributes.class);
            } catch (IOException e) {
                if (Files.isSymbolicLink(child)) {
                    report.accept(Diagnostic.warning(Location.file(childName), Messages.brokenLink()));
                }
                continue;
            }
            if (attrs.isDirectory()) {
                push(child, childName);
            } else if (attrs.isRegularFile()) {
                Format f = Format.byFileName(entry);
                if (f != null) {
                    return new Found(child, childName, f, false);
                }
                dev.cca.diag.Message reason = Format.unsupportedReason(entry);
                if (reason != null) {
                    report.accept(Diagnostic.warning(Location.file(childName), Messages.skippedInDirectory(reason)));
                }
            }
        }
    }

    private void push(Path dir, String name) {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            report.accept(Diagnostic.error(Location.file(name), Messages.cannotList(String.valueOf(e.getMessage()))));
            return;
        }
        if (ancestors.contains(real)) {
            String target = name;
            for (Frame f : stack) {
                if (f.real().equals(real)) {
                    target = f.name();
                }
            }
            report.accept(Diagnostic.warning(Location.file(name), Messages.symlinkLoop(target)));
            return;
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                names.add(p.getFileName().toString());
            }
        } catch (IOException | SecurityException e) {
            report.accept(Diagnostic.error(Location.file(name), Messages.cannotList(String.valueOf(e.getMessage()))));
            return;
        }
        names.sort(null);
        ancestors.add(real);
        stack.push(new Frame(dir, name, real, names.iterator()));
    }
}
