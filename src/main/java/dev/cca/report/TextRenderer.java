package dev.cca.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A renderer of text: it writes characters, which reach the output as UTF-8. */
public interface TextRenderer<R> extends Renderer<R> {

    void render(R result, RenderOptions options, Writer out) throws IOException;

    @Override
    default void render(R result, RenderOptions options, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        render(result, options, w);
        w.flush();
    }
}
