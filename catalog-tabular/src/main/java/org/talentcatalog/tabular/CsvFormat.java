package org.talentcatalog.tabular;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.io.AtomicFiles;
import org.talentcatalog.model.io.FileWriteException;
import org.talentcatalog.tabular.spi.CatalogFormat;
import org.talentcatalog.tabular.spi.FileHead;

/**
 * {@code csv}: the positions as comma-separated values (RFC 4180), the catalog-level members in the
 * side file {@code <name>.catalog.json} beside it ({@link CatalogTables#sideFileOf}); the two are
 * written both or neither.
 */
final class CsvFormat implements CatalogFormat {

    static final String NAME = "csv";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> extensions() {
        return List.of("csv");
    }

    @Override
    public String mediaType() {
        return "text/csv";
    }

    @Override
    public boolean recognizes(FileHead head) {
        return head.detected() == FileFormat.CSV;
    }

    @Override
    public CatalogDocument read(Path file, ReadOptions options) throws IOException {
        return new Reading(options).csv(file, CatalogTables.sideFileOf(file));
    }

    @Override
    public void write(Catalog catalog, Path file, WriteOptions options) throws FileWriteException {
        byte[] side = Writing.sideFile(catalog).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.writeBoth(file, out -> Writing.csv(catalog, out, options), CatalogTables.sideFileOf(file), out -> out.write(side));
    }

    @Override
    public List<Path> outputs(Path file) {
        return List.of(file, CatalogTables.sideFileOf(file));
    }
}
