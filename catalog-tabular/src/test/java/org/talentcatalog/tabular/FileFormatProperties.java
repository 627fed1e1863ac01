package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.talentcatalog.model.CatalogJson;

/**
 * Any bytes under any name: detection always answers, and reading a table either succeeds or refuses
 * with a {@link TabularException}, never another exception; what is not a table is refused as
 * {@code read:format}. Damaged OLE2 directories and workbooks included.
 */
class FileFormatProperties {

    private static Path dir;
    private static byte[] workbook;

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("formats");
        Path xlsx = dir.resolve("ic.xlsx");
        CatalogTables.standard().write(CatalogJson.read(Path.of("../examples/data/catalogs/sh-ic-2024.json")), xlsx);
        workbook = Files.readAllBytes(xlsx);
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Provide
    Arbitrary<byte[]> contents() {
        Arbitrary<byte[]> prefix = Arbitraries.of(List.of(new byte[0], ascii("PK\u0003\u0004"),
                Ole2Files.withStreams(), ascii("%PDF-"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ascii("{"), ascii("<html>"), ascii("岗位编号,岗位名称\n"), new byte[] {(byte) 0xFF, (byte) 0xFE}));
        Arbitrary<byte[]> tail = Arbitraries.bytes().array(byte[].class).ofMaxSize(1024);
        Arbitrary<byte[]> random = Combinators.combine(prefix, tail).as(FileFormatProperties::concat);
        Arbitrary<byte[]> ole = damaged(Ole2Files.withStreams("a", "b", "c", "d", "e", "f", "Workbook"));
        return Arbitraries.oneOf(random, ole, damaged(workbook), Arbitraries.integers().between(0, workbook.length)
                .map(n -> java.util.Arrays.copyOf(workbook, n)));
    }

    /** The bytes with one to eight bytes overwritten at random places. */
    private static Arbitrary<byte[]> damaged(byte[] original) {
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, original.length - 1),
                Arbitraries.integers().between(0, 255)).as((at, value) -> new int[] {at, value});
        return edit.list().ofMinSize(1).ofMaxSize(8).map(edits -> {
            byte[] copy = original.clone();
            edits.forEach(e -> copy[e[0]] = (byte) e[1]);
            return copy;
        });
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("c.json", "c.csv", "c.xlsx", "c.xls", "c.txt", "c");
    }

    @Property(tries = 300)
    void anyFileIsToldAndReadOrRefusedCleanly(@ForAll("contents") byte[] content, @ForAll("names") String name) throws IOException {
        Path file = Files.write(dir.resolve(name), content);
        FileFormat format = FileFormat.detect(file);
        assertNotNull(format);
        if (format == FileFormat.CSV || format == FileFormat.XLSX) {
            try {
                assertNotNull(CatalogTables.standard().read(file));
            } catch (TabularException refused) {
                assertNotNull(refused.issue().message(java.util.Locale.ENGLISH));
            }
        } else {
            assertEquals("read:format", assertThrows(TabularException.class, () -> CatalogTables.standard().read(file)).issue().rule());
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
