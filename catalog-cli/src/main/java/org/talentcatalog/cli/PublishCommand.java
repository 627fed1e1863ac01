package org.talentcatalog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.io.FileException;
import org.talentcatalog.publish.HandbookFormat;
import org.talentcatalog.publish.Handbooks;
import org.talentcatalog.publish.Release;
import org.talentcatalog.publish.pdf.HandbookFont;
import org.talentcatalog.publish.pdf.PdfHandbooks;
import org.talentcatalog.render.RenderContext;
import org.talentcatalog.render.Renderers;
import org.talentcatalog.schema.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code catalog publish CATALOG… --out DIR [--format html|markdown|pdf] [--font FILE]… [--lang zh|en]
 * [--previous OLD] [--title …]}: the handbook of a release of catalogs ({@link Handbooks}, and
 * {@link PdfHandbooks} for {@code pdf}, set in the fonts given or else those {@link HandbookFont#find()}
 * finds; a font that is missing or cannot set the handbook is an error naming it, exit 2). Each catalog is read in any
 * format the tools read and validated as {@code validate} does; one with errors is refused, its
 * located issues listed on standard error, and nothing is written (exit 1). The previous edition is
 * read as {@code diff} reads it. The folder is written whole (a temporary folder renamed into place);
 * an existing folder is replaced only when it holds a handbook written before. Exit 0 published, 1 a
 * catalog has errors, 2 unreadable input, an output that cannot be written, or a wrong call.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"把一批目录发布为手册：HTML 文件夹（入口 index.html）、Markdown（handbook.md）或供打印的 PDF（handbook.pdf）。",
            "Publish a release of catalogs as a handbook: an HTML folder (entry index.html), Markdown (handbook.md) or a PDF for print (handbook.pdf)."},
        footer = {"", "退出码 / exit codes: 0 已发布 published, 1 目录有错误、未写出 a catalog has errors, nothing written, 2 无法读取、无法写出、缺少字体或用法错误 unreadable input, unwritable output, missing font or wrong call."})
final class PublishCommand implements Callable<Integer> {

    /** The {@code --format} of the PDF handbook (catalog-publish-pdf). */
    private static final String PDF = "pdf";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "CATALOG", description = "目录 catalogs (.json, .csv, .xlsx，按内容识别 told by content)")
    private List<Path> catalogs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出文件夹 output folder")
    private Path out;

    @Option(names = "--format", defaultValue = "html", paramLabel = "FORMAT",
            description = "格式 format: html, markdown, pdf (默认 default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--font", paramLabel = "FILE",
            description = {"PDF 所用 TrueType 字体，可重复，按顺序取字形 TrueType fonts of the PDF, in lookup order, repeatable",
                "(默认 default: $" + HandbookFont.ENVIRONMENT + ", 否则 else Droid Sans Fallback + DejaVu Sans)"})
    private List<Path> fonts;

    @Option(names = "--lang", defaultValue = "zh", description = "语言 language: zh, en (默认 default: ${DEFAULT-VALUE})")
    private Language lang;

    @Option(names = "--previous", paramLabel = "OLD", description = "上一版目录，手册列出变化 previous edition, whose changes the handbook lists")
    private Path previous;

    @Option(names = "--title", paramLabel = "TITLE", description = "手册标题 the handbook's title (默认 default: 唯一目录的标题 the only catalog's title)")
    private String title;

    @Mixin
    private InputOptions input;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = lang.locale();
        boolean pdf = format.toLowerCase(Locale.ROOT).equals(PDF);
        HandbookFormat chosen = Arrays.stream(HandbookFormat.values())
                .filter(f -> f.optionName().equals(format.toLowerCase(Locale.ROOT))).findFirst().orElse(null);
        if (chosen == null && !pdf) {
            err.println(Messages.PUBLISH_FORMAT.format(locale, format, Stream.concat(Arrays.stream(HandbookFormat.values())
                    .map(HandbookFormat::optionName), Stream.of(PDF)).collect(Collectors.joining(", "))));
            return 2;
        }
        if (fonts != null && !pdf) {
            err.println(Messages.PUBLISH_FONT_UNUSED.format(locale, format));
            return 2;
        }
        HandbookFont font;
        try {
            font = pdf ? (fonts == null ? HandbookFont.find() : HandbookFont.of(fonts)) : null;
        } catch (FileException e) {
            err.println("catalog publish: " + e.message(locale));
            return 2;
        }
        return CatalogFiles.reporting(err, () -> {
            CatalogFiles files = input.files("publish", lang);
            List<Catalog> read = new ArrayList<>();
            int refused = 0;
            for (Path file : catalogs) {
                CatalogFiles.Checked checked = files.validate(file);
                ValidationReport report = checked.report();
                if (!report.valid()) {
                    Renderers.standard().get(ValidationReport.class, "text")
                            .render(report, RenderContext.of(locale).withSource(file.toString()), err);
                    refused++;
                    continue;
                }
                read.add(files.bind(checked));
            }
            if (refused > 0) {
                err.println(Messages.PUBLISH_REFUSED.format(locale, refused, out));
                return 1;
            }
            Release release = Release.of(read).withTitle(title);
            if (previous != null) {
                release = release.withPrevious(files.read(previous));
            }
            Failures.done(); // read: what follows is writing
            try {
                if (font != null) {
                    Quiet.pdfbox();
                    PdfHandbooks.write(release, RenderContext.of(locale), font, out);
                } else {
                    Handbooks.write(release, chosen, RenderContext.of(locale), out);
                }
            } catch (FileException e) {
                err.println("catalog publish: " + e.message(locale));
                return 2;
            }
            String entry = font != null ? PdfHandbooks.FILE : chosen.entryFile();
            spec.commandLine().getOut().println(Messages.PUBLISH_WROTE.format(locale, out.resolve(entry),
                    read.size(), release.positionCount()));
            return 0;
        });
    }
}
