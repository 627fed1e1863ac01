package org.talentcatalog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.model.io.AtomicFiles;
import org.talentcatalog.model.io.FileWriteException;
import org.talentcatalog.render.RenderContext;
import org.talentcatalog.render.spi.Renderer;
import org.talentcatalog.scoring.CatalogDraft;
import org.talentcatalog.scoring.IndicatorTable;
import org.talentcatalog.scoring.CatalogDrafts;
import org.talentcatalog.scoring.ScoringConfig;
import org.talentcatalog.scoring.ScoringException;
import org.talentcatalog.scoring.ScoringResult;
import org.talentcatalog.scoring.ScoringWarning;
import org.talentcatalog.scoring.ShortageScorer;
import org.talentcatalog.tabular.CatalogDocument;
import org.talentcatalog.tabular.CatalogFormats;
import org.talentcatalog.tabular.TabularException;
import org.talentcatalog.tabular.WriteOptions;
import org.talentcatalog.tabular.spi.CatalogFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code catalog score INPUT --config CONFIG [--format text|json] [--lang zh|en] [--catalog TEMPLATE]
 * [--out FILE] [--indicators FILE]…}: scores survey samples or an indicator table (recognised from the CSV header) and prints
 * the result in any format registered for a {@link ScoringResult} (see {@link Formats}). Without
 * {@code --catalog}, {@code --out} receives the result instead of stdout. With {@code --catalog}, the
 * result goes to stdout and {@code --out} (then required) receives the draft catalog built by
 * {@link CatalogDrafts}, written atomically (temporary file, then move); what the draft leaves out is
 * listed on stderr as warnings. The template and the draft are in any format of
 * {@link CatalogFormats#standard()}: the template told by its content, the draft by the extension of
 * {@code --out} (JSON when no format has it). With {@code --catalog}, survey rows that give a
 * {@code position_name} but no {@code position_id} are placed on the template's positions
 * ({@code TemplateResolver}); rows placed with low confidence are left out and listed in the result's
 * warnings. Each {@code --indicators} table (e.g. from {@code catalog postings --format csv}) is joined
 * to the input's indicators by position id ({@link ShortageScorer#score(Path,
 * org.talentcatalog.scoring.spi.PositionResolver, List)}); an indicator in two tables is an error.
 * Exit 0 on success, 2 for bad input or a bad call, with a one-line
 * located error on stderr.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"评价岗位急需紧缺程度（调研样本或指标表 CSV）。", "Score shortage from survey samples or an indicator table (CSV)."})
public final class ScoreCommand implements Callable<Integer> {

    private static final String NAME = "catalog score: ";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "survey samples or indicator table (CSV)")
    private Path input;

    @Option(names = "--config", required = true, paramLabel = "CONFIG", description = "scoring configuration (JSON)")
    private Path config;

    @Option(names = "--format", defaultValue = "text", completionCandidates = Formats.OfScoring.class,
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: zh)")
    private Language lang;

    @Option(names = "--catalog", paramLabel = "TEMPLATE",
            description = "catalog template (JSON, CSV, XLSX): also write a draft catalog with the computed shortage to --out")
    private Path template;

    @Option(names = "--out", paramLabel = "FILE",
            description = "with --catalog: the draft catalog; otherwise: write the result to FILE instead of stdout")
    private Path out;

    @Option(names = "--consultation-sheet", paramLabel = "SPLIT.xlsx",
            description = "写出征求意见分组表：确定列入、重点征求意见、确定不列入 write which positions to consult on (needs the bootstrap)")
    private Path consultationSheet;

    @Option(names = "--confidence", paramLabel = "P", defaultValue = "0.9", converter = OptionValues.PositiveNumberValue.class,
            description = "确定所需的等级概率 the level probability that makes a position confident, in (0, 1] (默认 default: ${DEFAULT-VALUE})")
    private double confidence;

    @Option(names = "--indicators", paramLabel = "FILE",
            description = "并入其他指标表（如 catalog postings --format csv），按岗位编号合并 join another indicator table "
                + "(e.g. from catalog postings --format csv) by position id; repeatable")
    private List<Path> indicators = new ArrayList<>();

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
        Renderer<ScoringResult> renderer = Formats.resolve(ScoringResult.class, format, "catalog score", lang, err);
        if (renderer == null) {
            return 2;
        }
        if (template != null && out == null) {
            err.println(Messages.SCORE_CATALOG_NEEDS_OUT.format(lang.locale()));
            err.flush();
            return 2;
        }
        Path reading = template;
        try {
            Catalog base = template == null ? null : template();
            reading = read(config);
            ScoringConfig scoring = ScoringConfig.read(config);
            reading = read(input);
            ShortageScorer scorer = ShortageScorer.of(scoring);
            // With a template, survey rows naming their position only in position_name are placed on its positions.
            List<IndicatorTable> joined = new ArrayList<>();
            for (Path p : indicators) {
                reading = read(p);
                joined.add(IndicatorTable.readCsv(p));
            }
            reading = read(input);
            ScoringResult result = scorer.score(input, base == null ? null : new TemplateResolver(base), joined);
            reading = null;
            Failures.done();
            String text = renderer.render(result, RenderContext.of(locale));
            if (consultationSheet != null && !ConsultationSheet.write(result, confidence, consultationSheet, locale, err)) {
                return 2;
            }
            if (base != null) {
                CatalogDraft draft = CatalogDrafts.draft(base, result, scoring);
                CatalogFormats formats = CatalogFormats.standard();
                CatalogFormat to = formats.forExtension(out).orElseGet(() -> formats.byName("json"));
                to.write(draft.catalog(), out, WriteOptions.defaults());
                for (ScoringWarning w : draft.warnings()) {
                    err.println(Messages.SCORE_WARNING.format(lang.locale(), w.text(locale)));
                }
                err.flush();
            }
            if (out != null && base == null) {
                AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
            } else {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
            }
            return 0;
        } catch (CatalogFiles.InputError e) {
            err.println(e.getMessage());
        } catch (CatalogJsonException e) {
            err.println(NAME + Messages.located(template, e.issue(), locale));
        } catch (TabularException e) {
            err.println(NAME + Messages.located(template, e.issue(), locale));
        } catch (FileWriteException e) {
            err.println(NAME + e.message(locale));
        } catch (ScoringException e) {
            // a configuration member ($.weighting.alpha) is placed in the configuration file; data problems name their file
            String cell = e.issue().cell();
            err.println(NAME + (cell != null && cell.startsWith("$") ? config + ": " : "") + e.describe(locale));
        } catch (UncheckedIOException e) {
            err.println(NAME + Messages.ioError(e.getCause(), reading, locale));
        } catch (IOException e) {
            err.println(NAME + Messages.ioError(e, reading, locale));
        }
        err.flush();
        return 2;
    }

    /** Notes that {@code file} is being read; returns it. */
    private static Path read(Path file) {
        Failures.reading(file);
        return file;
    }

    /** The template, read in the format its content tells; a JSON template is bound from the file, its errors at line and column. */
    private Catalog template() throws CatalogFiles.InputError {
        CatalogDocument doc = new CatalogFiles("score", lang, null, null).document(template);
        Path json = doc.jsonFile();
        return json != null ? CatalogJson.read(json) : doc.toCatalog();
    }
}
