package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.MessageBundles;
import org.talentcatalog.model.io.FileReadException;

/** The command's messages: both bundles agree, and a third language is one file (on the module path too). */
class MessagesTest {

    @Test
    void everyKeyIsInChineseAndEnglishWithTheSameArguments() {
        assertEquals(List.of(), MessageBundles.problems(Messages.class));
    }

    @Test
    void ioErrorsInBothLanguages() {
        assertEquals("a.json: 文件不存在", Messages.ioError(new NoSuchFileException("a.json"), Locale.CHINESE));
        assertEquals("a.json: no such file", Messages.ioError(new NoSuchFileException("a.json"), Locale.ENGLISH));
        assertEquals("cannot read: disk", Messages.ioError(new IOException("disk"), Locale.ENGLISH));
    }

    @Test
    void ioErrorsNameTheFile() {
        Path config = Path.of("config.json");
        assertEquals("config.json: 不是有效的 UTF-8 文本（JSON 须为 UTF-8）",
                Messages.ioError(new MalformedInputException(1), config, Locale.CHINESE));
        assertEquals("config.json: not valid UTF-8 text (JSON must be UTF-8)",
                Messages.ioError(new MalformedInputException(1), config, Locale.ENGLISH));
        assertEquals("config.json: permission denied",
                Messages.ioError(new AccessDeniedException("config.json"), config, Locale.ENGLISH));
        assertEquals("config.json: read failed: disk", Messages.ioError(new IOException("disk"), config, Locale.ENGLISH));
        assertEquals("a.json: no such file", Messages.ioError(new NoSuchFileException("a.json"), config, Locale.ENGLISH));
        FileReadException pipe = new FileReadException(config, LocalizedText.of("config.json: 是命名管道", "config.json: a pipe"), null);
        assertEquals("config.json: a pipe", Messages.ioError(pipe, config, Locale.ENGLISH));
    }

    @Test
    void choicesReadAsASentence() {
        assertEquals("text、json 或 markdown", ParameterErrors.alternatives(List.of("text", "json", "markdown"), Locale.CHINESE));
        assertEquals("text, json or markdown", ParameterErrors.alternatives(List.of("text", "json", "markdown"), Locale.ENGLISH));
        assertEquals("zh or en", ParameterErrors.alternatives(List.of("zh", "en"), Locale.ENGLISH));
        assertEquals("text", ParameterErrors.alternatives(List.of("text"), Locale.ENGLISH));
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
