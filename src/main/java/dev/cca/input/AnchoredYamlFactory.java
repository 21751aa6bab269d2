package dev.cca.input;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * A YAML factory whose parsers report the anchor of a plain value in a map ({@code id: &n foo}). Jackson's
 * parser drops it (it keeps anchors of keys, maps and lists only), so an alias to it ({@code name: *n}) would
 * seem to refer to no anchor. The parser here restores it from the scalar event it has just read.
 *
 * <p>Its parsers read characters through {@link LinearStreamReader}, not SnakeYAML's own reader, which takes time
 * quadratic in the length of one token, and which refuses a run longer than the value limit where it starts.
 */
final class AnchoredYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    private final LoaderOptions loaderOptions;
    private final int maxStringLength;

    /** {@code maxStringLength}: the value limit, past which {@link LinearStreamReader} refuses a run. */
    AnchoredYamlFactory(YAMLFactoryBuilder builder, LoaderOptions loaderOptions, int maxStringLength) {
        super(builder);
        this.loaderOptions = loaderOptions;
        this.maxStringLength = maxStringLength;
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
        return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, _objectCodec, r,
                new ParserImpl(new LinearStreamReader(r, maxStringLength + 1), loaderOptions));
    }

    private static final class Parser extends YAMLParser {
        Parser(IOContext ctxt, int parserFeatures, int formatFeatures, ObjectCodec codec, Reader reader, ParserImpl parser) {
            super(ctxt, parserFeatures, formatFeatures, codec, reader, parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t = super.nextToken();
            if (t != null && t.isScalarValue() && _currentAnchor == null && _lastEvent instanceof ScalarEvent s
                    && s.getAnchor() != null) {
                _currentAnchor = s.getAnchor();
            }
            return t;
        }
    }
}
