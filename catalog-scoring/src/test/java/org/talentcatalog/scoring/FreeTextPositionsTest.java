package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentcatalog.scoring.spi.PositionResolver;

/** Survey rows that name their position only in free text, placed by a {@link PositionResolver}. */
class FreeTextPositionsTest {

    private static final Path SAMPLES = Path.of("../examples/data/scoring/ic-survey-samples.csv");
    private static final Path CONFIG = Path.of("../examples/data/scoring/ic-scoring-config.json");
    private static final PositionResolver RESOLVER = t -> t.equals("IC设计岗（上海）") ? Optional.of("IC-001") : Optional.empty();

    @TempDir
    Path dir;

    /** The samples with IC-001 rows named only by a title, IC-002 rows by an unknown title; or IC-002 rows dropped. */
    private Path variant(boolean dropped) throws IOException {
        List<String> lines = Files.readAllLines(SAMPLES, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            if (c[2].equals("IC-002")) {
                if (dropped) {
                    continue;
                }
                c[2] = "";
                c[3] = "不知道什么岗";
            } else if (c[2].equals("IC-001") && !dropped) {
                c[2] = "";
                c[3] = "IC设计岗（上海）";
            }
            out.add(String.join(",", c));
        }
        return Files.write(dir.resolve(dropped ? "dropped.csv" : "titles.csv"), out, StandardCharsets.UTF_8);
    }

    private static Map<String, Double> scores(ScoringResult r) {
        return r.positions().stream().collect(Collectors.toMap(PositionScore::id, PositionScore::score));
    }

    @Test
    void placedRowsScoreAsIfTheyHadTheirIdAndUnplacedOnesAreCountedWithTheirTitles() throws IOException {
        ShortageScorer scorer = ShortageScorer.of(ScoringConfig.read(CONFIG));
        long unknownRows = Files.readAllLines(SAMPLES).stream().filter(l -> l.split(",")[2].equals("IC-002")).count();
        ScoringResult withTitles = scorer.score(variant(false), RESOLVER);
        ScoringResult reference = scorer.score(variant(true));
        assertEquals(scores(reference), scores(withTitles));
        assertTrue(scores(withTitles).containsKey("IC-001"));
        List<ScoringWarning> w = withTitles.warnings().stream().filter(x -> x.code().equals("UNRESOLVED_POSITION_NAMES")).toList();
        assertEquals(1, w.size(), withTitles.warnings().toString());
        assertEquals(unknownRows + " 行调研样本的岗位名称无法可靠匹配到模板目录的岗位，未计入评分：不知道什么岗", w.get(0).text(Locale.CHINESE));
        assertTrue(w.get(0).text(Locale.ENGLISH).startsWith(unknownRows + " survey rows were left out"), w.get(0).en());
        SurveyData data = SurveyData.read(variant(false), RESOLVER);
        assertEquals(unknownRows, data.unresolvedRows());
        assertEquals(List.of("不知道什么岗"), data.unresolvedTitles());
    }

    @Test
    void withoutAResolverABlankPositionIdStaysAnErrorAtItsCell() throws IOException {
        ShortageScorer scorer = ShortageScorer.of(ScoringConfig.read(CONFIG));
        ScoringException e = assertThrows(ScoringException.class, () -> scorer.score(variant(false)));
        assertTrue(e.describe(Locale.CHINESE).contains("titles.csv:2:"), e.describe(Locale.CHINESE));
        assertTrue(scorer.score(SAMPLES).warnings().stream().noneMatch(x -> x.code().equals("UNRESOLVED_POSITION_NAMES")));
    }

    @Test
    void withAResolverThePositionIdColumnMayBeAbsent() throws IOException {
        Path f = Files.writeString(dir.resolve("n.csv"), "respondent_id,respondent_type,position_name,vacancies,applicants,hires\n"
                + "E1,EMPLOYER,IC设计岗（上海）,2,1,1\nE2,EMPLOYER,不知道什么岗,1,1,1\nE3,EMPLOYER,,1,1,1\n");
        ScoringException e = assertThrows(ScoringException.class, () -> SurveyData.read(f, RESOLVER));
        assertTrue(e.describe(Locale.CHINESE).contains("n.csv:4:"), e.describe(Locale.CHINESE));
        Path ok = Files.writeString(dir.resolve("ok.csv"), "respondent_id,respondent_type,position_name,vacancies,applicants,hires\n"
                + "E1,EMPLOYER,IC设计岗（上海）,2,1,1\nE2,EMPLOYER,不知道什么岗,1,1,1\n");
        SurveyData data = SurveyData.read(ok, RESOLVER);
        assertEquals(1, data.unresolvedRows());
        assertEquals(1, data.respondentCount());
    }
}
