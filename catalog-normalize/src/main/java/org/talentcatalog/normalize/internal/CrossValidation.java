package org.talentcatalog.normalize.internal;

import java.util.ArrayList;
import java.util.List;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.normalize.LabelledTitle;

/**
 * k-fold cross-validation of the engine over labelled titles: each fold's aliases, indexes and model
 * are built from the other folds' rows only, then its own rows are coded. Folds are fixed by the
 * row's position (row i is in fold i mod k after a seeded shuffle), so runs repeat exactly.
 */
public final class CrossValidation {

    /**
     * One coded held-out title.
     *
     * @param gold the labelled code
     * @param ranked the ranked codes, best first
     * @param ranking the engine's ranking
     * @param grade 0 HIGH, 1 MEDIUM, 2 LOW
     */
    public record Outcome(LabelledTitle gold, List<String> ranked, Ranking ranking, int grade) {
    }

    /**
     * The figures of a run, as shares of the titles.
     *
     * @param titles how many titles were coded
     * @param top1 the first code right at the 细类 (or inside a coarser labelled group)
     * @param top3 one of the first three right so
     * @param minorGroup the first code right at the 小类
     * @param subMajorGroup the first code right at the 中类
     * @param majorGroup the first code right at the 大类
     * @param highShare the titles graded HIGH
     * @param highPrecision of those, the share whose first code is right
     * @param mediumShare the titles graded MEDIUM
     * @param mediumPrecision of those, the share whose first code is right
     * @param lowPrecision of the titles graded LOW, the share whose first code is right
     */
    public record Report(int titles, double top1, double top3, double minorGroup, double subMajorGroup,
            double majorGroup, double highShare, double highPrecision, double mediumShare, double mediumPrecision,
            double lowPrecision) {

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d titles: top-1 %.1f%%, top-3 %.1f%%, 小类 %.1f%%, 中类 %.1f%%, "
                    + "大类 %.1f%%; HIGH %.1f%% of titles at %.1f%% precision, MEDIUM %.1f%% at %.1f%%, LOW at %.1f%%",
                    titles, 100 * top1, 100 * top3, 100 * minorGroup, 100 * subMajorGroup, 100 * majorGroup,
                    100 * highShare, 100 * highPrecision, 100 * mediumShare, 100 * mediumPrecision, 100 * lowPrecision);
        }
    }

    private CrossValidation() {
    }

    /** The figures of a run's outcomes. */
    public static Report report(OccupationCodes codes, List<Outcome> outcomes) {
        int n = outcomes.size();
        int top1 = 0;
        int top3 = 0;
        int[] level = new int[4];
        int[] graded = new int[3];
        int[] gradedRight = new int[3];
        for (Outcome o : outcomes) {
            List<String> r = o.ranked();
            String gold = o.gold().code();
            boolean first = !r.isEmpty() && right(r.get(0), gold, 4, codes);
            boolean three = false;
            for (int i = 0; i < Math.min(3, r.size()); i++) {
                three |= right(r.get(i), gold, 4, codes);
            }
            top1 += first ? 1 : 0;
            top3 += three ? 1 : 0;
            for (int l = 1; l <= 3; l++) {
                level[l] += !r.isEmpty() && right(r.get(0), gold, l, codes) ? 1 : 0;
            }
            graded[o.grade()]++;
            gradedRight[o.grade()] += first ? 1 : 0;
        }
        double d = Math.max(1, n);
        return new Report(n, top1 / d, top3 / d, level[3] / d, level[2] / d, level[1] / d, graded[0] / d,
                share(gradedRight[0], graded[0]), graded[1] / d, share(gradedRight[1], graded[1]),
                share(gradedRight[2], graded[2]));
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /**
     * Codes every row once, with the engine built from the other folds; the confidence model is fitted
     * on an inner {@value #INNER}-fold cross-validation of those other folds, so neither the engine nor
     * the HIGH threshold has seen the row.
     */
    public static List<Outcome> run(OccupationCodes codes, List<LabelledTitle> rows, int folds, long seed, Tuning tuning) {
        int[] fold = folds(rows.size(), folds, seed);
        Outcome[] out = new Outcome[rows.size()];
        for (int f = 0; f < folds; f++) {
            List<LabelledTitle> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (fold[i] != f) {
                    train.add(rows.get(i));
                } else {
                    test.add(i);
                }
            }
            Calibrator calibrator = calibrate(codes, train, seed + f, tuning);
            Engine engine = new Engine(codes, Aliases.of(train), tuning);
            for (int i : test) {
                out[i] = outcome(engine, rows.get(i), calibrator);
            }
        }
        return List.of(out);
    }

    /**
     * The inner folds a confidence model is fitted on: with four, each inner engine learns from three
     * quarters of the rows, so its scores are close to those of the engine that codes with the model.
     */
    public static final int INNER = 4;

    /** A confidence model fitted on held-out codings of the rows (an inner cross-validation). */
    public static Calibrator calibrate(OccupationCodes codes, List<LabelledTitle> rows, long seed, Tuning tuning) {
        int[] fold = folds(rows.size(), INNER, seed);
        List<double[]> features = new ArrayList<>();
        boolean[] right = new boolean[rows.size()];
        for (int f = 0; f < INNER; f++) {
            List<LabelledTitle> train = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (fold[i] != f) {
                    train.add(rows.get(i));
                }
            }
            Engine engine = new Engine(codes, Aliases.of(train), tuning);
            for (int i = 0; i < rows.size(); i++) {
                if (fold[i] == f) {
                    String cleaned = Cleaner.clean(rows.get(i).title());
                    Ranking r = engine.rank(cleaned);
                    right[features.size()] = r.codes().length > 0
                            && right(engine.code(r.codes()[0]).code(), rows.get(i).code(), 4, codes);
                    features.add(Calibrator.features(r, cleaned));
                }
            }
        }
        return Calibrator.fit(features, right);
    }

    private static Outcome outcome(Engine engine, LabelledTitle row, Calibrator calibrator) {
        String cleaned = Cleaner.clean(row.title());
        Ranking r = engine.rank(cleaned);
        List<String> ranked = new ArrayList<>();
        for (int c : r.codes()) {
            ranked.add(engine.code(c).code());
        }
        return new Outcome(row, ranked, r, Decision.grade(r, cleaned, calibrator));
    }

    /** Row i's fold: i's place after a seeded shuffle, mod k. */
    private static int[] folds(int n, int k, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new java.util.Random(seed));
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order.get(i)] = i % k;
        }
        return fold;
    }

    /**
     * Whether a predicted code is right at a level (1 大类 … 4 细类): the codes agree down to that
     * level, or down to the gold code's own level when it is broader (a prediction inside a coarser
     * labelled group counts as right).
     */
    public static boolean right(String predicted, String gold, int level, OccupationCodes codes) {
        int goldLevel = codes.find(gold).map(o -> o.level().number()).orElse(levelOfShape(gold));
        int predLevel = codes.find(predicted).map(o -> o.level().number()).orElse(levelOfShape(predicted));
        int m = Math.min(level, goldLevel);
        if (predLevel < m) {
            return false;
        }
        return prefix(predicted, m).equals(prefix(gold, m));
    }

    private static String prefix(String code, int level) {
        return switch (level) {
            case 1 -> code.substring(0, 1);
            case 2 -> code.substring(0, 4);
            case 3 -> code.substring(0, 7);
            default -> code;
        };
    }

    private static int levelOfShape(String code) {
        if (!code.endsWith("-00")) {
            return 4;
        }
        if (!code.endsWith("-00-00")) {
            return 3;
        }
        return code.endsWith("-00-00-00") ? 1 : 2;
    }
}
