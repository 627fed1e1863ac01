package org.talentcatalog.publish.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;

/** The text a position's row is found by in the handbook's search box. */
class RowsSearchTest {

    private static String search(String name, Locale locale) {
        Catalog c = CatalogJson.readString("""
                {"formatVersion": "1.0", "id": "c", "title": {"zh": "目录"}, "kind": "INDUSTRY", "status": "DRAFT",
                 "issuance": {"compilers": [{"name": "甲", "role": "INDUSTRY_AUTHORITY"}]}, "edition": {"version": "1"},
                 "scope": {"industries": ["INTEGRATED_CIRCUIT"]},
                 "positions": [{"id": "IC-7", "name": NAME, "industry": "INTEGRATED_CIRCUIT", "category": "APPLIED_TECHNOLOGY",
                   "requirements": {"majors": ["微电子", "Physics"], "competencies": ["RTL 设计", "微电子"]}}]}""".replace("NAME", name));
        return new Rows(new Words(locale)).row(c, "c.html", 0, c.positions().get(0)).search();
    }

    @Test
    void eachWordOnceInLowerCaseWithNothingForAMissingName() {
        assertEquals("ic-7 芯片设计 chip design 集成电路 微电子 physics rtl 设计",
                search("{\"zh\": \"芯片设计\", \"en\": \"Chip Design\"}", Locale.CHINESE));
        assertEquals("ic-7 chip design 芯片设计 integrated circuits 微电子 physics rtl 设计",
                search("{\"zh\": \"芯片设计\", \"en\": \"Chip Design\"}", Locale.ENGLISH));
        assertEquals("ic-7 chip design integrated circuits 微电子 physics rtl 设计", search("{\"en\": \"Chip Design\"}", Locale.ENGLISH),
                "no Chinese name, and no word \"null\" for it");
    }
}
