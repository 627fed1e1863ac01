package org.talentcatalog.normalize.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;

/** The engine's in-memory Lucene indexes: building them, and reading out their terms and documents' codes. */
final class Indexes {

    private Indexes() {
    }

    /**
     * Every term of the fields with its postings' place, read once: queries then skip the terms
     * dictionary. Built eagerly (no lazy seeks), so searches share it across threads.
     */
    static Map<String, TermStates> vocabulary(IndexSearcher s, String... fields) {
        try {
            Map<String, TermStates> out = new HashMap<>();
            IndexReaderContext top = s.getTopReaderContext();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                for (String field : fields) {
                    Terms terms = leaf.reader().terms(field);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum te = terms.iterator();
                    for (BytesRef t = te.next(); t != null; t = te.next()) {
                        String key = field + '\u0000' + t.utf8ToString();
                        TermStates states = out.get(key);
                        if (states == null) {
                            out.put(key, new TermStates(top, te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq()));
                        } else {
                            states.register(te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq());
                        }
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IndexSearcher searcher(List<Document> docs, float b) {
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                    ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
            BM25Similarity sim = new BM25Similarity(1.2f, b);
            IndexWriterConfig config = new IndexWriterConfig(Grams.ANALYZER).setSimilarity(sim);
            try (IndexWriter w = new IndexWriter(dir, config)) {
                w.addDocuments(docs);
                w.forceMerge(1);
            }
            IndexSearcher s = new IndexSearcher(DirectoryReader.open(dir));
            s.setSimilarity(sim);
            s.setQueryCache(null);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int[] docCodes(IndexSearcher s) {
        try {
            int[] out = new int[s.getIndexReader().maxDoc()];
            Arrays.fill(out, -1);
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                NumericDocValues v = leaf.reader().getNumericDocValues("c");
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (v != null && v.advanceExact(d)) {
                        out[leaf.docBase + d] = (int) v.longValue();
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
