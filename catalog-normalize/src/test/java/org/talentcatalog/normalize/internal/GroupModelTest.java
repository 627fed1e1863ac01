package org.talentcatalog.normalize.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupModelTest {

    private static final List<String> TITLES = List.of("软件工程师", "java开发工程师", "前端开发", "电话客服", "在线客服专员",
            "呼叫中心话务员", "数控车工", "cnc操作工", "普工");
    private static final List<String> CODES = List.of("2-02-10-03", "2-02-10-03", "2-02-10-03", "4-04-05-03",
            "4-04-05-03", "4-04-05-03", "6-18-01-01", "6-18-01-01", "6-00-00-00");

    private static List<List<String>> features() {
        List<List<String>> out = new ArrayList<>();
        for (String t : TITLES) {
            out.add(Grams.features(t));
        }
        return out;
    }

    /** A title like the training titles of one group gets most of the posterior there, and the posterior sums to 1. */
    @Test
    void theLikelyGroupTakesMostOfThePosterior() {
        GroupModel majors = new GroupModel(features(), CODES, 1, 12, 2.0);
        double[] p = majors.posterior(Grams.features("客服专员"));
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
        int service = majors.classOf("4-01-02-01");
        for (int i = 0; i < p.length; i++) {
            assertTrue(i == service || p[i] < p[service], java.util.Arrays.toString(p));
        }
    }

    /** The 中类 model leaves out titles labelled only to a 大类, and knows nothing of groups it never saw. */
    @Test
    void broaderLabelsAndUnseenGroupsHaveNoClass() {
        GroupModel subMajors = new GroupModel(features(), CODES, 2, 12, 2.0);
        assertEquals(3, subMajors.posterior(Grams.features("普工")).length);
        assertEquals(-1, subMajors.classOf("6-00-00-00"));
        assertEquals(-1, subMajors.classOf("1-01-00-00"));
        assertTrue(subMajors.classOf("6-18-01-02") >= 0);
    }
}
