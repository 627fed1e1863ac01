package org.talentcatalog.examples;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.tabular.CatalogTables;
import org.talentcatalog.tabular.LevelStyle;

/**
 * Publishes a catalog as tables, as an office would: an XLSX workbook (sheets 岗位 and 目录信息) and a
 * CSV file in GB18030 with stars for the level (what Chinese Windows Excel opens directly), with its
 * side file {@code <name>.catalog.json}. Run with the catalog JSON and the target directory; it
 * writes {@code data/tables/sh-ic-2024.*} from {@code data/catalogs/sh-ic-2024.json}.
 */
public final class TableExportsExample {

    private TableExportsExample() {
    }

    /** Writes {@code <stem>.xlsx}, {@code <stem>.csv} and {@code <stem>.catalog.json} into {@code dir}. */
    public static void export(Path json, Path dir, String stem) {
        Catalog catalog = CatalogJson.read(json);
        CatalogTables.standard().write(catalog, dir.resolve(stem + ".xlsx"));
        CatalogTables.builder().csvCharset(Charset.forName("GB18030")).levelStyle(LevelStyle.STARS).build()
                .write(catalog, dir.resolve(stem + ".csv"));
    }

    /** {@code TableExportsExample CATALOG.json DIR}. */
    public static void main(String[] args) {
        Path json = Path.of(args[0]);
        String stem = json.getFileName().toString().replaceFirst("\\.json$", "");
        export(json, Path.of(args[1]), stem);
    }
}
