package org.talentcatalog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.postings.PostingsAggregation;
import org.talentcatalog.postings.PostingsException;
import org.talentcatalog.postings.PostingsOptions;
import org.talentcatalog.postings.PostingsResult;
import org.talentcatalog.tabular.CatalogDocument;
import org.talentcatalog.tabular.TabularException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code catalog postings POSTINGS… [--catalog CATALOG] [--since DATE] [--window DAYS]
 * [--format json|csv] [--threads N] [--lang zh|en]}: online job postings to indicators ({@link PostingsAggregation}),
 * per catalog position (with {@code --catalog}) or per 2022 occupation code, printed as JSON or as an
 * indicator-table CSV that {@code catalog score --indicators} joins to the survey's, read on every core
 * unless {@code --threads} says otherwise. With CSV output
 * the warnings go to stderr. Exit 0 on success, 2 for bad input or a bad call, with a one-line
 * located error on stderr.
 */
@Command(name = "postings", mixinStandardHelpOptions = true,
        description = {"汇总网络招聘信息：每个岗位（或职业编码）去重后的招聘数、企业数、薪资分位数、在线天数、学历与经验构成和增长率。",
            "Aggregate job postings: per position (or occupation code) postings after de-duplication, employers, "
                + "salary quartiles, days open, education and experience mix, and growth."})
public final class PostingsCommand implements Callable<Integer> {

    private static final String NAME = "catalog postings: ";

    /** The output formats. */
    enum Format {
        json, csv
    }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "POSTINGS",
            description = "postings files: CSV (UTF-8 or GB18030) or JSON Lines (.jsonl)")
    private List<Path> inputs;

    @Option(names = "--catalog", paramLabel = "CATALOG",
            description = "catalog (JSON, CSV, XLSX): group by its positions (default: by 2022 occupation code)")
    private Path template;

    @Option(names = "--since", paramLabel = "DATE", converter = OptionValues.DateValue.class,
            description = "the current period starts on DATE (YYYY-MM-DD); growth compares it with the period of the same length before")
    private LocalDate since;

    @Option(names = "--window", paramLabel = "DAYS", defaultValue = "30",
            description = "postings of one company, position and city less than DAYS apart are one (default: ${DEFAULT-VALUE})")
    private int window;

    @Option(names = "--format", defaultValue = "json", description = "json or csv (default: ${DEFAULT-VALUE})")
    private Format format;

    @Option(names = "--threads", paramLabel = "N", description = "threads to aggregate on (default: every core)")
    private Integer threads;

    @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: zh)")
    private Language lang;

    /** Creates the command (picocli instantiates it). */
    public PostingsCommand() {
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
            if (window < 1 || window > 3660) {
                err.println(NAME + Messages.OPTION_POSITIVE_NUMBER.format(locale, "--window", window));
                err.flush();
                return 2;
            }
            if (threads != null && threads < 1) {
                err.println(NAME + Messages.OPTION_POSITIVE_NUMBER.format(locale, "--threads", threads));
                err.flush();
                return 2;
            }
            PostingsAggregation.Builder b = PostingsAggregation.builder();
            if (threads != null) {
                b.parallelism(threads);
            }
            if (template != null) {
                b.catalog(template());
            }
            reading = inputs.get(0);
            for (Path p : inputs) {
                Failures.reading(p);
            }
            PostingsResult result = b.build().aggregate(inputs).result(new PostingsOptions(window, since));
            Failures.done();
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.print(result.json(locale));
            } else {
                out.print(result.csv());
                result.warnings().forEach(w -> err.println(Messages.SCORE_WARNING.format(locale, w.text(locale))));
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
        } catch (PostingsException e) {
            err.println(NAME + e.describe(locale));
        } catch (UncheckedIOException e) {
            err.println(NAME + Messages.ioError(e.getCause(), reading, locale));
        } catch (IOException e) {
            err.println(NAME + Messages.ioError(e, reading, locale));
        }
        err.flush();
        return 2;
    }

    /** The catalog, read in the format its content tells. */
    private Catalog template() throws CatalogFiles.InputError, IOException {
        Failures.reading(template);
        CatalogDocument doc = new CatalogFiles("postings", lang, null, null).document(template);
        Path json = doc.jsonFile();
        return json != null ? CatalogJson.read(json) : doc.toCatalog();
    }
}
