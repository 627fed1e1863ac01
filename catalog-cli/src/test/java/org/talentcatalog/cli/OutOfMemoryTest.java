package org.talentcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A heap too small for the input ends the run with one located sentence and exit
 * {@link Main#EXIT_OUT_OF_MEMORY}, never an OutOfMemoryError trace: the tool is started as a user
 * starts it, in its own JVM with {@code -Xmx32m}, on a generated table of a few megabytes.
 */
class OutOfMemoryTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aHeapTooSmallForTheInputIsOneSentenceNamingTheFileAndTheRemedy() throws Exception {
        Path table = table(dir.resolve("big.csv"), 30_000);
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command("validate", table.toString()))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(100, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the tool did not finish");
        }
        String text = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(Main.EXIT_OUT_OF_MEMORY, p.exitValue(), text);
        assertTrue(text.matches("catalog validate: 读取 \\Q" + table + "\\E 时内存不足：Java 堆（上限 \\d+ MB）已用尽；"
                + "请用 JAVA_OPTS 增大堆后重试，如 JAVA_OPTS=-Xmx2g\\R"), text);
        assertFalse(text.contains("OutOfMemoryError") || text.contains("\tat "), text);
    }

    @Test
    void anOutOfMemoryErrorInsideAnotherFailureIsStillSaidSo() {
        StringWriter err = new StringWriter();
        CommandLine top = Main.commandLine();
        top.setErr(new PrintWriter(err));
        CommandLine.ParseResult parsed = top.parseArgs("diff", "a.json", "b.json", "--lang", "en").subcommand();
        CommandLine line = parsed.commandSpec().commandLine();
        Failures.reading(Path.of("b.json"));
        try {
            int code = Failures.executionFailure(new ExecutionException(new OutOfMemoryError("Java heap space")), line, parsed);
            assertEquals(Main.EXIT_OUT_OF_MEMORY, code);
        } finally {
            Failures.done();
        }
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        assertEquals("catalog diff: out of memory while reading b.json: the Java heap (at most " + mb + " MB) is used up;"
                + " raise it with JAVA_OPTS and try again, e.g. JAVA_OPTS=-Xmx2g", err.toString().strip());
    }

    @Test
    void anUnexpectedFailureIsOneLineWithWhatToReport() {
        StringWriter err = new StringWriter();
        CommandLine top = Main.commandLine();
        top.setErr(new PrintWriter(err));
        CommandLine.ParseResult parsed = top.parseArgs("validate", "a.json").subcommand();
        CommandLine line = parsed.commandSpec().commandLine();
        int code = Failures.executionFailure(new IllegalStateException("broken\n\tat somewhere"), line, parsed);
        assertEquals(Main.EXIT_UNREADABLE, code);
        assertEquals("catalog validate: 意外错误（IllegalStateException: broken）；请报告此问题并附上命令行", err.toString().strip());
        assertEquals(Locale.CHINESE, ParameterErrors.language(parsed.originalArgs()).locale());
    }

    /** A CSV table of {@code rows} copies of a position row (about 430 bytes each), with its side file. */
    private static Path table(Path file, int rows) throws IOException {
        String header = "序号,岗位编号,岗位名称,英文名称,产业类别,行业分类,职业代码,岗位类别,岗位职责,学历要求,专业要求,能力要求,紧缺程度\n";
        String row = ",集成电路设计工程师,IC design engineer,集成电路,I6520,2-02-38-09,应用技术类,"
                + "负责芯片架构定义、RTL 设计与验证，保障流片一次成功。负责芯片架构定义、RTL 设计与验证，保障流片一次成功。,"
                + "硕士研究生,微电子科学与工程；集成电路设计与集成系统,熟悉 Verilog、SystemVerilog 与 UVM 验证方法学,非常紧缺\n";
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(header.getBytes(StandardCharsets.UTF_8));
            for (int i = 1; i <= rows; i++) {
                out.write((i + ",IC-" + i + row).getBytes(StandardCharsets.UTF_8));
            }
        }
        Files.copy(HostileFiles.DATA.resolve("tables/sh-ic-2024.catalog.json"),
                file.resolveSibling("big.catalog.json"));
        return file;
    }

    /** Starts the tool in a JVM of 32 MB heap, from the module path or else the class path, as this test runs. */
    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath != null) {
            command.addAll(List.of("--module-path", modulePath, "-m", "org.talentcatalog.cli/" + Main.class.getName()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        }
        command.addAll(List.of(args));
        return command;
    }
}
