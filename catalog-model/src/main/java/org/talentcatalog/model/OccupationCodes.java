package org.talentcatalog.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.internal.CodeListFile;
import org.talentcatalog.model.internal.CodeTree;

/**
 * The codes of 《中华人民共和国职业分类大典（2022年版）》 (rule R17): look-up by code, the hierarchy
 * 大类 → 中类 → 小类 → 细类, search by Chinese name, and the digital/green marks of a position.
 *
 * <p>{@link #defaults()} is the shipped list, read once on first use from the resource
 * {@code org/talentcatalog/model/occupations-2022.csv} (provenance in the module's README). Codes may
 * be given in short form: {@code 2-01-06} means {@code 2-01-06-00} ({@link #normalize}). Instances
 * are immutable and thread-safe. Codes published after 2022 are registered without forking:
 *
 * <pre>{@code
 * OccupationCodes codes = OccupationCodes.defaults()
 *         .with(new Occupation("4-04-05-13", "生成式人工智能系统应用员", OccupationLevel.OCCUPATION, OccupationMarks.DIGITAL))
 *         .merge(OccupationCodes.load(myCsv));                 // same columns: code,name,level,marks
 * boolean digital = codes.marks(position).digital();          // for renderers and statistics
 * }</pre>
 */
public final class OccupationCodes {

    private static final Pattern CODE = Pattern.compile("[1-8](-[0-9]{2}){0,3}");
    private static final List<String> HEADER = List.of("code", "name", "level", "marks");

    private final CodeTree<Occupation> tree;

    private OccupationCodes(Map<String, Occupation> entries) {
        this.tree = new CodeTree<>(entries, OccupationCodes::ancestorCandidates);
    }

    /** The shipped 2022 list. */
    public static OccupationCodes defaults() {
        return Defaults.INSTANCE;
    }

    /** An empty list. */
    public static OccupationCodes empty() {
        return new OccupationCodes(Map.of());
    }

    /**
     * Reads a list in the shipped format: UTF-8 CSV with the header {@code code,name,level,marks},
     * level 1–4, marks {@code S}, {@code L}, {@code L/S} or empty (the column may be left out).
     *
     * @param csv the CSV (not closed)
     * @throws IllegalArgumentException naming the line of a malformed row or a repeated code
     */
    public static OccupationCodes load(InputStream csv) {
        Map<String, Occupation> entries = new LinkedHashMap<>();
        CodeListFile.read(csv, HEADER.subList(0, 3), row -> {
            try {
                Occupation o = new Occupation(row.get(0), row.get(1), OccupationLevel.of(Integer.parseInt(row.get(2))),
                        OccupationMarks.ofSymbol(row.get(3)));
                if (entries.putIfAbsent(o.code(), o) != null) {
                    throw new IllegalArgumentException("code " + o.code() + " appears twice");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + row.line() + ": " + e.getMessage(), e);
            }
        });
        return new OccupationCodes(entries);
    }

    /**
     * The full form of a code: {@code 2-01-06} → {@code 2-01-06-00}, {@code 2-02} → {@code 2-02-00-00},
     * {@code 2} → {@code 2-00-00-00}; a full code is returned as it is.
     *
     * @throws IllegalArgumentException when {@code code} is not {@code ^[1-8](-[0-9]{2}){0,3}$}
     */
    public static String normalize(String code) {
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("an occupation code looks like 2-02-38-09 or 2-01-06, not " + code);
        }
        return code + "-00-00-00".substring(0, 10 - code.length());
    }

    /** Whether the text is an occupation code in full or short form ({@code ^[1-8](-[0-9]{2}){0,3}$}). */
    public static boolean isWellFormed(@Nullable String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The code's entry; short codes are padded; empty for an unknown or malformed code. */
    public Optional<Occupation> find(@Nullable String code) {
        return isWellFormed(code) ? tree.get(normalize(code)) : Optional.empty();
    }

    /** Whether the code (full or short) is in the list. */
    public boolean contains(@Nullable String code) {
        return find(code).isPresent();
    }

    /** The entry of the position's {@code occupationCode}; empty when it has none or it is unknown. */
    public Optional<Occupation> occupation(@Nullable Position position) {
        return position == null ? Optional.empty() : find(position.occupationCode());
    }

    /** The digital/green marks of the position's occupation; {@link OccupationMarks#NONE} when unknown. */
    public OccupationMarks marks(@Nullable Position position) {
        return occupation(position).map(Occupation::marks).orElse(OccupationMarks.NONE);
    }

    /**
     * The nearest existing broader code: for {@code 2-02-38-09} the 小类 {@code 2-02-38-00}; for
     * {@code 1-01-00-01} (a 中类 without 小类 split) the 中类 {@code 1-01-00-00}. Also answers for a
     * well-formed code that is not in the list. Empty for a 大类 and for a malformed code.
     */
    public Optional<Occupation> parent(@Nullable String code) {
        return isWellFormed(code) ? tree.parent(normalize(code)) : Optional.empty();
    }

    /** The codes directly under the code, in code order; empty for an occupation or an unknown code. */
    public List<Occupation> children(@Nullable String code) {
        return isWellFormed(code) ? tree.children(normalize(code)) : List.of();
    }

    /** All codes under the code, depth first in code order. */
    public List<Occupation> descendants(@Nullable String code) {
        return isWellFormed(code) ? tree.descendants(normalize(code), Occupation::code) : List.of();
    }

    /** The broader codes of the code, 大类 first, ending with its {@link #parent}. */
    public List<Occupation> ancestors(@Nullable String code) {
        List<Occupation> out = new ArrayList<>();
        for (Optional<Occupation> p = parent(code); p.isPresent(); p = parent(p.get().code())) {
            out.add(0, p.get());
        }
        return out;
    }

    /** The 大类 (and any code without an existing broader code), in code order. */
    public List<Occupation> roots() {
        return tree.roots();
    }

    /**
     * Searches by code or by Chinese name fragment. A query of code form ({@link #isWellFormed})
     * gives the code itself and every code under it, in code order. Any other query gives the codes
     * whose name contains it, ranked: exact name, then names starting with it, then names containing
     * it; within a rank broader levels first, then by code. {@code 人工智能} gives
     * {@code 2-02-38-01 人工智能工程技术人员} first.
     *
     * @param query a code or a name fragment (stripped); blank gives nothing
     */
    public List<Occupation> search(@Nullable String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        if (isWellFormed(q)) {
            List<Occupation> out = new ArrayList<>();
            find(q).ifPresent(out::add);
            out.addAll(descendants(q));
            return List.copyOf(out);
        }
        return tree.searchNames(q, Occupation::name, o -> o.level().number(), Occupation::code);
    }

    /**
     * The existing code closest to the given one within its 小类 {@code X-YY-ZZ} (rule R17): the code
     * itself when it exists; otherwise the 细类 of that 小类 whose last two digits are numerically
     * nearest (the lower code on a tie); when the 小类 has no 细类 under it, the 小类's own row. Empty
     * when nothing of that 小类 exists (a 中类 code such as {@code 2-02-00-05} has no 小类) or the code is
     * malformed; {@link #parent} then names the nearest broader code.
     */
    public Optional<Occupation> closest(@Nullable String code) {
        if (!isWellFormed(code)) {
            return Optional.empty();
        }
        String full = normalize(code);
        Optional<Occupation> self = tree.get(full);
        if (self.isPresent()) {
            return self;
        }
        String minor = full.substring(0, 7);
        if (minor.endsWith("-00")) {
            // 小类 00: only 细类 written X-YY-00-WW belong to it (a 中类 without 小类 split).
            return tree.entries().subMap(minor + "-01", minor + "-99\uffff").values().stream()
                    .min(byDistance(full));
        }
        List<Occupation> same = new ArrayList<>(tree.entries().subMap(minor + "-00", minor + "-99\uffff").values());
        List<Occupation> occupations = same.stream().filter(o -> o.level() == OccupationLevel.OCCUPATION).toList();
        return (occupations.isEmpty() ? same : occupations).stream().min(byDistance(full));
    }

    private static Comparator<Occupation> byDistance(String full) {
        int target = Integer.parseInt(full.substring(8));
        return Comparator.<Occupation>comparingInt(o -> Math.abs(Integer.parseInt(o.code().substring(8)) - target))
                .thenComparing(Occupation::code);
    }

    /** All codes in code order (which is hierarchy order). */
    public Collection<Occupation> all() {
        return tree.entries().values();
    }

    /** The number of codes. */
    public int size() {
        return tree.entries().size();
    }

    /** A copy with one more code (replacing the entry with the same code). */
    public OccupationCodes with(Occupation occupation) {
        Map<String, Occupation> copy = new LinkedHashMap<>(tree.entries());
        copy.put(occupation.code(), occupation);
        return new OccupationCodes(copy);
    }

    /** A copy holding the codes of both lists; {@code other}'s entries win on equal codes. */
    public OccupationCodes merge(OccupationCodes other) {
        Map<String, Occupation> copy = new LinkedHashMap<>(tree.entries());
        copy.putAll(other.tree.entries());
        return new OccupationCodes(copy);
    }

    /** {@code X-YY-ZZ-WW} → {@code X-YY-ZZ-00}, {@code X-YY-00-00}, {@code X-00-00-00}. */
    private static List<String> ancestorCandidates(String full) {
        return List.of(full.substring(0, 7) + "-00", full.substring(0, 4) + "-00-00", full.charAt(0) + "-00-00-00");
    }

    /** Lazy holder: the resource is read on first use, once. */
    private static final class Defaults {
        static final OccupationCodes INSTANCE = read("occupations-2022.csv");

        private static OccupationCodes read(String resource) {
            try (InputStream in = OccupationCodes.class.getResourceAsStream(resource)) {
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
