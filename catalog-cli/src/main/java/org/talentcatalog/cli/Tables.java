package org.talentcatalog.cli;

import java.util.ArrayList;
import java.util.List;
import org.talentcatalog.schema.Issue;
import org.talentcatalog.schema.Severity;
import org.talentcatalog.tabular.CatalogDocument;
import org.talentcatalog.tabular.FiveStarMapping;
import org.talentcatalog.tabular.ReadOptions;
import org.talentcatalog.tabular.TableProblem;

/** The table side of the commands: reading options, and a document's problems as issues. */
final class Tables {

    private Tables() {
    }

    /** Reading with the given five-star mapping ({@code null}: none) and CSV character set ({@code null}: detect). */
    static ReadOptions options(String fiveStars, String charset) {
        ReadOptions.Builder b = ReadOptions.builder();
        if (fiveStars != null) {
            b.fiveStarMapping(FiveStarMapping.parse(fiveStars));
        }
        if (charset != null) {
            b.csvCharset(java.nio.charset.Charset.forName(charset));
        }
        return b.build();
    }

    /** The reader's problems as issues of a validation report. */
    static List<Issue> issues(CatalogDocument doc) {
        List<Issue> out = new ArrayList<>();
        for (TableProblem p : doc.problems()) {
            out.add(new Issue(p.error() ? Severity.ERROR : Severity.WARNING, p.rule(), p.pointer(), null, null, p.text(), p.cell()));
        }
        return out;
    }
}
