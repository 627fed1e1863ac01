package org.talentcatalog.normalize.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.IndexSearcher;
import org.talentcatalog.model.Occupation;
import org.talentcatalog.model.OccupationCodes;

/**
 * The ranking machinery behind the coder: three views of the evidence fused into one score per
 * code. (1) Nearest labelled titles: BM25 over CJK unigrams and bigrams of the cleaned training
 * titles and the occupations' 大典 names, indexed by Lucene in memory and read out into
 * {@link Impacts} for querying, votes weighted by score. (2) Code profiles: BM25 over a
 * document per 2022 code holding its name and the titles labelled with it. (3) Averaged
 * perceptrons over character n-grams of the titles, an {@link Ensemble} of a few trained in their
 * own orders. Two {@link GroupModel}s give the first code's 大类 and 中类 posteriors for the
 * confidence. Immutable once built; thread-safe.
 */
public final class Engine {

    private final List<Occupation> codes;
    private final Map<String, Integer> indexOf;
    private static final String[] TITLE_FIELDS = {"t"};
    private static final String[] PROFILE_FIELDS = {"n", "a"};

    private final Impacts titles;
    private final int[] titleCode;
    private final Impacts profiles;
    private final int[] profileCode;
    private final Ensemble perceptron;
    private final int[] perceptronCode;
    private final Tuning tuning;
    private final Hierarchy hierarchy;
    private final GroupModel majors;
    private final GroupModel subMajors;
    /** Per code index, its 大类's and 中类's class in the group models (-1 when unseen). */
    private final int[][] groupClass;
    /** Each labelled cleaned title's codes and counts, as pairs. */
    private final Map<String, int[]> exact = new HashMap<>();

    /**
     * Builds the indexes and trains the model.
     *
     * @param codes the occupation codes ranked
     * @param labelled cleaned titles and their codes, each code in {@code codes}
     */
    public Engine(OccupationCodes codes, List<Alias> labelled, Tuning tuning) {
        this.tuning = tuning;
        this.codes = List.copyOf(codes.all());
        this.indexOf = new HashMap<>();
        for (int i = 0; i < this.codes.size(); i++) {
            indexOf.put(this.codes.get(i).code(), i);
        }
        Map<Integer, StringBuilder> aliasText = new LinkedHashMap<>();
        List<Document> titleDocs = new ArrayList<>();
        Map<Integer, Integer> classOf = new LinkedHashMap<>();
        List<List<String>> features = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        int[] counts = new int[this.codes.size()];
        List<String> exampleCodes = new ArrayList<>();
        for (Alias a : labelled) {
            Integer code = indexOf.get(a.code());
            if (code == null || a.cleaned().isEmpty()) {
                continue;
            }
            counts[code] += a.count();
            int[] seen = exact.getOrDefault(a.cleaned(), new int[0]);
            seen = Arrays.copyOf(seen, seen.length + 2);
            seen[seen.length - 2] = code;
            seen[seen.length - 1] = a.count();
            exact.put(a.cleaned(), seen);
            Document d = new Document();
            d.add(new TextField("t", a.cleaned(), Field.Store.NO));
            d.add(new NumericDocValuesField("c", code));
            titleDocs.add(d);
            aliasText.computeIfAbsent(code, c -> new StringBuilder()).append(a.cleaned()).append(' ');
            int cls = classOf.computeIfAbsent(code, c -> classOf.size());
            List<String> f = Grams.features(a.cleaned());
            for (int r = 0; r < Math.min(a.count(), 3); r++) {
                features.add(f);
                labels.add(cls);
                exampleCodes.add(a.code());
            }
        }
        for (int i = 0; i < this.codes.size(); i++) {
            Occupation o = this.codes.get(i);
            if (o.level().number() != 4) {
                continue;
            }
            String name = Cleaner.clean(o.name());
            if (tuning.nameTitles() && !name.isEmpty()) {
                Document d = new Document();
                d.add(new TextField("t", name, Field.Store.NO));
                d.add(new NumericDocValuesField("c", i));
                titleDocs.add(d);
            }
        }
        this.majors = new GroupModel(features, exampleCodes, 1, tuning.epochs(), tuning.groupTemperature());
        this.subMajors = new GroupModel(features, exampleCodes, 2, tuning.epochs(), tuning.groupTemperature());
        this.groupClass = new int[this.codes.size()][];
        for (int i = 0; i < this.codes.size(); i++) {
            groupClass[i] = new int[] {majors.classOf(this.codes.get(i).code()), subMajors.classOf(this.codes.get(i).code())};
        }
        this.hierarchy = new Hierarchy(this.codes, counts);
        List<Document> profileDocs = new ArrayList<>();
        for (int i = 0; i < this.codes.size(); i++) {
            Document d = new Document();
            d.add(new TextField("n", this.codes.get(i).name(), Field.Store.NO));
            StringBuilder alias = aliasText.get(i);
            d.add(new TextField("a", alias == null ? "" : alias.toString(), Field.Store.NO));
            d.add(new NumericDocValuesField("c", i));
            profileDocs.add(d);
        }
        IndexSearcher titleIndex = Indexes.searcher(titleDocs, tuning.titleB());
        this.titleCode = Indexes.docCodes(titleIndex);
        this.titles = new Impacts(titleIndex, Indexes.vocabulary(titleIndex, "t"), Map.of("t", 1f));
        IndexSearcher profileIndex = Indexes.searcher(profileDocs, tuning.profileB());
        this.profileCode = Indexes.docCodes(profileIndex);
        this.profiles = new Impacts(profileIndex, Indexes.vocabulary(profileIndex, "n", "a"), Map.of("n", tuning.nameBoost(), "a", 1f));
        this.perceptronCode = new int[classOf.size()];
        classOf.forEach((code, cls) -> perceptronCode[cls] = code);
        this.perceptron = new Ensemble(features, labels.stream().mapToInt(Integer::intValue).toArray(),
                Math.max(1, classOf.size()), tuning.epochs(), tuning.perceptrons());
    }

    /** The codes, by index. */
    public Occupation code(int index) {
        return codes.get(index);
    }

    /** A cleaned title's ranking. */
    public Ranking rank(String cleaned) {
        if (cleaned.isEmpty()) {
            return Ranking.EMPTY;
        }
        List<String> terms = Grams.terms(cleaned);
        if (terms.isEmpty()) {
            return Ranking.EMPTY;
        }
        Map<Integer, double[]> votes = new HashMap<>();
        int knnTop = vote(titles, titleCode, terms, TITLE_FIELDS, tuning.neighbours(), tuning.knnPower(),
                tuning.knnWeight(), 0, votes);
        int profileTop = vote(profiles, profileCode, terms, PROFILE_FIELDS, tuning.profiles(),
                tuning.profilePower(), tuning.profileWeight(), 1, votes);
        List<String> features = Grams.features(cleaned);
        int perceptronTop = perceptronVotes(features, votes);
        hierarchy.apply(votes, tuning.minorWeight(), tuning.subMajorWeight(), tuning.majorWeight());
        Ranking r = Ranking.of(votes, -1, -1, -1);
        if (r.codes().length == 0) {
            return r;
        }
        int first = r.codes()[0];
        int agreement = agrees(knnTop, first) + agrees(profileTop, first) + agrees(perceptronTop, first);
        double[] v = votes.get(first);
        int major = groupClass[first][0];
        int subMajor = groupClass[first][1];
        double[] support = {v[0] / tuning.knnWeight(), v[1] / tuning.profileWeight(), v[2] / tuning.perceptronWeight(),
            exactShare(cleaned, first), major < 0 ? 0 : majors.posterior(features)[major],
            subMajor < 0 ? 0 : subMajors.posterior(features)[subMajor]};
        return new Ranking(r.codes(), r.scores(), agreement, support);
    }

    /** Of the labelled titles identical to the cleaned title, the share labelled with the code or a group holding it. */
    private double exactShare(String cleaned, int first) {
        int[] seen = exact.get(cleaned);
        if (seen == null) {
            return 0;
        }
        int total = 0;
        int within = 0;
        for (int i = 0; i < seen.length; i += 2) {
            total += seen[i + 1];
            within += hierarchy.within(first, seen[i]) ? seen[i + 1] : 0;
        }
        return (double) within / total;
    }

    /** 1 when a view's first code is the fused first code or a group holding it. */
    private int agrees(int viewTop, int first) {
        return viewTop >= 0 && hierarchy.within(first, viewTop) ? 1 : 0;
    }

    private int perceptronVotes(List<String> features, Map<Integer, double[]> votes) {
        if (perceptronCode.length == 0) {
            return -1;
        }
        float[] s = perceptron.scores(features);
        int best = Perceptron.argmax(s);
        if (s[best] <= 0f) {
            return -1;
        }
        double total = 0;
        double[] e = new double[s.length];
        double floor = s[best] - 12 * tuning.perceptronTemperature();
        for (int i = 0; i < s.length; i++) {
            if (s[i] > floor) {
                e[i] = Math.exp((s[i] - s[best]) / tuning.perceptronTemperature());
                total += e[i];
            }
        }
        for (int i = 0; i < s.length; i++) {
            double share = e[i] / total;
            if (share > 1e-2) {
                votes.computeIfAbsent(perceptronCode[i], c -> new double[3])[2] += tuning.perceptronWeight() * share;
            }
        }
        return perceptronCode[best];
    }

    private static int vote(Impacts index, int[] docCode, List<String> terms, String[] fields, int n, double power,
            double weight, int slot, Map<Integer, double[]> votes) {
        int[] docs = new int[n];
        float[] scores = new float[n];
        int found = index.top(terms, fields, n, docs, scores);
        if (found == 0) {
            return -1;
        }
        double first = scores[0];
        double total = 0;
        double[] share = new double[found];
        for (int i = 0; i < found; i++) {
            share[i] = Math.pow(scores[i] / first, power);
            total += share[i];
        }
        for (int i = 0; i < found; i++) {
            votes.computeIfAbsent(docCode[docs[i]], c -> new double[3])[slot] += weight * share[i] / total;
        }
        return docCode[docs[0]];
    }
}
