package dev.cca.input;

/**
 * One document of an input file: a YAML document of a stream, a JSON file, one JSON Lines line or one
 * catalog row. {@code index} is 0-based within the file; {@code root} is {@code null} for an empty document.
 */
public record Document(SourceFile source, int index, int line, Node root) {

    /** The name shown in messages. */
    public String name() {
        return source.name();
    }
}
