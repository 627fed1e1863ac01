package org.talentcatalog.lifecycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.lifecycle.internal.Statistics;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.ShortageLevel;

/**
 * Back-testing an edition against the next one (docs/lifecycle.md, "Back-testing"): how far the
 * levels agree (quadratic-weighted kappa over the four ordered classes NONE &lt; GENERALLY_SCARCE &lt;
 * SCARCE &lt; VERY_SCARCE, over every position of either edition, a position absent from an edition
 * or without a level counting as NONE there), how far the scores agree in rank (Spearman, over the
 * positions scored in both), and which positions stayed, entered and left.
 *
 * @param kappa the quadratic-weighted kappa, {@code null} when undefined (every position in one class in both)
 * @param spearman Spearman's rank correlation of the scores, {@code null} when fewer than two positions are
 *     scored in both or the scores of one edition are all equal
 * @param positions the positions of either edition (the kappa's n)
 * @param scored the positions scored in both editions (Spearman's n)
 * @param stayed ids listed in both editions, in this edition's order
 * @param entered ids only the next edition lists, in its order
 * @param left ids only this edition lists, in its order
 */
public record BackTest(@Nullable Double kappa, @Nullable Double spearman, int positions, int scored,
        List<String> stayed, List<String> entered, List<String> left) {

    /** Copies the lists. */
    public BackTest {
        stayed = List.copyOf(stayed);
        entered = List.copyOf(entered);
        left = List.copyOf(left);
    }

    /** The class of a level on the ordinal scale: NONE 0, GENERALLY_SCARCE 1, SCARCE 2, VERY_SCARCE 3. */
    public static int ordinal(@Nullable ShortageLevel level) {
        return level == null ? 0 : level.rank();
    }

    /** This edition against the next one. */
    public static BackTest compare(Catalog edition, Catalog next) {
        Map<String, Position> a = byId(edition);
        Map<String, Position> b = byId(next);
        Set<String> all = new LinkedHashSet<>(a.keySet());
        all.addAll(b.keySet());
        int[] ra = new int[all.size()];
        int[] rb = new int[all.size()];
        List<Double> sa = new ArrayList<>();
        List<Double> sb = new ArrayList<>();
        List<String> stayed = new ArrayList<>();
        List<String> entered = new ArrayList<>();
        List<String> left = new ArrayList<>();
        int i = 0;
        for (String id : all) {
            Position pa = a.get(id);
            Position pb = b.get(id);
            ra[i] = ordinal(pa == null ? null : pa.level());
            rb[i] = ordinal(pb == null ? null : pb.level());
            i++;
            (pa == null ? entered : pb == null ? left : stayed).add(id);
            Double x = score(pa);
            Double y = score(pb);
            if (x != null && y != null) {
                sa.add(x);
                sb.add(y);
            }
        }
        double kappa = Statistics.quadraticKappa(ra, rb);
        double rho = Statistics.spearman(sa.stream().mapToDouble(Double::doubleValue).toArray(),
                sb.stream().mapToDouble(Double::doubleValue).toArray());
        return new BackTest(Double.isNaN(kappa) ? null : kappa, Double.isNaN(rho) ? null : rho, all.size(), sa.size(),
                stayed, entered, left);
    }

    private static Map<String, Position> byId(Catalog c) {
        Map<String, Position> out = new LinkedHashMap<>();
        for (Position p : c.positions()) {
            if (p.id() != null) {
                out.putIfAbsent(p.id(), p);
            }
        }
        return out;
    }

    private static @Nullable Double score(@Nullable Position p) {
        return p == null || p.shortage() == null ? null : p.shortage().score();
    }
}
