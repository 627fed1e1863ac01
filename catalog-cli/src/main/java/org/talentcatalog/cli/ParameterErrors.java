package org.talentcatalog.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong call as one sentence in the language of the call ({@code --lang en} anywhere on the line:
 * English; otherwise Chinese): the option or argument, the value given and what is accepted, then
 * where to read more, e.g. {@code catalog validate: --lang 的值“fr”无效：应为 zh 或 en (catalog validate --help)}.
 */
final class ParameterErrors {

    private ParameterErrors() {
    }

    /** Prints the sentence for {@code e} on the command's standard error; the exit code. */
    static int handle(ParameterException e, String[] args) {
        CommandLine line = e.getCommandLine();
        String name = line.getCommandSpec().qualifiedName(" ");
        line.getErr().println(name + ": " + sentence(e, args, language(args).locale()) + " (" + name + " --help)");
        line.getErr().flush();
        return Main.EXIT_UNREADABLE;
    }

    /** The language a call asks for: English when {@code --lang en} (or {@code --lang=en}) is among its arguments. */
    static Language language(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--lang=en") || a.equals("--lang") && i + 1 < args.size() && args.get(i + 1).equals("en")) {
                return Language.en;
            }
        }
        return Language.zh;
    }

    static Language language(String[] args) {
        return language(Arrays.asList(args));
    }

    /** {@code a、b 或 c} in Chinese, {@code a, b or c} in English. */
    static String alternatives(List<String> choices, Locale locale) {
        int n = choices.size();
        if (n < 2) {
            return String.join("", choices);
        }
        return String.join(Messages.CONVERT_LIST_SEPARATOR.format(locale), choices.subList(0, n - 1))
                + Messages.OPTION_OR.format(locale) + choices.get(n - 1);
    }

    private static String sentence(ParameterException e, String[] args, Locale locale) {
        if (e instanceof UnmatchedArgumentException u) {
            String first = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
            if (u.isUnknownOption()) {
                return Messages.OPTION_UNKNOWN.format(locale, first);
            }
            CommandLine line = e.getCommandLine();
            if (!line.getSubcommands().isEmpty()) {
                return Messages.COMMAND_UNKNOWN.format(locale, first, alternatives(List.copyOf(line.getSubcommands().keySet()), locale));
            }
            return Messages.ARGUMENT_UNEXPECTED.format(locale, first);
        }
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            ArgSpec missing = m.getMissing().get(0);
            if (missing instanceof OptionSpec option) {
                String opt = option.longestName();
                boolean given = Arrays.stream(args).anyMatch(a -> Arrays.asList(option.names()).contains(a));
                return (given ? Messages.OPTION_NEEDS_VALUE : Messages.OPTION_MISSING).format(locale, opt);
            }
            return Messages.ARGUMENT_MISSING.format(locale, missing.paramLabel());
        }
        ArgSpec spec = e.getArgSpec();
        String value = e.getValue();
        if (spec != null && value != null) {
            String place = spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
            if (e.getCause() instanceof OptionValues.Refused refused) {
                return refused.sentence(place, value, locale);
            }
            Class<?> type = spec.type();
            if (type.isEnum()) {
                List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
                return Messages.OPTION_CHOICES.format(locale, place, value, alternatives(names, locale));
            }
            if (type == boolean.class || type == Boolean.class) {
                return Messages.OPTION_CHOICES.format(locale, place, value, alternatives(List.of("true", "false"), locale));
            }
            if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                return Messages.OPTION_INTEGER.format(locale, place, value);
            }
            if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
                return Messages.OPTION_NUMBER.format(locale, place, value);
            }
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.lines().findFirst().orElse(text); // picocli's own sentence, for the rarer wrong calls
    }
}
