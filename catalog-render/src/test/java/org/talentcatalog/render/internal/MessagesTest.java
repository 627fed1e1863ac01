package org.talentcatalog.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.MessageBundles;

class MessagesTest {

    @Test
    void everyKeyIsInChineseAndEnglishWithTheSameArguments() {
        assertEquals(List.of(), MessageBundles.problems(Messages.class));
    }

    @Test
    void theChangelogLabelsAreInChineseAndEnglishAlike() {
        assertEquals(List.of(), MessageBundles.problems("org.talentcatalog.render.internal.changelog.labels",
                MessagesTest.class::getResourceAsStream, List.of()));
    }

    @Test
    void aThirdLanguageIsOneFile() {
        // src/test/resources/org/talentcatalog/render/internal/messages_xx.properties holds two keys; the
        // others fall back to Chinese.
        Locale xx = new Locale("xx");
        assertEquals("[xx] [xx] valid: 0/1",
                Messages.VALIDATION_SUMMARY.format(xx, Messages.VALIDATION_VALID.format(xx), 0, 1));
        assertEquals("（无）", Messages.RENDERER_NONE.format(xx));
    }
}
