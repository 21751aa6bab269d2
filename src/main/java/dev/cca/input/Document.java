package dev.cca.input;

/**
 * One document of an input file: a YAML document of a stream, a JSON file, one JSON Lines line or one
 * catalog row. {@code index} is 0-based within the file; {@code root} is {@code null} for an empty document, and
 * for one that could not be read whole or was read with errors.
 *
 * @param declaredId the id a document with a null root still gives itself reliably: its tree was read whole but with
 *                   errors that leave the root's {@code id} as written (a duplicate key elsewhere), so that the id
 *                   counts like that of any invalid record (a later record with it is a duplicate); else null
 */
public record Document(SourceFile source, int index, int line, Node root, String declaredId) {

    public Document(SourceFile source, int index, int line, Node root) {
        this(source, index, line, root, null);
    }

    /** The name shown in messages. */
    public String name() {
        return source.name();
    }
}
