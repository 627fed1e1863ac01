package org.talentcatalog.normalize.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms of a cleaned title: for Lucene, CJK unigrams and bigrams plus whole Latin words (the
 * standard tokenizer and {@link CJKBigramFilter}); for the linear model, character n-grams with the
 * word's end marked, since a Chinese job title ends in its head (…工程师, …经理, …员), and its start
 * (a field or product: 软件…, 电气…, 抖音…).
 */
final class Grams {

    /** The index and query analyzer. Thread-safe (Lucene keeps one token chain per thread). */
    static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new CJKBigramFilter(result, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                    | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, true);
            return new TokenStreamComponents(source, result);
        }
    };

    private Grams() {
    }

    /** The distinct Lucene terms of a text, in order. */
    static List<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = ANALYZER.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(out);
    }

    /**
     * The linear model's features: 1–3-grams of units (a Han character or a Latin/digit run), a word's
     * first one and two units, its last one to three, and the whole word.
     */
    static List<String> features(String cleaned) {
        List<String> out = new ArrayList<>();
        for (String word : cleaned.split(" ")) {
            List<String> units = units(word);
            int n = units.size();
            if (n == 0) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                out.add(units.get(i));
                if (i + 1 < n) {
                    out.add(units.get(i) + units.get(i + 1));
                }
                if (i + 2 < n) {
                    out.add(units.get(i) + units.get(i + 1) + units.get(i + 2));
                }
            }
            out.add("$" + units.get(n - 1));
            if (n >= 2) {
                out.add("$" + units.get(n - 2) + units.get(n - 1));
            }
            if (n >= 3) {
                out.add("$" + units.get(n - 3) + units.get(n - 2) + units.get(n - 1));
            }
            out.add("^" + units.get(0));
            if (n >= 2) {
                out.add("^" + units.get(0) + units.get(1));
            }
            if (n <= 8) {
                out.add("=" + word);
            }
        }
        return out;
    }

    private static List<String> units(String word) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            if (Cleaner.isHan(c)) {
                out.add(String.valueOf(c));
                i++;
            } else {
                int j = i + 1;
                while (j < word.length() && !Cleaner.isHan(word.charAt(j))) {
                    j++;
                }
                out.add(word.substring(i, j));
                i = j;
            }
        }
        return out;
    }
}
