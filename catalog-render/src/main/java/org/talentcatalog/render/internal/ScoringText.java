package org.talentcatalog.render.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;
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
        boolean en = ctx.english();
        StringBuilder sb = new StringBuilder();
        sb.append(en ? "Weights: " : "指标权重：");
        r.weights().forEach((k, v) -> sb.append(k).append('=').append(String.format(Locale.ROOT, "%.4f", v)).append("  "));
        sb.append('\n');
        Consistency c = r.consistency();
        if (c != null) {
            sb.append(String.format(Locale.ROOT, en ? "AHP: lambdaMax %.4f, CI %.4f, CR %.4f\n"
                    : "AHP 一致性：λmax %.4f，CI %.4f，CR %.4f\n", c.lambdaMax(), c.ci(), c.cr()));
        }
        sb.append(en ? "Classification: " : "分级方法：").append(r.classificationMethod());
        if (!r.breaks().isEmpty()) {
            sb.append(en ? ", breaks " : "，断点 ").append(r.breaks().stream()
                    .map(b -> String.format(Locale.ROOT, "%.4f", b)).collect(Collectors.joining(", ", "[", "]")));
        }
        sb.append("\n\n");
        int nameWidth = Math.max(12, r.positions().stream().mapToInt(p -> Columns.width(p.name())).max().orElse(0));
        sb.append(row(en ? new String[] {"Rank", "Id", "Position", "Score", "Level", "Conf.", "Rank 5–95%"}
                : new String[] {"排名", "岗位编号", "岗位名称", "得分", "等级", "置信度", "排名区间"}, nameWidth));
        for (PositionScore p : r.positions()) {
            ShortageLevel l = p.level();
            String level = l != null ? (en ? l.en() : l.zh()) + " " + l.stars() : en ? "not listed" : "不列入";
            String conf = p.levelConfidence().isPresent()
                    ? String.format(Locale.ROOT, "%.0f%%", 100 * p.levelConfidence().getAsDouble()) : "-";
            RankInterval i = p.rankInterval();
            String interval = i != null ? i.low() + "–" + i.high() : "-";
            sb.append(row(new String[] {String.valueOf(p.rank()), p.id(), p.name(),
                String.format(Locale.ROOT, "%.4f", p.score()), level, conf, interval}, nameWidth));
        }
        if (!r.insufficientSample().isEmpty()) {
            sb.append('\n').append(en ? "Insufficient sample:" : "样本不足：").append('\n');
            for (UnscoredPosition u : r.insufficientSample()) {
                sb.append("  ").append(u.id()).append(' ').append(u.name()).append(" — ")
                        .append(en ? u.reasonEn() : u.reasonZh()).append('\n');
            }
        }
        for (UnscoredPosition u : r.excluded()) {
            sb.append(en ? "Excluded: " : "未评分：").append(u.id()).append(" — ")
                    .append(en ? u.reasonEn() : u.reasonZh()).append('\n');
        }
        for (ScoringWarning w : r.warnings()) {
            sb.append(en ? "Warning: " : "警告：").append(w.text(ctx.locale())).append('\n');
        }
        out.append(sb.toString().stripTrailing()).append('\n');
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
