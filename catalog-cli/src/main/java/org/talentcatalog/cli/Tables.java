package org.talentcatalog.cli;

import java.nio.charset.Charset;
import org.talentcatalog.tabular.FiveStarMapping;
import org.talentcatalog.tabular.ReadOptions;

/** The table side of the commands: reading options. */
final class Tables {

    private Tables() {
    }

    /** Reading with the given five-star mapping ({@code null}: none) and CSV character set ({@code null}: detect). */
    static ReadOptions options(FiveStarMapping fiveStars, Charset charset) {
        ReadOptions.Builder b = ReadOptions.builder();
        if (fiveStars != null) {
            b.fiveStarMapping(fiveStars);
        }
        if (charset != null) {
            b.csvCharset(charset);
        }
        return b.build();
    }
}
