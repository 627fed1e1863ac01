package org.talentcatalog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.model.io.CsvException;
import org.talentcatalog.normalize.Coding;
import org.talentcatalog.normalize.LabelledTitle;
import org.talentcatalog.normalize.NormalizeException;
import org.talentcatalog.normalize.PositionMatch;
import org.talentcatalog.normalize.PositionMatcher;
import org.talentcatalog.normalize.ReviewedAliases;
import org.talentcatalog.normalize.TitleCoder;
import org.talentcatalog.tabular.TabularException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code catalog normalize TITLES.(csv|xlsx) [--column NAME] [--top K] [--catalog CATALOG]
 * [--aliases REVIEWED] [--format text|json|csv] [--lang zh|en]}: codes every job title of a table to
 * 2022 occupation codes ({@link TitleCoder}) and, with {@code --catalog}, to the catalog's positions
 * ({@link PositionMatcher}). The title column is {@code --column}, else the first column named
 * {@code job_name}, {@code title}, {@code 岗位名称} or {@code 职位名称}, else the first. Rows stream in and
 * results stream out in input order, one per data row; a title seen among the last
 * {@value #CACHE} distinct titles is coded once. {@code --format csv} writes the reviewer's sheet (one
 * row per title not seen before). Exit 0; 2 for an unreadable input or a wrong call, located.
 */
@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = {"把岗位名称（招聘标题、调研填写）规范为 2022 版职业代码，并可匹配目录岗位。",
            "Code job titles (postings, survey answers) to 2022 occupation codes and, optionally, a catalog's positions."},
        footer = {"", "示例 / example: catalog normalize examples/data/titles/posting-titles.csv --catalog examples/data/catalogs/sh-ic-2024.json",
            "退出码 / exit codes: 0 成功 ok, 2 无法读取或用法错误 unreadable input or wrong call."})
final class NormalizeCommand implements Callable<Integer> {

    /** The most distinct titles whose codings are remembered. */
    static final int CACHE = 10_000;
    /** Titles longer than this are coded every time rather than remembered. */
    private static final int CACHED_LENGTH = 256;
    private static final List<String> TITLE_COLUMNS = List.of("job_name", "title", "岗位名称", "职位名称");
    private static final String NAME = "catalog normalize: ";

    @Spec
    private CommandSpec spec;

    /** The file being read, for an I/O failure's message. */
    private Path reading;

    @Parameters(index = "0", paramLabel = "TITLES", description = "岗位名称表 / a table of job titles (CSV, XLSX)")
    private Path titles;

    @Option(names = "--column", paramLabel = "NAME", description = "标题列 / the title column (默认 default: job_name, title, 岗位名称, 职位名称, else the first)")
    private String column;

    @Option(names = "--top", defaultValue = "3", paramLabel = "K", description = "每个标题列出的候选代码数 1–10 / candidates per title (默认 default: ${DEFAULT-VALUE})")
    private int top;

    @Option(names = "--catalog", paramLabel = "CATALOG", description = "匹配该目录的岗位 / also match the catalog's positions (JSON, CSV, XLSX)")
    private Path catalog;

    @Option(names = "--aliases", paramLabel = "REVIEWED", description = "复核后的复核表 / a reviewed sheet (CSV, XLSX) whose reviewed_code rows teach the coder")
    private Path aliases;

    @Option(names = "--format", defaultValue = "text", description = "输出格式 output format: text, json, csv (复核表 the reviewer's sheet) (默认 default: ${DEFAULT-VALUE})")
    private NormalizeOutput.Format format;

    @Option(names = "--lang", defaultValue = "zh", description = "zh, en (默认 default: ${DEFAULT-VALUE})")
    private Language lang;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = lang.locale();
        if (top < 1 || top > TitleCoder.MAX_CANDIDATES) {
            err.println(NAME + Messages.NORMALIZE_TOP_RANGE.format(locale, TitleCoder.MAX_CANDIDATES, top));
            err.flush();
            return Main.EXIT_UNREADABLE;
        }
        return CatalogFiles.reporting(err, () -> {
            try {
                return run(locale);
            } catch (NormalizeException e) {
                throw new CatalogFiles.InputError(NAME + e.describe(locale), Main.EXIT_UNREADABLE);
            } catch (CsvException e) {
                throw new CatalogFiles.InputError(NAME + e.location() + ": " + e.text().in(locale), Main.EXIT_UNREADABLE);
            } catch (TabularException e) {
                String cell = e.issue().cell();
                throw new CatalogFiles.InputError(NAME + (cell == null ? "" : cell + ": ") + e.issue().message(locale), Main.EXIT_UNREADABLE);
            } catch (TitleRows.Refused e) {
                throw new CatalogFiles.InputError(NAME + titles + ": " + e.getMessage(), Main.EXIT_UNREADABLE);
            } catch (UncheckedIOException e) {
                throw new CatalogFiles.InputError(NAME + Messages.ioError(e.getCause(), reading, locale), Main.EXIT_UNREADABLE);
            } catch (IOException e) {
                throw new CatalogFiles.InputError(NAME + Messages.ioError(e, reading, locale), Main.EXIT_UNREADABLE);
            }
        });
    }

    private int run(Locale locale) throws CatalogFiles.InputError, IOException, TitleRows.Refused {
        TitleCoder coder = coder();
        PositionMatcher matcher = null;
        if (catalog != null) {
            Catalog c = new CatalogFiles("normalize", lang, null, null).read(catalog);
            matcher = PositionMatcher.of(c, coder);
        }
        requireFile(titles);
        NormalizeOutput out = NormalizeOutput.of(format, spec.commandLine().getOut(), locale, top, matcher != null);
        Map<String, Coded> cache = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Coded> eldest) {
                return size() > CACHE;
            }
        };
        PositionMatcher m = matcher;
        int[] titleColumn = {-1};
        TitleRows.read(titles, locale, (row, cells, place) -> {
            if (titleColumn[0] < 0) {
                titleColumn[0] = titleColumn(cells, place);
                out.start();
                return;
            }
            String title = titleColumn[0] < cells.size() ? cells.get(titleColumn[0]).strip() : "";
            Coded hit = cache.get(title);
            if (hit == null) {
                hit = m == null ? new Coded(coder.code(title), null) : Coded.of(m.match(title, 3));
                if (title.length() <= CACHED_LENGTH) {
                    cache.put(title, hit);
                }
                out.result(row, hit.coding(), hit.match(), false);
            } else {
                out.result(row, hit.coding(), hit.match(), true);
            }
        });
        if (titleColumn[0] < 0) {
            out.start();
        }
        out.finish();
        return Main.EXIT_OK;
    }

    /** A title's coding and, with a catalog, its position match. */
    record Coded(Coding coding, PositionMatch match) {
        static Coded of(PositionMatch m) {
            return new Coded(m.coding(), m);
        }
    }

    private TitleCoder coder() throws IOException, TitleRows.Refused, CatalogFiles.InputError {
        int candidates = Math.max(top, 5);
        if (aliases == null) {
            return candidates == 5 ? TitleCoder.defaults() : TitleCoder.builder().candidates(candidates).build();
        }
        requireFile(aliases);
        ReviewedAliases reader = new ReviewedAliases(OccupationCodes.defaults());
        boolean[] header = {true};
        TitleRows.read(aliases, lang.locale(), (row, cells, place) -> {
            if (header[0]) {
                reader.header(cells, place.apply(0));
                header[0] = false;
            } else {
                reader.row(cells, place);
            }
        });
        if (header[0]) {
            reader.header(List.of(), aliases.toString());
        }
        List<LabelledTitle> taught = reader.aliases();
        return TitleCoder.builder().aliases(taught).candidates(candidates).build();
    }

    /** The title column: --column, else a known name, else the first. */
    private int titleColumn(List<String> header, IntFunction<String> place) {
        if (column != null) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().equals(column.strip())) {
                    return i;
                }
            }
            throw new NormalizeException(org.talentcatalog.model.LocalizedText.of(
                    place.apply(0) + ": " + Messages.NORMALIZE_NO_COLUMN.format(Locale.CHINESE, column, String.join(", ", header)),
                    place.apply(0) + ": " + Messages.NORMALIZE_NO_COLUMN.format(Locale.ENGLISH, column, String.join(", ", header))));
        }
        for (String known : TITLE_COLUMNS) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(known)) {
                    return i;
                }
            }
        }
        return 0;
    }

    /** Notes that {@code file} is read next; a missing file or a directory is refused here. */
    private void requireFile(Path file) throws CatalogFiles.InputError {
        reading = file;
        Failures.reading(file);
        if (!Files.exists(file) || Files.isDirectory(file)) {
            throw new CatalogFiles.InputError(NAME + file + ": " + (Files.isDirectory(file)
                    ? Messages.FILE_IS_DIRECTORY : Messages.FILE_NO_SUCH_FILE).format(lang.locale()), Main.EXIT_UNREADABLE);
        }
    }
}
