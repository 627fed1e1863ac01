package org.talentcatalog.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.FormatValidator;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.Validator;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.talentcatalog.model.internal.JsonPointers;
import org.talentcatalog.schema.CatalogSchema;

/**
 * The schema layer: the draft-07 schema compiled once by Everit and applied to a Jackson tree.
 * Everit's failures are flattened to their leaves and turned into {@link Finding}s with clear
 * messages ({@link SchemaMessages}). Immutable and thread-safe after construction.
 */
public final class SchemaLayer {

    private final Schema schema;
    private final Schema positionSchema;
    private final Validator validator = Validator.builder().build();

    /** Loads and compiles the shipped schema. */
    public SchemaLayer() {
        try (InputStream in = CatalogSchema.open()) {
            JSONObject raw = new JSONObject(new JSONTokener(in));
            this.schema = SchemaLoader.builder()
                    .schemaJson(raw)
                    .draftV7Support()
                    .enableOverrideOfBuiltInFormatValidators()
                    .addFormatValidator(new StrictDate())
                    .build().load().build();
            ArraySchema positions = (ArraySchema) ((ObjectSchema) schema).getPropertySchemas().get("positions");
            Schema item = positions.getAllItemSchema();
            this.positionSchema = item instanceof ReferenceSchema ref ? ref.getReferredSchema() : item;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Validates a whole document tree and returns one finding per leaf failure. */
    public List<Finding> validate(JsonNode document) {
        return run(schema, document, "");
    }

    /** Validates one element of {@code positions}, whose pointer is {@code base}. */
    public List<Finding> validatePosition(JsonNode position, String base) {
        return run(positionSchema, position, base);
    }

    private List<Finding> run(Schema s, JsonNode node, String base) {
        Object subject = OrgJson.convert(node);
        try {
            validator.performValidation(s, subject);
            return List.of();
        } catch (ValidationException e) {
            List<Finding> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            leaves(e, node, base, out, seen);
            return out;
        }
    }

    private static void leaves(ValidationException e, JsonNode node, String base, List<Finding> out, Set<String> seen) {
        if (!e.getCausingExceptions().isEmpty()) {
            for (ValidationException cause : e.getCausingExceptions()) {
                leaves(cause, node, base, out, seen);
            }
            return;
        }
        Finding f = SchemaMessages.finding(e, pointerOf(e), node, base);
        if (seen.add(f.issue().rule() + "\u0000" + f.fault())) {
            out.add(f);
        }
    }

    /** Everit's {@code #/a/b} as an RFC 6901 pointer {@code /a/b}. */
    static String pointerOf(ValidationException e) {
        String p = e.getPointerToViolation();
        if (p == null || p.equals("#")) {
            return "";
        }
        return p.startsWith("#") ? p.substring(1) : p;
    }

    /** Real calendar dates only: {@code 2024-02-30} fails (Everit's own check resolves it leniently). */
    static final class StrictDate implements FormatValidator {
        @Override
        public Optional<String> validate(String subject) {
            try {
                if (subject.length() == 10) {
                    LocalDate.parse(subject);
                    return Optional.empty();
                }
            } catch (DateTimeParseException e) {
                // fall through
            }
            return Optional.of("[" + subject + "] is not a valid date");
        }

        @Override
        public String formatName() {
            return "date";
        }
    }

    /** Jackson tree → org.json values, as Everit expects them. */
    static final class OrgJson {
        private OrgJson() {
        }

        static Object convert(JsonNode n) {
            switch (n.getNodeType()) {
                case OBJECT: {
                    JSONObject o = new JSONObject();
                    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        o.put(e.getKey(), convert(e.getValue()));
                    }
                    return o;
                }
                case ARRAY: {
                    JSONArray a = new JSONArray();
                    for (JsonNode item : n) {
                        a.put(convert(item));
                    }
                    return a;
                }
                case STRING:
                    return n.textValue();
                case NUMBER:
                    return n.numberValue();
                case BOOLEAN:
                    return n.booleanValue();
                default:
                    return JSONObject.NULL;
            }
        }
    }

    /** The pointer of an array's first item that equals an earlier one, or the array's own pointer. */
    static String laterDuplicate(JsonNode document, String arrayPointer) {
        JsonNode array = document.at(arrayPointer);
        if (array == null || !array.isArray()) {
            return arrayPointer;
        }
        Set<JsonNode> earlier = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            if (!earlier.add(array.get(i))) {
                return JsonPointers.child(arrayPointer, i);
            }
        }
        return arrayPointer;
    }
}
