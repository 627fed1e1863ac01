package org.talentcatalog.normalize.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * An averaged multi-class perceptron over sparse string features, with a bias feature: small (a
 * weight only where an update happened), fast to train (well under a second on a few thousand titles)
 * and deterministic for a given seed. Immutable once built; thread-safe.
 */
final class Perceptron {

    private static final String BIAS = "";

    private final Map<String, Integer> featureIds;
    private final int[][] classesOf;
    private final float[][] weightsOf;
    private final int classes;

    private Perceptron(Map<String, Integer> featureIds, int[][] classesOf, float[][] weightsOf, int classes) {
        this.featureIds = featureIds;
        this.classesOf = classesOf;
        this.weightsOf = weightsOf;
        this.classes = classes;
    }

    /** The growing weights of one feature while training: parallel arrays, searched linearly. */
    private static final class Row {
        int size;
        int[] cls = new int[4];
        double[] w = new double[4];
        double[] total = new double[4];
        long[] stamp = new long[4];

        int slot(int c) {
            for (int i = 0; i < size; i++) {
                if (cls[i] == c) {
                    return i;
                }
            }
            if (size == cls.length) {
                cls = Arrays.copyOf(cls, size * 2);
                w = Arrays.copyOf(w, size * 2);
                total = Arrays.copyOf(total, size * 2);
                stamp = Arrays.copyOf(stamp, size * 2);
            }
            cls[size] = c;
            return size++;
        }

        void update(int c, int delta, long step) {
            int i = slot(c);
            total[i] += w[i] * (step - stamp[i]);
            w[i] += delta;
            stamp[i] = step;
        }
    }

    /**
     * Trains on examples.
     *
     * @param features each example's features
     * @param labels each example's class, 0 ≤ label &lt; classes
     * @param classes the number of classes
     * @param epochs passes over the examples, each in a seeded random order
     */
    static Perceptron train(List<List<String>> features, int[] labels, int classes, int epochs, long seed) {
        Map<String, Integer> ids = new HashMap<>();
        ids.put(BIAS, 0);
        int n = labels.length;
        int[][] x = new int[n][];
        for (int k = 0; k < n; k++) {
            List<String> f = features.get(k);
            int[] row = new int[f.size() + 1];
            for (int j = 0; j < f.size(); j++) {
                row[j] = ids.computeIfAbsent(f.get(j), s -> ids.size());
            }
            x[k] = row;
        }
        Row[] rows = new Row[ids.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Row();
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        float[] scores = new float[classes];
        long step = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int k : order) {
                Arrays.fill(scores, 0f);
                for (int f : x[k]) {
                    Row r = rows[f];
                    for (int i = 0; i < r.size; i++) {
                        scores[r.cls[i]] += (float) r.w[i];
                    }
                }
                int gold = labels[k];
                float goldScore = scores[gold];
                scores[gold] = Float.NEGATIVE_INFINITY;
                int best = argmax(scores);
                if (scores[best] + 1f > goldScore) {
                    for (int f : x[k]) {
                        rows[f].update(gold, 1, step);
                        rows[f].update(best, -1, step);
                    }
                }
                step++;
            }
        }
        int[][] classesOf = new int[rows.length][];
        float[][] weightsOf = new float[rows.length][];
        for (int f = 0; f < rows.length; f++) {
            Row r = rows[f];
            int kept = 0;
            int[] cs = new int[r.size];
            float[] ws = new float[r.size];
            for (int i = 0; i < r.size; i++) {
                double avg = (r.total[i] + r.w[i] * (step - r.stamp[i])) / step;
                if (Math.abs(avg) > 1e-4) {
                    cs[kept] = r.cls[i];
                    ws[kept++] = (float) avg;
                }
            }
            classesOf[f] = Arrays.copyOf(cs, kept);
            weightsOf[f] = Arrays.copyOf(ws, kept);
        }
        return new Perceptron(ids, classesOf, weightsOf, classes);
    }

    /** The score of every class for the features (a new array). */
    float[] scores(List<String> features) {
        float[] scores = new float[classes];
        add(scores, 0);
        for (String f : features) {
            Integer id = featureIds.get(f);
            if (id != null) {
                add(scores, id);
            }
        }
        return scores;
    }

    private void add(float[] scores, int f) {
        int[] cs = classesOf[f];
        float[] ws = weightsOf[f];
        for (int i = 0; i < cs.length; i++) {
            scores[cs[i]] += ws[i];
        }
    }

    static int argmax(float[] a) {
        int best = 0;
        for (int i = 1; i < a.length; i++) {
            if (a[i] > a[best]) {
                best = i;
            }
        }
        return best;
    }
}
