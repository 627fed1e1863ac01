package org.talentcatalog.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.render.RenderContext;
import org.talentcatalog.render.spi.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code catalog diff OLD NEW [--format text|json|patch|markdown] [--lang zh|en] [--force] [--no-renames]}:
 * what changed between two editions of a catalog, in any format registered for a {@link CatalogDiff}
 * (see {@link Formats}). Exit 0 with the result on stdout; 2 for an unknown format, when a file
 * cannot be read (one located line on stderr) or the two documents belong to different catalog series
 * ({@code id}) and {@code --force} is not given.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"比较同一目录的两个版本。", "Compare two editions of a catalog."},
        footer = {"", "退出码 / exit codes: 0 成功 ok, 2 无法读取、目录系列不同或用法错误 unreadable input, different catalog series or wrong call."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "旧版目录 older edition (.json)")
    private Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "新版目录 newer edition (.json)")
    private Path newer;

    @Option(names = "--format", defaultValue = "text", completionCandidates = Formats.OfDiff.class,
            description = "输出格式 output format: ${COMPLETION-CANDIDATES} (默认 default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--lang", defaultValue = "zh", description = "语言 language: zh, en (默认 default: ${DEFAULT-VALUE})")
    private Language lang;

    @Option(names = "--force", description = "比较不同系列的目录 compare catalogs of different series (id)")
    private boolean force;

    @Option(names = "--no-renames", negatable = false,
            description = "不识别更名岗位，仅按编号配对 pair positions by id only, without probable renames")
    private boolean noRenames;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Renderer<CatalogDiff> renderer = Formats.resolve(CatalogDiff.class, format, "catalog diff", lang, err);
        if (renderer == null) {
            return 2;
        }
        Catalog a = read(older, err);
        Catalog b = a == null ? null : read(newer, err);
        if (a == null || b == null) {
            return 2;
        }
        if (!Objects.equals(a.id(), b.id()) && !force) {
            err.println("catalog diff: " + lang.pick("两个文件属于不同的目录系列 (", "the files belong to different catalog series (")
                    + a.id() + " ≠ " + b.id() + lang.pick(")；用 --force 仍然比较", "); use --force to compare anyway"));
            err.flush();
            return 2;
        }
        CatalogDiff diff = CatalogDiff.options().detectRenames(!noRenames).between(a, b);
        PrintWriter out = spec.commandLine().getOut();
        renderer.render(diff, RenderContext.of(lang.locale()), out);
        out.flush();
        return 0;
    }

    private Catalog read(Path file, PrintWriter err) {
        String prefix = "catalog diff: " + file + ": ";
        if (!Files.isRegularFile(file)) {
            err.println(prefix + (Files.isDirectory(file) ? lang.pick("是目录而不是文件", "is a directory")
                    : lang.pick("文件不存在", "no such file")));
            err.flush();
            return null;
        }
        try {
            return CatalogJson.read(file);
        } catch (CatalogJsonException e) {
            String where = (e.line() > 0 ? e.line() + ":" + e.column() + ": " : "")
                    + (e.pointer() != null ? "[" + (e.pointer().isEmpty() ? "/" : e.pointer()) + "] " : "");
            err.println("catalog diff: " + file + (e.line() > 0 ? ":" : ": ") + where + e.message(lang.locale()));
            err.flush();
            return null;
        }
    }
}
