package org.talentcatalog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.talentcatalog.scoring.ScoringConfig;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.ScoringResult;
import org.talentcatalog.scoring.ShortageScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code catalog score INPUT --config CONFIG [--format text|json] [--lang zh|en] [--out FILE]}: scores
 * survey samples or an indicator table (recognised from the CSV header). Exit 0 on success, 2 for bad
 * input or a bad call, with a one-line located error on stderr.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"评价岗位急需紧缺程度（调研样本或指标表 CSV）。", "Score shortage from survey samples or an indicator table (CSV)."})
public final class ScoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "survey samples or indicator table (CSV)")
    private Path input;

    @Option(names = "--config", required = true, paramLabel = "CONFIG", description = "scoring configuration (JSON)")
    private Path config;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: text)")
    private OutputFormat format;

    @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: zh)")
    private Language lang;

    @Option(names = "--out", paramLabel = "FILE", description = "write the result to FILE instead of stdout")
    private Path out;

    /** Creates the command (picocli instantiates it). */
    public ScoreCommand() {
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
            ScoringResult result = ShortageScorer.of(ScoringConfig.read(config)).score(input);
            String text = format == OutputFormat.json ? result.toJson(locale) : ScoreTextRenderer.render(result, locale);
            if (out != null) {
                Files.writeString(out, text + System.lineSeparator(), StandardCharsets.UTF_8);
            } else {
                spec.commandLine().getOut().println(text);
                spec.commandLine().getOut().flush();
            }
            return 0;
        } catch (ScoringException e) {
            err.println(e.describe(locale));
        } catch (UncheckedIOException e) {
            err.println(Messages.ioError(e.getCause(), locale));
        } catch (IOException e) {
            err.println(Messages.ioError(e, locale));
        }
        err.flush();
        return 2;
    }
}
