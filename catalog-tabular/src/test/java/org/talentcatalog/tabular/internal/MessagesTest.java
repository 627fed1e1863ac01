package org.talentcatalog.tabular.internal;

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
    void quotesAndBracesComeOutAsWritten() {
        assertEquals(LocalizedText.of("「12a」不是数字", "'12a' is not a number"), Messages.CELL_NUMBER.text("12a"));
        assertEquals("this is plain text, not an XLSX workbook, nor JSON (it does not start with {) or CSV (its first line has no comma)",
                Messages.FORMAT_TEXT.format(Locale.ENGLISH));
        assertEquals("文件过大: 1234567 字节（上限 1000）", Messages.XLSX_FILE_TOO_LARGE.format(null, 1234567L, 1000));
    }

    @Test
    void aThirdLanguageIsOneFile() {
        // src/test/resources/org/talentcatalog/tabular/internal/messages_xx.properties holds one key; the
        // others fall back to Chinese.
        Locale xx = new Locale("xx");
        assertEquals("[xx] 12a?", Messages.CELL_NUMBER.format(xx, "12a"));
        assertEquals("单元格是错误值 #REF!", Messages.XLSX_ERROR_VALUE.format(xx, "#REF!"));
    }
}
