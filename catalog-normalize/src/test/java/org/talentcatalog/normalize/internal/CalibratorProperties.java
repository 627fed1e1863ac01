package org.talentcatalog.normalize.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class CalibratorProperties {

    /** On the codings it is fitted on, the answers above the HIGH threshold are right at least PRECISION of the time. */
    @Property(tries = 30)
    void highAnswersMeetThePrecisionOnTheFittingData(@ForAll @IntRange(min = 1, max = 400) int n, @ForAll long seed) {
        Random random = new Random(seed);
        List<double[]> features = new ArrayList<>();
        boolean[] right = new boolean[n];
        for (int k = 0; k < n; k++) {
            double[] x = new double[Calibrator.FEATURES];
            x[0] = 1;
            for (int i = 1; i < x.length; i++) {
                x[i] = random.nextDouble();
            }
            right[k] = random.nextDouble() < 0.3 + 0.6 * x[1];
            features.add(x);
        }
        Calibrator c = Calibrator.fit(features, right);
        int high = 0;
        int ok = 0;
        for (int k = 0; k < n; k++) {
            double z = 0;
            for (int i = 0; i < Calibrator.FEATURES; i++) {
                z += c.weights()[i] * features.get(k)[i];
            }
            if (z >= c.high()) {
                high++;
                ok += right[k] ? 1 : 0;
            }
        }
        assertTrue(high == 0 || ok >= Calibrator.PRECISION * high - 1e-9, ok + " of " + high);
    }
}
