package org.talentcatalog.render.internal;

import java.io.IOException;
import java.util.Locale;
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
        boolean en = ctx.english();
        StringBuilder sb = new StringBuilder();
        Double w = r.w();
        Double wc = r.wCorrected();
        Double chi = r.chiSquare();
        Double p = r.pValue();
        if (w != null && wc != null && chi != null && p != null) {
            sb.append(String.format(Locale.ROOT, en
                    ? "Kendall's W = %.4f, tie-corrected W = %.4f, chi-square = %.4f (uses corrected W), df = %d, p = %.4g\n"
                    : "Kendall 协调系数 W = %.4f，校正 W = %.4f，χ² = %.4f（按校正 W），自由度 %d，p = %.4g\n",
                    w, wc, chi, r.df(), p));
        } else {
            sb.append(en ? "Kendall's W: undefined\n" : "Kendall 协调系数 W：无定义\n");
        }
        for (ScoringWarning warning : r.warnings()) {
            sb.append(en ? "Warning: " : "警告：").append(warning.text(ctx.locale())).append('\n');
        }
        sb.append(String.format(Locale.ROOT, en ? "Experts %d, items %d, full mark %s (%s)\n" : "专家 %d 位，条目 %d 个，满分 %s（%s）\n",
                r.experts(), r.items(), r.fullMark(), en ? r.fullMarkSource()
                        : r.fullMarkSource().equals("configured") ? "指定" : "观测最大值"));
        sb.append(en ? ConsensusResult.BLANK_HANDLING_EN : ConsensusResult.BLANK_HANDLING_ZH);
        sb.append(r.excludedExperts().isEmpty() ? "" : (en ? "; excluded: " : "；排除：") + r.excludedExperts()).append("\n\n");
        sb.append(en ? String.format("%-16s %6s %8s %8s %8s %10s\n", "Item", "n", "Mean", "SD", "CV", "Full-mark")
                : String.format("%-16s %6s %8s %8s %8s %10s\n", "条目", "人数", "均值", "标准差", "变异系数", "满分比"));
        for (ItemStatistics s : r.itemStatistics()) {
            sb.append(String.format(Locale.ROOT, "%-16s %6d %8.3f %8.3f %8.3f %10.3f\n", s.itemId(), s.ratings(), s.mean(),
                    s.sd(), s.cv(), s.fullMarkRatio()));
        }
        out.append(sb.toString().stripTrailing()).append('\n');
    }
}
