package org.talentcatalog.examples;

import java.nio.file.Path;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.schema.CatalogValidator;
import org.talentcatalog.schema.ValidationReport;
import org.talentcatalog.tabular.CatalogTables;
import org.talentcatalog.tabular.CatalogDocument;

/**
 * The code of the README's "Tables (CSV and Excel)" section, compiled and run by
 * {@code ReadmeTablesExampleTest}, which also checks that the README shows exactly this code.
 */
public final class ReadmeTablesExample {

    private ReadmeTablesExample() {
    }

    /**
     * Reads and validates a workbook, then writes its catalog as CSV.
     *
     * @param export the workbook ({@code export.xlsx} in the README)
     * @param csv the CSV file to write ({@code catalog.csv} in the README), with its side file beside it
     * @return the validation report of the workbook
     */
    public static ValidationReport run(Path export, Path csv) {
        // README:begin
        CatalogTables tables = CatalogTables.standard();                         // build once, share
        CatalogDocument doc = tables.read(export);
        ValidationReport report = CatalogValidator.standard().validate(doc.tree(), doc::locate, doc.problems());
        Catalog catalog = doc.toCatalog();                                       // refuses a table with errors
        tables.write(catalog, csv);                           // + catalog.catalog.json
        // README:end
        return report;
    }
}
