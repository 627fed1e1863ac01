package org.talentcatalog.normalize.internal;

/**
 * The engine's settings, chosen by cross-validation on the labelled titles (README). One record so
 * an evaluation can vary them; {@link #DEFAULT} is what the coder uses.
 */
public record Tuning(int neighbours, double knnPower, double knnWeight, float titleB,
        int profiles, double profilePower, double profileWeight, float profileB, float nameBoost,
        int epochs, int perceptrons, double perceptronTemperature, double perceptronWeight, double minorWeight, double subMajorWeight,
        double majorWeight, double groupTemperature, boolean nameTitles) {

    /** The settings the coder ships with. */
    public static final Tuning DEFAULT = new Tuning(20, 2.0, 1.0, 0.8f, 20, 3.0, 0.8, 0.8f, 4f, 12, 3, 2.0, 1.2, 0.0, 0.0, 0.0,
            2.0, true);
}
