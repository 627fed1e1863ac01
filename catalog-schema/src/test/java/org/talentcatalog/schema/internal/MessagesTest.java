package org.talentcatalog.schema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.MessageBundles;

class MessagesTest {

    @Test
    void everyKeyIsInChineseAndEnglishWithTheSameArguments() {
        assertEquals(List.of(), MessageBundles.problems(Messages.class));
    }

    @Test
    void aKeyGivesChineseAndEnglish() {
        assertEquals(LocalizedText.of("区域代码 31x 不在已登记的代码表中", "region code 31x is not in the registered code lists"),
                Messages.RULE_R10_REGION_UNKNOWN.text("31x"));
        assertEquals("the position's industry 7 is not in the catalog's scope [1, 2]",
                Messages.RULE_R9_INDUSTRY_OUT_OF_SCOPE.format(Locale.ENGLISH, 7, List.of(1, 2)));
    }

    @Test
    void aThirdLanguageIsOneFile() {
        // src/test/resources/org/talentcatalog/schema/internal/messages_xx.properties holds one key; the
        // others fall back to Chinese.
        Locale xx = new Locale("xx");
        assertEquals("[xx] region 31x", Messages.RULE_R10_REGION_UNKNOWN.format(xx, "31x"));
        assertEquals("产业代码 1 不在已登记的代码表中", Messages.RULE_R10_INDUSTRY_UNKNOWN.format(xx, "1"));
    }
}
