package dev.cca.report;

import dev.cca.result.AssessmentResult;
import java.io.IOException;
import java.io.Writer;

/**
 * One output format. Every renderer reads the same computed {@link AssessmentResult}; none computes
 * scores. Registered by name and file extension in {@link Renderers}.
 */
public interface Renderer {

    /** The format name used by {@code --format}: md, json, ... */
    String name();

    /** File extensions (without the dot) that select this renderer. */
    java.util.List<String> extensions();

    void render(AssessmentResult result, RenderOptions options, Writer out) throws IOException;
}
