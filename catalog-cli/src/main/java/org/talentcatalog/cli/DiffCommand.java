package org.talentcatalog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.render.RenderContext;
import org.talentcatalog.render.spi.Renderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code catalog diff OLD NEW [--format text|json|patch|markdown] [--lang zh|en] [--force] [--no-renames]}:
 * what changed between two editions of a catalog, each a JSON, CSV or XLSX file (told by the content,
 * read as {@code validate} reads it, without the rules), in any format registered for a
 * {@link CatalogDiff} (see {@link Formats}). Exit 0 with the result on stdout; 2 when a
 * file cannot be read or bound (one located line on stderr, a table's first error), or the two
 * documents belong to different catalog series ({@code id}) and {@code --force} is not given.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"比较同一目录的两个版本。", "Compare two editions of a catalog."},
        footer = {"", "退出码 / exit codes: 0 成功 ok, 2 无法读取、目录系列不同或用法错误 unreadable input, different catalog series or wrong call."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "旧版目录 older edition (.json, .csv, .xlsx)")
    private Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "新版目录 newer edition (.json, .csv, .xlsx)")
    private Path newer;

    @Option(names = "--format", defaultValue = "text", completionCandidates = Formats.OfDiff.class,
            description = "输出格式 output format: ${COMPLETION-CANDIDATES} (默认 default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--lang", defaultValue = "zh", description = "语言 language: zh, en (默认 default: ${DEFAULT-VALUE})")
    private Language lang;

    @Option(names = "--force", description = "比较不同系列的目录 compare catalogs of different series (id)")
    private boolean force;

    @Mixin
    private InputOptions input;

    @Option(names = "--no-renames", negatable = false,
            description = "不识别更名岗位，仅按编号配对 pair positions by id only, without probable renames")
    private boolean noRenames;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Renderer<CatalogDiff> renderer = Formats.resolve(CatalogDiff.class, format, "catalog diff", lang, err);
        if (renderer == null) {
            return 2;
        }
        return CatalogFiles.reporting(err, () -> {
            CatalogFiles files = input.files("diff", lang);
            Catalog a = files.read(older);
            Catalog b = files.read(newer);
            Failures.done(); // both read: what follows is comparing
            if (!Objects.equals(a.id(), b.id()) && !force) {
                err.println(Messages.DIFF_DIFFERENT_SERIES.format(lang.locale(), a.id(), b.id()));
                err.flush();
                return 2;
            }
            CatalogDiff diff = CatalogDiff.options().detectRenames(!noRenames).between(a, b);
            PrintWriter out = spec.commandLine().getOut();
            renderer.render(diff, RenderContext.of(lang.locale()), out);
            out.flush();
            return 0;
        });
    }
}
