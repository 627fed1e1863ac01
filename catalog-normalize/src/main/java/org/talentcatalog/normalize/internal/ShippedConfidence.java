package org.talentcatalog.normalize.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.talentcatalog.normalize.NormalizeException;

/**
 * The shipped confidence model ({@value #RESOURCE} beside this class): the {@link Calibrator} fitted
 * by {@link CrossValidation#calibrate} on the development set, written by {@link BuildTitles}. Lines
 * {@code high<TAB>threshold} and {@code w<TAB>weight…}; lines starting with {@code #} are comments.
 */
public final class ShippedConfidence {

    /** The resource's name, beside this class. */
    public static final String RESOURCE = "confidence-2022.tsv";

    private ShippedConfidence() {
    }

    /** The shipped model, read once. */
    public static Calibrator calibrator() {
        return Holder.CALIBRATOR;
    }

    /** Reads a model in the shipped format. */
    static Calibrator read(InputStream in, String name) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        double[] weights = null;
        Double high = null;
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                if (f[0].equals("high") && f.length == 2) {
                    high = Double.parseDouble(f[1]);
                } else if (f[0].equals("w") && f.length == Calibrator.FEATURES + 1) {
                    weights = new double[Calibrator.FEATURES];
                    for (int i = 0; i < weights.length; i++) {
                        weights[i] = Double.parseDouble(f[i + 1]);
                    }
                } else {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new NormalizeException(Messages.CONFIDENCE_MALFORMED.text(name, number));
            }
        }
        if (weights == null || high == null) {
            throw new NormalizeException(Messages.CONFIDENCE_MALFORMED.text(name, number + 1));
        }
        return new Calibrator(weights, high);
    }

    /** Writes a model in the shipped format, six decimals, with a header comment. */
    static void write(Calibrator c, Writer out) throws IOException {
        out.write("# Learned by catalog-normalize BuildTitles from data/job-titles-coded.csv: the confidence model\n");
        out.write("# (logistic weights over Calibrator.features, HIGH threshold). Do not edit; rebuild (README).\n");
        out.write(String.format(Locale.ROOT, "high\t%.6f\n", c.high()));
        StringBuilder w = new StringBuilder("w");
        for (double x : c.weights()) {
            w.append(String.format(Locale.ROOT, "\t%.6f", x));
        }
        out.write(w.append('\n').toString());
    }

    /** Lazy holder: the resource is read on first use, once. */
    private static final class Holder {
        static final Calibrator CALIBRATOR = load();

        private static Calibrator load() {
            try (InputStream in = ShippedConfidence.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new NormalizeException(Messages.DATA_MISSING.text(RESOURCE));
                }
                return read(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
