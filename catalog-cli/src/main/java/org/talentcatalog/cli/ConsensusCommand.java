package org.talentcatalog.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.talentcatalog.render.RenderContext;
import org.talentcatalog.render.spi.Renderer;
import org.talentcatalog.scoring.ConsensusResult;
import org.talentcatalog.scoring.ExpertConsensus;
import org.talentcatalog.scoring.ExpertRating;
import org.talentcatalog.scoring.ScoringException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code catalog consensus RATINGS [--format text|json] [--lang zh|en] [--full-mark N]}: Kendall's W
 * and item statistics of Delphi ratings ({@code expert_id,item_id,score}), in any format registered for
 * a {@link ConsensusResult} (see {@link Formats}). Exit 0 on success, 2 for bad input or an unknown
 * format, with a one-line located error on stderr.
 */
@Command(name = "consensus", mixinStandardHelpOptions = true,
        description = {"专家意见协调程度（Kendall W）与条目统计。", "Expert consensus (Kendall's W) and item statistics."})
public final class ConsensusCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RATINGS", description = "expert_id,item_id,score (CSV)")
    private Path ratings;

    @Option(names = "--format", defaultValue = "text", completionCandidates = Formats.OfConsensus.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: zh)")
    private Language lang;

    @Option(names = "--full-mark", paramLabel = "N", converter = OptionValues.PositiveNumberValue.class,
            description = "full mark of the scale, a number above 0 (default: observed maximum)")
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
        Renderer<ConsensusResult> renderer = Formats.resolve(ConsensusResult.class, format, "catalog consensus", lang, err);
        if (renderer == null) {
            return 2;
        }
        Failures.reading(ratings);
        try {
            List<ExpertRating> read = ExpertConsensus.readCsv(ratings);
            Failures.done();
            ConsensusResult r = ExpertConsensus.analyze(read, fullMark);
            spec.commandLine().getOut().print(renderer.render(r, RenderContext.of(locale)));
            spec.commandLine().getOut().flush();
            return 0;
        } catch (ScoringException e) {
            err.println("catalog consensus: " + e.describe(locale));
        } catch (UncheckedIOException e) {
            err.println("catalog consensus: " + Messages.ioError(e.getCause(), ratings, locale));
        }
        err.flush();
        return 2;
    }
}
