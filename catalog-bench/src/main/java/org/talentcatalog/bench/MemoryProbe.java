package org.talentcatalog.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import org.talentcatalog.schema.CatalogValidator;
import org.talentcatalog.schema.ValidationReport;
import org.talentcatalog.model.io.CsvReader;
import org.talentcatalog.scoring.SurveyAggregate;
import org.talentcatalog.scoring.SurveyAggregation;
import org.talentcatalog.scoring.SurveyData;

/**
 * Runs one job in a JVM of its own (started by {@link BenchMain} with a small {@code -Xmx}) and
 * prints {@code ok <peak heap MiB> <detail>} or {@code oom <detail>}: the peak is the sum of the heap
 * pools' peak usage.
 */
public final class MemoryProbe {

    private MemoryProbe() {
    }

    /**
     * {@code validate FILE}, {@code aggregate CSV} ({@code SurveyData}), {@code aggregate-one-thread CSV},
     * {@code aggregate-all-cores CSV} ({@code SurveyAggregation}), {@code postings CSV CATALOG} or
     * {@code postings-one-thread CSV CATALOG} ({@code PostingsAggregation} by the catalog's positions, on
     * every core or on one thread) or {@code tokenize CSV}.
     */
    public static void main(String[] args) throws java.io.IOException {
        try {
            String detail;
            if ("validate".equals(args[0])) {
                ValidationReport report = CatalogValidator.standard().validate(Path.of(args[1]));
                detail = "valid=" + report.valid() + " errors=" + report.errorCount();
            } else if ("aggregate".equals(args[0])) {
                SurveyData data = SurveyData.read(Path.of(args[1]));
                detail = "rows=" + data.rowCount() + " respondents=" + data.respondentCount();
            } else if (args[0].startsWith("aggregate-")) {
                long start = System.nanoTime();
                SurveyAggregation.Builder b = SurveyAggregation.builder();
                if ("aggregate-one-thread".equals(args[0])) {
                    b.parallelism(1);
                }
                SurveyAggregate all = b.build().aggregate(Path.of(args[1]));
                detail = "rows=" + all.rowCount() + " positions=" + all.positionCount() + " threads="
                        + (args[0].endsWith("one-thread") ? 1 : Runtime.getRuntime().availableProcessors()) + " ms=" + (System.nanoTime() - start) / 1_000_000;
            } else if (args[0].startsWith("postings")) {
                long start = System.nanoTime();
                org.talentcatalog.postings.PostingsAggregation.Builder b = org.talentcatalog.postings.PostingsAggregation.builder()
                        .catalog(org.talentcatalog.model.CatalogJson.read(Path.of(args[2])));
                if ("postings-one-thread".equals(args[0])) {
                    b.parallelism(1);
                }
                org.talentcatalog.postings.PostingsAccumulator acc = b.build().aggregate(java.util.List.of(Path.of(args[1])));
                org.talentcatalog.postings.PostingsResult r = acc.result(org.talentcatalog.postings.PostingsOptions.defaults());
                detail = "rows=" + acc.rows() + " entries=" + acc.entries() + " postings=" + r.summary().postings()
                        + " ms=" + (System.nanoTime() - start) / 1_000_000;
            } else if ("tokenize".equals(args[0])) {
                long start = System.nanoTime();
                long fields = 0;
                try (CsvReader csv = CsvReader.builder().open(Path.of(args[1]))) {
                    while (csv.next()) {
                        fields += csv.size();
                    }
                }
                detail = "fields=" + fields + " ms=" + (System.nanoTime() - start) / 1_000_000;
            } else {
                throw new IllegalArgumentException("unknown job " + args[0]);
            }
            System.out.println("ok " + peakHeapMiB() + " " + detail);
        } catch (OutOfMemoryError e) {
            System.out.println("oom " + e.getMessage());
        }
    }

    static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
