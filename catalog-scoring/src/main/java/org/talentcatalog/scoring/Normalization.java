package org.talentcatalog.scoring;

import org.talentcatalog.model.IndicatorDirection;
import org.talentcatalog.scoring.internal.MinMaxNormalization;
import org.talentcatalog.scoring.internal.NoNormalization;
import org.talentcatalog.scoring.internal.RankNormalization;
import org.talentcatalog.scoring.internal.VectorNormalization;
import org.talentcatalog.scoring.internal.ZScoreNormalization;

/**
 * The first pipeline stage (标准化): makes indicator columns comparable and turns NEGATIVE indicators
 * around, so that after normalisation a larger value always means more scarce.
 *
 * <p>Implementations are immutable and thread-safe. The static factories below build the built-in
 * methods; a configuration names them through {@link ScoringMethods}, where a new method is added as
 * an {@link org.talentcatalog.scoring.spi.ScoringMethodProvider}.
 */
public interface Normalization {

    /** The method name as written in the configuration, e.g. {@code MIN_MAX}. */
    String method();

    /**
     * Normalises one indicator column.
     *
     * @param indicator the indicator id, for error messages
     * @param direction whether larger raw values mean more or less scarce
     * @param column the raw values, one per position (not modified)
     * @return the normalised values, a new array
     * @throws ScoringException when the method is undefined for the column (e.g. all values equal)
     */
    double[] normalize(String indicator, IndicatorDirection direction, double[] column);

    /** {@code NONE}: raw values; a NEGATIVE indicator is multiplied by −1. */
    static Normalization none() {
        return new NoNormalization();
    }

    /** {@code MIN_MAX}: (x − min)/(max − min); NEGATIVE (max − x)/(max − min); all-equal column is an error. */
    static Normalization minMax() {
        return new MinMaxNormalization();
    }

    /** {@code Z_SCORE}: (x − mean)/s with the sample sd (n − 1); NEGATIVE multiplies by −1. */
    static Normalization zScore() {
        return new ZScoreNormalization();
    }

    /** {@code VECTOR}: x/‖x‖₂; NEGATIVE 1 − x/‖x‖₂. */
    static Normalization vector() {
        return new VectorNormalization();
    }

    /** {@code RANK}: (rank − 1)/(n − 1), average ranks for ties, ascending (descending for NEGATIVE). */
    static Normalization rank() {
        return new RankNormalization();
    }
}
