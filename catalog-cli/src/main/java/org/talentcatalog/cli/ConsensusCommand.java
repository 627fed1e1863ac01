package org.talentcatalog.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.talentcatalog.scoring.ConsensusResult;
import org.talentcatalog.scoring.ExpertConsensus;
import org.talentcatalog.scoring.ItemStatistics;
import org.talentcatalog.scoring.ScoringException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code catalog consensus RATINGS [--format text|json] [--lang zh|en] [--full-mark N]}: Kendall's W
 * and item statistics of Delphi ratings ({@code expert_id,item_id,score}). Exit 0 on success, 2 for
 * bad input, with a one-line located error on stderr.
 */
@Command(name = "consensus", mixinStandardHelpOptions = true,
        description = {"专家意见协调程度（Kendall W）与条目统计。", "Expert consensus (Kendall's W) and item statistics."})
public final class ConsensusCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RATINGS", description = "expert_id,item_id,score (CSV)")
    private Path ratings;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: text)")
    private OutputFormat format;

    @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: zh)")
    private Language lang;

    @Option(names = "--full-mark", paramLabel = "N", description = "full mark of the scale (default: observed maximum)")
    private Double fullMark;

    /** Creates the command (picocli instantiates it). */
    public ConsensusCommand() {
    }

    /**
     * Runs the command.
     *
     * @return 0 on success, 2 for bad input
     */
    @Override
    public Integer call() {
        Locale locale = lang.locale();
        PrintWriter err = spec.commandLine().getErr();
        try {
            ConsensusResult r = ExpertConsensus.analyze(ExpertConsensus.readCsv(ratings),
                    fullMark == null ? OptionalDouble.empty() : OptionalDouble.of(fullMark));
            spec.commandLine().getOut().println(format == OutputFormat.json ? r.toJson(locale) : text(r, locale));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (ScoringException e) {
            err.println(e.describe(locale));
        } catch (UncheckedIOException e) {
            err.println(Messages.ioError(e.getCause(), locale));
        }
        err.flush();
        return 2;
    }

    private static String text(ConsensusResult r, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, en
                ? "Kendall's W = %.4f, tie-corrected W = %.4f, chi-square = %.4f (uses corrected W), df = %d, p = %.4g%n"
                : "Kendall 协调系数 W = %.4f，校正 W = %.4f，χ² = %.4f（按校正 W），自由度 %d，p = %.4g%n",
                r.w(), r.wCorrected(), r.chiSquare(), r.df(), r.pValue()));
        sb.append(String.format(Locale.ROOT, en ? "Experts %d, items %d, full mark %s (%s)%n" : "专家 %d 位，条目 %d 个，满分 %s（%s）%n",
                r.experts(), r.items(), r.fullMark(), en ? r.fullMarkSource()
                        : r.fullMarkSource().equals("configured") ? "指定" : "观测最大值"));
        sb.append(en ? ConsensusResult.BLANK_HANDLING_EN : ConsensusResult.BLANK_HANDLING_ZH);
        sb.append(r.excludedExperts().isEmpty() ? "" : (en ? "; excluded: " : "；排除：") + r.excludedExperts()).append("\n\n");
        sb.append(en ? String.format("%-16s %6s %8s %8s %8s %10s%n", "Item", "n", "Mean", "SD", "CV", "Full-mark")
                : String.format("%-16s %6s %8s %8s %8s %10s%n", "条目", "人数", "均值", "标准差", "变异系数", "满分比"));
        for (ItemStatistics s : r.itemStatistics()) {
            sb.append(String.format(Locale.ROOT, "%-16s %6d %8.3f %8.3f %8.3f %10.3f%n", s.itemId(), s.ratings(), s.mean(),
                    s.sd(), s.cv(), s.fullMarkRatio()));
        }
        return sb.toString().stripTrailing();
    }
}
