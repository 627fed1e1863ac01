package org.talentcatalog.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.talentcatalog.lifecycle.Comment;
import org.talentcatalog.lifecycle.Comments;
import org.talentcatalog.lifecycle.ConsultationReport;
import org.talentcatalog.lifecycle.LifecycleInputException;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Issue;
import org.talentcatalog.model.io.AtomicFiles;
import org.talentcatalog.model.io.FileReadException;
import org.talentcatalog.model.io.FileWriteException;
import org.talentcatalog.tabular.TabularException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code catalog consultation DRAFT FINAL --comments COMMENTS [--format markdown|json|xlsx] [--out FILE]
 * [--lang zh|en]}: the 意见采纳情况说明 ({@link ConsultationReport}) of a consultation draft, its final
 * edition and a comments sheet (CSV or XLSX), on standard output or to {@code --out} ({@code xlsx}
 * needs it). Exit 0 with the statement (its inconsistencies are in it); 2 for unreadable input, an
 * unwritable output or a wrong call.
 */
@Command(name = "consultation", mixinStandardHelpOptions = true,
        description = {"生成意见采纳情况说明：逐条意见对应征求意见稿与定稿之间的修改，并标出不一致之处。",
            "Write how the consultation comments were handled, each with the changes it caused, flagging inconsistencies."},
        footer = {"", "退出码 / exit codes: 0 成功 ok, 2 无法读取或用法错误 unreadable input or wrong call."})
final class ConsultationCommand implements Callable<Integer> {

    enum Format { markdown, json, xlsx }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DRAFT", description = "征求意见稿 the consultation draft (.json, .csv, .xlsx)")
    private Path draft;

    @Parameters(index = "1", paramLabel = "FINAL", description = "定稿 the final edition (.json, .csv, .xlsx)")
    private Path fin;

    @Option(names = "--comments", required = true, paramLabel = "COMMENTS",
            description = "意见表 comments sheet (.csv, .xlsx): 序号, 反馈人/单位, 意见内容, 涉及岗位, 是否采纳, 采纳理由")
    private Path comments;

    @Option(names = "--format", defaultValue = "markdown", description = "输出格式 output format: ${COMPLETION-CANDIDATES} (默认 default: ${DEFAULT-VALUE})")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "输出文件 output file (xlsx 必需 required for xlsx)")
    private Path out;

    @Option(names = "--lang", defaultValue = "zh", description = "语言 language: zh, en (默认 default: ${DEFAULT-VALUE})")
    private Language lang;

    @Mixin
    private InputOptions input;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (format == Format.xlsx && out == null) {
            return fail(err, Messages.CONSULTATION_XLSX_NEEDS_OUT.format(lang.locale()));
        }
        return CatalogFiles.reporting(err, () -> {
            CatalogFiles files = input.files("consultation", lang);
            Catalog before = files.read(draft);
            Catalog after = files.read(fin);
            List<Comment> sheet;
            try {
                Failures.reading(comments);
                sheet = Comments.read(comments);
            } catch (LifecycleInputException e) {
                return fail(err, e.describe(lang.locale()));
            } catch (TabularException e) {
                Issue i = e.issue();
                String cell = i.cell();
                return fail(err, comments + (cell == null || cell.equals(comments.getFileName().toString()) ? "" : ":" + cell)
                        + ": " + i.message(lang.locale()));
            } catch (FileReadException e) {
                return fail(err, e.message(lang.locale()));
            } catch (IOException e) {
                return fail(err, Messages.ioError(e, comments, lang.locale()));
            }
            Failures.done();
            ConsultationReport report = ConsultationReport.of(before, after, sheet);
            byte[] bytes;
            if (format == Format.xlsx) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                report.writeXlsx(buffer, lang.locale());
                bytes = buffer.toByteArray();
            } else {
                String text = format == Format.json ? report.toJson() : report.toMarkdown(lang.locale());
                if (out == null) {
                    spec.commandLine().getOut().print(text);
                    spec.commandLine().getOut().flush();
                    return Main.EXIT_OK;
                }
                bytes = text.getBytes(StandardCharsets.UTF_8);
            }
            try {
                AtomicFiles.write(out, bytes);
            } catch (FileWriteException e) {
                return fail(err, e.message(lang.locale()));
            }
            return Main.EXIT_OK;
        });
    }

    private static int fail(PrintWriter err, String message) {
        err.println("catalog consultation: " + message);
        err.flush();
        return Main.EXIT_UNREADABLE;
    }
}
