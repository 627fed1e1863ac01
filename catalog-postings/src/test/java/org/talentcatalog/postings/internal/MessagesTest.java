package org.talentcatalog.postings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.MessageBundles;

class MessagesTest {

    @Test
    void everyKeyIsInChineseAndEnglishWithTheSameArguments() {
        assertEquals(List.of(), MessageBundles.problems(Messages.class));
    }
}
