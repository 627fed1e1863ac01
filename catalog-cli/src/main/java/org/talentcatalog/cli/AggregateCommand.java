package org.talentcatalog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.Position;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.SurveyAggregate;
import org.talentcatalog.scoring.SurveyAggregateReport;
import org.talentcatalog.scoring.SurveyAggregation;
import org.talentcatalog.scoring.SurveyOptions;
import org.talentcatalog.tabular.CatalogDocument;
import org.talentcatalog.tabular.TabularException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code catalog aggregate SAMPLES.csv [--catalog TEMPLATE] [--format json|csv] [--threads N]
 * [--min-respondents N] [--lang zh|en]}: the survey aggregation alone, on every core
 * ({@link SurveyAggregation}), printed as {@link SurveyAggregateReport} JSON or as an indicator-table
 * CSV that {@code catalog score} reads. With {@code --catalog}, positions take the catalog's names and
 * positions found on one side only are warnings. With CSV output the warnings go to stderr. Exit 0 on
 * success, 2 for bad input or a bad call, with a one-line located error on stderr.
 */
@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = {"汇总调研样本：每个岗位的标准指标、调研对象与来源（使用全部处理器核心）。",
            "Aggregate survey samples: the standard indicators, respondents and sources per position (on every core)."})
public final class AggregateCommand implements Callable<Integer> {

    private static final String NAME = "catalog aggregate: ";

    /** The output formats. */
    enum Format {
        json, csv
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SAMPLES", description = "survey samples (CSV, UTF-8 or GB18030)")
    private Path input;

    @Option(names = "--catalog", paramLabel = "TEMPLATE",
            description = "catalog (JSON, CSV, XLSX): its position names; positions on one side only are warnings")
    private Path template;

    @Option(names = "--format", defaultValue = "json", description = "json or csv (default: ${DEFAULT-VALUE})")
    private Format format;

    @Option(names = "--threads", paramLabel = "N", description = "threads to aggregate on (default: every core)")
    private Integer threads;

    @Option(names = "--min-respondents", paramLabel = "N", defaultValue = "1",
            description = "warn about positions with fewer respondents (default: ${DEFAULT-VALUE})")
    private int minRespondents;

    @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: zh)")
    private Language lang;

    /** Creates the command (picocli instantiates it). */
    public AggregateCommand() {
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
        Path reading = template;
        try {
            if (threads != null && threads < 1) {
                err.println(NAME + Messages.OPTION_POSITIVE_NUMBER.format(locale, "--threads", threads));
                err.flush();
                return 2;
            }
            Map<String, String> catalog = template == null ? null : names(template());
            reading = input;
            Failures.reading(input);
            SurveyAggregation.Builder b = SurveyAggregation.builder();
            if (threads != null) {
                b.parallelism(threads);
            }
            SurveyAggregate aggregate = b.build().aggregate(input);
            Failures.done();
            SurveyAggregateReport report = SurveyAggregateReport.of(aggregate, SurveyOptions.DEFAULT,
                    minRespondents, catalog);
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.print(report.json(locale));
            } else {
                out.print(report.csv());
                report.warnings().forEach(w -> err.println(Messages.SCORE_WARNING.format(locale, w.text(locale))));
            }
            out.flush();
            err.flush();
            return 0;
        } catch (CatalogFiles.InputError e) {
            err.println(e.getMessage());
        } catch (CatalogJsonException e) {
            err.println(NAME + Messages.located(template, e.issue(), locale));
        } catch (TabularException e) {
            err.println(NAME + Messages.located(template, e.issue(), locale));
        } catch (ScoringException e) {
            err.println(NAME + e.describe(locale));
        } catch (UncheckedIOException e) {
            err.println(NAME + Messages.ioError(e.getCause(), reading, locale));
        } catch (IOException e) {
            err.println(NAME + Messages.ioError(e, reading, locale));
        }
        err.flush();
        return 2;
    }

    private static Map<String, String> names(Catalog catalog) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Position p : catalog.positions()) {
            if (p.id() != null) {
                out.putIfAbsent(p.id(), p.name() == null ? "" : p.name().zh());
            }
        }
        return out;
    }

    /** The catalog, read in the format its content tells; a JSON catalog is bound from the file, its errors at line and column. */
    private Catalog template() throws CatalogFiles.InputError, IOException {
        Failures.reading(template);
        CatalogDocument doc = new CatalogFiles("aggregate", lang, null, null).document(template);
        Path json = doc.jsonFile();
        return json != null ? CatalogJson.read(json) : doc.toCatalog();
    }
}
