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

/**
 * A YAML factory whose parsers report the anchor of a plain value in a map ({@code id: &n foo}). Jackson's
 * parser drops it (it keeps anchors of keys, maps and lists only), so an alias to it ({@code name: *n}) would
 * seem to refer to no anchor. The parser here restores it from the scalar event it has just read.
 */
final class AnchoredYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    private final LoaderOptions loaderOptions;

    AnchoredYamlFactory(YAMLFactoryBuilder builder, LoaderOptions loaderOptions) {
        super(builder);
        this.loaderOptions = loaderOptions;
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
        return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, loaderOptions, _objectCodec, r);
    }

    private static final class Parser extends YAMLParser {
        Parser(IOContext ctxt, int parserFeatures, int formatFeatures, LoaderOptions options, ObjectCodec codec, Reader reader) {
            super(ctxt, parserFeatures, formatFeatures, options, codec, reader);
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
