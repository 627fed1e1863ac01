package org.talentcatalog.lifecycle.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talentcatalog.lifecycle.BackTest;
import org.talentcatalog.lifecycle.EffectEvaluation;
import org.talentcatalog.lifecycle.EffectEvaluation.Interval;
import org.talentcatalog.lifecycle.EffectEvaluation.PositionEffect;
import org.talentcatalog.lifecycle.Evaluation;
import org.talentcatalog.model.ShortageLevel;

/**
 * The evaluation as a Markdown report a bureau can attach to its evaluation (seed 十一): the
 * difference in differences with its interval, the two groups, and a chart-ready table per level
 * (mean before, mean after and mean change per indicator, over the level's positions in both waves).
 */
public final class EvaluationMarkdown {

    private EvaluationMarkdown() {
    }

    /** The report in a language; the back-test's section when one is given. */
    public static String write(EffectEvaluation e, BackTest backTest, String catalogTitle, Locale locale) {
        StringBuilder md = new StringBuilder();
        md.append(Messages.MD_TITLE.format(locale, catalogTitle)).append("\n\n");
        md.append(Messages.MD_GROUPS.format(locale, e.listed().positions(), e.unlisted().positions())).append("\n\n");
        md.append(Messages.MD_DID_HEADING.format(locale)).append("\n\n");
        md.append(Messages.MD_DID_HEADER.format(locale)).append("\n|---|---:|---:|---:|---:|\n");
        for (String ind : Evaluation.INDICATORS) {
            Interval i = e.intervals().get(ind);
            md.append("| ").append(indicator(ind, locale)).append(" | ").append(number(e.listed().meanChange().get(ind)))
                    .append(" | ").append(number(e.unlisted().meanChange().get(ind)))
                    .append(" | ").append(number(e.differenceInDifferences().get(ind)))
                    .append(" | ").append(i == null ? "—" : "[" + number(i.low()) + ", " + number(i.high()) + "]").append(" |\n");
        }
        md.append('\n').append(Messages.MD_DID_NOTE.format(locale)).append("\n\n");
        List<ShortageLevel> levels = List.of(ShortageLevel.VERY_SCARCE, ShortageLevel.SCARCE, ShortageLevel.GENERALLY_SCARCE);
        for (ShortageLevel level : levels) {
            table(md, level.label(locale), e.positions().stream().filter(p -> p.listed() && p.level() == level).toList(), locale);
        }
        table(md, Messages.MD_LISTED_WITHOUT_LEVEL.format(locale), e.positions().stream().filter(p -> p.listed() && p.level() == null).toList(), locale);
        table(md, Messages.MD_UNLISTED.format(locale), e.positions().stream().filter(p -> !p.listed()).toList(), locale);
        if (backTest != null) {
            md.append(Messages.MD_BACKTEST_HEADING.format(locale)).append("\n\n");
            md.append(Messages.MD_BACKTEST.format(locale, number(backTest.kappa()), backTest.positions(),
                    number(backTest.spearman()), backTest.scored())).append("\n\n");
            md.append(Messages.MD_BACKTEST_MOVES.format(locale, ids(backTest.stayed()), ids(backTest.entered()), ids(backTest.left()))).append('\n');
        }
        return md.toString();
    }

    private static void table(StringBuilder md, String heading, List<PositionEffect> positions, Locale locale) {
        List<PositionEffect> both = new ArrayList<>();
        for (PositionEffect p : positions) {
            if (!p.before().isEmpty() && !p.after().isEmpty()) {
                both.add(p);
            }
        }
        if (positions.isEmpty()) {
            return;
        }
        md.append("### ").append(heading).append("\n\n");
        md.append(Messages.MD_LEVEL_COUNT.format(locale, positions.size(), both.size())).append("\n\n");
        md.append(Messages.MD_LEVEL_HEADER.format(locale)).append("\n|---|---:|---:|---:|---:|\n");
        for (String ind : Evaluation.INDICATORS) {
            double b = 0;
            double a = 0;
            int n = 0;
            for (PositionEffect p : both) {
                Map<String, Double> change = p.change();
                if (change.containsKey(ind)) {
                    b += p.before().get(ind);
                    a += p.after().get(ind);
                    n++;
                }
            }
            md.append("| ").append(indicator(ind, locale)).append(" | ").append(n).append(" | ")
                    .append(n == 0 ? "—" : number(b / n)).append(" | ").append(n == 0 ? "—" : number(a / n))
                    .append(" | ").append(n == 0 ? "—" : number((a - b) / n)).append(" |\n");
        }
        md.append('\n');
    }

    private static String indicator(String id, Locale locale) {
        return Messages.valueOf("MD_INDICATOR_" + id.toUpperCase(Locale.ROOT)).format(locale);
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "—" : String.join(", ", ids);
    }

    static String number(Double value) {
        if (value == null) {
            return "—";
        }
        return new java.math.BigDecimal(value).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
