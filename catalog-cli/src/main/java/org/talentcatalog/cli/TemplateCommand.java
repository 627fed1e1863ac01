package org.talentcatalog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.talentcatalog.model.CatalogKind;
import org.talentcatalog.model.io.FileWriteException;
import org.talentcatalog.tabular.CatalogTemplate;
import org.talentcatalog.tabular.HeaderLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code catalog template OUT.xlsx}: writes a workbook to fill in by hand ({@link CatalogTemplate}):
 * the positions and 目录信息 sheets with headers in {@code --lang}, drop-down lists for the closed
 * vocabularies, one example row valid as it is, and a 填写说明 sheet. Written atomically, replacing
 * an existing file as {@code convert} does. Exit 0 written, 2 OUT is no {@code .xlsx} or cannot be
 * written, or a wrong call.
 */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"写出一个可手工填写的目录工作簿（含下拉列表、示例行和填写说明）。",
            "Write a catalog workbook to fill in by hand (drop-down lists, an example row and instructions)."},
        footer = {"", "退出码 / exit codes: 0 已写出 written, 2 无法写出或用法错误 cannot be written / wrong call."})
final class TemplateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "OUT", description = "输出的工作簿 the workbook to write (.xlsx)")
    private Path out;

    @Option(names = "--lang", defaultValue = "zh",
            description = "表头、说明和消息的语言 language of headers, instructions and messages: zh, en (默认 default: ${DEFAULT-VALUE})")
    private Language lang;

    @Option(names = "--kind", defaultValue = "INDUSTRY",
            description = "目录类型 catalog kind: ${COMPLETION-CANDIDATES} (默认 default: ${DEFAULT-VALUE})")
    private CatalogKind kind;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path name = out.getFileName();
        if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            err.println(Messages.TEMPLATE_NOT_XLSX.format(lang.locale(), out));
            return Main.EXIT_UNREADABLE;
        }
        try {
            CatalogTemplate.of(kind, lang == Language.en ? HeaderLanguage.ENGLISH : HeaderLanguage.CHINESE).write(out);
        } catch (FileWriteException e) {
            err.println("catalog template: " + e.message(lang.locale()));
            return Main.EXIT_UNREADABLE;
        }
        spec.commandLine().getOut().println(Messages.TEMPLATE_WROTE.format(lang.locale(), out, kind));
        return Main.EXIT_OK;
    }
}
