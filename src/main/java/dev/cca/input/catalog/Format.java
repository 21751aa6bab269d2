package dev.cca.input.catalog;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The input formats of a catalog. A file's format follows its extension; a file with another extension,
 * given by name, is recognised by its first bytes ({@link #sniff}). Directory walks pick up only the
 * extensions listed here.
 */
public enum Format {
    /** One profile, or a multi-document stream of them ({@code ---}). */
    YAML("yaml", "yml"),
    /** One profile as a JSON object, or an array of them. */
    JSON("json"),
    /** One profile per line. */
    JSON_LINES("jsonl", "ndjson"),
    /** A table with one center per row and dotted column names; {@code .tsv} is tab-separated. */
    CSV("csv", "tsv"),
    /** An Excel workbook (Office Open XML) with one center per row of one sheet. */
    XLSX("xlsx");

    private final List<String> extensions;

    Format(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The extensions (without the dot, lower case) that select this format. */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * True for the text formats a benchmark file or a rule set can share an extension with (YAML, JSON, JSON
     * Lines): files of these are told apart by content ({@link FileKind}) before they are cut into records.
     */
    public boolean mayHoldOtherThanCenters() {
        return this == YAML || this == JSON || this == JSON_LINES;
    }

    /** The format one of whose extensions is {@code name} (case-insensitive, e.g. {@code jsonl}), or null. */
    public static Format byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.extensions.contains(n)) {
                return f;
            }
        }
        return null;
    }

    /** Each format by its first extension, in order ({@code "yaml, json, jsonl, csv or xlsx"}), for messages and help. */
    public static String names(String dot, boolean textOnly) {
        List<String> out = new java.util.ArrayList<>();
        for (Format f : values()) {
            if (!textOnly || f != XLSX) {
                out.add(dot + f.extensions.get(0));
            }
        }
        return String.join(", ", out.subList(0, out.size() - 1)) + " or " + out.get(out.size() - 1);
    }

    /** Every extension a folder walk picks up, in order: {@code ".yaml, .yml, .json, ..."}. */
    public static String allExtensions() {
        List<String> out = new java.util.ArrayList<>();
        for (Format f : values()) {
            f.extensions.forEach(e -> out.add("." + e));
        }
        return String.join(", ", out);
    }

    /** The format named by a file name's extension (case-insensitive), or null when none is. */
    public static Format byFileName(String fileName) {
        String ext = extension(fileName);
        for (Format f : values()) {
            if (f.extensions.contains(ext)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Why a known but unsupported extension cannot be read (old binary Excel, OpenDocument), or null
     * when the extension is not one of those.
     */
    public static dev.cca.diag.Message unsupportedReason(String fileName) {
        return switch (extension(fileName)) {
            case "xls" -> Messages.oldExcel();
            case "xlsb" -> Messages.binaryExcel();
            case "ods", "numbers" -> Messages.otherSpreadsheet(extension(fileName));
            default -> null;
        };
    }

    /**
     * Recognises a format from the first bytes of a file whose extension says nothing:
     * a zip container is XLSX; an OLE2 container is refused by the XLSX reader with the reason
     * (password-protected workbook or old .xls); text starting with '{' is JSON Lines when a second
     * line also starts with '{', else JSON; '[' is JSON; a first line with {@code ---}, or a first
     * content line that is a {@code key:} pair, is YAML; anything else is CSV. Returns null for
     * an empty head.
     */
    public static Format sniff(byte[] head, int length) {
        if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return XLSX;
        }
        if (length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            return XLSX;
        }
        int start = dev.cca.input.TextDecoder.bom(head, length).length();
        String text = new String(head, start, length - start, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        String first = null;
        String second = null;
        for (String l : lines) {
            String s = l.strip();
            if (s.isEmpty() || s.startsWith("#") && first == null) {
                continue;
            }
            if (first == null) {
                first = s;
            } else {
                second = s;
                break;
            }
        }
        if (first == null) {
            return null;
        }
        if (first.startsWith("{")) {
            return second != null && second.startsWith("{") ? JSON_LINES : JSON;
        }
        if (first.startsWith("[")) {
            return JSON;
        }
        if (first.startsWith("---") || first.startsWith("%YAML") || first.matches("[A-Za-z_][A-Za-z0-9_]*:(\\s.*)?")) {
            return YAML;
        }
        return CSV;
    }

    static String extension(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        int dot = fileName.lastIndexOf('.');
        return dot > slash + 1 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
