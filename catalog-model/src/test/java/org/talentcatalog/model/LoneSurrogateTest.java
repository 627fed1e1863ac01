package org.talentcatalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talentcatalog.model.Documents.assertAt;
import static org.talentcatalog.model.Documents.failsWith;
import static org.talentcatalog.model.Documents.lineColumnOf;
import static org.talentcatalog.model.Documents.minimalWith;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A lone UTF-16 surrogate written as a JSON escape is no character: reading rejects it at its value
 * (docs/format.md, "Text"), so it never reaches a writer that would merge it with its neighbour.
 */
class LoneSurrogateTest {

    @Test
    void aLoneSurrogateInAStringIsAnErrorAtTheValue() {
        String json = minimalWith("\"集成电路设计工程师\"", "\"\\ud800集成电路设计工程师\"");
        CatalogJsonException e = failsWith(json, "read:surrogate", "/positions/0/name/zh");
        int[] at = lineColumnOf(json, "\"\\ud800");
        assertAt(e, at[0], at[1]);
        assertEquals(Severity.ERROR, e.issue().severity());
        assertEquals("the text holds an unpaired UTF-16 surrogate \\uD800 (not a character: perhaps a cut emoji or rare character);"
                + " remove or correct it", e.issue().message(Locale.ENGLISH));
        failsWith(() -> CatalogJson.read(json.getBytes(StandardCharsets.UTF_8)), "read:surrogate", "/positions/0/name/zh");
    }

    @Test
    void aLowSurrogateAloneOrAtTheEndAndOneInAMemberNameAreErrorsToo() {
        failsWith(minimalWith("\"微电子\"", "\"微电子\\udc00\""), "read:surrogate", "/positions/0/requirements/majors/0");
        failsWith(minimalWith("\"微电子\"", "\"微电子\\ud83d\""), "read:surrogate", "/positions/0/requirements/majors/0");
        CatalogJsonException name = failsWith(minimalWith("\"status\": \"DRAFT\",", "\"status\": \"DRAFT\", \"x-\\ud800\": 1,"),
                "read:surrogate", "/x-\ud800");
        assertEquals(9, name.issue().line());
    }

    @Test
    void aSurrogatePairIsOneCharacterAndReadsBackWhole() {
        Catalog c = CatalogJson.readString(minimalWith("\"集成电路设计工程师\"", "\"\\ud842\\udfb7集成电路设计工程师\""));
        assertEquals("\uD842\uDFB7集成电路设计工程师", c.positions().get(0).name().zh());
        assertEquals(c, CatalogJson.readString(CatalogJson.write(c)), "written and read back, nothing merged or lost");
    }
}
