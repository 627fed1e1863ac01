package org.talentcatalog.normalize.internal;

import java.util.List;

/**
 * Several averaged {@link Perceptron}s trained on the same examples, each visiting them in its own
 * seeded order, their scores averaged: a perceptron depends on the order it sees the examples in,
 * and with a few thousand titles over hundreds of codes that order moves the second and third
 * codes noticeably; the mean of a few orders is steadier (README, Evaluation). Immutable once built;
 * thread-safe.
 */
final class Ensemble {

    /** The seed of the first member; member m uses {@code SEED + m * STRIDE}. */
    static final long SEED = 20221L;
    /** The step between members' seeds. */
    static final long STRIDE = 7919L;

    private final Perceptron[] members;

    /**
     * Trains the members.
     *
     * @param features each example's features
     * @param labels each example's class, 0 ≤ label &lt; classes
     * @param classes the number of classes
     * @param epochs each member's passes over the examples
     * @param size how many members, ≥ 1
     */
    Ensemble(List<List<String>> features, int[] labels, int classes, int epochs, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("an ensemble needs a member: " + size);
        }
        members = new Perceptron[size];
        for (int m = 0; m < size; m++) {
            members[m] = Perceptron.train(features, labels, classes, epochs, SEED + m * STRIDE);
        }
    }

    /** The mean of the members' scores of every class for the features (a new array). */
    float[] scores(List<String> features) {
        float[] sum = members[0].scores(features);
        for (int m = 1; m < members.length; m++) {
            float[] s = members[m].scores(features);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += s[i];
            }
        }
        if (members.length > 1) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] /= members.length;
            }
        }
        return sum;
    }
}
