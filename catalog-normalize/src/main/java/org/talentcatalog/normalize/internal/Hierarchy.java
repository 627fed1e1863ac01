package org.talentcatalog.normalize.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.talentcatalog.model.Occupation;

/**
 * The code tree as the engine uses it. Only occupations (codes with nothing under them) are ranked: a
 * vote for a broader code (a title labelled only to its 小类, 中类 or 大类) is evidence for the whole
 * group, shared among the group's occupations already voted for in proportion to their votes, or given
 * to the group's most labelled occupation when none is. Each occupation then gains a share of the
 * votes its 小类, 中类 and 大类 received, so agreeing neighbours lend weight. Immutable; thread-safe.
 */
final class Hierarchy {

    private final boolean[] leaf;
    private final int[] level;
    /** Per code, its group ids at levels 1–3 (大类, 中类, 小类); -1 below a broader code's own level. */
    private final int[][] group;
    private final int groups;
    private final int[] prior;

    /**
     * @param codes the codes, by index
     * @param labelled how many training titles each code index has
     */
    Hierarchy(List<Occupation> codes, int[] labelled) {
        int n = codes.size();
        leaf = new boolean[n];
        level = new int[n];
        group = new int[n][3];
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> byCode = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Occupation o = codes.get(i);
            byCode.put(o.code(), i);
            level[i] = o.level().number();
            for (int l = 1; l <= 3; l++) {
                group[i][l - 1] = l <= level[i] || level[i] == 4 ? ids.computeIfAbsent(prefix(o.code(), l), k -> ids.size()) : -1;
            }
        }
        groups = ids.size();
        for (int i = 0; i < n; i++) {
            leaf[i] = true;
        }
        prior = new int[n];
        java.util.Arrays.fill(prior, -1);
        for (int i = 0; i < n; i++) {
            String code = codes.get(i).code();
            for (int l = 1; l <= 3; l++) {
                Integer up = byCode.get(ancestor(code, l));
                if (up != null && up != i && level[up] == l) {
                    leaf[up] = false;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!leaf[i]) {
                continue;
            }
            for (int l = 1; l <= 3; l++) {
                Integer up = byCode.get(ancestor(codes.get(i).code(), l));
                if (up != null && up != i && (prior[up] < 0 || labelled[i] > labelled[prior[up]])) {
                    prior[up] = i;
                }
            }
        }
    }

    /** Whether the code index is an occupation (nothing under it). */
    boolean leaf(int code) {
        return leaf[code];
    }

    /** Whether {@code code} is {@code ancestor} or lies under it. */
    boolean within(int code, int ancestor) {
        if (code == ancestor) {
            return true;
        }
        int l = level[ancestor];
        return !leaf[ancestor] && l < 4 && group[code][l - 1] == group[ancestor][l - 1];
    }

    /**
     * Moves broader codes' votes onto occupations, then adds to each occupation the groups' votes
     * times the weights (小类, 中类, 大类), into the second slot.
     */
    void apply(Map<Integer, double[]> votes, double minor, double subMajor, double major) {
        double[] mass = new double[groups];
        List<int[]> broader = new ArrayList<>();
        for (Map.Entry<Integer, double[]> e : votes.entrySet()) {
            int c = e.getKey();
            double v = e.getValue()[0] + e.getValue()[1] + e.getValue()[2];
            for (int g : group[c]) {
                if (g >= 0) {
                    mass[g] += v;
                }
            }
            if (!leaf[c]) {
                broader.add(new int[] {c});
            }
        }
        for (int[] b : broader) {
            int c = b[0];
            double[] v = votes.remove(c);
            double total = 0;
            for (Map.Entry<Integer, double[]> e : votes.entrySet()) {
                if (leaf[e.getKey()] && within(e.getKey(), c)) {
                    total += e.getValue()[0] + e.getValue()[1] + e.getValue()[2];
                }
            }
            if (total > 0) {
                for (Map.Entry<Integer, double[]> e : votes.entrySet()) {
                    if (leaf[e.getKey()] && within(e.getKey(), c)) {
                        double[] w = e.getValue();
                        double share = (w[0] + w[1] + w[2]) / total;
                        for (int s = 0; s < 3; s++) {
                            w[s] += v[s] * share;
                        }
                    }
                }
            } else if (prior[c] >= 0) {
                double[] w = votes.computeIfAbsent(prior[c], k -> new double[3]);
                for (int s = 0; s < 3; s++) {
                    w[s] += v[s];
                }
            }
        }
        if (minor == 0 && subMajor == 0 && major == 0) {
            return;
        }
        for (Iterator<Map.Entry<Integer, double[]>> it = votes.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Integer, double[]> e = it.next();
            int[] g = group[e.getKey()];
            e.getValue()[1] += weigh(major, mass, g[0]) + weigh(subMajor, mass, g[1]) + weigh(minor, mass, g[2]);
        }
    }

    private static double weigh(double weight, double[] mass, int group) {
        return group < 0 ? 0 : weight * mass[group];
    }

    private static String prefix(String code, int level) {
        return code.substring(0, level == 1 ? 1 : level == 2 ? 4 : 7);
    }

    /** The code of the group at a level that holds the code (e.g. level 2 of 2-10-02-03 is 2-10-00-00). */
    private static String ancestor(String code, int level) {
        return switch (level) {
            case 1 -> code.substring(0, 1) + "-00-00-00";
            case 2 -> code.substring(0, 4) + "-00-00";
            default -> code.substring(0, 7) + "-00";
        };
    }
}
