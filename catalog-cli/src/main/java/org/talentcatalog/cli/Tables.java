package org.talentcatalog.cli;

import org.talentcatalog.tabular.CatalogTables;
import org.talentcatalog.tabular.FiveStarMapping;

/** The table side of the commands: reading options. */
final class Tables {

    private Tables() {
    }

    /** A reader with the given five-star mapping ({@code null}: none) and CSV character set ({@code null}: detect). */
    static CatalogTables reader(String fiveStars, String charset) {
        CatalogTables.Builder b = CatalogTables.builder();
        if (fiveStars != null) {
            b.fiveStarMapping(FiveStarMapping.parse(fiveStars));
        }
        if (charset != null) {
            b.csvCharset(java.nio.charset.Charset.forName(charset));
        }
        return b.build();
    }
}
