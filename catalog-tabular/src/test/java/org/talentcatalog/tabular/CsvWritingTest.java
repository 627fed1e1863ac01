package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;

/** CSV as written to a stream: a byte order mark in UTF-8 only, headers in the language asked for. */
class CsvWritingTest {

    static final Catalog IC = CatalogJson.read(Path.of("../examples/data/catalogs/sh-ic-2024.json"));

    private static byte[] csv(CatalogTables tables) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tables.writeCsv(IC, out);
        return out.toByteArray();
    }

    private static String firstLine(byte[] bytes, Charset charset) {
        return new String(bytes, charset).lines().findFirst().orElseThrow();
    }

    @Test
    void utf8StartsWithAByteOrderMarkAndOtherCharsetsDoNot() throws IOException {
        byte[] utf8 = csv(CatalogTables.standard());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(utf8, 3));
        assertTrue(firstLine(utf8, StandardCharsets.UTF_8).startsWith("\uFEFF序号,岗位编号,岗位名称,"), firstLine(utf8, StandardCharsets.UTF_8));
        Charset gb = Charset.forName("GB18030");
        byte[] gbk = csv(CatalogTables.builder().csvCharset(gb).build());
        assertTrue(firstLine(gbk, gb).startsWith("序号,岗位编号,岗位名称,"), firstLine(gbk, gb));
        assertEquals(new String(utf8, StandardCharsets.UTF_8).substring(1), new String(gbk, gb), "the same text in either charset");
    }

    @Test
    void englishHeadersAreWrittenWhenAskedFor() throws IOException {
        byte[] english = csv(CatalogTables.builder().headers(HeaderLanguage.ENGLISH).build());
        assertTrue(firstLine(english, StandardCharsets.UTF_8).startsWith("\uFEFFNo.,ID,Name,"), firstLine(english, StandardCharsets.UTF_8));
    }
}
