package org.talentcatalog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.talentcatalog.lifecycle.LifecycleInputException;
import org.talentcatalog.lifecycle.Renewal;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogDiff;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.io.AtomicFiles;
import org.talentcatalog.model.io.FileWriteException;
import org.talentcatalog.render.RenderContext;
import org.talentcatalog.render.Renderers;
import org.talentcatalog.scoring.ScoringResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code catalog renew PREVIOUS --scores SCORING.json --out NEXT.json [--version V] [--lang zh|en]}:
 * the next edition's draft ({@link Renewal}) as JSON, and beside it ({@code NEXT.changelog.markdown}) the
 * Markdown changelog against the previous edition; both files or neither. Exit 0 when written; 2 for
 * unreadable input, a version not later than the previous one, an unwritable output or a wrong call.
 */
@Command(name = "renew", mixinStandardHelpOptions = true,
        description = {"按新一轮评分结果生成下一版目录草稿及与上一版的变更说明。",
            "Draft the next edition from a new scoring result, with a changelog against the previous edition."},
        footer = {"", "退出码 / exit codes: 0 成功 ok, 2 无法读取、版本不晚于上一版或用法错误 unreadable input, version not later, or wrong call."})
final class RenewCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PREVIOUS", description = "上一版目录 previous edition (.json, .csv, .xlsx)")
    private Path previous;

    @Option(names = "--scores", required = true, paramLabel = "SCORING.json",
            description = "评分结果 scoring result (catalog score --format json)")
    private Path scores;

    @Option(names = "--out", required = true, paramLabel = "NEXT.json", description = "下一版草稿 the next edition's draft (JSON)")
    private Path out;

    @Option(names = "--version", paramLabel = "V", description = "新版本号 next version (默认上一版年份加一 default: the next year)")
    private String version;

    @Option(names = "--lang", defaultValue = "zh", description = "语言 language: zh, en (默认 default: ${DEFAULT-VALUE})")
    private Language lang;

    @Mixin
    private InputOptions input;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        return CatalogFiles.reporting(err, () -> {
            Catalog before = input.files("renew", lang).read(previous);
            ScoringResult result;
            try {
                Failures.reading(scores);
                result = Renewal.readScores(scores);
            } catch (LifecycleInputException e) {
                return fail(err, e.describe(lang.locale()));
            } catch (IOException e) {
                return fail(err, Messages.ioError(e, scores, lang.locale()));
            }
            Failures.done();
            Renewal.Result r;
            try {
                r = Renewal.renew(before, result, version);
            } catch (IllegalArgumentException e) {
                return fail(err, Messages.RENEW_VERSION_NOT_LATER.format(lang.locale(), version, before.edition().version()));
            }
            CatalogDiff diff = CatalogDiff.between(before, r.next());
            String changelog = Renderers.standard().get(CatalogDiff.class, "markdown").render(diff, RenderContext.of(lang.locale()));
            Path beside = changelogPath(out);
            try {
                AtomicFiles.writeBoth(out, o -> o.write(CatalogJson.writeBytes(r.next())),
                        beside, o -> o.write(changelog.getBytes(StandardCharsets.UTF_8)));
            } catch (FileWriteException e) {
                return fail(err, e.message(lang.locale()));
            }
            for (LocalizedText t : r.incomplete()) {
                err.println(Messages.SCORE_WARNING.format(lang.locale(), t.in(lang.locale())));
            }
            err.flush();
            spec.commandLine().getOut().println(Messages.RENEW_WROTE.format(lang.locale(), out, beside, r.carried().size(),
                    r.added().size(), r.proposedRemovals().size(), r.unscored().size()));
            spec.commandLine().getOut().flush();
            return Main.EXIT_OK;
        });
    }

    /** {@code NEXT.changelog.markdown} beside {@code NEXT.json}. */
    static Path changelogPath(Path out) {
        String name = out.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return out.resolveSibling(stem + ".changelog.markdown");
    }

    private static int fail(PrintWriter err, String message) {
        err.println("catalog renew: " + message);
        err.flush();
        return Main.EXIT_UNREADABLE;
    }
}
