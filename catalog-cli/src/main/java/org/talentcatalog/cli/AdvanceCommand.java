package org.talentcatalog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.talentcatalog.lifecycle.Comments;
import org.talentcatalog.lifecycle.Lifecycle;
import org.talentcatalog.lifecycle.LifecycleInputException;
import org.talentcatalog.lifecycle.Shortfall;
import org.talentcatalog.lifecycle.TransitionRefusedException;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.Status;
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
 * {@code catalog advance CATALOG --to STATUS [--on DATE] [--note TEXT] [--comments SHEET] --out NEW.json [--lang zh|en]}:
 * moves a catalog to its next status when what that status needs is recorded ({@link Lifecycle}),
 * writing the moved catalog, with the move appended to {@code x-transitions}, as JSON to
 * {@code --out}; {@code --comments} first records a consultation's comments sheet in {@code x-comments}
 * (so that approval checks each is answered). Exit 0 when written; 1 when refused, with each missing thing on its own line at its
 * JSON Pointer; 2 for unreadable input, an unwritable output or a wrong call.
 */
@Command(name = "advance", mixinStandardHelpOptions = true,
        description = {"将目录转入下一状态（检查该状态所需内容并记录变更）。",
            "Move a catalog to its next status, checking what that status needs and recording the move."},
        footer = {"", "退出码 / exit codes: 0 成功 ok, 1 缺少所需内容 refused (something missing), 2 无法读取或用法错误 unreadable input or wrong call."})
final class AdvanceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CATALOG", description = "目录 catalog (.json, .csv, .xlsx)")
    private Path catalog;

    @Option(names = "--to", required = true, paramLabel = "STATUS",
            description = "目标状态 target status: ${COMPLETION-CANDIDATES}")
    private Status target;

    @Option(names = "--on", paramLabel = "DATE", converter = OptionValues.DateValue.class,
            description = "变更日期 date of the move, YYYY-MM-DD (默认今天 default: today)")
    private LocalDate on;

    @Option(names = "--note", paramLabel = "TEXT", description = "说明 note recorded with the move")
    private String note;

    @Option(names = "--comments", paramLabel = "COMMENTS",
            description = "意见表，记入目录（x-comments）后再检查 comments sheet (.csv, .xlsx) to record in the catalog (x-comments) before the checks")
    private Path comments;

    @Option(names = "--out", required = true, paramLabel = "NEW.json", description = "输出的目录 the moved catalog (JSON)")
    private Path out;

    @Option(names = "--lang", defaultValue = "zh", description = "语言 language: zh, en (默认 default: ${DEFAULT-VALUE})")
    private Language lang;

    @Mixin
    private InputOptions input;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        return CatalogFiles.reporting(err, () -> {
            Catalog before = input.files("advance", lang).read(catalog);
            if (comments != null) {
                try {
                    Failures.reading(comments);
                    before = Lifecycle.withComments(before, Comments.read(comments));
                } catch (LifecycleInputException e) {
                    return fail(err, e.describe(lang.locale()));
                } catch (TabularException e) {
                    String cell = e.issue().cell();
                    return fail(err, comments + (cell == null || cell.equals(comments.getFileName().toString()) ? "" : ":" + cell)
                            + ": " + e.issue().message(lang.locale()));
                } catch (FileReadException e) {
                    return fail(err, e.message(lang.locale()));
                } catch (IOException e) {
                    return fail(err, Messages.ioError(e, comments, lang.locale()));
                }
            }
            Failures.done();
            LocalDate day = on == null ? LocalDate.now() : on;
            Catalog after;
            try {
                after = Lifecycle.advance(before, target, day, note);
            } catch (TransitionRefusedException e) {
                err.println(Messages.ADVANCE_REFUSED.format(lang.locale(), catalog, target, e.shortfalls().size()));
                for (Shortfall s : e.shortfalls()) {
                    err.println("  " + s.line(lang.locale()));
                }
                err.flush();
                return Main.EXIT_INVALID;
            }
            try {
                AtomicFiles.write(out, CatalogJson.writeBytes(after));
            } catch (FileWriteException e) {
                return fail(err, e.message(lang.locale()));
            }
            spec.commandLine().getOut().println(Messages.ADVANCE_WROTE.format(lang.locale(), out, before.status(), target, day));
            spec.commandLine().getOut().flush();
            return Main.EXIT_OK;
        });
    }

    private static int fail(PrintWriter err, String message) {
        err.println("catalog advance: " + message);
        err.flush();
        return Main.EXIT_UNREADABLE;
    }
}
