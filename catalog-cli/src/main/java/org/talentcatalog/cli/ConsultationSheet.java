package org.talentcatalog.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.talentcatalog.model.io.AtomicFiles;
import org.talentcatalog.scoring.ConsultationSplit;
import org.talentcatalog.scoring.PositionScore;
import org.talentcatalog.scoring.ScoringResult;
import org.talentcatalog.tabular.PlainTables;

/**
 * {@code score --consultation-sheet}: which positions to consult on ({@link ConsultationSplit}) as
 * one XLSX sheet, confident positions first, then those targeted for consultation, then those
 * confident off, each group by rank.
 */
final class ConsultationSheet {

    private ConsultationSheet() {
    }

    /** Writes the sheet; false (with the line on {@code err}) when the result has no bootstrap or the threshold is out of range. */
    static boolean write(ScoringResult result, double threshold, Path file, Locale locale, PrintWriter err) throws IOException {
        if (threshold > 1) {
            err.println("catalog score: " + Messages.SCORE_CONFIDENCE_RANGE.format(locale, threshold));
            err.flush();
            return false;
        }
        Optional<ConsultationSplit> split = ConsultationSplit.of(result, threshold);
        if (split.isEmpty()) {
            err.println("catalog score: " + Messages.SCORE_SPLIT_NEEDS_BOOTSTRAP.format(locale));
            err.flush();
            return false;
        }
        List<List<?>> rows = new ArrayList<>();
        List<String> groups = Arrays.asList(Messages.SCORE_SPLIT_GROUPS.format(locale).split("\\|"));
        ConsultationSplit s = split.get();
        List<List<String>> byGroup = List.of(s.confident(), s.targeted(), s.confidentOff());
        for (int g = 0; g < 3; g++) {
            for (String id : byGroup.get(g)) {
                PositionScore p = result.position(id).orElseThrow();
                rows.add(Arrays.asList(p.id(), p.name(), p.level() == null ? "" : p.level().label(locale), p.score(),
                        p.levelConfidence().isPresent() ? p.levelConfidence().getAsDouble() : null, groups.get(g)));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlainTables.writeXlsx(out, Messages.SCORE_SPLIT_SHEET.format(locale),
                Arrays.asList(Messages.SCORE_SPLIT_COLUMNS.format(locale).split("\\|")), rows);
        AtomicFiles.write(file, out.toByteArray());
        return true;
    }
}
