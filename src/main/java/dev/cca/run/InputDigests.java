package dev.cca.run;

import dev.cca.input.SourceFile;
import dev.cca.result.InputDigest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The SHA-256 of every input file of a run, so that a result names exactly what it was computed from. */
final class InputDigests {

    private InputDigests() {
    }

    /** Digests of the files read (by the bytes on disk; standard input by its text as UTF-8), each once, in order. */
    static List<InputDigest> of(Collection<SourceFile> sources, Collection<Path> otherFiles) {
        return of(sources, otherFiles, Map.of());
    }

    /**
     * As {@link #of(Collection, Collection)}, with the digests taken while the files were read ({@link
     * Intake.Summary#digests()}): a file among them is not read again.
     */
    static List<InputDigest> of(Collection<SourceFile> sources, Collection<Path> otherFiles, Map<Path, String> known) {
        List<InputDigest> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (SourceFile s : sources) {
            if (seen.add(s.name())) {
                out.add(new InputDigest(s.name(), s.path() != null && Files.isRegularFile(s.path())
                        ? known.containsKey(s.path()) ? known.get(s.path()) : file(s.path())
                        : hex(digest().digest(s.text().getBytes(StandardCharsets.UTF_8)))));
            }
        }
        for (Path p : otherFiles) {
            if (Files.isRegularFile(p) && seen.add(p.toString())) {
                String d = known.get(p);
                out.add(new InputDigest(p.toString(), d != null ? d : file(p)));
            }
        }
        return out;
    }

    /** The SHA-256 of a file's bytes, read in blocks. */
    static String file(Path p) {
        MessageDigest md = digest();
        try (InputStream in = Files.newInputStream(p)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
