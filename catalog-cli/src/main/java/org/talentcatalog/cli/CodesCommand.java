package org.talentcatalog.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.talentcatalog.model.IndustryClass;
import org.talentcatalog.model.IndustryClasses;
import org.talentcatalog.model.Labelled;
import org.talentcatalog.model.Occupation;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.model.OccupationMarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code catalog codes occupation|industry QUERY}: looks up the shipped 《职业分类大典》(2022) codes or
 * GB/T 4754-2017 classes by code (the code and everything under it) or by Chinese name fragment
 * (ranked exact, prefix, contains). Exit 0 when something matches, 1 when nothing does, 2 for a
 * wrong call.
 */
@Command(name = "codes", mixinStandardHelpOptions = true,
        description = {"查询职业分类代码和国民经济行业分类代码。", "Look up occupation codes and industry classes."},
        subcommands = {CodesCommand.OccupationQuery.class, CodesCommand.IndustryQuery.class})
final class CodesCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** One row of the result: the same columns for both lists ({@code marks} only for occupations). */
    record Row(String code, String name, Labelled level, int levelNumber, OccupationMarks marks, String parent) {
    }

    /**
     * The options and the printing both queries share.
     *
     * @param <C> an entry of the code list queried
     */
    abstract static class Query<C> implements Callable<Integer> {

        /** The last line of each query's help. */
        static final String EXIT_CODES = "退出码 / exit codes: 0 有匹配 matches, 1 无匹配 no match, 2 用法错误 wrong call.";

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "QUERY", description = "代码或中文名称片段 / a code or a Chinese name fragment")
        String query;

        @Option(names = "--format", defaultValue = "text", description = "输出格式 output format: text, json (默认 default: ${DEFAULT-VALUE})")
        OutputFormat format;

        @Option(names = "--lang", defaultValue = "zh", description = "表头语言 header language: zh, en (默认 default: ${DEFAULT-VALUE})")
        Language lang;

        @Option(names = "--limit", defaultValue = "20", paramLabel = "N",
                description = "最多显示条数，0 为不限 / most matches shown, 0 for all (默认 default: ${DEFAULT-VALUE})")
        int limit;

        /** The entries matching the query, best first. */
        abstract List<C> search(String q);

        /** The row of an entry. */
        abstract Row row(C entry);

        /** The one-line hint when nothing matches, e.g. the closest code; empty for none. */
        abstract Optional<String> hint(String q);

        /** The message when nothing matches the query {0}. */
        abstract Messages noMatch();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String name = spec.qualifiedName(" ");
            String q = query.strip();
            if (q.isEmpty() || limit < 0) {
                err.println(name + ": " + (q.isEmpty() ? Messages.CODES_BLANK_QUERY : Messages.CODES_NEGATIVE_LIMIT).format(lang.locale()));
                return 2;
            }
            List<Row> all = search(q).stream().map(this::row).toList();
            List<Row> shown = limit == 0 || all.size() <= limit ? all : all.subList(0, limit);
            if (format == OutputFormat.json) {
                out.println(json(q, all.size(), shown).toPrettyString());
            } else if (!all.isEmpty()) {
                out.print(text(all.size(), shown));
            }
            if (all.isEmpty()) {
                err.println(name + ": " + noMatch().format(lang.locale(), q)
                        + hint(q).map(h -> Messages.CODES_HINT_SEPARATOR.format(lang.locale()) + h).orElse(""));
            }
            out.flush();
            err.flush();
            return all.isEmpty() ? 1 : 0;
        }

        private ObjectNode json(String q, int total, List<Row> shown) {
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.put("query", q).put("total", total);
            ArrayNode results = root.putArray("results");
            for (Row r : shown) {
                ObjectNode o = results.addObject().put("code", r.code()).put("name", r.name())
                        .put("level", r.levelNumber()).put("levelName", r.level().label(lang.locale()));
                if (r.marks() != null) {
                    o.put("marks", r.marks().symbol()).put("digital", r.marks().digital()).put("green", r.marks().green());
                }
                o.put("parent", r.parent());
            }
            return root;
        }

        private String text(int total, List<Row> shown) {
            boolean marks = shown.stream().anyMatch(r -> r.marks() != null);
            int codeWidth = Math.max(Columns.width(Messages.CODES_HEADER_CODE.format(lang.locale())), shown.stream().mapToInt(r -> r.code().length()).max().orElse(0));
            int nameWidth = Math.max(8, shown.stream().mapToInt(r -> Columns.width(r.name())).max().orElse(0));
            int levelWidth = shown.stream().mapToInt(r -> Columns.width(r.level().label(lang.locale()))).max().orElse(0);
            levelWidth = Math.max(levelWidth, Columns.width(Messages.CODES_HEADER_LEVEL.format(lang.locale())));
            StringBuilder sb = new StringBuilder();
            String[] header = {Messages.CODES_HEADER_CODE.format(lang.locale()),
                Messages.CODES_HEADER_NAME.format(lang.locale()), Messages.CODES_HEADER_LEVEL.format(lang.locale()),
                Messages.CODES_HEADER_MARKS.format(lang.locale())};
            sb.append(line(header, marks, codeWidth, nameWidth, levelWidth));
            for (Row r : shown) {
                String mark = r.marks() == null || r.marks() == OccupationMarks.NONE ? ""
                        : r.marks().symbol() + " " + r.marks().label(lang.locale());
                sb.append(line(new String[] {r.code(), r.name(), r.level().label(lang.locale()), mark}, marks,
                        codeWidth, nameWidth, levelWidth));
            }
            sb.append(shown.size() != total ? Messages.CODES_TOTAL_SHOWN.format(lang.locale(), total, shown.size())
                    : (total == 1 ? Messages.CODES_TOTAL_ONE : Messages.CODES_TOTAL).format(lang.locale(), total));
            return sb.append(System.lineSeparator()).toString();
        }

        private static String line(String[] cells, boolean marks, int codeWidth, int nameWidth, int levelWidth) {
            String s = Columns.padRight(cells[0], codeWidth) + "  " + Columns.padRight(cells[1], nameWidth) + "  "
                    + (marks ? Columns.padRight(cells[2], levelWidth) + "  " + cells[3] : cells[2]);
            return s.stripTrailing() + System.lineSeparator();
        }
    }

    /** {@code catalog codes occupation QUERY}. */
    @Command(name = "occupation", mixinStandardHelpOptions = true,
            description = {"按代码或名称查询《职业分类大典》(2022) 职业代码（含数字职业 S、绿色职业 L 标识）。",
                "Look up 2022 occupation codes (with digital S / green L marks) by code or Chinese name."},
            footer = {"", "示例 / example: catalog codes occupation 人工智能; catalog codes occupation 2-02-38",
                Query.EXIT_CODES})
    static final class OccupationQuery extends Query<Occupation> {

        @Override
        List<Occupation> search(String q) {
            return OccupationCodes.defaults().search(q);
        }

        @Override
        Row row(Occupation o) {
            String parent = OccupationCodes.defaults().parent(o.code()).map(Occupation::code).orElse(null);
            return new Row(o.code(), o.name(), o.level(), o.level().number(), o.marks(), parent);
        }

        @Override
        Optional<String> hint(String q) {
            OccupationCodes codes = OccupationCodes.defaults();
            return codes.closest(q).map(o -> Messages.CODES_CLOSEST_OCCUPATION.format(lang.locale(), o.code() + " " + o.name()))
                    .or(() -> codes.parent(q).map(o -> Messages.CODES_BROADER_OCCUPATION.format(lang.locale(), o.code() + " " + o.name())));
        }

        @Override
        Messages noMatch() {
            return Messages.CODES_NO_OCCUPATION;
        }
    }

    /** {@code catalog codes industry QUERY}. */
    @Command(name = "industry", mixinStandardHelpOptions = true,
            description = {"按代码（C3973 或 3973）或名称查询 GB/T 4754-2017 国民经济行业分类。",
                "Look up GB/T 4754-2017 industry classes by code (C3973 or 3973) or Chinese name."},
            footer = {"", "示例 / example: catalog codes industry 集成电路; catalog codes industry 3973",
                Query.EXIT_CODES})
    static final class IndustryQuery extends Query<IndustryClass> {

        @Override
        List<IndustryClass> search(String q) {
            return IndustryClasses.defaults().search(q);
        }

        @Override
        Row row(IndustryClass c) {
            String parent = IndustryClasses.defaults().parent(c.catalogCode()).map(IndustryClass::catalogCode).orElse(null);
            return new Row(c.catalogCode(), c.name(), c.level(), c.level().number(), null, parent);
        }

        @Override
        Optional<String> hint(String q) {
            return IndustryClasses.defaults().closest(q).map(c -> Messages.CODES_CLOSEST_INDUSTRY.format(lang.locale(), c.catalogCode() + " " + c.name()));
        }

        @Override
        Messages noMatch() {
            return Messages.CODES_NO_INDUSTRY;
        }
    }
}
