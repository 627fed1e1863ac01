package org.talentcatalog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.io.FileWriteException;
import org.talentcatalog.render.RenderContext;
import org.talentcatalog.render.Renderers;
import org.talentcatalog.schema.ValidationReport;
import org.talentcatalog.tabular.CatalogFormats;
import org.talentcatalog.tabular.FiveStarMapping;
import org.talentcatalog.tabular.HeaderLanguage;
import org.talentcatalog.tabular.LevelStyle;
import org.talentcatalog.tabular.WriteOptions;
import org.talentcatalog.tabular.spi.CatalogFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code catalog convert IN OUT}: converts a catalog among JSON, CSV and XLSX (and any format of
 * {@link CatalogFormats#standard()}). The input is read for what its content is (a misnamed file too;
 * a legacy {@code .xls}, a PDF … is refused in one line) and validated as {@code catalog validate}
 * does; the output format is the one OUT's extension names.
 * An input with errors is not converted: its issues are listed on standard error, each located, and
 * nothing is written (an existing OUT stays as it was) unless {@code --force} is given, which writes
 * anyway and says so on standard error. The output is written atomically (a temporary file in the
 * target directory, then an atomic move; CSV and its side file both or neither), so an interrupted
 * run leaves no half-written file. Exit 0 converted, 1 the input has errors (or, with
 * {@code --force}, does not bind to a catalog at all), 2 unreadable input, an output that cannot be
 * written, or a wrong call.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"在 JSON、CSV、XLSX 之间转换目录（输入按内容识别，输出按扩展名）；输入有错误时不写出。",
            "Convert a catalog among JSON, CSV and XLSX (input told by content, output by extension); an input with errors is not written."},
        footer = {"", "CSV 的目录级信息在同名附属文件 <名称>.catalog.json 中 / a CSV file's catalog-level members are in its side file <name>.catalog.json.",
            "退出码 / exit codes: 0 已转换 converted (--force: 即使有错误 even with errors), 1 输入有错误、未写出 input has errors, nothing written, 2 无法读取或用法错误 unreadable / wrong call."})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "输入 input (.json, .csv, .xlsx，按内容识别 told by content)")
    private Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "输出 output (.json, .csv, .xlsx)")
    private Path out;

    @Option(names = "--headers", defaultValue = "zh", description = "表头语言 header language: zh, en (默认 default: ${DEFAULT-VALUE})")
    private Language headers;

    @Option(names = "--levels", defaultValue = "words", converter = OptionValues.LevelStyleValue.class,
            description = "紧缺程度写法 level style: words, stars, codes (默认 default: ${DEFAULT-VALUE})")
    private LevelStyle levels;

    @Option(names = "--charset", paramLabel = "CHARSET", converter = OptionValues.CharsetValue.class,
            description = "CSV 字符集 CSV character set (读取默认自动识别，写出默认带 BOM 的 UTF-8 / read: detect; write: UTF-8 with BOM)")
    private Charset charset;

    @Option(names = "--five-stars", paramLabel = "MAP", converter = OptionValues.FiveStarsValue.class,
            description = "五星制表格的对应关系 five-star mapping, e.g. 1-2:GENERALLY_SCARCE,3-4:SCARCE,5:VERY_SCARCE")
    private FiveStarMapping fiveStars;

    @Option(names = "--lang", defaultValue = "zh", description = "消息语言 message language: zh, en (默认 default: ${DEFAULT-VALUE})")
    private Language lang;

    @Option(names = "--force", description = "输入有错误也写出（在标准错误上说明） write even when the input has errors (said on standard error)")
    private boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CatalogFormats formats = CatalogFormats.standard();
        Optional<CatalogFormat> to = formats.forExtension(out);
        if (to.isEmpty()) {
            List<String> known = formats.extensions();
            err.println(Messages.CONVERT_UNWRITABLE_EXTENSION.format(lang.locale(), listed(known), out));
            return 2;
        }
        CatalogFormat format = to.get();
        CatalogFiles files = new CatalogFiles("convert", lang, fiveStars, charset);
        return CatalogFiles.reporting(err, () -> {
            CatalogFiles.Checked checked = files.validate(in);
            ValidationReport report = checked.report();
            if (!report.issues().isEmpty() || report.omitted() > 0) {
                Renderers.standard().get(ValidationReport.class, "text")
                        .render(report, RenderContext.of(lang.locale()).withSource(in.toString()), err);
            }
            if (!report.valid() && !force) {
                err.println(Messages.CONVERT_ERRORS_NOT_WRITTEN.format(lang.locale(), report.errorCount(), out));
                return 1;
            }
            Catalog catalog = files.bind(checked);
            Failures.done(); // read: what follows is writing
            if (!report.valid()) {
                err.println(Messages.CONVERT_ERRORS_FORCED.format(lang.locale(), report.errorCount(), out));
            }
            return write(catalog, format, err);
        });
    }

    /** Writes the catalog to OUT, saying what was written on standard output; the exit code. */
    private int write(Catalog catalog, CatalogFormat format, PrintWriter err) throws IOException {
        String refused = unwritable(catalog, format);
        if (refused != null) {
            err.println(refused);
            return 2;
        }
        try {
            format.write(catalog, out, writeOptions());
        } catch (FileWriteException e) {
            err.println(Unencodable.causedBy(e) ? Messages.CONVERT_UNENCODABLE_SOMEWHERE.format(lang.locale(), out, charset.name())
                    : "catalog convert: " + e.message(lang.locale()));
            return 2;
        }
        StringBuilder written = new StringBuilder();
        format.outputs(out).stream().skip(1).forEach(p -> written.append(" + ").append(p.getFileName()));
        spec.commandLine().getOut().println(Messages.CONVERT_WROTE.format(lang.locale(), out.toString() + written, catalog.positions().size()));
        return 0;
    }

    /** Why a CSV file cannot be written in the {@code --charset} asked for (a character it cannot hold), or {@code null}. */
    private String unwritable(Catalog catalog, CatalogFormat format) {
        if (charset == null || !format.name().equals("csv")) {
            return null;
        }
        if (!charset.canEncode()) {
            return "catalog convert: " + Messages.OPTION_CHARSET_READ_ONLY.format(lang.locale(), "--charset", charset.name());
        }
        Unencodable u = Unencodable.find(catalog, charset);
        return u == null ? null
                : Messages.CONVERT_UNENCODABLE.format(lang.locale(), out, charset.name(), u.pointer(), u.shown(), u.code());
    }

    private WriteOptions writeOptions() {
        WriteOptions.Builder b = WriteOptions.builder()
                .headers(headers == Language.en ? HeaderLanguage.ENGLISH : HeaderLanguage.CHINESE)
                .levelStyle(levels);
        if (charset != null) {
            b.csvCharset(charset);
        }
        return b.build();
    }

    /** {@code a, b and c}: the items joined, the last with {@code last}. */
    private String listed(List<String> items) {
        String separator = Messages.CONVERT_LIST_SEPARATOR.format(lang.locale());
        String last = Messages.CONVERT_LIST_LAST_SEPARATOR.format(lang.locale());
        int n = items.size();
        return n < 2 ? String.join("", items) : String.join(separator, items.subList(0, n - 1)) + last + items.get(n - 1);
    }
}
