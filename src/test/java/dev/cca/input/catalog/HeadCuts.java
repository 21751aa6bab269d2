package dev.cca.input.catalog;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The reference the head's one-pass verdict ({@link dev.cca.input.TextDecoder#judgeHead}) is held to: where
 * {@code head}, the first bytes of a longer text in {@code cs}, can be cut without cutting a character, after its last
 * whole character, as a strict decoder that knows more input follows reads it. A head with a bad byte is judged whole,
 * so that the file is named for what it is. The reader once cut the head here and then decoded it again to judge it;
 * the cut was earlier after the last byte below '0' in the head's second half, else at half the head, which split a
 * character inside a long run of Chinese and refused a valid file.
 */
final class HeadCuts {

    private HeadCuts() {
    }

    static int safeCut(byte[] head, Charset cs) {
        ByteBuffer in = ByteBuffer.wrap(head);
        CharBuffer out = CharBuffer.allocate(head.length + 1);
        CoderResult r = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, false);
        return r.isError() ? head.length : in.position();
    }
}
