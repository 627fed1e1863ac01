package com.example.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Severity;
import org.talentcatalog.model.io.AtomicFiles;
import org.talentcatalog.tabular.CatalogDocument;
import org.talentcatalog.tabular.ReadOptions;
import org.talentcatalog.tabular.TabularException;
import org.talentcatalog.tabular.WriteOptions;
import org.talentcatalog.tabular.spi.CatalogFormat;
import org.talentcatalog.tabular.spi.FileHead;

/**
 * A catalog as JSON Lines ({@code .jsonl}): the first line is the catalog without its positions,
 * each further line one position. grep, {@code jq -c}, a Spark or pandas job and a line diff in git
 * handle it one position at a time.
 */
public final class JsonLinesFormat implements CatalogFormat {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)   // decimals keep their digits
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)        // {"id": 1, "id": 2} is an error
            .build();

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public List<String> extensions() {
        return List.of("jsonl");
    }

    @Override
    public String mediaType() {
        return "application/jsonl";
    }

    @Override
    public boolean recognizes(FileHead head) {
        // JSON Lines starts like JSON: the registry gives it the files named .jsonl, json the others
        return head.text().stripLeading().startsWith("{");
    }

    @Override
    public CatalogDocument read(Path file, ReadOptions options) throws IOException {
        long max = options.jsonLimits().maxDocumentBytes();
        if (Files.size(file) > max) {
            throw new TabularException(Issue.unreadableInput("read:limit", null, LocalizedText.of(
                    "文件超过 " + max + " 字节", "the file is larger than " + max + " bytes")));
        }
        ObjectNode root = JSON.createObjectNode();
        ArrayNode positions = JSON.createArrayNode();
        List<Integer> lines = new ArrayList<>();             // the line of each position
        List<Issue> problems = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int line = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                text = line == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    JsonNode value = JSON.readTree(text);
                    if (!value.isObject()) {
                        problems.add(error("read:notObject", null, String.valueOf(line),
                                LocalizedText.of("这一行不是 JSON 对象", "the line is not a JSON object")));
                    } else if (line == 1 && value.has("positions")) {
                        problems.add(error("read:headerPositions", "/positions", "1",
                                LocalizedText.of("第一行不应列出岗位：每行一个岗位", "the first line must not list positions: one per line")));
                    } else if (line == 1) {
                        root.setAll((ObjectNode) value);             // the catalog
                    } else {
                        positions.add(value);
                        lines.add(line);
                    }
                } catch (JsonProcessingException e) {
                    String why = e.getOriginalMessage();
                    int column = e.getLocation() == null ? 1 : e.getLocation().getColumnNr();
                    problems.add(error("read:syntax", null, line + ":" + column,
                            LocalizedText.of("不是有效的 JSON: " + why, "not valid JSON: " + why)));
                }
            }
        }
        root.set("positions", positions);
        return CatalogDocument.of(name(), root, problems, pointer -> {   // a value's place: its line
            String[] parts = pointer.split("/", 4);                     // "", "positions", index, rest
            if (parts.length >= 3 && parts[1].equals("positions") && parts[2].matches("\\d{1,9}")
                    && Integer.parseInt(parts[2]) < lines.size()) {
                return String.valueOf(lines.get(Integer.parseInt(parts[2])));
            }
            return "1";
        });
    }

    @Override
    public void write(Catalog catalog, Path file, WriteOptions options) throws IOException {
        ObjectNode tree = (ObjectNode) CatalogJson.toTree(catalog);
        JsonNode positions = tree.remove("positions");
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(JSON.writeValueAsString(tree) + "\n");
            for (JsonNode position : positions) {
                w.write(JSON.writeValueAsString(position) + "\n");
            }
            w.flush();
        });
    }

    private static Issue error(String rule, String pointer, String place, LocalizedText text) {
        return Issue.of(Severity.ERROR, Layer.READ, rule, pointer, text).inCell(place);
    }
}
