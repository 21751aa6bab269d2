package dev.cca.report;

import dev.cca.result.AssessmentResult;
import dev.cca.result.CenterResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * An assessment format that is also written from pieces of each center, rendered as the center is assessed, so
 * that {@code cca assess} of many files need not keep every center's result in memory: the pieces wait in files
 * and the report is put together from them at the end. The format's ordinary rendering is this one over the
 * result's own centers, so both give the same bytes.
 */
public interface StreamedRenderer {

    /**
     * The pieces one center contributes to a report of several centers, in part order.
     *
     * @param shell the result as far as it is known before any center: rule set, dates, no peers
     */
    List<String> pieces(CenterResult c, AssessmentResult shell, RenderOptions o);

    /**
     * Writes the report of {@code count} centers from their pieces: {@code parts.get(j)} is every center's j-th
     * piece, in input order. {@code result} holds everything else (problems, gate, inputs); its own list of
     * centers is not read; {@code first} is the first center.
     */
    void render(AssessmentResult result, CenterResult first, long count, List<? extends Iterable<String>> parts,
                RenderOptions o, Writer out) throws IOException;

    /** The pieces of a list of centers, made as they are read. */
    interface Piece {
        String of(CenterResult c) throws IOException;
    }

    static Iterable<String> each(List<CenterResult> centers, Piece piece) {
        return () -> centers.stream().map(c -> {
            try {
                return piece.of(c);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).iterator();
    }

    /**
     * Writes text with its trailing white space removed and then one line feed, as {@code text.stripTrailing() +
     * "\n"} would, without holding the whole text: white space is held back until text follows it.
     */
    final class StripTrailing {
        private final Writer out;
        private final StringBuilder held = new StringBuilder();

        public StripTrailing(Writer out) {
            this.out = out;
        }

        public void write(CharSequence s) throws IOException {
            int end = s.length();
            while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            if (end == 0) {
                held.append(s);
                return;
            }
            out.append(held);
            held.setLength(0);
            out.append(s, 0, end);
            held.append(s, end, s.length());
        }

        public void finish() throws IOException {
            out.write('\n');
        }
    }
}
