package dev.cca.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/** A renderer of text: it writes characters, which reach the output as UTF-8. */
public interface TextRenderer<R> extends Renderer<R> {

    void render(R result, RenderOptions options, Writer out) throws IOException;

    @Override
    default void render(R result, RenderOptions options, OutputStream out) throws IOException {
        Writer w = new Utf8Writer(out, 1 << 16);
        render(result, options, w);
        w.flush();
    }
}
