package org.talentcatalog.tabular.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every 目录信息 label is in docs/filling-tables.md, and the template explains every item and column in both languages. */
class InfoLabelsDocumentedTest {

    @Test
    void everyLabelIsListedWithItsEnglishLabelAndPointer() throws IOException {
        String doc = Files.readString(Path.of("../docs/filling-tables.md"));
        List<String> missing = new ArrayList<>();
        for (CatalogInfo.Field f : CatalogInfo.FIELDS) {
            String row = "| " + f.zh() + " | " + f.en() + " | `" + f.pointer() + "` |";
            if (!doc.contains(row)) {
                missing.add(row);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theTemplateGuideExplainsEveryItemAndColumn() throws IOException {
        for (String name : List.of("template-guide.properties", "template-guide_en.properties")) {
            Properties guide = new Properties();
            try (var in = new InputStreamReader(TemplateBook.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
                guide.load(in);
            }
            List<String> missing = new ArrayList<>();
            CatalogInfo.FIELDS.forEach(f -> {
                if (guide.getProperty(f.pointer(), "").isBlank()) {
                    missing.add(f.pointer());
                }
            });
            Columns.standard().stream().filter(c -> c.kind() != Column.Kind.ROW_NUMBER).forEach(c -> {
                if (guide.getProperty("column" + c.pointer(), "").isBlank()) {
                    missing.add("column" + c.pointer());
                }
            });
            assertEquals(List.of(), missing, name);
        }
    }
}
