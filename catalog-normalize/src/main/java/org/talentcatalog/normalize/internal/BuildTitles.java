package org.talentcatalog.normalize.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.normalize.LabelledTitle;

/**
 * Rebuilds the shipped learned data ({@link ShippedTitles#RESOURCE} and, beside it,
 * {@link ShippedConfidence#RESOURCE}) from the labelled titles:
 * {@code java ... BuildTitles data/job-titles-coded.csv src/main/resources/org/talentcatalog/normalize/internal/titles-2022.tsv}
 * (catalog-normalize/build-titles runs it). The output depends only on the input and the cleaner.
 */
public final class BuildTitles {

    /** The seed of the inner folds the shipped confidence model is fitted on. */
    static final long SEED = 2022L;

    private BuildTitles() {
    }

    /** Arguments: the labelled CSV, the TSV to write. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BuildTitles LABELLED.csv OUT.tsv");
            System.exit(2);
        }
        List<LabelledTitle> rows;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            rows = LabelledCsv.read(in);
        }
        try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            ShippedTitles.write(Aliases.of(rows), w);
        }
        Path confidence = Path.of(args[1]).resolveSibling(ShippedConfidence.RESOURCE);
        try (Writer w = Files.newBufferedWriter(confidence, StandardCharsets.UTF_8)) {
            ShippedConfidence.write(confidence(rows), w);
        }
        System.out.println(rows.size() + " rows → " + args[1] + ", " + confidence);
    }

    /** The confidence model fitted on the rows, as shipped (fixed seed). */
    static Calibrator confidence(List<LabelledTitle> rows) {
        return CrossValidation.calibrate(OccupationCodes.defaults(), rows, SEED, Tuning.DEFAULT);
    }
}
