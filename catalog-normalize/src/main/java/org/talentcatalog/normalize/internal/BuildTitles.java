package org.talentcatalog.normalize.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.talentcatalog.normalize.LabelledTitle;

/**
 * Rebuilds the shipped learned data ({@link ShippedTitles#RESOURCE}) from the labelled titles:
 * {@code java ... BuildTitles data/job-titles-coded.csv src/main/resources/org/talentcatalog/normalize/internal/titles-2022.tsv}
 * (catalog-normalize/build-titles runs it). The output depends only on the input and the cleaner.
 */
public final class BuildTitles {

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
        System.out.println(rows.size() + " rows → " + args[1]);
    }
}
