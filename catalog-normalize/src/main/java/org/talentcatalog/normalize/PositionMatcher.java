package org.talentcatalog.normalize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Catalog;
import org.talentcatalog.model.Position;
import org.talentcatalog.model.Requirements;
import org.talentcatalog.normalize.internal.Cleaner;
import org.talentcatalog.normalize.internal.PositionIndex;

/**
 * Ranks a catalog's positions for a job title, on two kinds of evidence: the words the title shares
 * with each position's name (weighted most, and most of all when the title holds the whole name),
 * English name, majors and competencies (BM25 over CJK unigrams and bigrams), and the agreement of the title's occupation coding ({@link TitleCoder})
 * with each position's {@code occupationCode} (the same code counts fully, the same 小类 half, the
 * same 中类 a quarter).
 *
 * <p>Confidence: {@link Confidence#HIGH} when the first position holds at least 60% of the evidence
 * and leads the second by at least 30 points;
 * {@link Confidence#MEDIUM} when it holds at least 35%; {@link Confidence#LOW} otherwise. These
 * thresholds follow the coder's; no labelled set of titles and positions has calibrated them yet.
 * Whatever its share, the first position is {@link Confidence#LOW} unless something beyond shared
 * characters backs it: the title's coding agrees with its occupation code (at least at 中类), or the
 * title holds its name whole, or its name holds the title.
 *
 * <p>Immutable and thread-safe; built once per catalog. Positions without an id or a name are left out.
 */
public final class PositionMatcher {

    static final double TEXT_WEIGHT = 0.6;
    static final double CODE_WEIGHT = 0.4;

    private final TitleCoder coder;
    private final List<Position> positions;
    private final PositionIndex index;

    private PositionMatcher(TitleCoder coder, List<Position> positions) {
        this.coder = coder;
        this.positions = positions;
        List<String[]> fields = new ArrayList<>();
        for (Position p : positions) {
            Requirements r = p.requirements();
            String evidence = r == null ? "" : String.join(" ", r.majors()) + " " + String.join(" ", r.competencies());
            fields.add(new String[] {Cleaner.clean(nameOf(p)), p.name() == null || p.name().en() == null ? "" : p.name().en(),
                    Cleaner.clean(evidence)});
        }
        this.index = new PositionIndex(fields);
    }

    /**
     * A matcher for the catalog's positions.
     *
     * @param catalog the catalog (its positions are read now)
     * @param coder the coder whose codings count as evidence
     */
    public static PositionMatcher of(Catalog catalog, TitleCoder coder) {
        List<Position> kept = new ArrayList<>();
        for (Position p : catalog.positions()) {
            if (p != null && p.id() != null && !nameOf(p).isBlank()) {
                kept.add(p);
            }
        }
        return new PositionMatcher(coder, List.copyOf(kept));
    }

    /** The number of positions matched against. */
    public int size() {
        return positions.size();
    }

    /**
     * Ranks the positions for a title.
     *
     * @param title the title as written; {@code null} is read as empty
     * @param limit the most candidates to list, ≥ 1
     */
    public PositionMatch match(@Nullable String title, int limit) {
        Coding coding = coder.code(title);
        Map<Integer, Double> evidence = new HashMap<>();
        if (!coding.cleaned().isEmpty()) {
            double[] text = index.shares(coding.cleaned());
            for (int i = 0; i < text.length; i++) {
                if (text[i] > 0) {
                    evidence.merge(i, TEXT_WEIGHT * text[i], Double::sum);
                }
            }
        }
        double[] code = codeEvidence(coding);
        for (int i = 0; i < code.length; i++) {
            if (code[i] > 0) {
                evidence.merge(i, CODE_WEIGHT * code[i], Double::sum);
            }
        }
        double total = evidence.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(evidence.entrySet());
        ranked.sort(Comparator.<Map.Entry<Integer, Double>>comparingDouble(e -> -e.getValue()).thenComparing(Map.Entry::getKey));
        List<PositionCandidate> out = new ArrayList<>();
        for (int i = 0; i < Math.min(Math.max(1, limit), ranked.size()); i++) {
            Position p = positions.get(ranked.get(i).getKey());
            out.add(new PositionCandidate(p.id(), nameOf(p), p.occupationCode() == null ? "" : p.occupationCode(),
                    ranked.get(i).getValue() / total));
        }
        boolean corroborated = !ranked.isEmpty() && corroborated(ranked.get(0).getKey(), coding, code);
        return new PositionMatch(coding.title(), coding.cleaned(), out, corroborated ? confidence(out) : Confidence.LOW, coding);
    }

    /** {@link #match(String, int)} with up to 5 candidates. */
    public PositionMatch match(@Nullable String title) {
        return match(title, 5);
    }

    /**
     * Whether the first position is backed by more than shared characters: the title's coding agrees
     * with the position's occupation code (at least at 中类), or one of the title and the position's
     * name holds the other whole. A share of the evidence alone is relative: a title sharing one
     * character with one position would otherwise hold all of it.
     */
    private boolean corroborated(int first, Coding coding, double[] code) {
        if (code[first] > 0) {
            return true;
        }
        String title = coding.cleaned();
        String name = Cleaner.clean(nameOf(positions.get(first)));
        return title.length() >= 2 && !name.isEmpty() && (title.contains(name) || name.contains(title));
    }

    private static Confidence confidence(List<PositionCandidate> out) {
        if (out.isEmpty()) {
            return Confidence.LOW;
        }
        double first = out.get(0).score();
        double second = out.size() > 1 ? out.get(1).score() : 0;
        if (first >= 0.6 && first - second >= 0.3) {
            return Confidence.HIGH;
        }
        return first >= 0.35 ? Confidence.MEDIUM : Confidence.LOW;
    }

    /** Per position, the coding's candidates that agree with its code, as shares summing to at most 1. */
    private double[] codeEvidence(Coding coding) {
        double[] out = new double[positions.size()];
        double total = 0;
        for (int i = 0; i < positions.size(); i++) {
            String pc = positions.get(i).occupationCode();
            if (pc == null || pc.isEmpty()) {
                continue;
            }
            String full = pc + "-00-00-00".substring(0, Math.max(0, 10 - pc.length()));
            for (Candidate c : coding.candidates()) {
                out[i] += c.score() * agreement(full, c.code());
            }
            total += out[i];
        }
        if (total > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] /= Math.max(total, 1.0);
            }
        }
        return out;
    }

    /** 1 for the same code or one inside the other's group, ½ for the same 小类, ¼ for the same 中类. */
    static double agreement(String position, String candidate) {
        if (position.equals(candidate) || inside(candidate, position) || inside(position, candidate)) {
            return 1;
        }
        if (position.regionMatches(0, candidate, 0, 7)) {
            return 0.5;
        }
        return position.regionMatches(0, candidate, 0, 4) ? 0.25 : 0;
    }

    /** Whether {@code code} lies in the group {@code group} (a code ending in -00 segments). */
    private static boolean inside(String code, String group) {
        String g = group;
        while (g.endsWith("-00")) {
            g = g.substring(0, g.length() - 3);
        }
        return g.length() < group.length() && code.startsWith(g);
    }

    private static String nameOf(Position p) {
        return p.name() == null || p.name().zh() == null ? "" : p.name().zh();
    }
}
