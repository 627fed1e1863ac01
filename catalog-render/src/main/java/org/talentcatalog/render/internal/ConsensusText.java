package org.talentcatalog.render.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Stream;
import org.talentcatalog.render.RenderContext;
import org.talentcatalog.render.spi.Renderer;
import org.talentcatalog.scoring.ConsensusResult;
import org.talentcatalog.scoring.ItemStatistics;
import org.talentcatalog.scoring.ScoringWarning;

/**
 * Expert consensus for a terminal ({@code text}): Kendall's W with its test, the panel, how blanks
 * were handled, then one row of statistics per item.
 */
public final class ConsensusText implements Renderer<ConsensusResult> {

    /** Creates the renderer. */
    public ConsensusText() {
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public Class<ConsensusResult> type() {
        return ConsensusResult.class;
    }

    @Override
    public String mediaType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public void render(ConsensusResult r, RenderContext ctx, Appendable out) throws IOException {
        Locale locale = ctx.locale();
        StringBuilder sb = new StringBuilder();
        Double w = r.w();
        Double wc = r.wCorrected();
        Double chi = r.chiSquare();
        Double p = r.pValue();
        if (w != null && wc != null && chi != null && p != null) {
            sb.append(Messages.CONSENSUS_W.format(locale, number(w), number(wc), number(chi), r.df(),
                    String.format(Locale.ROOT, "%.4g", p)));
        } else {
            sb.append(Messages.CONSENSUS_W_UNDEFINED.format(locale));
        }
        sb.append('\n');
        for (ScoringWarning warning : r.warnings()) {
            sb.append(Messages.REPORT_WARNING.format(locale, warning.text(locale))).append('\n');
        }
        Messages source = r.fullMarkSource().equals("configured")
                ? Messages.CONSENSUS_FULL_MARK_CONFIGURED : Messages.CONSENSUS_FULL_MARK_OBSERVED;
        sb.append(Messages.CONSENSUS_PANEL.format(locale, r.experts(), r.items(), r.fullMark(), source.format(locale))).append('\n');
        sb.append(ctx.english() ? ConsensusResult.BLANK_HANDLING_EN : ConsensusResult.BLANK_HANDLING_ZH);
        sb.append(r.excludedExperts().isEmpty() ? "" : Messages.CONSENSUS_EXCLUDED.format(locale, r.excludedExperts()))
                .append("\n\n");
        sb.append(String.format(Locale.ROOT, "%-16s %6s %8s %8s %8s %10s\n", Stream.of(Messages.CONSENSUS_COLUMN_ITEM,
                Messages.CONSENSUS_COLUMN_N, Messages.CONSENSUS_COLUMN_MEAN, Messages.CONSENSUS_COLUMN_SD,
                Messages.CONSENSUS_COLUMN_CV, Messages.CONSENSUS_COLUMN_FULL_MARK).map(m -> m.format(locale)).toArray()));
        for (ItemStatistics s : r.itemStatistics()) {
            sb.append(String.format(Locale.ROOT, "%-16s %6d %8.3f %8.3f %8.3f %10.3f\n", s.itemId(), s.ratings(), s.mean(),
                    s.sd(), s.cv(), s.fullMarkRatio()));
        }
        out.append(sb.toString().stripTrailing()).append('\n');
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
