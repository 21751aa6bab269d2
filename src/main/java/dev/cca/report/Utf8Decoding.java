package dev.cca.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes written to a {@link Writer} as the characters they encode, decoded as they come (a character split
 * between two writes waits for its rest): for a renderer that writes bytes, asked for characters. A malformed sequence
 * becomes U+FFFD.
 */
final class Utf8Decoding extends OutputStream {

    private final Writer out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer in = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    Utf8Decoding(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int k = Math.min(len, in.remaining());
            in.put(b, off, k);
            off += k;
            len -= k;
            decode(false);
        }
    }

    private void decode(boolean end) throws IOException {
        in.flip();
        while (true) {
            CoderResult res = decoder.decode(in, chars, end);
            drain();
            if (!res.isOverflow()) {
                break;
            }
        }
        in.compact();
    }

    private void drain() throws IOException {
        chars.flip();
        out.write(chars.array(), chars.arrayOffset() + chars.position(), chars.remaining());
        chars.clear();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Ends the bytes: a character left unfinished becomes U+FFFD. The writer is not closed. */
    @Override
    public void close() throws IOException {
        decode(true);
        decoder.flush(chars);
        drain();
        out.flush();
    }
}
