package org.talentcatalog.tabular;

import org.talentcatalog.tabular.internal.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.internal.JsonText;
import org.talentcatalog.model.internal.JsonTrees;
import org.talentcatalog.model.io.InputFiles;
import org.talentcatalog.tabular.internal.CatalogInfo;
import org.talentcatalog.tabular.internal.CellNames;
import org.talentcatalog.tabular.internal.CellReader;
import org.talentcatalog.tabular.internal.CsvRows;
import org.talentcatalog.tabular.internal.JsonTexts;
import org.talentcatalog.tabular.internal.PositionRows;
import org.talentcatalog.tabular.internal.ReadIssues;
import org.talentcatalog.tabular.internal.XlsxGuard;
import org.talentcatalog.tabular.internal.XlsxTable;

/** Reads one table file into a {@link CatalogDocument}; one per reading. */
final class Reading {

    private final ReadOptions options;
    private final JsonTexts json = new JsonTexts();
    private final List<Issue> problems = new ArrayList<>();

    Reading(ReadOptions options) {
        this.options = options;
    }

    private PositionRows rows(@Nullable String sheet) {
        return new PositionRows(sheet, new CellReader(options.codeLists(), json), options.fiveStarMapping(),
                options.limits(), problems);
    }

    CatalogDocument xlsx(Path file) throws IOException {
        InputFiles.requireRegular(file);
        XlsxGuard.Scan scan = XlsxGuard.scan(file, options.limits());
        try (XlsxTable table = new XlsxTable(file, scan, options.limits())) {
            XlsxTable.Sheet sheet = table.positions();
            PositionRows rows = rows(sheet.name());
            table.rows(sheet, problems, rows::accept);
            ArrayNode positions = rows.finish();
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            Map<String, String> cells = new HashMap<>();
            Optional<XlsxTable.Sheet> info = options.positionsOnly() ? Optional.empty() : table.info();
            if (info.isPresent()) {
                String name = info.get().name();
                table.rows(info.get(), problems, (row, r) ->
                        CatalogInfo.read(row, c -> CellNames.cell(name, c, r), root, cells, problems, json, options.codeLists()));
            } else if (!options.positionsOnly()) {
                problems.add(ReadIssues.error("read:missingCatalogInfo", null, null, Messages.READ_NO_INFO_SHEET.text(XlsxTable.INFO,
                        CatalogInfo.requiredLabels())));
            }
            root.set("positions", positions);
            return CatalogDocument.read(XlsxFormat.NAME, root, problems,
                    new TableLocator(rows.index(), cells, info.map(XlsxTable.Sheet::name).orElse(sheet.name()), null), info.isEmpty());
        } catch (TabularException e) {
            throw e;
        } catch (RuntimeException e) {
            // a damaged workbook: malformed XML in a part, a corrupt entry, a value the library cannot parse
            String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName()
                    : parserWords(e.getMessage());
            throw ReadIssues.refused("read:notXlsx", file.getFileName().toString(), Messages.READ_NOT_XLSX.text(why));
        }
    }

    CatalogDocument csv(Path file, @Nullable Path side) throws IOException {
        long size = Files.size(file);
        if (size > options.limits().maxFileBytes()) {
            throw ReadIssues.refused("read:limit", null, Messages.READ_FILE_TOO_LARGE.text(size));
        }
        InputFiles.requireRegular(file);
        PositionRows rows = rows(null);
        CsvRows.read(file, options.csvCharset(), options.limits(), problems, rows::accept);
        ArrayNode positions = rows.finish();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        Function<String, @Nullable String> locate = null;
        boolean withInfo = !options.positionsOnly() && side != null && Files.isRegularFile(side);
        if (withInfo) {
            String name = side.getFileName().toString();
            JsonTrees trees = new JsonTrees(options.jsonLimits());
            String text = "";
            try {
                text = JsonText.read(side, options.jsonLimits()).text();
                JsonNode header = trees.parse(text);
                if (header.isObject()) {
                    root.setAll((ObjectNode) header);
                    JsonNode listed = header.get("positions");
                    if (listed != null && !(listed.isArray() && listed.isEmpty())) {
                        problems.add(ReadIssues.error("read:sideFilePositions", "/positions", name, Messages.READ_SIDE_FILE_POSITIONS.text()));
                    }
                } else {
                    problems.add(ReadIssues.error("read:sideFile", "", name, Messages.READ_SIDE_FILE_NOT_OBJECT.text()));
                }
            } catch (CatalogJsonException e) {
                problems.add(ReadIssues.inSideFile(name, e.issue()));
            }
            String sideText = text;
            locate = pointer -> JsonPlaces.locate(trees, sideText, name, pointer);
        } else if (!options.positionsOnly()) {
            problems.add(ReadIssues.error("read:missingCatalogInfo", null, null, Messages.READ_NO_SIDE_FILE.text(
                    side == null ? Messages.READ_SIDE_FILE_PLACEHOLDER.text() : side.getFileName())));
        }
        root.set("positions", positions);
        return CatalogDocument.read(CsvFormat.NAME, root, problems,
                new TableLocator(rows.index(), Map.of(), withInfo ? side.getFileName().toString() : null, locate), !withInfo);
    }

    /**
     * The parser's own words without its class name: the StAX form "ParseError at [row,col]:[1,120]
     * Message: …" becomes "… (line 1, column 120)"; otherwise the first line.
     */
    static String parserWords(String message) {
        java.util.regex.Matcher m = PARSE_ERROR.matcher(message);
        if (m.find()) {
            return m.group(3).strip() + " (" + m.group(1) + ":" + m.group(2) + ")";
        }
        String first = message.strip().lines().findFirst().orElse("");
        return first.replaceAll("^(?:[\\w$]+\\.)+[\\w$]*(?:Exception|Error):\\s*", "");
    }

    private static final java.util.regex.Pattern PARSE_ERROR =
            java.util.regex.Pattern.compile("ParseError at \\[row,col\\]:\\[(\\d+),(\\d+)\\]\\s*Message:\\s*(.*)", java.util.regex.Pattern.DOTALL);
}
