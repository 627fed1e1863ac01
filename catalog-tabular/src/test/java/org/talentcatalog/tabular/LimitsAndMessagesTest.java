package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.CodeLists;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.Layer;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.ReadLimits;
import org.talentcatalog.model.Severity;

/** Table limits are positive and copied field by field; options copy through their builders; a refusal's message names its place. */
class LimitsAndMessagesTest {

    private static final long[] ONES = {1, 1, 1, 1, 1, 1, 1};

    private static TableLimits limits(long[] v) {
        return new TableLimits(v[0], (int) v[1], v[2], v[3], (int) v[4], (int) v[5], (int) v[6]);
    }

    @Test
    void everyBoundMustBePositiveAndOneIsEnough() {
        assertEquals(new TableLimits(1, 1, 1, 1, 1, 1, 1), limits(ONES));
        for (int i = 0; i < ONES.length; i++) {
            for (long bad : new long[] {0, -1}) {
                long[] v = ONES.clone();
                v[i] = bad;
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> limits(v), "bound " + i + " = " + bad);
                assertEquals("table limits must be positive", e.getMessage());
            }
        }
    }

    @Test
    void copiesChangeOnlyWhatTheyName() {
        TableLimits base = new TableLimits(10, 20, 30, 40, 50, 60, 70);
        assertEquals(new TableLimits(10, 20, 30, 40, 50, 7, 70), base.withMaxCellChars(7));
        assertEquals(new TableLimits(10, 1, 2, 3, 4, 60, 70), base.withZipLimits(1, 2, 3, 4));
        TableLimits d = TableLimits.defaults();
        assertEquals(List.of(256L << 20, 1000L, 1L << 30, 2L << 30, 200L, 32_767L, 1_000_000L), List.of(d.maxFileBytes(),
                (long) d.maxEntries(), d.maxEntryBytes(), d.maxTotalBytes(), (long) d.maxCompressionRatio(), (long) d.maxCellChars(),
                (long) d.maxRows()));
    }

    @Test
    void optionsCopyThroughTheirBuilders() {
        Charset gb = Charset.forName("GB18030");
        CodeLists codes = CodeLists.empty();
        ReadLimits json = ReadLimits.defaults();
        TableLimits small = TableLimits.defaults().withMaxCellChars(9);
        FiveStarMapping stars = FiveStarMapping.parse("1-5:SCARCE");
        ReadOptions read = ReadOptions.builder().csvCharset(gb).fiveStarMapping(stars).limits(small).jsonLimits(json).codeLists(codes)
                .positionsOnly(true).build();
        ReadOptions copy = read.toBuilder().build();
        assertEquals(List.of(gb, stars, small, json, codes, true), List.of(copy.csvCharset(), copy.fiveStarMapping(), copy.limits(),
                copy.jsonLimits(), copy.codeLists(), copy.positionsOnly()));
        assertSame(ReadOptions.defaults(), ReadOptions.defaults());
        WriteOptions write = WriteOptions.builder().headers(HeaderLanguage.ENGLISH).levelStyle(LevelStyle.STARS).csvCharset(gb)
                .codeLists(codes).build();
        WriteOptions again = write.toBuilder().build();
        assertEquals(List.of(HeaderLanguage.ENGLISH, LevelStyle.STARS, gb, codes), List.of(again.headers(), again.levelStyle(),
                again.csvCharset(), again.codeLists()));
        assertEquals(List.of(HeaderLanguage.CHINESE, LevelStyle.WORDS), List.of(WriteOptions.defaults().headers(),
                WriteOptions.defaults().levelStyle()));
    }

    @Test
    void aRefusalsMessageIsItsChineseTextWithCellAndPointer() {
        LocalizedText text = LocalizedText.of("无法识别的学历要求", "unknown education");
        Issue bare = Issue.of(Severity.ERROR, Layer.READ, "read:value", null, text);
        assertEquals("无法识别的学历要求", new TabularException(bare).getMessage());
        Issue placed = Issue.of(Severity.ERROR, Layer.READ, "read:value", "/positions/0/education", text).inCell("岗位!F2");
        assertEquals("岗位!F2: 无法识别的学历要求 [/positions/0/education]", new TabularException(placed).getMessage());
        Issue root = Issue.of(Severity.ERROR, Layer.READ, "read:sideFile", "", text);
        assertEquals("无法识别的学历要求 [/]", new TabularException(root).getMessage());
        assertSame(placed, new TabularException(placed).issue());
    }
}
