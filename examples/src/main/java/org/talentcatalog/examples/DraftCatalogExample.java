package org.talentcatalog.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.scoring.CatalogDraft;
import org.talentcatalog.scoring.CatalogDrafts;
import org.talentcatalog.scoring.ScoringConfig;
import org.talentcatalog.scoring.ScoringResult;
import org.talentcatalog.scoring.ShortageScorer;

/**
 * Scores the integrated-circuit survey sample set and fills the catalog template with the computed
 * shortage levels: what {@code ./catalog score ic-survey-samples.csv --config ic-scoring-config.json
 * --catalog ic-catalog-template.json --out ic-catalog-draft.json} does, in Java.
 */
public final class DraftCatalogExample {

    private DraftCatalogExample() {
    }

    /**
     * Builds the draft from the shipped example.
     *
     * @param dataDir the directory with {@code ic-survey-samples.csv}, {@code ic-scoring-config.json} and
     *     {@code ic-catalog-template.json}
     * @return the draft catalog and its warnings
     */
    public static CatalogDraft run(Path dataDir) {
        ScoringConfig config = ScoringConfig.read(dataDir.resolve("ic-scoring-config.json"));
        ScoringResult result = ShortageScorer.of(config).score(dataDir.resolve("ic-survey-samples.csv"));
        Catalog template = CatalogJson.read(dataDir.resolve("ic-catalog-template.json"));
        return CatalogDrafts.draft(template, result, config);
    }

    /**
     * Writes {@code ic-catalog-draft.json} into the data directory.
     *
     * @param args optional data directory (default {@code examples/data/scoring})
     * @throws IOException if the draft cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/data/scoring");
        CatalogDraft draft = run(dir);
        Files.write(dir.resolve("ic-catalog-draft.json"), CatalogJson.writeBytes(draft.catalog()));
        draft.warnings().forEach(w -> System.err.println(w.en()));
    }
}
