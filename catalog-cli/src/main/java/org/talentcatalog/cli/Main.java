package org.talentcatalog.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code catalog} command: one runnable jar with a sub-command per job. Exit codes (README,
 * "Command line"): 0 success, 1 a document with errors, 2 unreadable input or a wrong call. No stack
 * trace ever reaches the user: an unexpected failure is one line on standard error and exit 2.
 */
@Command(name = "catalog",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "急需紧缺人才目录工具：校验、比较、评分目录。",
            "Talent shortage catalog tool: validate, compare and score catalogs."},
        subcommands = {CommandLine.HelpCommand.class},
        footer = {"", "退出码 / exit codes: 0 成功 ok, 1 文档有错误 document has errors, 2 无法读取或用法错误 unreadable input or wrong call."})
public final class Main implements Runnable {

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
        int code = cli.execute(args);
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
        cli.setExecutionExceptionHandler((e, line, parseResult) -> {
            line.getErr().println("catalog: " + oneLine(e));
            return 2;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine line = e.getCommandLine();
            String name = line.getCommandSpec().qualifiedName(" ");
            line.getErr().println(name + ": " + oneLine(e) + " (" + name + " --help)");
            return 2;
        });
        cli.setExitCodeExceptionMapper(e -> 2);
        return cli;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        String text = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
