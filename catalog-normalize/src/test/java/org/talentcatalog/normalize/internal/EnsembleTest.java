package org.talentcatalog.normalize.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnsembleTest {

    private static final List<String> TITLES = List.of("软件工程师", "java开发工程师", "前端开发", "软件测试", "电话客服",
            "在线客服专员", "呼叫中心话务员", "客服代表", "数控车工", "cnc操作工", "普工", "车工学徒", "销售代表", "电话销售");
    private static final int[] LABELS = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3};
    private static final List<String> QUERIES = List.of("客服专员", "java工程师", "电销", "数控学徒", "软件客服", "销售工程师");

    private static List<List<String>> features() {
        List<List<String>> out = new ArrayList<>();
        for (String t : TITLES) {
            out.add(Grams.features(t));
        }
        return out;
    }

    /** An ensemble of one is the single perceptron the engine trained before there were several. */
    @Test
    void anEnsembleOfOneIsThePerceptronOfTheFirstSeed() {
        Ensemble one = new Ensemble(features(), LABELS, 4, 12, 1);
        Perceptron single = Perceptron.train(features(), LABELS, 4, 12, Ensemble.SEED);
        for (String q : QUERIES) {
            assertArrayEquals(single.scores(Grams.features(q)), one.scores(Grams.features(q)), q);
        }
    }

    /**
     * Three members are three perceptrons trained in different orders, and the ensemble answers their
     * mean: its scores differ from the first member's alone on some title, and equal the members' mean.
     */
    @Test
    void theScoresAreTheMembersMean() {
        Ensemble three = new Ensemble(features(), LABELS, 4, 12, 3);
        boolean differs = false;
        for (String q : QUERIES) {
            List<String> f = Grams.features(q);
            float[] mean = new float[4];
            for (int m = 0; m < 3; m++) {
                float[] s = Perceptron.train(features(), LABELS, 4, 12, Ensemble.SEED + m * Ensemble.STRIDE).scores(f);
                for (int i = 0; i < 4; i++) {
                    mean[i] += s[i];
                }
            }
            for (int i = 0; i < 4; i++) {
                mean[i] /= 3;
            }
            float[] got = three.scores(f);
            for (int i = 0; i < 4; i++) {
                assertEquals(mean[i], got[i], 1e-4f, q + " " + Arrays.toString(got));
            }
            differs |= !Arrays.equals(got, Perceptron.train(features(), LABELS, 4, 12, Ensemble.SEED).scores(f));
        }
        assertTrue(differs, "the members were trained alike");
    }

    /** The training titles' own classes come first for each, whatever the size. */
    @Test
    void theTrainingTitlesAreLearned() {
        for (int size = 1; size <= 4; size++) {
            Ensemble e = new Ensemble(features(), LABELS, 4, 12, size);
            for (int k = 0; k < TITLES.size(); k++) {
                assertEquals(LABELS[k], Perceptron.argmax(e.scores(Grams.features(TITLES.get(k)))), TITLES.get(k) + " " + size);
            }
        }
    }

    @Test
    void anEmptyEnsembleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Ensemble(features(), LABELS, 4, 12, 0));
    }
}
