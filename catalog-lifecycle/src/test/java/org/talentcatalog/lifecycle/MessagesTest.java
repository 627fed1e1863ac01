package org.talentcatalog.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.lifecycle.internal.Messages;
import org.talentcatalog.model.MessageBundles;

/** Every message key exists in the Chinese and the English bundle, and no bundle has a key too many. */
class MessagesTest {

    @Test
    void bundlesMatchTheKeys() {
        assertEquals(List.of(), MessageBundles.problems(Messages.class));
    }
}
