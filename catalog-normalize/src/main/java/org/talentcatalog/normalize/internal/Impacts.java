package org.talentcatalog.normalize.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;

/**
 * A Lucene index's BM25 scores read out once, term by term, into plain arrays (each term's documents
 * and its score in each): a query is then a sum of a few arrays, the same sum Lucene's disjunction
 * computes, without its per-query machinery. Immutable once built; thread-safe.
 */
final class Impacts {

    private final Map<String, int[]> docs = new HashMap<>();
    private final Map<String, float[]> scores = new HashMap<>();
    private final int maxDoc;

    /**
     * @param searcher the index, with its similarity
     * @param vocabulary each field's terms (keyed field NUL term) with their states
     * @param boosts the boost of each field read; fields not given are left out
     */
    Impacts(IndexSearcher searcher, Map<String, TermStates> vocabulary, Map<String, Float> boosts) {
        this.maxDoc = searcher.getIndexReader().maxDoc();
        try {
            for (Map.Entry<String, TermStates> e : vocabulary.entrySet()) {
                int cut = e.getKey().indexOf('\u0000');
                String field = e.getKey().substring(0, cut);
                Float boost = boosts.get(field);
                if (boost == null) {
                    continue;
                }
                Query q = new TermQuery(new Term(field, e.getKey().substring(cut + 1)), e.getValue());
                List<int[]> hits = new ArrayList<>();
                List<Float> values = new ArrayList<>();
                searcher.search(boost == 1f ? q : new BoostQuery(q, boost), new SimpleCollector() {
                    private Scorable scorer;
                    private int base;

                    @Override
                    public void setScorer(Scorable s) {
                        this.scorer = s;
                    }

                    @Override
                    protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) {
                        this.base = context.docBase;
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        hits.add(new int[] {base + doc});
                        values.add(scorer.score());
                    }

                    @Override
                    public ScoreMode scoreMode() {
                        return ScoreMode.COMPLETE;
                    }
                });
                int[] d = new int[hits.size()];
                float[] s = new float[hits.size()];
                for (int i = 0; i < d.length; i++) {
                    d[i] = hits.get(i)[0];
                    s[i] = values.get(i);
                }
                docs.put(e.getKey(), d);
                scores.put(e.getKey(), s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The best documents for the terms in the fields, best first (on equal scores the lower document),
     * at most {@code n}, as parallel arrays {@code [docs, scores]} packed into {@code out}; the count.
     */
    int top(List<String> terms, String[] fields, int n, int[] outDocs, float[] outScores) {
        float[] acc = new float[maxDoc];
        int[] touched = new int[64];
        int count = 0;
        for (String field : fields) {
            for (String t : terms) {
                String key = field + '\u0000' + t;
                int[] d = docs.get(key);
                if (d == null) {
                    continue;
                }
                float[] s = scores.get(key);
                for (int i = 0; i < d.length; i++) {
                    if (acc[d[i]] == 0f) {
                        if (count == touched.length) {
                            touched = java.util.Arrays.copyOf(touched, count * 2);
                        }
                        touched[count++] = d[i];
                    }
                    acc[d[i]] += s[i];
                }
            }
        }
        int kept = 0;
        for (int k = 0; k < count; k++) {
            int doc = touched[k];
            float v = acc[doc];
            if (kept == n && !better(v, doc, outScores[kept - 1], outDocs[kept - 1])) {
                continue;
            }
            int i = kept == n ? n - 1 : kept++;
            while (i > 0 && better(v, doc, outScores[i - 1], outDocs[i - 1])) {
                outScores[i] = outScores[i - 1];
                outDocs[i] = outDocs[i - 1];
                i--;
            }
            outScores[i] = v;
            outDocs[i] = doc;
        }
        return kept;
    }

    private static boolean better(float v, int doc, float other, int otherDoc) {
        return v > other || (v == other && doc < otherDoc);
    }
}
