package org.talentcatalog.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.internal.CodeTree;
import org.talentcatalog.model.internal.CodeListFile;

/**
 * The classes of GB/T 4754-2017 国民经济行业分类 (rule R18): look-up by code, the hierarchy 门类 → 大类 →
 * 中类 → 小类, and search by Chinese name.
 *
 * <p>Codes are accepted with or without their 门类 letter: {@code C3973} and {@code 3973} both find
 * 集成电路制造; a letter that is not the 门类 of the code's 大类 ({@code I3973}) finds nothing. The letter
 * of each 大类 is derived from the list itself (each 门类 row precedes its 大类 in the file, as in the
 * standard's table), not written into the code. {@link #defaults()} is the shipped list, read once on
 * first use from the resource {@code org/talentcatalog/model/industries-gbt4754-2017.csv}. Instances
 * are immutable and thread-safe; users register more classes without forking:
 *
 * <pre>{@code
 * IndustryClasses classes = IndustryClasses.defaults()
 *         .with("C3975", "示例新增小类")                          // 门类 from the letter or the 大类
 *         .merge(IndustryClasses.load(myCsv));                   // same columns: code,name,level
 * }</pre>
 */
public final class IndustryClasses {

    private static final Pattern CODE = Pattern.compile("([A-Z])?([0-9]{2,4})?");
    private static final List<String> HEADER = List.of("code", "name", "level");

    private final Map<String, String> sections;
    private final CodeTree<IndustryClass> tree;

    /** Indexes the classes; a later class replaces an earlier one with the same code. */
    private IndustryClasses(Collection<IndustryClass> entries) {
        Map<String, IndustryClass> byCatalogCode = new LinkedHashMap<>();
        entries.forEach(c -> byCatalogCode.put(c.catalogCode(), c));
        Map<String, String> bySection = new HashMap<>();
        for (IndustryClass c : byCatalogCode.values()) {
            if (c.level() != IndustryLevel.SECTION) {
                String division = c.code().substring(0, 2);
                String before = bySection.putIfAbsent(division, c.section());
                if (before != null && !before.equals(c.section())) {
                    throw new IllegalArgumentException("大类 " + division + " is in 门类 " + before + ", so "
                            + c.code() + " cannot be in " + c.section());
                }
            }
        }
        this.sections = Map.copyOf(bySection);
        this.tree = new CodeTree<>(byCatalogCode, IndustryClasses::ancestorCandidates);
    }

    /** The shipped GB/T 4754-2017 list. */
    public static IndustryClasses defaults() {
        return Defaults.INSTANCE;
    }

    /** An empty list. */
    public static IndustryClasses empty() {
        return new IndustryClasses(List.of());
    }

    /**
     * Reads a list in the shipped format: UTF-8 CSV with the header {@code code,name,level}. A numeric
     * code belongs to the 门类 of the latest 门类 row above it, or to the letter written before it
     * ({@code C3975}).
     *
     * @param csv the CSV (not closed)
     * @throws IllegalArgumentException naming the line of a malformed row, a repeated code, or a
     *     numeric code whose 门类 is unknown
     */
    public static IndustryClasses load(InputStream csv) {
        Map<String, IndustryClass> entries = new LinkedHashMap<>();
        String[] section = {null}; // the 门类 of the latest 门类 row
        CodeListFile.read(csv, HEADER, row -> {
            try {
                Matcher m = parse(row.get(0));
                String digits = m.group(2);
                String letter = m.group(1) != null ? m.group(1) : digits == null ? null : section[0];
                if (letter == null) {
                    throw new IllegalArgumentException("the 门类 of " + digits + " is unknown: put its 门类 row above it"
                            + " or write its letter before it");
                }
                IndustryClass c = new IndustryClass(digits == null ? letter : digits, letter, row.get(1),
                        IndustryLevel.of(Integer.parseInt(row.get(2))));
                if (digits == null) {
                    section[0] = letter;
                }
                if (entries.putIfAbsent(c.code(), c) != null) {
                    throw new IllegalArgumentException("code " + c.code() + " appears twice");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + row.line() + ": " + e.getMessage(), e);
            }
        });
        return new IndustryClasses(entries.values());
    }

    /** Whether the text has the form of an industry class code: a letter, 2–4 digits, or both. */
    public static boolean isWellFormed(@Nullable String code) {
        return code != null && !code.isEmpty() && CODE.matcher(code).matches();
    }

    private static Matcher parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code);
        if (code == null || code.isEmpty() || !m.matches()) {
            throw new IllegalArgumentException("an industry class code looks like C3973, 3973 or C, not " + code);
        }
        return m;
    }

    /** The class with the code ({@code C3973}, {@code 3973}, {@code C39}, {@code C}); empty when unknown. */
    public Optional<IndustryClass> find(@Nullable String code) {
        return key(code).flatMap(tree::get);
    }

    /** Whether the code (with or without its letter) is in the list. */
    public boolean contains(@Nullable String code) {
        return find(code).isPresent();
    }

    /** The class of the position's {@code industryClass}; empty when it has none or it is unknown. */
    public Optional<IndustryClass> industryClass(@Nullable Position position) {
        return position == null ? Optional.empty() : find(position.industryClass());
    }

    /**
     * The nearest existing broader class ({@code 397} for {@code 3973}, the 门类 {@code C} for {@code 39}).
     * Also answers for a well-formed code that is not in the list. Empty for a 门类.
     */
    public Optional<IndustryClass> parent(@Nullable String code) {
        return key(code).flatMap(tree::parent);
    }

    /** The classes directly under the code, in code order. */
    public List<IndustryClass> children(@Nullable String code) {
        return find(code).map(c -> tree.children(c.catalogCode())).orElse(List.of());
    }

    /** All classes under the code, depth first in code order. */
    public List<IndustryClass> descendants(@Nullable String code) {
        return find(code).map(c -> tree.descendants(c.catalogCode(), IndustryClass::catalogCode)).orElse(List.of());
    }

    /** The broader classes of the code, 门类 first, ending with its {@link #parent}. */
    public List<IndustryClass> ancestors(@Nullable String code) {
        List<IndustryClass> out = new ArrayList<>();
        for (Optional<IndustryClass> p = parent(code); p.isPresent(); p = parent(p.get().catalogCode())) {
            out.add(0, p.get());
        }
        return out;
    }

    /** The 门类 (and any class without an existing broader class), in code order. */
    public List<IndustryClass> roots() {
        return tree.roots();
    }

    /**
     * Searches by code or by Chinese name fragment. A query of code form ({@link #isWellFormed})
     * gives the class itself and every class under it. Any other query gives the classes whose name
     * contains it, ranked: exact name, then names starting with it, then names containing it; within a
     * rank broader levels first, then by code.
     *
     * @param query a code or a name fragment (stripped); blank gives nothing
     */
    public List<IndustryClass> search(@Nullable String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        if (isWellFormed(q)) {
            List<IndustryClass> out = new ArrayList<>();
            find(q).ifPresent(out::add);
            out.addAll(descendants(q));
            return List.copyOf(out);
        }
        return tree.searchNames(q, IndustryClass::name, c -> c.level().number(), IndustryClass::catalogCode);
    }

    /**
     * The existing class closest to the given code (rule R18): the class of its digits when they
     * exist (even under another 门类 letter, so {@code I3973} gives {@code C3973}); otherwise, below the
     * longest prefix of its digits that exists, the child whose code is numerically nearest to the
     * code's digits of that length (the lower on a tie), or the prefix itself when it has no children;
     * with no existing 大类, the numerically nearest 大类 of the code's 门类 (of any 门类 when that has
     * none). Empty only for a malformed code or an empty list.
     */
    public Optional<IndustryClass> closest(@Nullable String code) {
        if (!isWellFormed(code)) {
            return Optional.empty();
        }
        Matcher m = parse(code);
        String letter = m.group(1);
        String digits = m.group(2);
        if (digits == null) {
            return tree.get(letter);
        }
        String section = sections.get(digits.substring(0, 2));
        for (int n = digits.length(); section != null && n >= 2; n--) {
            Optional<IndustryClass> prefix = tree.get(section + digits.substring(0, n));
            if (prefix.isPresent() && n == digits.length()) {
                return prefix;
            }
            if (prefix.isPresent()) {
                List<IndustryClass> children = tree.children(prefix.get().catalogCode());
                return children.isEmpty() ? prefix : nearest(children, digits.substring(0, n + 1));
            }
        }
        List<IndustryClass> divisions = all().stream().filter(c -> c.level() == IndustryLevel.DIVISION).toList();
        List<IndustryClass> own = divisions.stream().filter(c -> c.section().equals(letter)).toList();
        return nearest(own.isEmpty() ? divisions : own, digits.substring(0, 2));
    }

    private static Optional<IndustryClass> nearest(List<IndustryClass> candidates, String target) {
        int t = Integer.parseInt(target);
        return candidates.stream().filter(c -> c.code().length() == target.length())
                .min(Comparator.<IndustryClass>comparingInt(c -> Math.abs(Integer.parseInt(c.code()) - t))
                        .thenComparing(IndustryClass::code));
    }

    /** All classes in hierarchy order: each 门类, then its classes in code order (the standard's table order). */
    public Collection<IndustryClass> all() {
        return tree.entries().values();
    }

    /** The number of classes. */
    public int size() {
        return tree.entries().size();
    }

    /** A copy with one more class (replacing the entry with the same code). */
    public IndustryClasses with(IndustryClass industryClass) {
        List<IndustryClass> copy = new ArrayList<>(all());
        copy.add(industryClass);
        return new IndustryClasses(copy);
    }

    /**
     * A copy with one more class given by code and name: the level follows from the code's form, the
     * 门类 from its letter ({@code C3975}) or else from its 大类 in this list ({@code 3975}).
     *
     * @throws IllegalArgumentException when the code is malformed or its 门类 is unknown
     */
    public IndustryClasses with(String code, String name) {
        Matcher m = parse(code);
        String digits = m.group(2);
        String letter = m.group(1) != null ? m.group(1) : sections.get(digits.substring(0, 2));
        if (letter == null) {
            throw new IllegalArgumentException("the 门类 of " + code + " is unknown: write its letter before it");
        }
        return with(IndustryClass.of(digits == null ? letter : digits, letter, name));
    }

    /** A copy holding the classes of both lists; {@code other}'s entries win on equal codes. */
    public IndustryClasses merge(IndustryClasses other) {
        List<IndustryClass> copy = new ArrayList<>(all());
        copy.addAll(other.all());
        return new IndustryClasses(copy);
    }

    /**
     * The tree key (the catalog form) of a well-formed code: the letter given, else the 门类 of its
     * 大类 in this list; empty when neither is known.
     */
    private Optional<String> key(String code) {
        if (!isWellFormed(code)) {
            return Optional.empty();
        }
        Matcher m = parse(code);
        if (m.group(2) == null) {
            return Optional.of(m.group(1));
        }
        String letter = m.group(1) != null ? m.group(1) : sections.get(m.group(2).substring(0, 2));
        return Optional.ofNullable(letter).map(l -> l + m.group(2));
    }

    /** {@code C3973} → {@code C397}, {@code C39}, {@code C}. */
    private static List<String> ancestorCandidates(String key) {
        List<String> out = new ArrayList<>();
        for (int n = key.length() - 1; n >= 1; n--) {
            out.add(key.substring(0, n));
        }
        return out;
    }

    /** Lazy holder: the resource is read on first use, once. */
    private static final class Defaults {
        static final IndustryClasses INSTANCE = read("industries-gbt4754-2017.csv");

        private static IndustryClasses read(String resource) {
            try (InputStream in = IndustryClasses.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("resource org/talentcatalog/model/" + resource + " is missing");
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
