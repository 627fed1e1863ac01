package org.talentcatalog.cli;

import java.nio.charset.Charset;
import org.talentcatalog.tabular.FiveStarMapping;
import picocli.CommandLine.Option;

/**
 * The options of the commands that read catalogs and nothing else ({@code validate}, {@code diff}):
 * {@code --five-stars} and {@code --charset}, mixed into each command ({@code @Mixin}), and the
 * {@link CatalogFiles} that read with them. ({@code convert} declares its own, as its
 * {@code --charset} also chooses how CSV is written.)
 */
final class InputOptions {

    @Option(names = "--five-stars", paramLabel = "MAP", converter = OptionValues.FiveStarsValue.class,
            description = "五星制表格的对应关系 mapping of a five-star table, e.g. 1-2:GENERALLY_SCARCE,3-4:SCARCE,5:VERY_SCARCE")
    private FiveStarMapping fiveStars;

    @Option(names = "--charset", paramLabel = "CHARSET", converter = OptionValues.CharsetValue.class,
            description = "CSV 字符集 (默认自动识别 UTF-8/GB18030) CSV character set (default: detect UTF-8/GB18030)")
    private Charset charset;

    /** Reading for the sub-command {@code command}, its messages in {@code lang}, with these options. */
    CatalogFiles files(String command, Language lang) {
        return new CatalogFiles(command, lang, fiveStars, charset);
    }
}
