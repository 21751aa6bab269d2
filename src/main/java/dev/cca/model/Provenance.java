package dev.cca.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * Where a measured or audited value comes from: what a reader can check, and what a signed evidence bundle will
 * later be verified against. A measurement names the file cca read (a {@code benchmark-run/v1} document, or a
 * tool's own output), the SHA-256 of that file's bytes, the tool and the date of the run; an audit names its
 * reference (the auditing body and its report or certificate number) and date.
 *
 * @param kind      what backs the value
 * @param file      the file read (for an audit: the profile that cites it); null when read from standard input
 * @param sha256    hex SHA-256 of the file's bytes, or null (an audit, standard input)
 * @param tool      the tool that measured (vllm-bench, nccl-tests, ...), or null for an audit
 * @param date      when the run was made or the audit signed; null when the source does not say
 * @param reference the audit reference, or null for a measurement
 */
public record Provenance(Kind kind, String file, String sha256, String tool, LocalDate date, String reference) {

    public enum Kind {
        /** A {@code benchmark-run/v1} document (with the native file it imports as a second provenance). */
        BENCHMARK_RUN("benchmark-run"),
        /** A tool's own output file, read natively. */
        NATIVE_FILE("native-file"),
        /** An audit by a third party, cited by reference. */
        AUDIT("audit");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public static Provenance audit(String reference, LocalDate date, String profileFile) {
        return new Provenance(Kind.AUDIT, profileFile, null, null, date, reference);
    }

    /** True for a file cca read and can hash: what earns a value the level {@code measured}. */
    public boolean isMeasurement() {
        return kind != Kind.AUDIT;
    }

    /** One line for reports: "benchmark-run bench/run1.yaml (sha256 1a2b3c4d5e6f)" or "audit CAICT-2025-0412". */
    public String describe() {
        return describe("en");
    }

    /** As {@link #describe()}, in {@code lang}: "审计 CAICT-2025-0412" in Chinese; a file's kind is an id either way. */
    public String describe(String lang) {
        if (kind == Kind.AUDIT) {
            return ("zh".equals(lang) ? "审计 " : "audit ") + reference;
        }
        return kind.id() + " " + (file == null ? "<stdin>" : file) + (sha256 == null ? "" : " (sha256 " + sha256.substring(0, 12) + ")");
    }

    /**
     * The hex SHA-256 of a file's bytes, or null when it cannot be read (the caller has read it already, so this is
     * a race with a change on disk, reported as no hash rather than as a failure). Streams, so the file's size does
     * not matter.
     */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
