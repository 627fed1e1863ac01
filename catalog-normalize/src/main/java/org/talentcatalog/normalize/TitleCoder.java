package org.talentcatalog.normalize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.talentcatalog.model.Occupation;
import org.talentcatalog.model.OccupationCodes;
import org.talentcatalog.normalize.internal.Alias;
import org.talentcatalog.normalize.internal.Aliases;
import org.talentcatalog.normalize.internal.Cleaner;
import org.talentcatalog.normalize.internal.Decision;
import org.talentcatalog.normalize.internal.Engine;
import org.talentcatalog.normalize.internal.Messages;
import org.talentcatalog.normalize.internal.Ranking;
import org.talentcatalog.normalize.internal.ShippedConfidence;
import org.talentcatalog.normalize.internal.ShippedTitles;
import org.talentcatalog.normalize.internal.Tuning;

/**
 * Codes job titles (posting titles, survey answers) to 2022 occupation codes (《职业分类大典（2022年版）》).
 *
 * <p>A title is cleaned first ({@link #clean}: company and place names, pay and benefits, bracketed
 * notes, numbering and full-width forms go), then ranked by three views fused into one score per code:
 * the nearest labelled titles (BM25 over CJK unigrams and bigrams in an in-memory Lucene index), a
 * profile per code (its 大典 name and the titles labelled with it) and an averaged perceptron over
 * character n-grams. The labelled titles are the shipped development set (3,580 posting titles,
 * cleaned, in the jar) plus any {@link Builder#aliases} a team adds, such as reviewed answers.
 *
 * <pre>{@code
 * TitleCoder coder = TitleCoder.defaults();             // built once, about a second
 * Coding c = coder.code("抖音快手客服 不加班");
 * c.answerCode();   // 4-04-05-03 (呼叫中心服务员)
 * c.confidence();   // HIGH, MEDIUM or LOW
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it. Never throws on a title: an empty, huge or
 * malformed title gives a {@link Coding} (with no candidates and {@link Confidence#LOW} when nothing
 * in it is known).
 */
public final class TitleCoder {

    /** The most candidates a coding may list. */
    public static final int MAX_CANDIDATES = 10;

    private final OccupationCodes codes;
    private final Engine engine;
    private final int candidates;

    private TitleCoder(OccupationCodes codes, Engine engine, int candidates) {
        this.codes = codes;
        this.engine = engine;
        this.candidates = candidates;
    }

    /** The coder with the shipped codes and labelled titles, built on first use and then shared. */
    public static TitleCoder defaults() {
        return Defaults.INSTANCE;
    }

    /** A builder, starting from the shipped codes and labelled titles. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The cleaned form of a title, as the coder sees it: NFKC (full-width to half-width), Latin in
     * lower case, company and place names, pay and benefits, bracketed notes, head counts and
     * numbering removed, words separated by single spaces, at most 64 characters. Cleaning a cleaned
     * title changes nothing. A title that is all noise keeps its characters ({@code 双休} stays).
     *
     * @param title any text; {@code null} is read as empty
     */
    public static String clean(@Nullable String title) {
        return title == null ? "" : Cleaner.clean(title);
    }

    /**
     * Codes one title.
     *
     * @param title the title as written; {@code null} is read as empty
     */
    public Coding code(@Nullable String title) {
        String original = title == null ? "" : title;
        String cleaned = Cleaner.clean(original);
        Ranking r = engine.rank(cleaned);
        List<Candidate> list = new ArrayList<>();
        for (int i = 0; i < Math.min(candidates, r.codes().length); i++) {
            Occupation o = engine.code(r.codes()[i]);
            list.add(new Candidate(o.code(), o.name(), o.level(), r.scores()[i]));
        }
        if (list.isEmpty()) {
            return new Coding(original, cleaned, list, Confidence.LOW, "");
        }
        int grade = Decision.grade(r, cleaned, ShippedConfidence.calibrator());
        Confidence confidence = grade == 0 ? Confidence.HIGH : grade == 1 ? Confidence.MEDIUM : Confidence.LOW;
        String answer = list.get(0).code();
        if (confidence != Confidence.HIGH) {
            String broader = broader(r);
            if (broader != null) {
                answer = broader;
                confidence = Confidence.MEDIUM;
            }
        }
        return new Coding(original, cleaned, list, confidence, answer);
    }

    /** The codes ranked. */
    public OccupationCodes codes() {
        return codes;
    }

    /**
     * The level-aware fallback: the 小类 (else the 中类) of the first code when the codes under it
     * hold {@link Decision#BROADER_SHARE} of the scores, more than one of them is ranked, and the first
     * code alone holds less; {@code null} otherwise.
     */
    private @Nullable String broader(Ranking r) {
        if (r.scores()[0] >= Decision.BROADER_SHARE) {
            return null;
        }
        String first = engine.code(r.codes()[0]).code();
        for (int len : new int[] {7, 4}) {
            String prefix = first.substring(0, len);
            double share = 0;
            int members = 0;
            for (int i = 0; i < r.codes().length; i++) {
                if (engine.code(r.codes()[i]).code().startsWith(prefix)) {
                    share += r.scores()[i];
                    members++;
                }
            }
            if (share >= Decision.BROADER_SHARE && members > 1) {
                String group = len == 7 ? prefix + "-00" : prefix + "-00-00";
                if (group.equals(first)) {
                    return null;
                }
                return codes.find(group).map(Occupation::code)
                        .orElseGet(() -> codes.parent(first).map(Occupation::code).orElse(null));
            }
        }
        return null;
    }

    /**
     * Builds a {@link TitleCoder}: which codes, which labelled titles, how many candidates. Not
     * thread-safe; {@link #build} takes about a second for the shipped set (indexes and model).
     */
    public static final class Builder {

        private OccupationCodes codes = OccupationCodes.defaults();
        private boolean shipped = true;
        private final List<LabelledTitle> labelled = new ArrayList<>();
        private int candidates = 5;

        private Builder() {
        }

        /** The codes to rank (default: the shipped 2022 list); labelled codes must be in it. */
        public Builder codes(OccupationCodes value) {
            this.codes = value;
            return this;
        }

        /**
         * Whether to learn from the shipped development set (default {@code true}); {@code false}
         * leaves only the 大典 names and the {@link #aliases} given.
         */
        public Builder shippedTitles(boolean value) {
            this.shipped = value;
            return this;
        }

        /**
         * Adds labelled titles to learn from, such as a team's reviewed answers (the review loop:
         * a reviewed sheet read back). A title given several times counts several times.
         */
        public Builder aliases(Collection<LabelledTitle> titles) {
            labelled.addAll(titles);
            return this;
        }

        /** How many candidates a coding lists, 1 to {@link #MAX_CANDIDATES} (default 5). */
        public Builder candidates(int value) {
            if (value < 1 || value > MAX_CANDIDATES) {
                throw new NormalizeException(Messages.CANDIDATES_RANGE.text(MAX_CANDIDATES, value));
            }
            this.candidates = value;
            return this;
        }

        /**
         * Builds the coder.
         *
         * @throws NormalizeException naming the first labelled title (1-based) whose code is not in
         *     the codes or whose title is blank
         */
        public TitleCoder build() {
            Map<String, Boolean> known = new HashMap<>();
            for (int i = 0; i < labelled.size(); i++) {
                LabelledTitle t = labelled.get(i);
                if (t.title().isBlank()) {
                    throw new NormalizeException(Messages.LABELLED_BLANK_TITLE.text(i + 1, t.code()));
                }
                if (!known.computeIfAbsent(t.code(), codes::contains)) {
                    throw new NormalizeException(Messages.LABELLED_UNKNOWN_CODE.text(i + 1, t.title(), t.code()));
                }
            }
            List<Alias> aliases = new ArrayList<>();
            if (shipped) {
                aliases.addAll(ShippedTitles.aliases());
            }
            aliases.addAll(Aliases.of(labelled));
            return new TitleCoder(codes, new Engine(codes, aliases, Tuning.DEFAULT), candidates);
        }
    }

    /** Lazy holder: the default coder is built on first use, once. */
    private static final class Defaults {
        static final TitleCoder INSTANCE = builder().build();
    }
}
