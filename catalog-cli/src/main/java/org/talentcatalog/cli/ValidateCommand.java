package org.talentcatalog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.talentcatalog.render.RenderContext;
import org.talentcatalog.render.spi.Renderer;
import org.talentcatalog.schema.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code catalog validate FILE}: checks a catalog (JSON, CSV or XLSX, told by the content) against
 * the exchange format and prints the report in any format registered for a {@link ValidationReport}
 * (see {@link Formats}). Exit 0 without errors (warnings allowed), 1 with errors, 2 when the file
 * cannot be read (a legacy {@code .xls}, a PDF … named in one line) or the call is wrong.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"校验目录文件是否符合交换格式。", "Check a catalog file against the exchange format."},
        footer = {"", "退出码 / exit codes: 0 无错误 no errors (warnings allowed), 1 有错误 errors, 2 无法读取 unreadable / wrong call."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "目录文件 (.json, .csv, .xlsx，按内容识别) / catalog file (.json, .csv, .xlsx, told by content)")
    private Path file;

    @Mixin
    private InputOptions input;

    @Option(names = "--format", defaultValue = "text", completionCandidates = Formats.OfValidation.class,
            description = "输出格式 output format: ${COMPLETION-CANDIDATES} (默认 default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--positions-only",
            description = "只校验表格的岗位，不读取也不要求目录信息（「目录信息」工作表或 CSV 附属文件） check a table's positions alone, without its catalog-level members (sheet 目录信息 or the CSV side file)")
    private boolean positionsOnly;

    @Option(names = "--lang", defaultValue = "zh", description = "消息语言 message language: zh, en (默认 default: ${DEFAULT-VALUE})")
    private Language lang;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Renderer<ValidationReport> renderer = Formats.resolve(ValidationReport.class, format, "catalog validate", lang, err);
        if (renderer == null) {
            return 2;
        }
        return CatalogFiles.reporting(err, () -> {
            CatalogFiles files = input.files("validate", lang);
            ValidationReport report = (positionsOnly ? files.positionsOnly() : files).validate(file).report();
            Failures.done();
            out.print(renderer.render(report, RenderContext.of(lang.locale()).withSource(file.toString())));
            out.flush();
            return report.valid() ? 0 : 1;
        });
    }
}
