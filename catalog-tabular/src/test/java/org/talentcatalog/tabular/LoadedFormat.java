package org.talentcatalog.tabular;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.tabular.spi.CatalogFormat;
import org.talentcatalog.tabular.spi.FileHead;

/** A format that {@link java.util.ServiceLoader} finds when a services file names it: text starting with {@code TSV\t}. */
public final class LoadedFormat implements CatalogFormat {

    /** What {@link java.util.ServiceLoader} calls. */
    public LoadedFormat() {
    }

    @Override
    public String name() {
        return "tsv";
    }

    @Override
    public List<String> extensions() {
        return List.of("tsv");
    }

    @Override
    public String mediaType() {
        return "text/tab-separated-values";
    }

    @Override
    public boolean recognizes(FileHead head) {
        return head.text().startsWith("TSV\t");
    }

    @Override
    public CatalogDocument read(Path file, ReadOptions options) {
        return CatalogDocument.of(name(), JsonNodeFactory.instance.objectNode(), List.of(), pointer -> null);
    }

    @Override
    public void write(Catalog catalog, Path file, WriteOptions options) throws java.io.IOException {
        Files.writeString(file, "TSV\t");
    }
}
