package org.talentcatalog.model.internal.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.RenameEvidence;

/**
 * Which older position each newer position continues: by id, then, optionally, probable renames
 * among the rest. Positions that share an id (or have none) are paired in document order: the first
 * older position of an id with the first newer one, the second with the second, and so on. Linear: ids are hashed; rename candidates come only from buckets
 * of the same occupation code or the same industry and name, each read up to {@link #BUCKET_LIMIT}
 * entries. Candidate pairs are matched greedily in an order that does not depend on which edition is
 * called older (evidence strength, then similarity, then the ids), so the pairing of (b, a) is the
 * inverse of that of (a, b). Immutable.
 */
public final class Pairing {

    /** How many removed positions of one bucket an added position is compared with, at most. */
    public static final int BUCKET_LIMIT = 64;

    private final int[] newToOld;
    private final int[] oldToNew;
    private final RenameEvidence[] evidence; // by newer index

    private Pairing(int[] newToOld, int[] oldToNew, RenameEvidence[] evidence) {
        this.newToOld = newToOld;
        this.oldToNew = oldToNew;
        this.evidence = evidence;
    }

    /** The older index paired with newer index {@code j}, or -1 when the position is added. */
    public int olderOf(int j) {
        return newToOld[j];
    }

    /** The newer index paired with older index {@code i}, or -1 when the position is removed. */
    public int newerOf(int i) {
        return oldToNew[i];
    }

    /** The rename evidence of the pair at newer index {@code j}, or {@code null} when paired by id or unpaired. */
    public RenameEvidence evidenceOf(int j) {
        return evidence[j];
    }

    /** The number of positions in the older and the newer edition. */
    public int olderSize() {
        return oldToNew.length;
    }

    /** The number of positions in the newer edition. */
    public int newerSize() {
        return newToOld.length;
    }

    /** The pairing seen from the newer edition. */
    public Pairing inverse() {
        RenameEvidence[] ev = new RenameEvidence[oldToNew.length];
        for (int i = 0; i < oldToNew.length; i++) {
            if (oldToNew[i] >= 0) {
                ev[i] = evidence[oldToNew[i]];
            }
        }
        return new Pairing(oldToNew.clone(), newToOld.clone(), ev);
    }

    /** Pairs the positions of two editions. */
    public static Pairing of(List<Position> older, List<Position> newer, boolean renames, double similarity) {
        int[] newToOld = new int[newer.size()];
        int[] oldToNew = new int[older.size()];
        Arrays.fill(newToOld, -1);
        Arrays.fill(oldToNew, -1);
        Map<String, List<Integer>> oldIds = new HashMap<>(); // by id (null for none), in document order
        for (int i = 0; i < older.size(); i++) {
            oldIds.computeIfAbsent(older.get(i).id(), k -> new ArrayList<>(1)).add(i);
        }
        Map<String, Integer> taken = new HashMap<>(); // how many older positions of an id are paired
        for (int j = 0; j < newer.size(); j++) {
            String id = newer.get(j).id();
            List<Integer> olds = oldIds.get(id);
            int k = taken.merge(id, 1, Integer::sum) - 1;
            if (olds != null && k < olds.size()) {
                int i = olds.get(k);
                newToOld[j] = i;
                oldToNew[i] = j;
            }
        }
        RenameEvidence[] evidence = new RenameEvidence[newer.size()];
        if (renames) {
            matchRenames(older, newer, newToOld, oldToNew, evidence, similarity);
        }
        return new Pairing(newToOld, oldToNew, evidence);
    }

    private record Candidate(int older, int newer, int tier, RenameEvidence evidence, String lowId, String highId) {
    }

    /** What rename matching reads of a position, computed once: the trimmed Chinese name and its bigrams. */
    private record Name(String trimmed, long[] bigrams) {

        static Name of(Position p) {
            String trimmed = NameSimilarity.trim(p.name() == null ? null : p.name().zh());
            return new Name(trimmed, NameSimilarity.bigrams(trimmed));
        }
    }

    private static void matchRenames(List<Position> older, List<Position> newer, int[] newToOld, int[] oldToNew,
                                     RenameEvidence[] evidence, double similarity) {
        Map<String, List<Integer>> byCode = new HashMap<>();
        Map<String, List<Integer>> byName = new HashMap<>();
        Name[] olderNames = new Name[older.size()];
        for (int i = 0; i < older.size(); i++) {
            if (oldToNew[i] < 0) {
                Position p = older.get(i);
                olderNames[i] = Name.of(p);
                if (p.occupationCode() != null) {
                    byCode.computeIfAbsent(p.occupationCode(), k -> new ArrayList<>()).add(i);
                }
                byName.computeIfAbsent(nameKey(p.industry(), olderNames[i]), k -> new ArrayList<>()).add(i);
            }
        }
        if (byName.isEmpty()) {
            return;
        }
        List<Candidate> candidates = new ArrayList<>();
        int[] seenBy = new int[older.size()]; // j + 1 once older index i was considered for newer index j
        List<Integer> seen = new ArrayList<>();
        for (int j = 0; j < newer.size(); j++) {
            if (newToOld[j] >= 0) {
                continue;
            }
            Position a = newer.get(j);
            Name an = Name.of(a);
            seen.clear();
            consider(byName.get(nameKey(a.industry(), an)), j, seenBy, seen);
            if (a.occupationCode() != null) {
                consider(byCode.get(a.occupationCode()), j, seenBy, seen);
            }
            for (int i : seen) {
                Candidate c = candidate(older.get(i), olderNames[i], i, a, an, j, similarity);
                if (c != null) {
                    candidates.add(c);
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::tier)
                .thenComparing(c -> -c.evidence().nameSimilarity())
                .thenComparing(Candidate::lowId)
                .thenComparing(Candidate::highId));
        for (Candidate c : candidates) {
            if (newToOld[c.newer()] < 0 && oldToNew[c.older()] < 0) {
                newToOld[c.newer()] = c.older();
                oldToNew[c.older()] = c.newer();
                evidence[c.newer()] = c.evidence();
            }
        }
    }

    private static void consider(List<Integer> bucket, int j, int[] seenBy, List<Integer> seen) {
        if (bucket == null) {
            return;
        }
        for (int k = 0; k < bucket.size() && k < BUCKET_LIMIT; k++) {
            int i = bucket.get(k);
            if (seenBy[i] != j + 1) {
                seenBy[i] = j + 1;
                seen.add(i);
            }
        }
    }

    private static Candidate candidate(Position r, Name rn, int i, Position a, Name an, int j, double similarity) {
        boolean equalNames = rn.trimmed().equals(an.trimmed());
        boolean sameName = !rn.trimmed().isEmpty() && equalNames && Objects.equals(r.industry(), a.industry());
        boolean sameCode = r.occupationCode() != null && r.occupationCode().equals(a.occupationCode());
        if (!sameName && !(sameCode && (equalNames
                || NameSimilarity.diceBound(rn.bigrams().length, an.bigrams().length) >= similarity))) {
            return null; // the names cannot be similar enough, whatever their bigrams
        }
        double dice = equalNames ? 1.0 : NameSimilarity.dice(rn.bigrams(), an.bigrams());
        if (!sameName && !(sameCode && dice >= similarity)) {
            return null;
        }
        int tier = sameName && sameCode ? 0 : sameName ? 1 : 2;
        String ri = String.valueOf(r.id());
        String ai = String.valueOf(a.id());
        boolean rFirst = ri.compareTo(ai) <= 0;
        return new Candidate(i, j, tier, new RenameEvidence(sameName, sameCode, dice), rFirst ? ri : ai, rFirst ? ai : ri);
    }

    private static String nameKey(String industry, Name name) {
        return industry + "\u0000" + name.trimmed();
    }
}
