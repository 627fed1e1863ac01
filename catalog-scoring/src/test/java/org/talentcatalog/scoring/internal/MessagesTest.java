package org.talentcatalog.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.MessageBundles;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.ScoringWarning;

class MessagesTest {

    @Test
    void everyKeyIsInChineseAndEnglishWithTheSameArguments() {
        assertEquals(List.of(), MessageBundles.problems(Messages.class));
    }

    @Test
    void anExceptionAndAWarningCarryBothLanguages() {
        ScoringException e = ScoringException.config("$.weighting.weights", Messages.CONFIG_WEIGHTS_OBJECT.text());
        assertEquals("应为对象 {\"指标\": 权重}", e.issue().text().zh());
        assertEquals("$.weighting.weights: must be an object {\"indicator\": weight}", e.describe(Locale.ENGLISH));
        assertEquals(new ScoringWarning("AHP_INCONSISTENT", "AHP 判断矩阵一致性比率 CR = 0.1234 ≥ 0.1，请复核两两比较",
                "AHP consistency ratio CR = 0.1234 >= 0.1: review the pairwise judgements"),
                new ScoringWarning("AHP_INCONSISTENT", Messages.AHP_INCONSISTENT.text("0.1234")));
    }

    @Test
    void aThirdLanguageIsOneFile() {
        // src/test/resources/org/talentcatalog/scoring/internal/messages_xx.properties holds one key; the
        // others fall back to Chinese.
        Locale xx = new Locale("xx");
        assertEquals("[xx] foo (method, weights)", Messages.CONFIG_UNKNOWN_MEMBER.format(xx, "foo", "method, weights"));
        assertEquals("应为数字", Messages.CONFIG_MUST_BE_NUMBER.format(xx));
    }
}
