package dev.cca.run;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import dev.cca.diag.Localized;
import dev.cca.diag.Message;

/**
 * Every file cca writes goes through here, so that each is safe:
 *
 * <ul>
 *   <li><b>Never over an input.</b> A target is compared, by its real path (links resolved) and by its identity
 *       (device and inode: a hard link is another name of the same file), with every file the run reads ({@link
 *       InputPaths}): once before any work, and again before anything is written, when the files that profiles name
 *       are known too.</li>
 *   <li><b>Never a partial or empty report over a good one.</b> A regular file is written to a temporary file
 *       in its folder, flushed to disk and renamed over the target. With several outputs, all are written to
 *       temporary files first, then standard output and devices (which cannot be staged) are written, and the
 *       files are renamed only when every one of those is complete: a failure, on a file or on a device, leaves
 *       every earlier report as it was, and the message says so; should a rename itself fail, the message says
 *       which files are new and which are not.</li>
 *   <li><b>Never over a special file.</b> A symbolic link stays a link: the file it points to is replaced
 *       atomically. Character devices ({@code /dev/null}, {@code /dev/stdout}, a terminal) and FIFOs are written
 *       through, as a shell redirection would; block devices and sockets are refused. Nothing ever replaces a
 *       device node with a regular file.</li>
 *   <li><b>Write errors are errors</b>, on standard output and devices too ({@code > /dev/full}). A reader of
 *       standard output or of a FIFO that has gone ({@code | head}) is not one ({@link OutputPipe}): the rest of
 *       the report meant for it is dropped, and the files are written, whole, as they would have been.</li>
 *   <li><b>Modes follow the umask</b>: the temporary file is created as any new file is (0666 less the umask),
 *       so the report's mode is what the user's other files get.</li>
 *   <li><b>Nothing left behind</b>: temporary files are removed on failure and, through a shutdown hook, when
 *       the process is stopped by SIGTERM or SIGINT. Their names fit the file system's 255-byte limit whatever
 *       the target's name.</li>
 *   <li><b>Checked up front</b>: an output that cannot be written (a folder that cannot be created or written,
 *       a name too long) is a usage error before any input is read.</li>
 * </ul>
 */
public final class ReportFiles {

    /** Writes the content of one report, as bytes (text reports encode their own UTF-8). */
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** How a checked output is written. */
    public enum Kind {
        /** {@code -o -}: the process's standard output. */
        STANDARD_OUTPUT,
        /** A regular file, new or existing: written to a temporary file, then renamed over it. */
        REPLACE,
        /** A character device or a FIFO: written through, never replaced. */
        WRITE_THROUGH
    }

    /**
     * An output, checked: the name the user gave, how it is written, and the file it writes ({@code REPLACE}: the
     * real path the report will have, through any symbolic link; null for standard output).
     */
    public record Target(String name, Kind kind, Path file) {
    }

    /** One report to write: where, and its content. */
    public record Job(Target target, Content content) {
    }

    /**
     * What is written, as a failure names it ("no report was replaced", "no file was replaced"): the reports of assess
     * and batch, or another file (a generated catalog, a schema, a template, a rule set's text).
     */
    public enum Written {
        REPORT(Localized.of("report", "报告")),
        FILE(Localized.of("file", "文件"));

        private final Localized noun;

        Written(Localized noun) {
            this.noun = noun;
        }

        /** "report" or "file", in either language. */
        public Localized noun() {
            return noun;
        }
    }

    /**
     * A report that could not be written; the message ({@code CCA-F181}, {@code CCA-F182}) names the file and the
     * state of every other report, in either language.
     */
    public static final class WriteException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Message message;

        WriteException(Message message, Throwable cause) {
            super(message.get("en"), cause);
            this.message = message;
        }

        /** The message with its code, to print in the run's language. */
        public Message message() {
            return message;
        }
    }

    /** Longest file name in bytes on the file systems cca runs on (NAME_MAX of Linux, macOS and Windows). */
    static final int NAME_MAX = 255;
    private static final int LINK_HOPS = 40;
    private static final String TEMP_SUFFIX = ".tmp";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Temporary files not yet renamed or removed; the shutdown hook removes what is left. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(ReportFiles::removeLive, "cca-temporary-files"));
        } catch (IllegalStateException | SecurityException e) {
            // already shutting down, or not allowed: failures still remove their own temporary files
        }
    }

    private ReportFiles() {
    }

    /** Removes every temporary file still alive (the shutdown hook; also usable by a caller that is stopping). */
    static void removeLive() {
        for (Path p : List.copyOf(LIVE)) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException | SecurityException e) {
                // nothing more can be done while the process ends
            }
            LIVE.remove(p);
        }
    }

    /** Temporary files alive now (for tests of the cleanup). */
    static Set<Path> live() {
        return Set.copyOf(LIVE);
    }

    /**
     * Checks every output before any work is done: not an input, not twice, a file or device that can be
     * written; missing folders are created.
     */
    public static List<Target> check(List<String> outputs, InputPaths inputs) throws UsageException {
        List<Target> out = new ArrayList<>();
        Map<Path, String> seen = new HashMap<>();
        for (String o : outputs) {
            Target t = check(o, inputs);
            Path key = t.kind() == Kind.STANDARD_OUTPUT ? Path.of("-") : t.file();
            String first = seen.putIfAbsent(key, o);
            if (first != null && t.kind() != Kind.WRITE_THROUGH) {
                throw new UsageException(dev.cca.diag.OptionCode.OUTPUT_TWICE, o, first);
            }
            out.add(t);
        }
        return out;
    }

    /** Checks one output; see {@link #check(List, InputPaths)}. */
    public static Target check(String output, InputPaths inputs) throws UsageException {
        if (output.equals("-")) {
            return new Target(output, Kind.STANDARD_OUTPUT, null);
        }
        Path given;
        try {
            given = Path.of(output);
        } catch (InvalidPathException e) {
            throw new UsageException(dev.cca.diag.OptionCode.OUTPUT_NAME, output, e.getReason());
        }
        if (given.getFileName() == null) {
            throw new UsageException(dev.cca.diag.OptionCode.OUTPUT_DIRECTORY, output);
        }
        Path file = given.toAbsolutePath().normalize();
        Kind kind = Kind.REPLACE;
        if (Files.exists(file)) {
            // An existing file, through any links: a regular one is replaced at its real path (a link stays a link).
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                throw new UsageException(dev.cca.diag.OptionCode.OUTPUT_CANNOT_LOOK, output, reason(e));
            }
            if (a.isDirectory()) {
                throw new UsageException(dev.cca.diag.OptionCode.OUTPUT_DIRECTORY, output);
            }
            if (a.isOther()) {
                String special = special(file);
                if (special != null) {
                    throw new UsageException(dev.cca.diag.OptionCode.OUTPUT_SPECIAL, output, special);
                }
                kind = Kind.WRITE_THROUGH;
            } else {
                Path real = InputPaths.real(file);
                file = real != null ? real : file;
            }
        } else {
            // A new file, or a dangling link: the file the link names is created.
            file = createParent(output, followLinks(output, file));
        }
        int nameBytes = file.getFileName().toString().getBytes(StandardCharsets.UTF_8).length;
        if (nameBytes > NAME_MAX) {
            throw new UsageException(dev.cca.diag.OptionCode.OUTPUT_NAME_LONG, output, nameBytes, NAME_MAX);
        }
        dev.cca.diag.Localized input = inputs.inputAt(file);
        if (input != null) {
            throw new UsageException(dev.cca.diag.OptionCode.OUTPUT_IS_INPUT, output, input, file.toString().equals(output) ? "" : " (" + file + ")");
        }
        if (kind == Kind.REPLACE) {
            probe(output, file);
        }
        return new Target(output, kind, file);
    }

    /**
     * The file a path stands for once its symbolic links are followed: a link is never replaced, its target is.
     * A dangling link stands for the file it names (which the report then creates).
     */
    private static Path followLinks(String output, Path p) throws UsageException {
        Path at = p;
        for (int hops = 0; Files.isSymbolicLink(at); hops++) {
            if (hops == LINK_HOPS) {
                throw new UsageException(dev.cca.diag.OptionCode.OUTPUT_LINKS, output);
            }
            try {
                Path to = Files.readSymbolicLink(at);
                at = at.resolveSibling(to).toAbsolutePath().normalize();
            } catch (IOException e) {
                throw new UsageException(dev.cca.diag.OptionCode.OUTPUT_LINK_UNREADABLE, output, reason(e));
            }
        }
        return at;
    }

    /**
     * The kind of a special file cca refuses (a block device, a socket), or null for one it writes through (a
     * character device, a FIFO). Without the "unix" attribute view, an unknown special file is refused.
     */
    private static String special(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            return switch (mode & 0170000) {
                case 0020000, 0010000 -> null; // character device, FIFO
                case 0060000 -> "block device";
                case 0140000 -> "socket";
                default -> "special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "special file";
        }
    }

    /** Creates the missing folders of a new file; returns the file's real path (its folder's links resolved). */
    private static Path createParent(String output, Path file) throws UsageException {
        Path parent = file.getParent();
        if (parent == null) {
            return file;
        }
        if (!Files.isDirectory(parent)) {
            for (Path p = parent; p != null; p = p.getParent()) {
                if (Files.exists(p) && !Files.isDirectory(p)) {
                    throw new UsageException(dev.cca.diag.OptionCode.OUTPUT_NOT_DIRECTORY, output, p);
                }
            }
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new UsageException(dev.cca.diag.OptionCode.OUTPUT_MKDIR, output, parent, reason(e));
            }
        }
        Path real = InputPaths.real(parent);
        return real == null ? file : real.resolve(file.getFileName().toString());
    }

    /** Creates and removes a temporary file where the report will go: a folder that cannot be written fails now. */
    private static void probe(String output, Path file) throws UsageException {
        try {
            Path tmp = createTemp(file);
            Files.deleteIfExists(tmp);
            LIVE.remove(tmp);
        } catch (IOException e) {
            throw new UsageException(dev.cca.diag.OptionCode.OUTPUT_NOT_WRITABLE, output, file.getParent(), reason(e));
        }
    }

    /**
     * A new temporary file beside {@code target}: hidden, named after it but cut so the whole name fits
     * {@link #NAME_MAX}, created as any new file is (so its mode follows the umask), and registered for removal.
     */
    private static Path createTemp(Path target) throws IOException {
        Path dir = target.getParent();
        String base = cut(target.getFileName().toString(), NAME_MAX - 2 - 12 - TEMP_SUFFIX.length());
        for (int attempt = 0; ; attempt++) {
            String random = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
            random = "0".repeat(Math.max(0, 12 - random.length())) + random.substring(0, Math.min(12, random.length()));
            Path tmp = dir.resolve("." + base + "." + random + TEMP_SUFFIX);
            try {
                LIVE.add(tmp);
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                LIVE.remove(tmp);
                if (attempt == 10) {
                    throw e;
                }
            } catch (IOException | RuntimeException e) {
                LIVE.remove(tmp);
                throw e;
            }
        }
    }

    /** The longest prefix of {@code s} whose UTF-8 form has at most {@code maxBytes} bytes, never cutting a character. */
    static String cut(String s, int maxBytes) {
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + n > maxBytes) {
                return s.substring(0, i);
            }
            bytes += n;
            i += Character.charCount(cp);
        }
        return s;
    }

    /** Checks and writes one report. */
    public static void write(String output, Content content, OutputStream stdout) throws IOException, UsageException {
        write(output, content, stdout, Written.REPORT);
    }

    /** Checks and writes one file of {@code what} kind (a generated catalog, a schema: {@link Written#FILE}). */
    public static void write(String output, Content content, OutputStream stdout, Written what) throws IOException, UsageException {
        InputPaths none = new InputPaths();
        write(List.of(new Job(check(output, none), content)), none, stdout, 1, what);
    }

    /**
     * Writes every report, all or nothing as far as files go: regular files are written to temporary files (on up
     * to {@code threads} threads); then standard output and devices, which cannot be staged, are written through;
     * only when every one of those succeeded are the temporary files renamed over their targets. A report that
     * fails, on a file or on a device ({@code -o /dev/full}), leaves every regular file as it was. Every target is
     * checked against {@code inputs} once more first, with the files read during the run now among them.
     *
     * @throws UsageException when a target is an input after all (nothing is written)
     * @throws WriteException when a report cannot be written; its message names the file and says which reports
     *                        are new and which kept their earlier content
     */
    public static List<String> write(List<Job> jobs, InputPaths inputs, OutputStream stdout, int threads)
            throws IOException, UsageException {
        return write(jobs, inputs, stdout, threads, Written.REPORT);
    }

    /** {@link #write(List, InputPaths, OutputStream, int)} of files of {@code what} kind, as its failures name them. */
    public static List<String> write(List<Job> jobs, InputPaths inputs, OutputStream stdout, int threads, Written what)
            throws IOException, UsageException {
        for (Job j : jobs) {
            if (j.target().kind() != Kind.STANDARD_OUTPUT) {
                dev.cca.diag.Localized input = inputs.inputAt(j.target().file());
                if (input != null) {
                    throw new UsageException(dev.cca.diag.OptionCode.OUTPUT_IS_INPUT, j.target().name(), input, "");
                }
            }
        }
        List<Job> files = jobs.stream().filter(j -> j.target().kind() == Kind.REPLACE).toList();
        Path[] staged = stage(files, threads, what);
        List<String> through = new ArrayList<>();
        for (Job j : jobs) {
            if (j.target().kind() == Kind.REPLACE) {
                continue;
            }
            OutputStream os = j.target().kind() == Kind.STANDARD_OUTPUT ? stdout : null;
            try {
                if (j.target().kind() == Kind.STANDARD_OUTPUT) {
                    j.content().write(stdout);
                    stdout.flush();
                } else {
                    // Opened as the shell opens a redirection target: no create, no truncate, no rename.
                    try (OutputStream device = Files.newOutputStream(j.target().file(), StandardOpenOption.WRITE)) {
                        os = OutputPipe.through(new BufferedOutputStream(device, 1 << 16), j.target().file());
                        j.content().write(os);
                        os.flush();
                    }
                }
            } catch (IOException | RuntimeException e) {
                if (OutputPipe.readerGone(os)) {
                    // The reader has gone: the rest of this report is not wanted, and the files are no less complete.
                    if (os != stdout) {
                        OutputPipe.of(stdout).otherReaderGone();
                    }
                    continue;
                }
                for (Path p : staged) {
                    discard(p);
                }
                if (e instanceof RuntimeException re) {
                    throw re;
                }
                List<String> kept = files.stream().map(f -> f.target().name()).toList();
                Localized state = lang -> unchanged(what, null, kept).get(lang) + (through.isEmpty() ? ""
                        : ("zh".equals(lang) ? "；已写入 " : "; ") + list(through)
                        + ("zh".equals(lang) ? "" : through.size() == 1 ? " was written" : " were written"));
                throw new WriteException(new Message(dev.cca.diag.FileCode.REPORT_NOT_WRITTEN, shown(j.target()), reason(e), state), e);
            }
            through.add(j.target().name());
        }
        commit(files, staged);
        List<String> written = new ArrayList<>();
        for (Job j : files) {
            written.add(j.target().name());
        }
        written.addAll(through);
        return written;
    }

    /** A target as a message names it: its path, or "standard output" in the message's language. */
    private static Object shown(Target t) {
        return t.kind() == Kind.STANDARD_OUTPUT ? Localized.of("to standard output", "标准输出") : t.name();
    }

    /** "no report was replaced (any earlier a.md, b.md are unchanged)", "no file was replaced", in either language. */
    private static Localized unchanged(Written what, String failed, List<String> others) {
        List<String> all = new ArrayList<>();
        if (failed != null) {
            all.add(failed);
        }
        all.addAll(others);
        return lang -> "zh".equals(lang)
                ? "没有替换任何" + what.noun().get(lang) + (all.isEmpty() ? "" : "（已有的 " + String.join("、", all) + " 保持不变）")
                : "no " + what.noun().get(lang) + " was replaced" + (all.isEmpty() ? "" : " (any earlier " + list(all)
                        + (all.size() == 1 ? " is" : " are") + " unchanged)");
    }

    /**
     * Writes each file's temporary copy (the copy of {@code files[i]} at {@code [i]}); on any failure removes them all
     * and reports that nothing was replaced.
     */
    private static Path[] stage(List<Job> files, int threads, Written what) throws IOException {
        AtomicReferenceArray<Path> staged = new AtomicReferenceArray<>(files.size());
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            int at = i;
            tasks.add(() -> {
                staged.set(at, stageOne(files.get(at)));
                return null;
            });
        }
        Job failed = null;
        Throwable why = null;
        if (files.size() <= 1 || threads <= 1) {
            for (int i = 0; i < tasks.size() && failed == null; i++) {
                try {
                    tasks.get(i).call();
                } catch (Exception e) {
                    failed = files.get(i);
                    why = e;
                }
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(files.size(), threads));
            try {
                List<Future<Void>> done = pool.invokeAll(tasks);
                for (int i = 0; i < done.size(); i++) {
                    try {
                        done.get(i).get();
                    } catch (ExecutionException e) {
                        if (failed == null) {
                            failed = files.get(i);
                            why = e.getCause();
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed = files.get(0);
                why = e;
            } finally {
                pool.shutdownNow();
            }
        }
        if (failed != null) {
            for (int i = 0; i < staged.length(); i++) {
                discard(staged.get(i));
            }
            if (why instanceof RuntimeException re) {
                throw re;
            }
            if (why instanceof Error err) {
                throw err;
            }
            List<String> others = new ArrayList<>();
            for (Job j : files) {
                if (j != failed) {
                    others.add(j.target().name());
                }
            }
            throw new WriteException(new Message(dev.cca.diag.FileCode.REPORT_NOT_WRITTEN, failed.target().name(), reason(why),
                    unchanged(what, failed.target().name(), others)), why);
        }
        Path[] out = new Path[files.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = staged.get(i);
        }
        return out;
    }

    private static Path stageOne(Job j) throws IOException {
        Path tmp = createTemp(j.target().file());
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream os = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                j.content().write(os);
                os.flush();
                ch.force(true);
            }
            return tmp;
        } catch (IOException | RuntimeException | Error e) {
            discard(tmp);
            throw e;
        }
    }

    /** Renames each staged file over its target; a failure part-way says which reports are new and which are not. */
    private static void commit(List<Job> files, Path[] staged) throws IOException {
        List<String> replaced = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Job j = files.get(i);
            Path tmp = staged[i];
            try {
                try {
                    Files.move(tmp, j.target().file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, j.target().file(), StandardCopyOption.REPLACE_EXISTING);
                }
                LIVE.remove(tmp);
                replaced.add(j.target().name());
            } catch (IOException e) {
                List<String> kept = new ArrayList<>();
                for (int k = i; k < files.size(); k++) {
                    kept.add(files.get(k).target().name());
                    discard(staged[k]);
                }
                List<String> fresh = List.copyOf(replaced);
                Localized state = lang -> "zh".equals(lang)
                        ? (fresh.isEmpty() ? "" : String.join("、", fresh) + " 为新内容，") + String.join("、", kept) + " 保持原有内容"
                        : (fresh.isEmpty() ? "" : list(fresh) + (fresh.size() == 1 ? " is" : " are") + " new, ")
                        + list(kept) + (kept.size() == 1 ? " keeps its" : " keep their") + " earlier content";
                throw new WriteException(new Message(dev.cca.diag.FileCode.REPORT_NOT_REPLACED, j.target().name(), reason(e), state), e);
            }
        }
    }

    private static void discard(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // the shutdown hook tries again
            return;
        }
        LIVE.remove(tmp);
    }

    private static String list(List<String> names) {
        return String.join(", ", names);
    }

    /**
     * An exception's reason as a person reads it: "No space left on device", not the class name; in Chinese too
     * for the reasons a write commonly fails with (the operating system's own text otherwise).
     */
    public static Localized reason(Throwable e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return Localized.of("permission denied", "没有权限");
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return Localized.of("no such file or directory", "没有这个文件或文件夹");
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return Localized.of("a file of that name appeared meanwhile", "其间出现了同名文件");
        }
        String m = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        String zh = OS_REASONS.get(m.strip().toLowerCase(java.util.Locale.ROOT));
        return Localized.of(m, zh != null ? zh : m);
    }

    /** The operating system's reasons for a failed write that cca says in Chinese (strerror's English, lower case). */
    private static final Map<String, String> OS_REASONS = Map.ofEntries(
            Map.entry("no space left on device", "设备上没有剩余空间"),
            Map.entry("disk quota exceeded", "超出磁盘配额"),
            Map.entry("read-only file system", "文件系统为只读"),
            Map.entry("permission denied", "没有权限"),
            Map.entry("operation not permitted", "不允许此操作"),
            Map.entry("broken pipe", "管道已断开"),
            Map.entry("stream closed", "输出流已关闭"),
            Map.entry("input/output error", "输入/输出错误"),
            Map.entry("file too large", "文件过大"),
            Map.entry("no such file or directory", "没有这个文件或文件夹"),
            Map.entry("no such device or address", "没有这个设备或地址"),
            Map.entry("is a directory", "这是文件夹"),
            Map.entry("not a directory", "不是文件夹"),
            Map.entry("file name too long", "文件名过长"),
            Map.entry("too many open files", "打开的文件过多"));
}
