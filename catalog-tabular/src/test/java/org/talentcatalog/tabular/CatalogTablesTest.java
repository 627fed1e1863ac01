package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.Charset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.tabular.spi.CatalogFormat;

/** The settings a {@link CatalogTables} is built with, and the side file of a CSV table: its name and its content. */
class CatalogTablesTest {

    @Test
    void theBuilderSettingsAreTheOptionsOfReadingAndWriting() {
        Charset gb = Charset.forName("GB18030");
        FiveStarMapping stars = FiveStarMapping.parse("1-2:GENERALLY_SCARCE,3-4:SCARCE,5:VERY_SCARCE");
        TableLimits limits = TableLimits.defaults().withMaxCellChars(100);
        CatalogTables tables = CatalogTables.builder().csvCharset(gb).fiveStarMapping(stars).limits(limits).positionsOnly(true)
                .headers(HeaderLanguage.ENGLISH).levelStyle(LevelStyle.CODES).build();
        assertEquals(gb, tables.readOptions().csvCharset());
        assertEquals(stars, tables.readOptions().fiveStarMapping());
        assertEquals(ShortageLevel.SCARCE, tables.readOptions().fiveStarMapping().levelFor(4));
        assertEquals(limits, tables.readOptions().limits());
        assertTrue(tables.readOptions().positionsOnly());
        assertEquals(gb, tables.writeOptions().csvCharset());
        assertEquals(HeaderLanguage.ENGLISH, tables.writeOptions().headers());
        assertEquals(LevelStyle.CODES, tables.writeOptions().levelStyle());
        assertFalse(CatalogTables.standard().readOptions().positionsOnly());
    }

    @Test
    void theSideFileTakesTheNameBeforeTheLastDot() {
        Path dir = Path.of("out");
        assertEquals(dir.resolve("ic.catalog.json"), CatalogTables.sideFileOf(dir.resolve("ic.csv")));
        assertEquals(dir.resolve("ic.2024.catalog.json"), CatalogTables.sideFileOf(dir.resolve("ic.2024.csv")));
        assertEquals(dir.resolve("ic.catalog.json"), CatalogTables.sideFileOf(dir.resolve("ic")));
        assertEquals(dir.resolve(".csv.catalog.json"), CatalogTables.sideFileOf(dir.resolve(".csv")),
                "a name that starts with its only dot is kept whole");
    }

    @Test
    void theSideFileIsTheCanonicalCatalogWithoutPositions() throws Exception {
        String side = CatalogTables.sideFile(CsvWritingTest.IC);
        assertTrue(side.endsWith("}\n"), side);
        JsonNode tree = new ObjectMapper().readTree(side);
        assertFalse(tree.has("positions"));
        ((ObjectNode) tree).putArray("positions");
        assertEquals(CsvWritingTest.IC.withPositions(List.of()), CatalogJson.fromTree(tree));
    }

    @Test
    void theFormatsGivenAreTheOnesReadAndWrittenThrough(@TempDir Path dir) throws IOException {
        CatalogFormat marked = new CatalogFormatsTest.Marked("tsv", List.of("tsv"), "TSV\t");
        CodeLists codes = CodeLists.defaults();
        CatalogTables tables = CatalogTables.builder().codeLists(codes)
                .formats(CatalogFormats.builder().add(marked).build()).build();
        assertEquals(codes, tables.readOptions().codeLists());
        assertEquals(codes, tables.writeOptions().codeLists());
        Path tsv = dir.resolve("a.tsv");
        tables.write(CsvWritingTest.IC, tsv);
        assertEquals("TSV\t", Files.readString(tsv));
        assertEquals("tsv", tables.read(tsv).format());
        assertThrows(IllegalArgumentException.class, () -> tables.write(CsvWritingTest.IC, dir.resolve("a.csv")),
                "csv is not among the formats given");
        assertFalse(Files.exists(dir.resolve("a.csv")));
    }
}
