package org.talentcatalog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.talentcatalog.lifecycle.BackTest;
import org.talentcatalog.lifecycle.EffectEvaluation;
import org.talentcatalog.lifecycle.Evaluation;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.io.FileReadException;
import org.talentcatalog.model.io.InputFiles;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.SurveyData;
import org.talentcatalog.scoring.SurveyOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code catalog evaluate CATALOG --before BEFORE.csv --after AFTER.csv [--next NEXT] [--format
 * markdown|json] [--replicates N] [--seed S] [--lang zh|en]}: the effect evaluation of a catalog
 * between two survey waves ({@link Evaluation}) and, with {@code --next}, the back-test against the
 * next edition ({@link BackTest}), on standard output. Exit 0; 2 for unreadable input or a wrong call.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"评估目录实施效果（两轮调查的双重差分）并与下一版回溯比较。",
            "Evaluate a catalog's effect between two survey waves (difference in differences) and back-test it against the next edition."},
        footer = {"", "退出码 / exit codes: 0 成功 ok, 2 无法读取或用法错误 unreadable input or wrong call."})
final class EvaluateCommand implements Callable<Integer> {

    enum Format { markdown, json }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CATALOG", description = "已发布的目录 the published catalog (.json, .csv, .xlsx)")
    private Path catalog;

    @Option(names = "--before", required = true, paramLabel = "BEFORE.csv", description = "前一轮调查样本 first survey wave (scoring format)")
    private Path before;

    @Option(names = "--after", required = true, paramLabel = "AFTER.csv", description = "后一轮调查样本 second survey wave (scoring format)")
    private Path after;

    @Option(names = "--next", paramLabel = "NEXT", description = "下一版目录，用于回溯检验 the next edition, for the back-test")
    private Path next;

    @Option(names = "--format", defaultValue = "markdown", description = "输出格式 output format: ${COMPLETION-CANDIDATES} (默认 default: ${DEFAULT-VALUE})")
    private Format format;

    @Option(names = "--replicates", defaultValue = "1000", paramLabel = "N",
            description = "自助法重抽样次数 bootstrap replicates, 0 to 100000 (默认 default: ${DEFAULT-VALUE})")
    private int replicates;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "随机种子 seed (默认 default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--lang", defaultValue = "zh", description = "语言 language: zh, en (默认 default: ${DEFAULT-VALUE})")
    private Language lang;

    @Mixin
    private InputOptions input;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (replicates < 0 || replicates > Evaluation.MAX_REPLICATES) {
            err.println("catalog evaluate: " + Messages.EVALUATE_REPLICATES.format(lang.locale(), replicates, Evaluation.MAX_REPLICATES));
            err.flush();
            return Main.EXIT_UNREADABLE;
        }
        return CatalogFiles.reporting(err, () -> {
            CatalogFiles files = input.files("evaluate", lang);
            Catalog edition = files.read(catalog);
            Catalog following = next == null ? null : files.read(next);
            SurveyData first;
            SurveyData second;
            Path reading = before;
            try {
                first = survey(before);
                reading = after;
                second = survey(after);
            } catch (ScoringException e) {
                return fail(err, e.describe(lang.locale()));
            } catch (FileReadException e) {
                return fail(err, e.message(lang.locale()));
            } catch (UncheckedIOException e) {
                return fail(err, Messages.ioError(e.getCause(), reading, lang.locale()));
            } catch (IOException e) {
                return fail(err, Messages.ioError(e, reading, lang.locale()));
            }
            Failures.done();
            EffectEvaluation e = Evaluation.evaluate(edition, first, second,
                    new Evaluation.Options(replicates, seed, 0.95, SurveyOptions.DEFAULT));
            BackTest backTest = following == null ? null : BackTest.compare(edition, following);
            String title = edition.title() == null ? String.valueOf(edition.id()) : edition.title().in(lang.locale());
            PrintWriter out = spec.commandLine().getOut();
            out.print(format == Format.json ? Evaluation.json(e, backTest) : Evaluation.markdown(e, backTest, title, lang.locale()));
            out.flush();
            return Main.EXIT_OK;
        });
    }

    private static SurveyData survey(Path file) throws IOException {
        Failures.reading(file);
        InputFiles.requireRegular(file);
        return SurveyData.read(file);
    }

    private static int fail(PrintWriter err, String message) {
        err.println("catalog evaluate: " + message);
        err.flush();
        return Main.EXIT_UNREADABLE;
    }
}
