package org.talentcatalog.model.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.CatalogKind;
import org.talentcatalog.model.CatalogLevel;
import org.talentcatalog.model.Edition;
import org.talentcatalog.model.Education;
import org.talentcatalog.model.Experience;
import org.talentcatalog.model.Extensions;
import org.talentcatalog.model.JobCategory;
import org.talentcatalog.model.LocalizedText;
import org.talentcatalog.model.Organization;
import org.talentcatalog.model.OrganizationRole;
import org.talentcatalog.model.Policy;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Requirements;
import org.talentcatalog.model.Scope;
import org.talentcatalog.model.Shortage;
import org.talentcatalog.model.ShortageLevel;
import org.talentcatalog.model.Status;

/**
 * jqwik generators of valid catalogs (unique position ids, required members present, unique list
 * items) and of random edits of them: positions added, removed, reordered, re-identified (renames),
 * modified (names, levels, requirement lists, experience, policies, descriptions), {@code x-} members
 * added, changed, removed or reordered at every level, and catalog-level changes. Each catalog comes
 * from a seed, so a failing case is reproducible from jqwik's report. Public for the sibling modules
 * that render diffs (through the test-jar).
 */
public final class CatalogGenerators {

    private static final String[] NAMES = {"集成电路设计工程师", "模拟集成电路设计工程师", "工艺整合工程师", "光刻工艺工程师",
        "先进光刻工艺工程师", "封装测试工程师", "半导体设备工程师", "芯片验证工程师", "数据分析师", "算法工程师", "临床研究医师"};
    private static final String[] INDUSTRIES = {"INTEGRATED_CIRCUIT", "ARTIFICIAL_INTELLIGENCE", "BIOMEDICINE"};
    private static final String[] CODES = {"2-02-38-09", "2-02-09-01", "2-02-07-04", "6-17-08-01"};
    private static final String[] MAJORS = {"微电子", "电子科学与技术", "物理", "材料", "计算机", "化学"};
    private static final String[] SKILLS = {"RTL 设计", "版图", "DFT", "良率分析", "Python", "统计", "团队管理"};
    private static final String[] CERTS = {"高级工程师", "工程师", "注册质量工程师"};
    private static final String[] X_NAMES = {"x-vendor-ref", "x-a/b", "x-t~ilde", "x-note", "x-"+ "z"};

    private CatalogGenerators() {
    }

    /** Valid catalogs of 0 to 14 positions. */
    public static Arbitrary<Catalog> catalogs() {
        return Arbitraries.longs().map(seed -> catalog(new Random(seed)));
    }

    /**
     * Catalogs of 0 to 14 positions, some of which (none to all) repeat the id of an earlier position
     * or have none, as a broken export has them.
     */
    public static Arbitrary<Catalog> catalogsWithAmbiguousIds() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 100))
                .as((seed, percent) -> withAmbiguousIds(catalog(new Random(seed)), new Random(seed ^ 0x5DEECE66DL), percent));
    }

    /** The catalog with about {@code percent} % of its positions given an earlier position's id, or none. */
    static Catalog withAmbiguousIds(Catalog c, Random r, int percent) {
        List<Position> positions = new ArrayList<>();
        for (Position p : c.positions()) {
            if (r.nextInt(100) < percent) {
                String id = r.nextBoolean() || positions.isEmpty() ? null : positions.get(r.nextInt(positions.size())).id();
                p = p.toBuilder().id(id).build();
            }
            positions.add(p);
        }
        return c.withPositions(positions);
    }

    /** Pairs of {@link #editedPairs()} whose positions then had their ids repeated or removed at random. */
    public static Arbitrary<Catalog[]> editedPairsWithAmbiguousIds() {
        return Combinators.combine(editedPairs(), Arbitraries.longs(), Arbitraries.integers().between(0, 60))
                .as((pair, seed, percent) -> new Catalog[] {withAmbiguousIds(pair[0], new Random(seed), percent),
                    withAmbiguousIds(pair[1], new Random(seed), percent)});
    }

    /** Pairs of a catalog and an edited copy of it (1 to 8 edits). */
    public static Arbitrary<Catalog[]> editedPairs() {
        return Combinators.combine(catalogs(), Arbitraries.longs(), Arbitraries.integers().between(1, 8))
                .as((c, seed, edits) -> new Catalog[] {c, edit(c, new Random(seed), edits)});
    }

    /** A valid catalog of 0 to 14 positions from a seeded random source. */
    public static Catalog catalog(Random r) {
        List<Position> positions = new ArrayList<>();
        int n = r.nextInt(15);
        for (int i = 0; i < n; i++) {
            positions.add(position(r, "P-" + i));
        }
        return Catalog.builder().id("sh-test").title(LocalizedText.of("测试目录", r.nextBoolean() ? "Test catalog" : null))
                .kind(CatalogKind.INDUSTRY).level(CatalogLevel.MUNICIPAL)
                .scope(new Scope(List.of(INDUSTRIES[0]), null, null))
                .edition(new Edition("2024", LocalDate.of(2024, 3, 15), null, r.nextBoolean() ? LocalDate.of(2026, 3, 31) : null, null))
                .status(Status.PUBLISHED)
                .compiler(new Organization("上海市经济和信息化委员会", OrganizationRole.INDUSTRY_AUTHORITY, null))
                .jointIssuer(new Organization("上海市人力资源和社会保障局", OrganizationRole.MUNICIPAL_HRSS, null))
                .documentNumber("沪人社力〔2024〕15号")
                .positions(positions).extensions(extensions(r)).build();
    }

    /** A valid position with the given id from a seeded random source. */
    public static Position position(Random r, String id) {
        Requirements req = new Requirements(Education.values()[r.nextInt(Education.values().length)],
                subset(r, MAJORS), subset(r, SKILLS),
                r.nextBoolean() ? new Experience(r.nextInt(10), r.nextBoolean() ? "主导过流片项目" : null) : null,
                subset(r, CERTS), extensions(r));
        return Position.builder(id).name(LocalizedText.of(pick(r, NAMES), r.nextBoolean() ? "engineer" : null))
                .industry(pick(r, INDUSTRIES)).occupationCode(r.nextInt(4) == 0 ? null : pick(r, CODES))
                .category(JobCategory.values()[r.nextInt(JobCategory.values().length)])
                .description(r.nextBoolean() ? LocalizedText.of("负责相关工作") : null)
                .requirements(req).shortage(r.nextInt(5) == 0 ? null : shortage(r))
                .policies(subset(r, Policy.values()).toArray(Policy[]::new))
                .extensions(extensions(r)).build();
    }

    private static Shortage shortage(Random r) {
        return new Shortage(ShortageLevel.values()[r.nextInt(3)], r.nextBoolean() ? Math.round(r.nextDouble() * 100) / 100.0 : null,
                null, r.nextInt(4) == 0 ? "调研显示缺口较大" : null);
    }

    static Extensions extensions(Random r) {
        if (r.nextInt(3) > 0) {
            return Extensions.none();
        }
        Map<String, JsonNode> members = new LinkedHashMap<>();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            members.put(pick(r, X_NAMES), jsonValue(r));
        }
        return Extensions.of(members);
    }

    private static JsonNode jsonValue(Random r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (r.nextInt(5)) {
            case 0 -> f.nullNode();
            case 1 -> f.numberNode(r.nextInt(100));
            case 2 -> f.textNode("v" + r.nextInt(5));
            case 3 -> f.arrayNode().add(r.nextInt(3)).add("a");
            default -> {
                ObjectNode o = f.objectNode();
                for (String k : List.of("k", "a/b", "~x", "")) {
                    if (r.nextBoolean()) {
                        o.put(k, r.nextInt(3));
                    }
                }
                yield o;
            }
        };
    }

    /** Applies {@code edits} random edits. */
    static Catalog edit(Catalog c, Random r, int edits) {
        List<Position> ps = new ArrayList<>(c.positions());
        Catalog out = c;
        int fresh = 100;
        for (int e = 0; e < edits; e++) {
            int kind = r.nextInt(10);
            if (kind == 0 || ps.isEmpty()) {
                ps.add(r.nextInt(ps.size() + 1), position(r, "N-" + fresh++));
            } else if (kind == 1) {
                ps.remove(r.nextInt(ps.size()));
            } else if (kind == 2) {
                int i = r.nextInt(ps.size());
                ps.add(r.nextInt(ps.size()), ps.remove(i));
            } else if (kind == 3) {
                int i = r.nextInt(ps.size());
                ps.set(i, ps.get(i).toBuilder().id("R-" + fresh++).build());
            } else if (kind == 4) {
                int i = r.nextInt(ps.size());
                ps.set(i, ps.get(i).toBuilder().shortage(r.nextInt(4) == 0 ? null : shortage(r)).build());
            } else if (kind == 5) {
                int i = r.nextInt(ps.size());
                Position p = ps.get(i);
                Requirements q = p.requirements().withMajors(subset(r, MAJORS).toArray(String[]::new))
                        .withCertifications(subset(r, CERTS).toArray(String[]::new)).withExtensions(extensions(r));
                ps.set(i, p.toBuilder().requirements(r.nextBoolean() ? q : q.withExperience(new Experience(r.nextInt(8), null))).build());
            } else if (kind == 6) {
                int i = r.nextInt(ps.size());
                ps.set(i, ps.get(i).toBuilder().extensions(shuffled(ps.get(i).extensions(), r)).name(LocalizedText.of(pick(r, NAMES))).build());
            } else if (kind == 7) {
                int i = r.nextInt(ps.size());
                ps.set(i, position(r, ps.get(i).id()));
            } else if (kind == 8) {
                out = out.toBuilder().extensions(shuffled(out.extensions(), r)).build();
            } else {
                out = out.toBuilder().edition(new Edition("2025", LocalDate.of(2025, 3, 1), null, null, "2024"))
                        .status(r.nextBoolean() ? Status.SUPERSEDED : Status.PUBLISHED)
                        .title(LocalizedText.of("测试目录（2025）")).build();
            }
        }
        return out.withPositions(ps);
    }

    /** The same or new members, sometimes in another order. */
    private static Extensions shuffled(Extensions ext, Random r) {
        if (r.nextBoolean()) {
            return extensions(r);
        }
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(ext.asMap().entrySet());
        java.util.Collections.shuffle(entries, r);
        Map<String, JsonNode> m = new LinkedHashMap<>();
        entries.forEach(en -> m.put(en.getKey(), en.getValue()));
        return Extensions.of(m);
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static <T> List<T> subset(Random r, T[] values) {
        List<T> out = new ArrayList<>();
        for (T v : values) {
            if (r.nextInt(3) == 0) {
                out.add(v);
            }
        }
        if (r.nextBoolean()) {
            java.util.Collections.shuffle(out, r);
        }
        return out;
    }
}
