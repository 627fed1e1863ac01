package org.talentcatalog.normalize.internal;

/**
 * The confidence rule. HIGH by a {@link Calibrator} (a logistic model over the first score, its lead
 * over the second as in NCI SOCcer's rule, the views' agreement and support), whose threshold is chosen
 * on held-out codings so that HIGH answers are right at least nine times in ten (README); MEDIUM and
 * LOW by the first score and the views' agreement.
 */
public final class Decision {

    /** MEDIUM: the first score at least this. */
    public static final double MEDIUM_SCORE = 0.3;
    /** The level-aware fallback: a broader code is answered when its codes hold this share of the scores. */
    public static final double BROADER_SHARE = 0.6;

    private Decision() {
    }

    /** 0 HIGH, 1 MEDIUM, 2 LOW: HIGH by the confidence model, MEDIUM and LOW by the first score and agreement. */
    public static int grade(Ranking r, String cleaned, Calibrator calibrator) {
        if (r.codes().length == 0) {
            return 2;
        }
        if (calibrator.high(r, cleaned)) {
            return 0;
        }
        return r.scores()[0] >= MEDIUM_SCORE || r.agreement() >= 2 ? 1 : 2;
    }
}
