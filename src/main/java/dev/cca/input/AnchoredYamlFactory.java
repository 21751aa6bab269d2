package dev.cca.input;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * A YAML factory whose parsers read values as the YAML core schema does, where Jackson's parser does not:
 *
 * <ul>
 *   <li>The anchor of a plain value in a map ({@code id: &n foo}) is reported. Jackson's parser drops it (it keeps
 *       anchors of keys, maps and lists only), so an alias to it ({@code name: *n}) would seem to refer to no anchor.
 *   <li>An empty plain value ({@code pue:}) is null, as {@code pue: ~} is; Jackson's parser gives it as empty text.
 *       An empty quoted or block value ({@code ""}, {@code |}) stays empty text.
 *   <li>A core-schema tag ({@code !!null}, {@code !!bool}, {@code !!int}, {@code !!float}, {@code !!str},
 *       {@code !!map}, {@code !!seq}) is honoured when it says what the value is anyway: {@code !!null ""},
 *       {@code !!int "8"} and {@code !!float 1.3} read exactly as {@code ~}, {@code 8} and {@code 1.3}; {@code !!str}
 *       makes any scalar text; {@code !!float} takes an integer too. A core tag that says otherwise ({@code !!int abc},
 *       {@code !!null 0}, {@code !!str} on a map) is named by {@link #disagreeingTag()}, for the tree builder to
 *       refuse at the value. Other tags are not resolved, as before: the value is read as it is written (a
 *       {@code !!binary} one is refused by the tree builder).
 *   <li>A key that is not a scalar (an alias, a list, a map) is reported as a {@link NonScalarKey} at the key, saying
 *       which it is, instead of Jackson's "Expected a field name" with the event printed after it.
 * </ul>
 *
 * <p>Its parsers read characters through {@link LinearStreamReader}, not SnakeYAML's own reader, which takes time
 * quadratic in the length of one token, and which refuses a run longer than the value limit where it starts.
 */
final class AnchoredYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    /** The prefix of the tags of the YAML type repository ({@code !!int} is {@code tag:yaml.org,2002:int}). */
    private static final String CORE = "tag:yaml.org,2002:";

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

    /** What a key that is not a scalar is. */
    enum KeyKind { ALIAS, LIST, MAP }

    /** A key that is an alias, a list or a map; {@code line} and {@code column} (1-based) are where the key starts. */
    static final class NonScalarKey extends JsonParseException {
        private static final long serialVersionUID = 1L;
        final KeyKind kind;
        /** The alias's anchor name; null for a list or a map. */
        final String alias;
        final int line;
        final int column;

        NonScalarKey(YAMLParser p, KeyKind kind, String alias, Mark at, Throwable cause) {
            super(p, "a key that is not a scalar", cause);
            this.kind = kind;
            this.alias = alias;
            this.line = at.getLine() + 1;
            this.column = at.getColumn() + 1;
        }
    }

    /** The core-schema tag of the current value when the value is not of its type (as {@code !!int}); null otherwise. */
    static String disagreeingTag(com.fasterxml.jackson.core.JsonParser p) {
        return p instanceof Parser yp ? yp.disagreeing : null;
    }

    /**
     * Has {@code p} (a parser of this factory) tell {@code tabs} of every scalar it reads, so that a tab given to it as a
     * space inside a scalar is found ({@link SeparatingTabs#inScalar}).
     */
    static void watch(com.fasterxml.jackson.core.JsonParser p, SeparatingTabs tabs) {
        if (p instanceof Parser yp) {
            yp.tabs = tabs;
        }
    }

    private static final class Parser extends YAMLParser {
        /** The core tag of the current token's value when that value is not of the tag's type. */
        String disagreeing;
        /** The tabs of the text given as spaces, told of each scalar read; null when there are none. */
        SeparatingTabs tabs;

        Parser(IOContext ctxt, int parserFeatures, int formatFeatures, ObjectCodec codec, Reader reader, ParserImpl parser) {
            super(ctxt, parserFeatures, formatFeatures, codec, reader, parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            disagreeing = null;
            JsonToken t;
            try {
                t = super.nextToken();
            } catch (JsonParseException e) {
                throw nonScalarKey(e);
            }
            if (tabs != null && _lastEvent instanceof ScalarEvent s) {
                tabs.inScalar(s.getStartMark().getIndex(), s.getEndMark().getIndex(), s.getTag() != null || s.getAnchor() != null);
            }
            if (t != null && t.isScalarValue() && _currentAnchor == null && _lastEvent instanceof ScalarEvent s
                    && s.getAnchor() != null) {
                _currentAnchor = s.getAnchor();
            }
            if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && _lastEvent instanceof CollectionStartEvent c
                    && c.getTag() != null && c.getTag().startsWith(CORE)) {
                String core = c.getTag().substring(CORE.length());
                boolean map = t == JsonToken.START_OBJECT;
                if (SCALAR_TAGS.contains(core) || map && "seq".equals(core) || !map && "map".equals(core)) {
                    disagreeing = "!!" + core;
                }
            }
            return t;
        }

        /** Jackson's error for a key that is no scalar, told as what the key is and located where it starts. */
        private JsonParseException nonScalarKey(JsonParseException e) {
            String said = e.getOriginalMessage();
            Event ev = _lastEvent;
            if (said == null || !said.startsWith("Expected a field name") || ev == null) {
                return e;
            }
            KeyKind kind = ev instanceof AliasEvent ? KeyKind.ALIAS : ev instanceof MappingStartEvent ? KeyKind.MAP : KeyKind.LIST;
            return new NonScalarKey(this, kind, ev instanceof AliasEvent a ? a.getAnchor() : null, ev.getStartMark(), e);
        }

        private static final java.util.Set<String> SCALAR_TAGS = java.util.Set.of("null", "bool", "int", "float", "str");

        @Override
        protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
            String tag = scalar.getTag();
            String value = scalar.getValue();
            if (tag == null || "!".equals(tag)) {
                if (value.isEmpty() && tag == null && scalar.getImplicit().canOmitTagInPlainScalar()) {
                    return emptyNull();
                }
                return super._decodeScalar(scalar);
            }
            String core = tag.startsWith(CORE) ? tag.substring(CORE.length()) : null;
            if ("str".equals(core)) {
                _textValue = value;
                _cleanedTextValue = null;
                return JsonToken.VALUE_STRING;
            }
            if ("map".equals(core) || "seq".equals(core)) {
                super._decodeScalar(scalar); // the text, as any value with a tag that is not resolved
                disagreeing = "!!" + core;
                return JsonToken.VALUE_STRING;
            }
            if (core == null || !SCALAR_TAGS.contains(core)) {
                return super._decodeScalar(scalar); // not resolved: text, or bytes for !!binary
            }
            // The value as if written plain without the tag, then whether that is of the tag's type.
            JsonToken t = value.isEmpty() ? emptyNull()
                    : super._decodeScalar(new ScalarEvent(scalar.getAnchor(), null, new ImplicitTuple(true, false), value,
                            scalar.getStartMark(), scalar.getEndMark(), DumperOptions.ScalarStyle.PLAIN));
            boolean agrees = switch (core) {
                case "null" -> t == JsonToken.VALUE_NULL;
                case "bool" -> t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE;
                case "int" -> t == JsonToken.VALUE_NUMBER_INT;
                default -> t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT;
            };
            if (agrees) {
                return t;
            }
            disagreeing = "!!" + core;
            _textValue = value;
            _cleanedTextValue = null;
            return JsonToken.VALUE_STRING;
        }

        private JsonToken emptyNull() {
            _textValue = "";
            _cleanedTextValue = null;
            return JsonToken.VALUE_NULL;
        }
    }
}
