package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.model.Catalog;

/** A workbook as written to a stream: sheet names and headers in the language asked for, read back alike. */
class XlsxWritingTest {

    @TempDir
    Path dir;

    private Path xlsx(CatalogTables tables, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            tables.writeXlsx(CsvWritingTest.IC, out);
        }
        return file;
    }

    /** The sheet names of a workbook, in order, from its {@code xl/workbook.xml}. */
    private static List<String> sheets(Path file) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(zip.getInputStream(zip.getEntry("xl/workbook.xml")));
            List<String> names = new ArrayList<>();
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                    names.add(r.getAttributeValue(null, "name"));
                }
            }
            return names;
        }
    }

    @Test
    void chineseSheetsAndHeadersByDefault() throws Exception {
        Path file = xlsx(CatalogTables.standard(), "zh.xlsx");
        assertEquals(List.of("岗位", "目录信息"), sheets(file));
        assertEquals(List.of("序号", "岗位编号", "岗位名称"), PlainTables.read(file, TableLimits.defaults()).rows().get(0).cells().subList(0, 3));
    }

    @Test
    void englishSheetsAndHeadersWhenAskedForAndTheSameCatalogReadBack() throws Exception {
        Path file = xlsx(CatalogTables.builder().headers(HeaderLanguage.ENGLISH).build(), "en.xlsx");
        assertEquals(List.of("Positions", "Catalog"), sheets(file));
        PlainTables.Table positions = PlainTables.read(file, TableLimits.defaults());
        assertEquals("Positions", positions.sheet());
        assertEquals(List.of("No.", "ID", "Name"), positions.rows().get(0).cells().subList(0, 3));
        Catalog back = CatalogTables.standard().readCatalog(file);
        assertEquals(CsvWritingTest.IC, back);
    }
}
