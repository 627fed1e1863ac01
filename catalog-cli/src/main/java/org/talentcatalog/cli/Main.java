package org.talentcatalog.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code catalog} command: one runnable jar with a sub-command per job. Exit codes (README,
 * "Command line"): {@value #EXIT_OK} success, {@value #EXIT_INVALID} a document with errors,
 * {@value #EXIT_UNREADABLE} unreadable input or a wrong call, {@value #EXIT_OUT_OF_MEMORY} the Java heap
 * used up. No stack trace ever reaches the user: a wrong call is one sentence naming the option, the
 * value and what is accepted ({@link ParameterErrors}); a heap used up or an unexpected failure is one
 * line on standard error ({@link Failures}).
 */
@Command(name = "catalog",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "急需紧缺人才目录工具：校验、比较、评分目录。",
            "Talent shortage catalog tool: validate, compare and score catalogs."},
        subcommands = {CommandLine.HelpCommand.class},
        footer = {"", "退出码 / exit codes: 0 成功 ok, 1 文档有错误 document has errors, 2 无法读取或用法错误 unreadable input or wrong call, 3 内存不足 out of memory (JAVA_OPTS=-Xmx…)."})
public final class Main implements Runnable {

    /** Exit code: success. */
    public static final int EXIT_OK = 0;
    /** Exit code: the document was read and has errors (or, for {@code codes}, nothing matches). */
    public static final int EXIT_INVALID = 1;
    /** Exit code: an input cannot be read, an output cannot be written, or the call is wrong. */
    public static final int EXIT_UNREADABLE = 2;
    /** Exit code: the Java heap was used up; JAVA_OPTS=-Xmx… raises it. */
    public static final int EXIT_OUT_OF_MEMORY = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the tool and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Runs the tool without exiting: for tests and embedding.
     *
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) { // thrown past picocli, which handles exceptions only
            code = Failures.outOfMemory(Failures.commandName(cli), ParameterErrors.language(args).locale(), err);
        } finally {
            Failures.done();
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The configured command line with every sub-command registered. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        for (Object sub : Commands.all()) {
            cli.addSubcommand(sub);
        }
        cli.setExecutionExceptionHandler(Failures::executionFailure);
        cli.setParameterExceptionHandler(ParameterErrors::handle);
        cli.setExitCodeExceptionMapper(e -> Failures.outOfMemory(e) != null ? EXIT_OUT_OF_MEMORY : EXIT_UNREADABLE);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
