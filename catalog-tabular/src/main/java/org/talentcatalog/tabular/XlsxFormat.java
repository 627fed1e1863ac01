package org.talentcatalog.tabular;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.io.AtomicFiles;
import org.talentcatalog.model.io.FileWriteException;
import org.talentcatalog.tabular.spi.CatalogFormat;
import org.talentcatalog.tabular.spi.FileHead;

/** {@code xlsx}: an Office Open XML workbook, sheet 岗位 for the positions and sheet 目录信息 for the catalog. */
final class XlsxFormat implements CatalogFormat {

    static final String NAME = "xlsx";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> extensions() {
        return List.of("xlsx");
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public boolean recognizes(FileHead head) {
        return head.detected() == FileFormat.XLSX;
    }

    @Override
    public CatalogDocument read(Path file, ReadOptions options) throws IOException {
        return new Reading(options).xlsx(file);
    }

    @Override
    public void write(Catalog catalog, Path file, WriteOptions options) throws FileWriteException {
        AtomicFiles.write(file, out -> Writing.xlsx(catalog, out, options));
    }
}
