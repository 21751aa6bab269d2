package dev.cca.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes one kind of computed result ({@link dev.cca.result.AssessmentResult} or
 * {@link dev.cca.result.BatchResult}) in one report format. Renderers only read the result; none computes
 * scores. They are registered, with the format's name and file extensions, in {@link ReportFormats}.
 *
 * <p>Renderers write bytes, so binary formats (a workbook) fit beside text ones; text formats implement
 * {@link TextRenderer}, which encodes UTF-8.
 *
 * @param <R> the result type this renderer reads
 */
@FunctionalInterface
public interface Renderer<R> {

    void render(R result, RenderOptions options, OutputStream out) throws IOException;
}
