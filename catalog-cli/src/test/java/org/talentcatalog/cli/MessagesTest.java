package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.MessageBundles;

/** The command's messages: both bundles agree, and a third language is one file (on the module path too). */
class MessagesTest {

    @Test
    void everyKeyIsInChineseAndEnglishWithTheSameArguments() {
        assertEquals(List.of(), MessageBundles.problems(Messages.BUNDLE, MessagesTest.class::getResourceAsStream,
                List.of(Messages.values())));
    }

    @Test
    void ioErrorsInBothLanguages() {
        assertEquals("a.json: 文件不存在", Messages.ioError(new NoSuchFileException("a.json"), Locale.CHINESE));
        assertEquals("a.json: no such file", Messages.ioError(new NoSuchFileException("a.json"), Locale.ENGLISH));
        assertEquals("cannot read: disk", Messages.ioError(new IOException("disk"), Locale.ENGLISH));
    }

    @Test
    void aThirdLanguageIsOneFile() {
        // src/test/resources/org/talentcatalog/cli/messages_xx.properties holds one key; the others
        // fall back to Chinese.
        Locale xx = new Locale("xx");
        assertEquals("[xx] blank query", Messages.CODES_BLANK_QUERY.format(xx));
        assertEquals("--limit 不能为负数", Messages.CODES_NEGATIVE_LIMIT.format(xx));
    }
}
