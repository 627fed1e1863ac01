package org.talentcatalog.normalize.internal;

/**
 * The confidence rule, after NCI SOCcer's (the first score and its lead over the second), plus the
 * agreement of the engine's three views. Thresholds chosen by cross-validation so that HIGH answers
 * are right at least nine times in ten (README).
 */
public final class Decision {

    /** HIGH: the first score at least this. */
    public static final double HIGH_SCORE = 0.64;
    /** HIGH: the first score's lead over the second at least this. */
    public static final double HIGH_MARGIN = 0.56;
    /** HIGH: at least this many views put the first code first. */
    public static final int HIGH_AGREEMENT = 2;
    /** MEDIUM: the first score at least this. */
    public static final double MEDIUM_SCORE = 0.3;
    /** The level-aware fallback: a broader code is answered when its codes hold this share of the scores. */
    public static final double BROADER_SHARE = 0.6;

    private Decision() {
    }

    /** 0 HIGH, 1 MEDIUM, 2 LOW. */
    public static int grade(Ranking r) {
        if (r.codes().length == 0) {
            return 2;
        }
        double first = r.scores()[0];
        double second = r.scores().length > 1 ? r.scores()[1] : 0;
        if (first >= HIGH_SCORE && first - second >= HIGH_MARGIN && r.agreement() >= HIGH_AGREEMENT) {
            return 0;
        }
        return first >= MEDIUM_SCORE || r.agreement() >= 2 ? 1 : 2;
    }
}
