package org.talentcatalog.scoring;

import org.talentcatalog.scoring.internal.Messages;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talentcatalog.model.io.CsvReader;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.io.TextEncoding;
import org.talentcatalog.scoring.internal.Columns;
import org.talentcatalog.scoring.internal.CsvColumns;
import org.talentcatalog.scoring.internal.Gamma;
import org.talentcatalog.scoring.internal.Limits;

/**
 * Delphi expert consensus (德尔菲法专家论证): Kendall's coefficient of concordance with and without
 * tie correction, its χ² test, and per-item mean, SD, CV and full-mark ratio.
 *
 * <p>Ranks are taken within each expert (ascending score, average ranks for ties). Experts who did
 * not rate every item are excluded from W and listed (never silently). When every expert gave every
 * item the same score, W, χ² and the p-value are undefined ({@code null}, with a warning). The full
 * mark defaults to the observed maximum score. Stateless and thread-safe.
 */
public final class ExpertConsensus {

    private ExpertConsensus() {
    }

    /**
     * Reads the long-form CSV {@code expert_id,item_id,score}; an empty score cell is a blank (the pair
     * is treated as not rated).
     *
     * @param reader the CSV text
     * @param source the file name for error locations
     * @return the ratings
     * @throws ScoringException for a missing column, a non-numeric score, a score beyond ±10¹⁵ or a
     *     repeated expert × item pair
     */
    public static List<ExpertRating> readCsv(Reader reader, String source) {
        CsvColumns c = new CsvColumns(reader, source);
        CsvReader csv = c.csv();
        int expert = c.require("expert_id");
        int item = c.require("item_id");
        int score = c.require("score");
        List<ExpertRating> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        while (c.next()) {
            String e = c.text(expert);
            String i = c.text(item);
            if (e.isEmpty() || i.isEmpty()) {
                throw ScoringException.input(csv.location(e.isEmpty() ? expert : item), Messages.CONSENSUS_EMPTY_IDS.text());
            }
            if (seen.put(e + "\u0000" + i, e) != null) {
                throw ScoringException.input(csv.location(item), Messages.CONSENSUS_RATED_TWICE.text(e, i));
            }
            if (!c.blank(score)) {
                out.add(new ExpertRating(e, i, c.number(score, -Limits.MAX_VALUE, false, Limits.MAX_VALUE)));
            }
        }
        return out;
    }

    /**
     * Reads a ratings CSV file.
     *
     * @param file the file, UTF-8 or GB18030 as {@link TextEncoding} detects
     * @return the ratings
     */
    public static List<ExpertRating> readCsv(Path file) {
        try (Reader r = TextEncoding.open(file)) {
            return readCsv(r, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Analyses the ratings.
     *
     * @param ratings one rating per expert × item (duplicates are an error)
     * @param fullMark the full mark (maximum of the scale); {@code null} for the observed maximum score
     * @return W, corrected W, χ², df, p-value and per-item statistics
     * @throws ScoringException with fewer than 2 items or 2 complete experts, a score or full mark that
     *     is not finite or beyond ±10¹⁵, a score above the given full mark, or an item whose mean is 0 (or so near 0 that sd/mean
     *     overflows) while its ratings differ
     */
    public static ConsensusResult analyze(List<ExpertRating> ratings, @Nullable Double fullMark) {
        Map<String, Map<String, Double>> byExpert = new LinkedHashMap<>();
        Map<String, List<Double>> byItem = new LinkedHashMap<>();
        if (fullMark != null && !Limits.inRange(fullMark)) {
            throw ScoringException.input("fullMark", Messages.CONSENSUS_FULL_MARK_OUT_OF_RANGE.text(fullMark,
                    Limits.MAX_VALUE_TEXT));
        }
        for (ExpertRating r : ratings) {
            if (!Limits.inRange(r.score())) {
                throw ScoringException.input(r.expertId() + "/" + r.itemId(),
                        Messages.CONSENSUS_SCORE_OUT_OF_RANGE.text(r.score(), Limits.MAX_VALUE_TEXT));
            }
            if (fullMark != null && r.score() > fullMark) {
                throw ScoringException.input(r.expertId() + "/" + r.itemId(),
                        Messages.CONSENSUS_ABOVE_FULL_MARK.text(r.score(), fullMark));
            }
            double score = r.score() + 0.0; // -0.0 is the score 0
            if (byExpert.computeIfAbsent(r.expertId(), k -> new HashMap<>()).put(r.itemId(), score) != null) {
                throw ScoringException.input(r.expertId() + "/" + r.itemId(), Messages.CONSENSUS_DUPLICATE_RATING.text());
            }
            byItem.computeIfAbsent(r.itemId(), k -> new ArrayList<>()).add(score);
        }
        List<String> items = new ArrayList<>(byItem.keySet());
        int n = items.size();
        List<String> complete = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        byExpert.forEach((e, scores) -> (scores.size() == n ? complete : excluded).add(e));
        int m = complete.size();
        if (n < 2 || m < 2) {
            throw ScoringException.input("ratings", Messages.CONSENSUS_KENDALL_TOO_SMALL.text(n, m));
        }
        double[] rankSums = new double[n];
        double ties = 0;
        for (String e : complete) {
            double[] scores = new double[n];
            for (int j = 0; j < n; j++) {
                scores[j] = byExpert.get(e).get(items.get(j));
            }
            double[] ranks = Columns.averageRanks(scores);
            Map<Double, Integer> groups = new HashMap<>();
            for (int j = 0; j < n; j++) {
                rankSums[j] += ranks[j];
                groups.merge(scores[j], 1, Integer::sum);
            }
            for (int t : groups.values()) {
                ties += (double) t * t * t - t;
            }
        }
        double mean = m * (n + 1) / 2.0;
        double s = 0;
        for (double r : rankSums) {
            s += (r - mean) * (r - mean);
        }
        double base = (double) m * m * ((double) n * n * n - n);
        double denominator = base - m * ties;
        List<ScoringWarning> warnings = new ArrayList<>();
        Double w = null;
        Double wc = null;
        Double chi = null;
        Double p = null;
        if (denominator > 0) {
            w = 12 * s / base;
            wc = 12 * s / denominator;
            chi = m * (n - 1) * wc;
            p = Gamma.chiSquareUpperTail(chi, n - 1);
        } else {
            // every expert tied every item: no ranking, so no agreement to measure
            warnings.add(new ScoringWarning("KENDALL_UNDEFINED", Messages.WARNING_KENDALL_UNDEFINED.text(m, n)));
        }
        double full = fullMark != null ? fullMark
                : ratings.stream().mapToDouble(ExpertRating::score).max().orElse(0) + 0.0;
        List<ItemStatistics> stats = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            double[] x = byItem.get(items.get(j)).stream().mapToDouble(d -> d).toArray();
            double avg = Columns.mean(x);
            double sd = x.length > 1 ? Columns.sampleSd(x) : 0;
            double cv = sd == 0 ? 0 : sd / avg;
            if (!Double.isFinite(cv)) {
                throw ScoringException.method("item " + items.get(j), Messages.CONSENSUS_MEAN_ZERO.text(items.get(j), avg));
            }
            long fulls = java.util.Arrays.stream(x).filter(v -> v == full).count();
            stats.add(new ItemStatistics(items.get(j), x.length, avg, sd, cv, (double) fulls / x.length,
                    rankSums[j] / m));
        }
        return new ConsensusResult(m, n, w, wc, chi, n - 1, p, full,
                fullMark != null ? "configured" : "observed maximum", excluded, stats, warnings);
    }
}
