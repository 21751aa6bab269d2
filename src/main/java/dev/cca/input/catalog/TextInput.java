package dev.cca.input.catalog;

import dev.cca.diag.InputException;
import dev.cca.input.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens a text file that is read as a stream (JSON Lines, CSV) rather than as a whole, with the same
 * encoding rules as {@link TextDecoder}: UTF-8 expected, byte-order marks honoured, a binary or
 * GB18030 file named as such with the option that reads it, nothing ever decoded with replacement
 * characters.
 *
 * <p>The rules are applied to the head of the file (the first 64 KiB), which is where a wrong encoding
 * shows; a bad byte further on is reported by the reader when it gets there (a {@link
 * java.nio.charset.CharacterCodingException} from {@link #reader()}).
 */
final class TextInput {

    static final int HEAD = 64 * 1024;

    private final InputStream stream;
    private final String note;
    private final Charset charset;

    private TextInput(InputStream stream, String note, Charset charset) {
        this.stream = stream;
        this.note = note;
        this.charset = charset;
    }

    /** Checks the head of {@code in} and returns the input positioned after any byte-order mark. */
    static TextInput open(InputStream in, String name, Charset forced) throws InputException, IOException {
        PushbackInputStream pin = new PushbackInputStream(in, HEAD);
        byte[] head = pin.readNBytes(HEAD);
        boolean more = head.length == HEAD;
        TextDecoder.Bom mark = TextDecoder.bom(head, head.length);
        int bom = mark.length();
        Charset cs = mark.charset() != null && (forced == null || !mark.charset().equals(StandardCharsets.UTF_8)) ? mark.charset() : forced;
        if (cs == null) {
            cs = StandardCharsets.UTF_8;
        }
        // Judged in one decoding: a character cut by the 64 KiB boundary is not mistaken for a bad byte.
        String note = TextDecoder.judgeHead(head, more, forced, name);
        pin.unread(head);
        pin.skipNBytes(bom);
        return new TextInput(pin, note, cs);
    }

    /** The bytes after the byte-order mark, for readers that split UTF-8 text themselves. */
    InputStream bytes() {
        return stream;
    }

    /** A strict decoding reader of the text after the byte-order mark (a bad byte throws). */
    Reader reader() {
        return new InputStreamReader(stream, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    boolean isUtf8() {
        return charset.equals(StandardCharsets.UTF_8);
    }

    /** What the decoder noticed (a byte-order mark, a forced encoding), or empty. */
    String note() {
        return note;
    }

    Charset charset() {
        return charset;
    }
}
