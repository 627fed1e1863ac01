package org.talentcatalog.tabular;

import java.nio.file.Path;
import java.util.List;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.io.AtomicFiles;
import org.talentcatalog.model.io.FileWriteException;
import org.talentcatalog.tabular.spi.CatalogFormat;
import org.talentcatalog.tabular.spi.FileHead;

/**
 * {@code json}: the exchange format itself (docs/format.md). Its document is the file, to be
 * validated and bound as a stream ({@link CatalogDocument#jsonFile()}); it is written as canonical
 * JSON.
 */
final class JsonFormat implements CatalogFormat {

    static final String NAME = "json";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public boolean recognizes(FileHead head) {
        return head.detected() == FileFormat.JSON;
    }

    @Override
    public CatalogDocument read(Path file, ReadOptions options) {
        return CatalogDocument.ofJsonFile(NAME, file, options.jsonLimits());
    }

    @Override
    public void write(Catalog catalog, Path file, WriteOptions options) throws FileWriteException {
        AtomicFiles.write(file, out -> CatalogJson.write(catalog, out));
    }
}
