package org.talentcatalog.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.schema.CatalogSchema;
import org.talentcatalog.schema.CatalogValidator;
import org.talentcatalog.schema.ValidationReport;

/**
 * Validation of one catalog, in process and warm: the full four-layer pipeline against Everit alone on
 * the same bytes (org.json parse + schema) and against a plain Jackson parse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidationBench {

    @Param("10000")
    int positions;

    byte[] document;
    CatalogValidator validator;
    Schema everit;
    ObjectMapper mapper;

    @Setup
    public void setUp() {
        document = CatalogJson.writeBytes(CatalogGenerator.catalog(positions, 42));
        validator = CatalogValidator.standard();
        everit = SchemaLoader.builder().schemaJson(new JSONObject(CatalogSchema.text())).draftV7Support()
                .build().load().build();
        mapper = new ObjectMapper();
        ValidationReport report = validator.validate(document);
        if (!report.valid()) {
            throw new IllegalStateException("generated catalog is invalid: " + report.issues());
        }
    }

    /** The whole pipeline: read, schema, model, rules, locations. */
    @Benchmark
    public ValidationReport fullPipeline() {
        return validator.validate(document);
    }

    /** Everit alone on the same bytes: decode, org.json parse, schema validation. */
    @Benchmark
    public Object everitAlone() {
        JSONObject json = new JSONObject(new JSONTokener(new String(document, StandardCharsets.UTF_8)));
        try {
            everit.validate(json);
        } catch (ValidationException e) {
            return e;
        }
        return json;
    }

    /** A Jackson tree parse of the same bytes. */
    @Benchmark
    public JsonNode jacksonParse() throws java.io.IOException {
        return mapper.readTree(document);
    }
}
