package org.talentcatalog.render.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.render.Columns;
import org.talentcatalog.render.RenderContext;
import org.talentcatalog.render.spi.Renderer;
import org.talentcatalog.scoring.Consistency;
import org.talentcatalog.scoring.PositionScore;
import org.talentcatalog.scoring.RankInterval;
import org.talentcatalog.scoring.ScoringResult;
import org.talentcatalog.scoring.ScoringWarning;
import org.talentcatalog.scoring.UnscoredPosition;

/**
 * A scoring result for a terminal ({@code text}): the weights, the AHP consistency when there is one,
 * the classification, then a ranked table padded by display width so Chinese names line up, then the
 * positions left unscored and the warnings.
 */
public final class ScoringText implements Renderer<ScoringResult> {

    /** Creates the renderer. */
    public ScoringText() {
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public Class<ScoringResult> type() {
        return ScoringResult.class;
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public void render(ScoringResult r, RenderContext ctx, Appendable out) throws IOException {
        Locale locale = ctx.locale();
        StringBuilder sb = new StringBuilder();
        StringBuilder weights = new StringBuilder();
        r.weights().forEach((k, v) -> weights.append(k).append('=').append(number(v)).append("  "));
        sb.append(Messages.SCORING_WEIGHTS.format(locale, weights.toString())).append('\n');
        Consistency c = r.consistency();
        if (c != null) {
            sb.append(Messages.SCORING_AHP.format(locale, number(c.lambdaMax()), number(c.ci()), number(c.cr()))).append('\n');
        }
        sb.append(r.breaks().isEmpty() ? Messages.SCORING_CLASSIFICATION.format(locale, r.classificationMethod())
                : Messages.SCORING_CLASSIFICATION_BREAKS.format(locale, r.classificationMethod(),
                        r.breaks().stream().map(ScoringText::number).collect(Collectors.joining(", ", "[", "]"))));
        sb.append("\n\n");
        int nameWidth = Math.max(12, r.positions().stream().mapToInt(p -> Columns.width(p.name())).max().orElse(0));
        sb.append(row(Stream.of(Messages.SCORING_COLUMN_RANK, Messages.SCORING_COLUMN_ID, Messages.SCORING_COLUMN_POSITION,
                Messages.SCORING_COLUMN_SCORE, Messages.SCORING_COLUMN_LEVEL, Messages.SCORING_COLUMN_CONFIDENCE,
                Messages.SCORING_COLUMN_INTERVAL).map(m -> m.format(locale)).toArray(String[]::new), nameWidth));
        for (PositionScore p : r.positions()) {
            ShortageLevel l = p.level();
            String level = l != null ? l.label(locale) + " " + l.stars() : Messages.SCORING_NOT_LISTED.format(locale);
            String conf = p.levelConfidence().isPresent()
                    ? String.format(Locale.ROOT, "%.0f%%", 100 * p.levelConfidence().getAsDouble()) : "-";
            RankInterval i = p.rankInterval();
            String interval = i != null ? i.low() + "–" + i.high() : "-";
            sb.append(row(new String[] {String.valueOf(p.rank()), p.id(), p.name(), number(p.score()), level, conf, interval},
                    nameWidth));
        }
        boolean en = ctx.english();
        if (!r.insufficientSample().isEmpty()) {
            sb.append('\n').append(Messages.SCORING_INSUFFICIENT_SAMPLE.format(locale)).append('\n');
            for (UnscoredPosition u : r.insufficientSample()) {
                sb.append("  ").append(u.id()).append(' ').append(u.name()).append(" — ")
                        .append(en ? u.reasonEn() : u.reasonZh()).append('\n');
            }
        }
        for (UnscoredPosition u : r.excluded()) {
            sb.append(Messages.SCORING_EXCLUDED.format(locale, u.id(), en ? u.reasonEn() : u.reasonZh())).append('\n');
        }
        for (ScoringWarning w : r.warnings()) {
            sb.append(Messages.REPORT_WARNING.format(locale, w.text(locale))).append('\n');
        }
        out.append(sb.toString().stripTrailing()).append('\n');
    }

    /** A number with four decimals, as every number of the report but the confidence is shown. */
    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** One table row; columns are padded by display width, so Chinese names line up. */
    private static String row(String[] cells, int nameWidth) {
        int[] widths = {5, 12, nameWidth, 7, 16, 6, 0};
        boolean[] right = {false, false, false, true, false, true, false};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(right[i] ? Columns.padLeft(cells[i], widths[i]) : Columns.padRight(cells[i], widths[i]));
            sb.append(i + 1 < cells.length ? "  " : "\n");
        }
        return sb.toString();
    }
}
