package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.tabular.spi.CatalogFormat;

/**
 * How the standard registry is made: the built-ins first, then what {@link java.util.ServiceLoader}
 * finds through a class loader; and which format a file name's extension names.
 */
class CatalogFormatsLoadingTest {

    @TempDir
    Path dir;

    /** A class loader that sees a services file naming {@code providers}. */
    private URLClassLoader loaderWith(String providers) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(CatalogFormat.class.getName()), providers + "\n");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void aFormatTheServiceLoaderFindsComesAfterTheBuiltIns() throws IOException {
        try (URLClassLoader loader = loaderWith(LoadedFormat.class.getName())) {
            CatalogFormats formats = CatalogFormats.load(loader).get();
            assertEquals(List.of("json", "csv", "xlsx", "tsv"), formats.names());
            assertInstanceOf(LoadedFormat.class, formats.forExtension(Path.of("a.TSV")).orElseThrow());
            Path file = Files.writeString(dir.resolve("export.txt"), "TSV\t岗位编号\n");
            assertEquals("tsv", formats.forFile(file).name());
        }
    }

    @Test
    void withoutServicesTheRegistryIsTheBuiltIns() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[0], null)) {
            assertEquals(List.of("json", "csv", "xlsx"), CatalogFormats.load(loader).get().names());
        }
    }

    @Test
    void theExtensionIsWhatFollowsTheLastDotOfTheName() {
        CatalogFormats formats = CatalogFormats.standard();
        assertEquals("csv", formats.forExtension(Path.of(".csv")).orElseThrow().name(), "a hidden file's name is its extension");
        assertEquals("json", formats.forExtension(Path.of("a.b.json")).orElseThrow().name());
        assertEquals(Optional.empty(), formats.forExtension(Path.of("csv")), "a name without a dot has no extension");
        assertEquals(Optional.empty(), formats.forExtension(Path.of("csv.")));
        assertEquals(Optional.empty(), formats.forExtension(Path.of("/")), "the root has no name");
    }
}
