package org.talentcatalog.scoring.internal;

import java.util.ArrayList;
import java.util.List;
import org.talentcatalog.scoring.AhpPriority;
import org.talentcatalog.scoring.Consistency;
import org.talentcatalog.scoring.RandomIndex;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.ScoringWarning;
import org.talentcatalog.scoring.Weighting;
import org.talentcatalog.scoring.WeightingInput;
import org.talentcatalog.scoring.Weights;
import org.talentcatalog.scoring.spi.AbstractMethodProvider;
import org.talentcatalog.scoring.spi.MethodConfig;

/**
 * {@code AHP} (层次分析法): priorities from a positive reciprocal matrix, the principal right
 * eigenvector (power iteration to 1e-15) or the row geometric means, each normalised to sum 1;
 * λmax = Σᵢ(Aw)ᵢ for the eigenvector w (Σw = 1); CI = (λmax − n)/(n − 1); CR = CI/RI(n), 0 for n ≤ 2.
 * A matrix is accepted as reciprocal when every |aᵢⱼ·aⱼᵢ − 1| ≤ 0.01 (so 0.33 for 1/3 passes).
 */
public final class AhpWeighting implements Weighting {

    static final double RECIPROCAL_TOLERANCE = 0.01;
    private final double[][] matrix;
    private final AhpPriority priority;
    private final RandomIndex randomIndex;

    /** See {@link Weighting#ahp}. */
    public AhpWeighting(double[][] pairwise, AhpPriority priority, RandomIndex randomIndex) {
        this.matrix = new double[pairwise.length][];
        for (int i = 0; i < pairwise.length; i++) {
            this.matrix[i] = pairwise[i] == null ? new double[0] : pairwise[i].clone();
        }
        this.priority = priority;
        this.randomIndex = randomIndex;
    }

    @Override
    public String method() {
        return "AHP";
    }

    @Override
    public Weights weigh(WeightingInput input) {
        int n = input.indicators().size();
        check(n);
        double[] eigen = eigenvector(n);
        double lambda = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                lambda += matrix[i][j] * eigen[j];
            }
        }
        double ci = n <= 2 ? 0 : (lambda - n) / (n - 1);
        double cr = n <= 2 ? 0 : ci / randomIndex.of(n);
        double[] w = priority == AhpPriority.GEOMETRIC_MEAN ? geometricMeans(n) : eigen;
        List<ScoringWarning> warnings = new ArrayList<>();
        if (cr >= 0.1) {
            warnings.add(new ScoringWarning("AHP_INCONSISTENT", Messages.AHP_INCONSISTENT.text(String.format("%.4f", cr))));
        }
        Weights plain = Weights.of(w);
        return new Weights(plain.values(), new Consistency(lambda, ci, cr, randomIndex), warnings);
    }

    private void check(int n) {
        String at = "$.weighting.pairwise";
        if (matrix.length != n) {
            throw ScoringException.config(at, Messages.AHP_ROWS.text(n, matrix.length));
        }
        if (n > RandomIndex.MAX_ORDER) {
            throw ScoringException.config(at, Messages.AHP_TOO_MANY_INDICATORS.text());
        }
        for (int i = 0; i < n; i++) {
            if (matrix[i].length != n) {
                throw ScoringException.config(at + "[" + i + "]", Messages.AHP_NOT_SQUARE.text(i + 1, matrix[i].length, n));
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double a = matrix[i][j];
                if (!(a > 0) || Double.isInfinite(a)) {
                    throw ScoringException.config(at + "[" + i + "][" + j + "]", Messages.AHP_NOT_POSITIVE.text(a));
                }
                if (a > Limits.MAX_VALUE || a < 1 / Limits.MAX_VALUE) {
                    throw ScoringException.config(at + "[" + i + "][" + j + "]",
                            Messages.AHP_OUT_OF_RANGE.text(a, Limits.MAX_VALUE_TEXT));
                }
                if (Math.abs(a * matrix[j][i] - 1) > RECIPROCAL_TOLERANCE) {
                    throw ScoringException.config(at + "[" + i + "][" + j + "]", Messages.AHP_NOT_RECIPROCAL.text(i + 1, j + 1, a * matrix[j][i]));
                }
            }
        }
    }

    private double[] eigenvector(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        for (int iter = 0; iter < 100_000; iter++) {
            double[] next = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    next[i] += matrix[i][j] * w[j];
                }
                sum += next[i];
            }
            double change = 0;
            for (int i = 0; i < n; i++) {
                next[i] /= sum;
                change = Math.max(change, Math.abs(next[i] - w[i]));
            }
            w = next;
            if (change < 1e-15) {
                break;
            }
        }
        return w;
    }

    private double[] geometricMeans(int n) {
        double[] g = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double logs = 0;
            for (int j = 0; j < n; j++) {
                logs += Math.log(matrix[i][j]);
            }
            g[i] = Math.exp(logs / n);
            sum += g[i];
        }
        for (int i = 0; i < n; i++) {
            g[i] /= sum;
        }
        return g;
    }

    /** Registers {@code AHP}: {@code pairwise} (required), {@code priority}, {@code randomIndex}. */
    public static final class Provider extends AbstractMethodProvider<Weighting> {

        /** The provider of {@code AHP}. */
        public Provider() {
            super(Weighting.class, "AHP");
        }

        @Override
        public Weighting create(MethodConfig config) {
            config.declare("pairwise", "priority", "randomIndex");
            return new AhpWeighting(config.numberMatrix("pairwise"),
                    config.enumValue("priority", AhpPriority.class, AhpPriority.EIGENVECTOR),
                    config.enumValue("randomIndex", RandomIndex.class, RandomIndex.SAATY_CLASSIC));
        }
    }
}
