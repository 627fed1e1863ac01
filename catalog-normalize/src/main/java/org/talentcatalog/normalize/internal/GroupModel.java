package org.talentcatalog.normalize.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A classifier of titles into the groups of one level of the code tree (大类 or 中类): an averaged
 * {@link Perceptron} over the same character n-grams as the engine's, trained on every labelled title
 * whose code reaches that level (a title labelled only to a broader group is left out), its scores
 * turned into a posterior by a softmax. Immutable once built; thread-safe.
 */
final class GroupModel {

    private final Perceptron model;
    private final Map<String, Integer> classOf;
    private final int prefix;
    private final double temperature;

    /**
     * @param features each training example's features
     * @param codes each training example's labelled code
     * @param level 1 for 大类, 2 for 中类
     * @param epochs the perceptron's passes over the examples
     * @param temperature the softmax's temperature over the perceptron's scores
     */
    GroupModel(List<List<String>> features, List<String> codes, int level, int epochs, double temperature) {
        this.prefix = level == 1 ? 1 : 4;
        this.temperature = temperature;
        this.classOf = new HashMap<>();
        List<List<String>> kept = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (level == 2 && code.endsWith("-00-00-00")) {
                continue;
            }
            kept.add(features.get(i));
            labels.add(classOf.computeIfAbsent(code.substring(0, prefix), k -> classOf.size()));
        }
        this.model = Perceptron.train(kept, labels.stream().mapToInt(Integer::intValue).toArray(),
                Math.max(1, classOf.size()), epochs, 4754L + level);
    }

    /** The class of a code's group, or -1 when no training title was in that group. */
    int classOf(String code) {
        return classOf.getOrDefault(code.substring(0, prefix), -1);
    }

    /** The posterior of every group class for a title's features (a new array summing to 1). */
    double[] posterior(List<String> features) {
        float[] s = model.scores(features);
        double[] p = new double[s.length];
        if (classOf.isEmpty()) {
            return p;
        }
        int best = Perceptron.argmax(s);
        double total = 0;
        for (int i = 0; i < s.length; i++) {
            p[i] = Math.exp((s[i] - s[best]) / temperature);
            total += p[i];
        }
        for (int i = 0; i < s.length; i++) {
            p[i] /= total;
        }
        return p;
    }
}
