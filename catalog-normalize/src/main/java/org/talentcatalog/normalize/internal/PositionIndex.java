package org.talentcatalog.normalize.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * An in-memory BM25 index of a catalog's positions: the cleaned Chinese name (boost 3), the English
 * name, and the majors and competencies (boost ½). Documents are numbered in the order given.
 * Thread-safe once built.
 */
public final class PositionIndex {

    private final IndexSearcher searcher;
    private final int size;
    private final String[] names;

    /** Indexes positions given as {cleaned name, English name, cleaned evidence}. */
    public PositionIndex(List<String[]> positions) {
        this.size = positions.size();
        this.names = new String[size];
        for (int i = 0; i < size; i++) {
            names[i] = positions.get(i)[0];
        }
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                    ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
            BM25Similarity sim = new BM25Similarity();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Grams.ANALYZER).setSimilarity(sim))) {
                for (String[] p : positions) {
                    Document d = new Document();
                    d.add(new TextField("n", p[0], Field.Store.NO));
                    d.add(new TextField("e", p[1].toLowerCase(Locale.ROOT), Field.Store.NO));
                    d.add(new TextField("x", p[2], Field.Store.NO));
                    w.addDocument(d);
                }
                w.forceMerge(1);
            }
            this.searcher = new IndexSearcher(DirectoryReader.open(dir));
            searcher.setSimilarity(sim);
            searcher.setQueryCache(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each position's share of the text evidence for a title, by document number: its BM25 score
     * relative to the best, cubed, plus two when the title is its name, or one when the title holds its
     * whole name or the name the whole title; zero for positions that share no term with the title.
     *
     * @param cleaned the cleaned title (its Latin words also match English names)
     */
    public double[] shares(String cleaned) {
        double[] out = new double[size];
        if (size == 0) {
            return out;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : Grams.terms(cleaned)) {
            b.add(new BoostQuery(new TermQuery(new Term("n", t)), 3f), BooleanClause.Occur.SHOULD);
            b.add(new TermQuery(new Term("e", t)), BooleanClause.Occur.SHOULD);
            b.add(new BoostQuery(new TermQuery(new Term("x", t)), 0.5f), BooleanClause.Occur.SHOULD);
        }
        try {
            TopDocs top = searcher.search(b.build(), Math.min(size, 50));
            // Relative to the best hit and sharpened: a position sharing one common bigram with the
            // title should not dilute one that shares its whole name.
            double total = 0;
            double best = top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score;
            for (ScoreDoc d : top.scoreDocs) {
                double r = Math.pow(d.score / best, 3);
                if (names[d.doc].equals(cleaned)) {
                    r += 2;
                } else if (names[d.doc].length() >= 2 && (cleaned.contains(names[d.doc]) || names[d.doc].contains(cleaned))) {
                    r += 1;
                }
                out[d.doc] = r;
                total += r;
            }
            for (ScoreDoc d : top.scoreDocs) {
                out[d.doc] = total > 0 ? out[d.doc] / total : 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IndexSearcher.TooManyClauses e) {
            return out;
        }
        return out;
    }
}
