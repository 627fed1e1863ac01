package org.talentcatalog.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import org.talentcatalog.schema.CatalogValidator;
import org.talentcatalog.schema.ValidationReport;
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

    /** {@code validate FILE}, {@code aggregate CSV} (one thread) or {@code aggregate-all-cores CSV}. */
    public static void main(String[] args) {
        try {
            String detail;
            if ("validate".equals(args[0])) {
                ValidationReport report = CatalogValidator.standard().validate(Path.of(args[1]));
                detail = "valid=" + report.valid() + " errors=" + report.errorCount();
            } else if ("aggregate".equals(args[0])) {
                SurveyData data = SurveyData.read(Path.of(args[1]));
                detail = "rows=" + data.rowCount() + " respondents=" + data.respondentCount();
            } else if ("aggregate-all-cores".equals(args[0])) {
                long start = System.nanoTime();
                SurveyAggregate all = SurveyAggregation.builder().build().aggregate(Path.of(args[1]));
                detail = "rows=" + all.rowCount() + " positions=" + all.positionCount() + " threads="
                        + Runtime.getRuntime().availableProcessors() + " ms=" + (System.nanoTime() - start) / 1_000_000;
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
