package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile calls of every command, run in-process: wrong option values, wrong kinds of file, empty,
 * truncated and misencoded files, cells beyond a worksheet, outputs that cannot be written. Each must
 * exit 1 or 2 with exactly one located sentence, in Chinese by default and in English with
 * {@code --lang en}, and no Java exception text. In the calls, {@code @} is the folder of
 * {@link HostileFiles}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileCallsTest {

    private static final List<String> RAW = List.of("Exception", "java.", "For input string", "out of bounds",
            "No enum constant", "\tat ", "Input length");

    @TempDir
    static Path dir;
    private static boolean fifo;

    @BeforeAll
    static void files() throws Exception {
        fifo = HostileFiles.make(dir);
    }

    static Stream<Arguments> calls() {
        return Stream.of(
            // files that are no regular file: refused before anything waits on them
            call("validate @/fifo", 2, "catalog validate: @/fifo: 是命名管道（FIFO），不是普通文件；需要普通文件",
                    "catalog validate: @/fifo: is a named pipe (FIFO), not a regular file; a regular file is expected"),
            call("convert @/fifo @/out.json", 2, "catalog convert: @/fifo: 是命名管道（FIFO），不是普通文件；需要普通文件",
                    "catalog convert: @/fifo: is a named pipe (FIFO), not a regular file; a regular file is expected"),
            call("diff @/ok.json @/fifo", 2, "catalog diff: @/fifo: 是命名管道（FIFO），不是普通文件；需要普通文件",
                    "catalog diff: @/fifo: is a named pipe (FIFO), not a regular file; a regular file is expected"),
            call("score @/fifo --config @/config.json", 2, "catalog score: @/fifo: 是命名管道（FIFO），不是普通文件；需要普通文件",
                    "catalog score: @/fifo: is a named pipe (FIFO), not a regular file; a regular file is expected"),
            call("score @/samples.csv --config @/fifo", 2, "catalog score: @/fifo: 是命名管道（FIFO），不是普通文件；需要普通文件",
                    "catalog score: @/fifo: is a named pipe (FIFO), not a regular file; a regular file is expected"),
            call("score @/samples.csv --config @/config.json --catalog @/fifo --out @/draft.json", 2,
                    "catalog score: @/fifo: 是命名管道（FIFO），不是普通文件；需要普通文件",
                    "catalog score: @/fifo: is a named pipe (FIFO), not a regular file; a regular file is expected"),
            call("consensus @/fifo", 2, "catalog consensus: @/fifo: 是命名管道（FIFO），不是普通文件；需要普通文件",
                    "catalog consensus: @/fifo: is a named pipe (FIFO), not a regular file; a regular file is expected"),
            call("consensus @/folder", 2, "catalog consensus: @/folder: 是目录而不是文件", "catalog consensus: @/folder: is a directory"),
            // option values
            call("validate @/ok.json --charset BOGUS", 2,
                    "catalog validate: --charset 的值“BOGUS”不是已知的字符集：可用如 UTF-8、GB18030 (catalog validate --help)",
                    "catalog validate: invalid value 'BOGUS' for --charset: not a known character set; use e.g. UTF-8 or GB18030 (catalog validate --help)"),
            call("validate @/ok.json --five-stars 2C:SCARCE", 2,
                    "catalog validate: --five-stars 的值“2C:SCARCE”无效：应为逗号分隔的“星数:等级”，星数 1 到 5（可写范围如 1-2），等级为 GENERALLY_SCARCE、SCARCE、VERY_SCARCE 或 一般紧缺、紧缺、非常紧缺，如 1-2:GENERALLY_SCARCE,3-4:SCARCE,5:VERY_SCARCE (catalog validate --help)",
                    "catalog validate: invalid value '2C:SCARCE' for --five-stars: expected comma-separated STARS:LEVEL pairs, stars 1 to 5 (or a range such as 1-2), levels GENERALLY_SCARCE, SCARCE, VERY_SCARCE or 一般紧缺, 紧缺, 非常紧缺, e.g. 1-2:GENERALLY_SCARCE,3-4:SCARCE,5:VERY_SCARCE (catalog validate --help)"),
            call("validate @/ok.json --lang fr", 2, "catalog validate: --lang 的值“fr”无效：应为 zh 或 en (catalog validate --help)",
                    "catalog validate: invalid value 'fr' for --lang: expected zh or en (catalog validate --help)"),
            call("validate @/ok.json --format xml", 2, "catalog validate: --format 的值“xml”无效：应为 text 或 json (catalog validate --help)",
                    "catalog validate: invalid value 'xml' for --format: expected text or json (catalog validate --help)"),
            call("convert @/ok.json @/out.csv --levels BOGUS", 2,
                    "catalog convert: --levels 的值“BOGUS”无效：应为 words、stars 或 codes (catalog convert --help)",
                    "catalog convert: invalid value 'BOGUS' for --levels: expected words, stars or codes (catalog convert --help)"),
            call("consensus @/ratings.csv --full-mark abc", 2,
                    "catalog consensus: --full-mark 的值“abc”无效：应为数字，如 5 或 4.5 (catalog consensus --help)",
                    "catalog consensus: invalid value 'abc' for --full-mark: expected a number such as 5 or 4.5 (catalog consensus --help)"),
            call("consensus @/ratings.csv --full-mark -1", 2,
                    "catalog consensus: --full-mark 的值“-1”无效：应为大于 0 的数，如 5 或 100 (catalog consensus --help)",
                    "catalog consensus: invalid value '-1' for --full-mark: expected a number above 0, such as 5 or 100 (catalog consensus --help)"),
            call("codes occupation 工程师 --limit 99999999999", 2,
                    "catalog codes occupation: --limit 的值“99999999999”无效：应为整数 (catalog codes occupation --help)",
                    "catalog codes occupation: invalid value '99999999999' for --limit: expected a whole number (catalog codes occupation --help)"),
            // the call itself
            call("diff @/ok.json @/ok.json --force=maybe", 2,
                    "catalog diff: --force 的值“maybe”无效：应为 true 或 false (catalog diff --help)",
                    "catalog diff: invalid value 'maybe' for --force: expected true or false (catalog diff --help)"),
            call("validate @/ok.json --bogus", 2, "catalog validate: 未知选项 --bogus (catalog validate --help)",
                    "catalog validate: unknown option --bogus (catalog validate --help)"),
            call("score @/samples.csv", 2, "catalog score: 缺少必需的选项 --config (catalog score --help)",
                    "catalog score: missing required option --config (catalog score --help)"),
            call("bogus", 2, "catalog: 未知命令“bogus”：可用 help、validate、convert、diff、score、aggregate、postings、consensus、schema、codes、template、publish、advance、renew、evaluate、consultation 或 normalize (catalog --help)",
                    "catalog: unknown command 'bogus': use help, validate, convert, diff, score, aggregate, postings, consensus, schema, codes, template, publish, advance, renew, evaluate, consultation or normalize (catalog --help)"),
            // files that cannot be read
            call("validate @/empty.xlsx", 2, "catalog validate: @/empty.xlsx: 文件是空的（0 字节）",
                    "catalog validate: @/empty.xlsx: the file is empty (0 bytes)"),
            call("validate @/trunc.xlsx", 2, "catalog validate: @/trunc.xlsx: 文件已损坏：开头是 zip（.xlsx 的封装格式），但无法打开，可能下载或复制不完整",
                    "catalog validate: @/trunc.xlsx: the file is damaged: it starts as a zip (the container of .xlsx) but cannot be opened; was the download or copy cut short?"),
            call("validate @/hugecol.xlsx", 2,
                    "catalog validate: @/hugecol.xlsx:xl/worksheets/sheet1.xml: 单元格引用 XFDZZZZZZ2 超出工作表范围：列应在 A 到 XFD 之间，行应在 1 到 1048576 之间",
                    "catalog validate: @/hugecol.xlsx:xl/worksheets/sheet1.xml: the cell reference XFDZZZZZZ2 is outside a worksheet: columns run from A to XFD, rows from 1 to 1048576"),
            call("diff @/badrow.xlsx @/ok.json", 2,
                    "catalog diff: @/badrow.xlsx:xl/worksheets/sheet1.xml: 行号 2C 超出工作表范围：行应在 1 到 1048576 之间",
                    "catalog diff: @/badrow.xlsx:xl/worksheets/sheet1.xml: the row number 2C is outside a worksheet: rows run from 1 to 1048576"),
            call("diff @/ok.json @/trunc.json", 2,
                    "catalog diff: @/trunc.json:12:8: 不是有效的 JSON: Unexpected end-of-input: was expecting closing quote for a string value",
                    "catalog diff: @/trunc.json:12:8: not valid JSON: Unexpected end-of-input: was expecting closing quote for a string value"),
            call("diff @/ok.json @/other.json", 2, "catalog diff: 两个文件属于不同的目录系列 (sh-ic ≠ lingang-key)；用 --force 仍然比较",
                    "catalog diff: the files belong to different catalog series (sh-ic ≠ lingang-key); use --force to compare anyway"),
            call("score @/samples.csv --config @/config-alpha.json", 2, "catalog score: @/config-alpha.json: $.weighting.alpha: 应为数字",
                    "catalog score: @/config-alpha.json: $.weighting.alpha: must be a number"),
            call("score @/samples.csv --config @/config-gb.json", 2, "catalog score: @/config-gb.json: 不是有效的 UTF-8 文本（JSON 须为 UTF-8）",
                    "catalog score: @/config-gb.json: not valid UTF-8 text (JSON must be UTF-8)"),
            call("score @/samples-bad.csv --config @/config.json", 2, "catalog score: samples-bad.csv:2:45: 列 offered_salary 的值不是数字：2C",
                    "catalog score: samples-bad.csv:2:45: not a number in column offered_salary: 2C"),
            // outputs that cannot be written
            call("convert @/ok.json @/out.csv --charset US-ASCII", 2,
                    "catalog convert: 无法写出 @/out.csv：字符集 US-ASCII 不能表示 /positions/0/name/zh 处的字符“集”（U+96C6）；请用 UTF-8（默认）或 GB18030",
                    "catalog convert: cannot write @/out.csv: the character set US-ASCII cannot represent the character '集' (U+96C6) at /positions/0/name/zh; use UTF-8 (the default) or GB18030"),
            call("convert @/ok.json @/missing/out.json", 2, "catalog convert: 无法写入 @/missing/out.json：目录 @/missing 不存在",
                    "catalog convert: cannot write @/missing/out.json: the folder @/missing does not exist"),
            call("convert @/ok.json @/ok.json/out.xlsx", 2, "catalog convert: 无法写入 @/ok.json/out.xlsx：@/ok.json 不是目录",
                    "catalog convert: cannot write @/ok.json/out.xlsx: @/ok.json is not a folder"),
            call("score @/samples.csv --config @/config.json --out @/folder", 2, "catalog score: 无法写入 @/folder：这是一个目录",
                    "catalog score: cannot write @/folder: it is a directory"));
    }

    private static Arguments call(String args, int code, String zh, String en) {
        return Arguments.of(args, code, zh, en);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void aHostileCallIsOneLocatedSentenceInEitherLanguage(String args, int code, String zh, String en) {
        Assumptions.assumeTrue(fifo || !args.contains("@/fifo"), "no named pipes on this system");
        List<String> call = Arrays.stream(args.split(" ")).map(HostileCallsTest::here).toList();
        assertOneSentence(call, code, here(zh));
        List<String> english = new ArrayList<>(call);
        english.addAll(List.of("--lang", "en"));
        assertOneSentence(english, code, here(en));
    }

    private static void assertOneSentence(List<String> args, int code, String expected) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        String text = err.toString();
        assertAll(String.join(" ", args),
            () -> assertEquals(expected + System.lineSeparator(), text),
            () -> assertEquals(code, exit),
            () -> assertEquals("", out.toString(), "standard output"),
            () -> RAW.forEach(raw -> assertFalse(text.contains(raw), raw)));
        assertFalse(Files.exists(dir.resolve("out.json")) || Files.exists(dir.resolve("out.csv")), "nothing is written");
    }

    private static String here(String text) {
        return text.replace("@", dir.toString());
    }
}
