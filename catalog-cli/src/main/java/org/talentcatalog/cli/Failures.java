package org.talentcatalog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * What the command says when a run fails outside its own checks, as one line on standard error and
 * never a stack trace: the Java heap used up ({@link Main#EXIT_OUT_OF_MEMORY}, naming the file being
 * read and how to raise the heap), or an unexpected error (exit {@link Main#EXIT_UNREADABLE}, with
 * what to report).
 */
final class Failures {

    /** The file being read on this thread, named if the heap runs out. */
    private static final ThreadLocal<Path> READING = new ThreadLocal<>();

    private Failures() {
    }

    /** Notes that the command now reads {@code file} (a later out-of-memory error names it). */
    static void reading(Path file) {
        READING.set(file);
    }

    /** Forgets the file noted by {@link #reading}, at the end of a run. */
    static void done() {
        READING.remove();
    }

    /** The heap ran out if {@code e} or one of its causes is an {@link OutOfMemoryError}. */
    static OutOfMemoryError outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError oom) {
                return oom;
            }
        }
        return null;
    }

    /** The execution exception handler: the line for {@code e} on the command's standard error; the exit code. */
    static int executionFailure(Exception e, CommandLine line, ParseResult parsed) {
        Locale locale = ParameterErrors.language(parsed.originalArgs()).locale();
        String name = line.getCommandSpec().qualifiedName(" ");
        if (outOfMemory(e) != null) {
            return outOfMemory(name, locale, line.getErr());
        }
        String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
        line.getErr().println(Messages.RUN_UNEXPECTED.format(locale, name, why));
        line.getErr().flush();
        return Main.EXIT_UNREADABLE;
    }

    /** The line for a heap used up while {@code name} ran; the exit code. */
    static int outOfMemory(String name, Locale locale, PrintWriter err) {
        Path file = READING.get();
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        err.println(file == null ? Messages.RUN_OUT_OF_MEMORY.format(locale, name, mb)
                : Messages.RUN_OUT_OF_MEMORY_READING.format(locale, name, file, mb));
        err.flush();
        return Main.EXIT_OUT_OF_MEMORY;
    }

    /** The name of the command a parse result reached, e.g. {@code catalog validate}. */
    static String commandName(CommandLine top) {
        ParseResult parsed = top.getParseResult();
        if (parsed == null) {
            return top.getCommandSpec().qualifiedName(" ");
        }
        while (parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return parsed.commandSpec().qualifiedName(" ");
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }
}
