package org.talentcatalog.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Survey, indicator-table and ratings files saved by Chinese Windows Excel (GB18030, with or without
 * its byte order mark) read exactly like their UTF-8 originals.
 */
class CsvEncodingTest {

    private static final Path DATA = Path.of("../examples/data/scoring");
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;

    /** The text in a character set, optionally after that set's encoding of U+FEFF. */
    private Path write(String name, String text, Charset charset, boolean bom) throws IOException {
        Path sub = Files.createDirectories(dir.resolve(charset.name() + (bom ? "-bom" : "")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes("\uFEFF".getBytes(charset));
        }
        out.writeBytes(text.getBytes(charset));
        return Files.write(sub.resolve(name), out.toByteArray());
    }

    @Test
    void shippedSurveyReEncodedInGb18030ScoresIdentically() throws IOException {
        String text = Files.readString(DATA.resolve("ic-survey-samples.csv"), StandardCharsets.UTF_8);
        assertTrue(!text.chars().allMatch(c -> c < 0x80), "the survey has Chinese text");
        ShortageScorer scorer = ShortageScorer.of(ScoringConfig.read(DATA.resolve("ic-scoring-config.json")));
        String expected = scorer.score(DATA.resolve("ic-survey-samples.csv")).toJson(Locale.ROOT);
        for (Charset charset : List.of(GB18030, StandardCharsets.UTF_8)) {
            for (boolean bom : List.of(false, true)) {
                Path file = write("ic-survey-samples.csv", text, charset, bom);
                assertEquals(expected, scorer.score(file).toJson(Locale.ROOT), charset + (bom ? " with BOM" : ""));
            }
        }
    }

    @Test
    void indicatorTableAndRatingsInGb18030ReadLikeUtf8() throws IOException {
        String table = "position_id,position_name,industry,ratio\nIC-1,集成电路设计工程师,集成电路,2.5\nIC-2,封装工程师,集成电路,1.5\n";
        IndicatorTable utf8 = IndicatorTable.readCsv(write("t.csv", table, StandardCharsets.UTF_8, false));
        for (boolean bom : List.of(false, true)) {
            IndicatorTable gb = IndicatorTable.readCsv(write("t.csv", table, GB18030, bom));
            assertEquals(utf8, gb);
            assertEquals("集成电路设计工程师", gb.rows().get(0).name());
            assertTrue(!ShortageScorer.isSurvey(write("t.csv", table, GB18030, bom)));
        }
        String ratings = "expert_id,item_id,score\n张教授,设计,5\n张教授,封装,3\n李研究员,设计,4\n李研究员,封装,4\n";
        assertEquals(ExpertConsensus.readCsv(write("r.csv", ratings, StandardCharsets.UTF_8, false)),
                ExpertConsensus.readCsv(write("r.csv", ratings, GB18030, true)));
    }

    @Test
    void bytesThatFitNoCharacterSetLaterInTheFileAreALocatedError() throws IOException {
        StringBuilder text = new StringBuilder("position_id,position_name,ratio\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("P").append(i).append(",设计工程师,").append(i % 7).append('\n');
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'P', 'x', ',', (byte) 0xC3, (byte) 0x28, ',', '1', '\n'});
        Path file = Files.write(dir.resolve("mixed.csv"), bytes.toByteArray());
        ScoringException e = assertThrows(ScoringException.class, () -> IndicatorTable.readCsv(file));
        assertEquals("mixed.csv:20002:4", e.issue().cell(), "the line and column of the first bad byte");
        assertTrue(e.issue().text().enOrZh().contains("cannot be decoded"), e.issue().text().enOrZh());
    }
}
