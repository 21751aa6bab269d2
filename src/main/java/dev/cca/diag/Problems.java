package dev.cca.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects every problem of an input so that all of them are reported at once, then the caller fails
 * once. Not thread-safe: each parsing task owns its collector, and collectors are merged afterwards.
 */
public final class Problems {

    private final List<Diagnostic> list = new ArrayList<>();
    private int errors;

    public void add(Diagnostic d) {
        list.add(d);
        if (d.isError()) {
            errors++;
        }
    }

    public void error(Location at, Code code, Object... args) {
        add(Diagnostic.error(at, code, args));
    }

    public void warning(Location at, Code code, Object... args) {
        add(Diagnostic.warning(at, code, args));
    }

    public void error(Location at, Message m) {
        add(Diagnostic.error(at, m));
    }

    public void warning(Location at, Message m) {
        add(Diagnostic.warning(at, m));
    }


    public void addAll(Problems other) {
        for (Diagnostic d : other.list) {
            add(d);
        }
    }

    public void addAll(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            add(d);
        }
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    public int errorCount() {
        return errors;
    }

    public int size() {
        return list.size();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Diagnostic> all() {
        return Collections.unmodifiableList(list);
    }

    /** A mark to later ask whether errors were added since. */
    public int mark() {
        return errors;
    }

    public boolean errorsSince(int mark) {
        return errors > mark;
    }
}
