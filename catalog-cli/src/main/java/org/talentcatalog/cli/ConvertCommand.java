package org.talentcatalog.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogJson;
import org.talentcatalog.model.CatalogJsonException;
import org.talentcatalog.tabular.CatalogTables;
import org.talentcatalog.tabular.HeaderLanguage;
import org.talentcatalog.tabular.LevelStyle;
import org.talentcatalog.tabular.TableDocument;
import org.talentcatalog.tabular.TableFormat;
import org.talentcatalog.tabular.TableProblem;
import org.talentcatalog.tabular.TabularException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code catalog convert IN OUT}: converts a catalog among JSON, CSV and XLSX, chosen by the
 * extensions. The output is written atomically (a temporary file in the target directory, then an
 * atomic move), so an interrupted run leaves no half-written file. A table with errors is not
 * converted: its problems are listed, each with its cell. Exit 0 converted, 1 the input has errors,
 * 2 unreadable input or wrong call.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"在 JSON、CSV、XLSX 之间转换目录（按扩展名）。", "Convert a catalog among JSON, CSV and XLSX (by extension)."},
        footer = {"", "CSV 的目录级信息在同名附属文件 <名称>.catalog.json 中 / a CSV file's catalog-level members are in its side file <name>.catalog.json.",
            "退出码 / exit codes: 0 已转换 converted, 1 输入有错误 input has errors, 2 无法读取或用法错误 unreadable / wrong call."})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "输入 input (.json, .csv, .xlsx)")
    private Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "输出 output (.json, .csv, .xlsx)")
    private Path out;

    @Option(names = "--headers", defaultValue = "zh", description = "表头语言 header language: zh, en (默认 default: ${DEFAULT-VALUE})")
    private Language headers;

    @Option(names = "--levels", defaultValue = "words", description = "紧缺程度写法 level style: words, stars, codes (默认 default: ${DEFAULT-VALUE})")
    private String levels;

    @Option(names = "--charset", paramLabel = "CHARSET", description = "CSV 字符集 CSV character set (读取默认自动识别，写出默认带 BOM 的 UTF-8 / read: detect; write: UTF-8 with BOM)")
    private String charset;

    @Option(names = "--five-stars", paramLabel = "MAP", description = "五星制表格的对应关系 five-star mapping, e.g. 1-2:GENERALLY_SCARCE,3-4:SCARCE,5:VERY_SCARCE")
    private String fiveStars;

    @Option(names = "--lang", defaultValue = "zh", description = "消息语言 message language: zh, en (默认 default: ${DEFAULT-VALUE})")
    private Language lang;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<TableFormat> from = TableFormat.of(in);
        Optional<TableFormat> to = TableFormat.of(out);
        if (!isJson(in) && from.isEmpty() || !isJson(out) && to.isEmpty()) {
            err.println(lang.pick("catalog convert: 只支持 .json、.csv、.xlsx", "catalog convert: only .json, .csv and .xlsx are supported"));
            return 2;
        }
        if (!Files.isRegularFile(in)) {
            err.println(lang.pick("catalog convert: 文件不存在: ", "catalog convert: no such file: ") + in);
            return 2;
        }
        Catalog catalog;
        try {
            catalog = from.isPresent() ? fromTable() : CatalogJson.read(in);
        } catch (CatalogJsonException e) {
            err.println("catalog convert: " + in + (e.line() > 0 ? ":" + e.line() + ":" + e.column() : "") + ": " + e.message(lang.locale()));
            return e.problem().startsWith("read:") ? 2 : 1;
        } catch (TabularException e) {
            err.println("catalog convert: " + in + (e.cell() == null ? "" : ":" + e.cell()) + ": " + e.message(lang.locale()));
            return e.problem().startsWith("read:io") || e.problem().startsWith("read:zip") || e.problem().startsWith("read:not")
                    || e.problem().equals("read:cellTooLarge") || e.problem().equals("read:limit") ? 2 : 1;
        }
        if (to.isPresent()) {
            writer().write(catalog, out);
        } else {
            writeAtomically(out, o -> CatalogJson.write(catalog, o));
        }
        spec.commandLine().getOut().println(lang.pick("已写出 ", "wrote ") + out + (to.orElse(null) == TableFormat.CSV
                ? " + " + CatalogTables.sideFileOf(out).getFileName() : "") + lang.pick("（" + catalog.positions().size() + " 个岗位）",
                " (" + catalog.positions().size() + " positions)"));
        return 0;
    }

    private Catalog fromTable() {
        TableDocument doc = Tables.reader(fiveStars, charset).read(in);
        Locale locale = lang.locale();
        PrintWriter err = spec.commandLine().getErr();
        for (TableProblem p : doc.problems()) {
            err.println(in + (p.cell() == null ? "" : ":" + p.cell()) + "  " + (p.error() ? lang.pick("错误", "ERROR") : lang.pick("警告", "WARNING"))
                    + "  " + p.rule() + (p.pointer() == null ? "" : "  " + p.pointer()) + "  " + p.message(locale));
        }
        return doc.toCatalog();
    }

    private CatalogTables writer() {
        CatalogTables.Builder b = CatalogTables.builder()
                .headers(headers == Language.en ? HeaderLanguage.ENGLISH : HeaderLanguage.CHINESE)
                .levelStyle(LevelStyle.valueOf(levels.toUpperCase(Locale.ROOT)));
        if (charset != null) {
            b.csvCharset(java.nio.charset.Charset.forName(charset));
        }
        return b.build();
    }

    private static boolean isJson(Path p) {
        return p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    static void writeAtomically(Path file, Body body) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the default permissions stay
        }
        try {
            try (OutputStream o = Files.newOutputStream(tmp)) {
                body.write(o);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
