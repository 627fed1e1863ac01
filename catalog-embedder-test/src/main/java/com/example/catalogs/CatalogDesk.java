package com.example.catalogs;

import java.nio.file.Path;
import java.util.Locale;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.render.RenderContext;
import org.talentcatalog.render.Renderers;
import org.talentcatalog.schema.CatalogValidator;
import org.talentcatalog.schema.ValidationReport;
import org.talentcatalog.scoring.ScoringConfig;
import org.talentcatalog.scoring.ScoringResult;
import org.talentcatalog.scoring.ShortageScorer;
import org.talentcatalog.tabular.CatalogTables;

/**
 * What an application does with the library, from its own named module: validate a delivered
 * catalog, score a survey, publish a catalog as a workbook and compare two editions.
 */
public final class CatalogDesk {

    private final CatalogValidator validator = CatalogValidator.standard();

    /** Validates a catalog file (JSON). */
    public ValidationReport check(Path json) {
        return validator.validate(json);
    }

    /** Scores survey samples (CSV) with a scoring configuration (JSON). */
    public ScoringResult score(Path config, Path samples) {
        return ShortageScorer.of(ScoringConfig.read(config)).score(samples);
    }

    /** Writes a JSON catalog as a table (XLSX or CSV, by the target's extension) and reads it back. */
    public Catalog convert(Path json, Path table) {
        CatalogTables tables = CatalogTables.standard();
        tables.write(CatalogJson.read(json), table);
        return tables.readCatalog(table);
    }

    /**
     * Validates each file given and prints one line per file; exits with 1 when any has errors.
     *
     * @param args catalog files (JSON)
     */
    public static void main(String[] args) {
        CatalogDesk desk = new CatalogDesk();
        boolean valid = true;
        for (String file : args) {
            ValidationReport report = desk.check(Path.of(file));
            System.out.println(file + ": " + (report.valid() ? "valid" : report.errorCount() + " errors"));
            valid &= report.valid();
        }
        System.exit(valid ? 0 : 1);
    }

    /** The changelog between two editions, as Markdown. */
    public String changes(Path older, Path newer, Locale locale) {
        CatalogDiff diff = CatalogDiff.between(CatalogJson.read(older), CatalogJson.read(newer));
        return Renderers.standard().get(CatalogDiff.class, "markdown").render(diff, RenderContext.of(locale));
    }
}
