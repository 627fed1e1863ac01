package org.talentcatalog.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.ShortageLevel;

/** An option not set is null, as every absent member of the library's API is. */
class OptionsTest {

    @Test
    void readOptionsNotSetAreNullAndSetOnesKept() {
        assertNull(ReadOptions.defaults().csvCharset());
        assertNull(ReadOptions.defaults().fiveStarMapping());
        Charset gb = Charset.forName("GB18030");
        FiveStarMapping stars = FiveStarMapping.of(null, ShortageLevel.GENERALLY_SCARCE, ShortageLevel.SCARCE,
                ShortageLevel.SCARCE, ShortageLevel.VERY_SCARCE);
        ReadOptions set = ReadOptions.builder().csvCharset(gb).fiveStarMapping(stars).build();
        assertEquals(gb, set.csvCharset());
        assertEquals(stars, set.fiveStarMapping());
        assertEquals(gb, set.toBuilder().build().csvCharset());
        assertNull(set.toBuilder().csvCharset(null).build().csvCharset());
    }

    @Test
    void writeOptionsWithoutACharsetWriteUtf8() {
        assertNull(WriteOptions.defaults().csvCharset());
        assertEquals(StandardCharsets.UTF_16, WriteOptions.builder().csvCharset(StandardCharsets.UTF_16).build().csvCharset());
    }
}
