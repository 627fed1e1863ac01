package org.talentcatalog.model.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.ReadLimits;

/**
 * Parses JSON text into a Jackson tree within {@link ReadLimits}: nesting depth, string and number
 * length, duplicate member names, trailing content and lone surrogates ({@link LoneSurrogates}) are all
 * checked, and every failure becomes a
 * {@link CatalogJsonException} with the line and column where it happened.
 *
 * <p>Floating-point numbers are kept as exact decimals (trailing zeros included), so extension
 * values are written back with the digits they were read with. Immutable and thread-safe.
 */
public final class JsonTrees {

    private final ObjectMapper mapper;

    /** A parser for the given limits. */
    public JsonTrees(ReadLimits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(Math.min(limits.maxStringLength(), 50_000))
                        .maxNumberLength(limits.maxNumberLength())
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // Write characters outside the BMP (CJK Extension B names such as 𠮷, emoji) as UTF-8,
                // not as escaped surrogate pairs: Jackson's default before 3.0 is "\uD842\uDFB7".
                .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    /** The mapper behind this parser, for callers that stream with the same limits. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** Parses one JSON value that must make up the whole text. */
    public JsonNode parse(String text) {
        try (JsonParser parser = mapper.createParser(text)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    throw JsonProblems.read("read:empty", 1, 1,
                            Messages.READ_EMPTY.text());
                }
                // Trailing content is checked here, to report it in the library's words at its start.
                JsonNode node = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
                if (parser.nextToken() != null) {
                    throw located("read:syntax", parser.currentTokenLocation(),
                            Messages.READ_TRAILING_CONTENT.text());
                }
                String lone = LoneSurrogates.find(node, "");
                if (lone != null) {
                    int[] at = JsonPointers.locate(mapper, text, java.util.Set.of(lone)).get(lone);
                    throw LoneSurrogates.error(lone, at == null ? null : JsonProblems.known(at[0]),
                            at == null ? null : JsonProblems.known(at[1]), LoneSurrogates.code(node, lone));
                }
                return node;
            } catch (StreamConstraintsException e) {
                throw located("read:limit", parser.currentLocation(),
                        Messages.READ_LIMIT.text(e.getOriginalMessage()));
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                String problem = e.getOriginalMessage().startsWith("Duplicate field") ? "read:duplicateKey" : "read:syntax";
                String what = firstLine(e.getOriginalMessage());
                throw located(problem, at, problem.equals("read:duplicateKey")
                        ? Messages.READ_DUPLICATE_KEY.text(what)
                        : Messages.READ_SYNTAX.text(what));
            }
        } catch (IOException e) {
            throw JsonProblems.unreadable("read:io",
                    Messages.READ_IO.text(e.getMessage()));
        }
    }

    /** Jackson's "[Source: …; line: 2, column: 16]" inside a message, which names no file a person knows. */
    private static final java.util.regex.Pattern SOURCE =
            java.util.regex.Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        String line = SOURCE.matcher(nl < 0 ? message : message.substring(0, nl)).replaceAll("line $1, column $2");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static CatalogJsonException located(String problem, JsonLocation at, LocalizedText text) {
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        return JsonProblems.read(problem, JsonProblems.known(line), JsonProblems.known(column), text);
    }
}
