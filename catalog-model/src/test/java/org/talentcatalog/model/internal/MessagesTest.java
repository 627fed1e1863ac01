package org.talentcatalog.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.MessageBundles;
import org.talentcatalog.model.RenameEvidence;

class MessagesTest {

    @Test
    void everyKeyIsInChineseAndEnglishWithTheSameArguments() {
        assertEquals(List.of(), MessageBundles.problems(Messages.class));
    }

    @Test
    void aNestedTextComesOutInTheMessageLanguage() {
        LocalizedText inner = LocalizedText.of("无法写入 b.csv：磁盘已满", null);
        assertEquals(LocalizedText.of("无法写入 b.csv：磁盘已满；a.csv 保持原样", "无法写入 b.csv：磁盘已满; a.csv was left as it was"),
                Messages.WRITE_FIRST_RESTORED.text(inner, "a.csv"));
        assertEquals(LocalizedText.of("应为整数，实为字符串", "expected an integer, found a string"),
                Messages.BIND_WRONG_TYPE.text(Messages.BIND_TYPE_INTEGER.text(), Messages.BIND_TYPE_STRING.text()));
    }

    @Test
    void renameEvidenceReadsAsBefore() {
        assertEquals("名称相同", new RenameEvidence(true, false, 1).describe(Locale.CHINESE));
        assertEquals("same name, same occupation code", new RenameEvidence(true, true, 1).describe(Locale.ENGLISH));
        assertEquals("职业编码相同，名称相似度 0.86", new RenameEvidence(false, true, 0.857).describe(null));
        assertEquals("same occupation code, name similarity 0.86", new RenameEvidence(false, true, 0.857).describe(Locale.UK));
    }

    @Test
    void aThirdLanguageIsOneFile() {
        // src/test/resources/org/talentcatalog/model/internal/messages_xx.properties holds one key; the others
        // fall back to Chinese.
        Locale xx = new Locale("xx");
        assertEquals("[xx] empty", Messages.READ_EMPTY.format(xx));
        assertEquals("不是有效的 UTF-8", Messages.READ_ENCODING.format(xx));
    }
}
