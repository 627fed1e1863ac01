package org.talentcatalog.normalize.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentcatalog.model.OccupationCodes;

class EngineTest {

    /**
     * The 大典's occupation names are documents of the nearest-titles view too: with no labelled title
     * at all, a title that is an occupation's name is found by that view as well as by the profiles.
     */
    @Test
    void occupationNamesAreNearestTitles() {
        Engine engine = new Engine(OccupationCodes.defaults(), List.of(), Tuning.DEFAULT);
        Ranking r = engine.rank("呼叫中心服务员");
        assertEquals("4-04-05-03", engine.code(r.codes()[0]).code());
        assertTrue(r.support()[0] > 0.3, "nearest titles' share " + r.support()[0]);
        assertEquals(2, r.agreement());
    }

    /** The first code's 大类 and 中类 posteriors are part of the ranking's support, for the confidence. */
    @Test
    void theFirstCodesGroupPosteriorsAreReported() {
        Engine engine = new Engine(OccupationCodes.defaults(), List.of(new Alias("电话客服", "4-04-05-03", 3),
                new Alias("软件工程师", "2-02-10-03", 3), new Alias("数控车工", "6-18-01-01", 3)), Tuning.DEFAULT);
        Ranking r = engine.rank("电话客服");
        assertEquals(Ranking.SUPPORT, r.support().length);
        assertEquals("4-04-05-03", engine.code(r.codes()[0]).code());
        assertTrue(r.support()[4] > 0.5 && r.support()[4] <= 1, "大类 posterior " + r.support()[4]);
        assertTrue(r.support()[5] > 0.5 && r.support()[5] <= 1, "中类 posterior " + r.support()[5]);
    }

    /** A word's first units are features of the linear models, marked apart from the same units elsewhere. */
    @Test
    void aWordsStartIsAFeature() {
        List<String> f = Grams.features("抖音运营");
        assertTrue(f.contains("^抖"), f.toString());
        assertTrue(f.contains("^抖音"), f.toString());
        assertTrue(!f.contains("^运"), f.toString());
    }
}
