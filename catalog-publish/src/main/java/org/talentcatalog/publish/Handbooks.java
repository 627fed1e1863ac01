package org.talentcatalog.publish;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.talentcatalog.model.io.FileWriteException;
import org.talentcatalog.publish.internal.Folders;
import org.talentcatalog.publish.internal.HtmlHandbook;
import org.talentcatalog.publish.internal.MarkdownHandbook;
import org.talentcatalog.publish.internal.Views;
import org.talentcatalog.publish.internal.Words;
import org.talentcatalog.render.RenderContext;

/**
 * Writes the handbook of a {@link Release} into a folder, in Chinese or, for an English
 * {@link RenderContext}, in English.
 *
 * <ul>
 *   <li>{@link HandbookFormat#HTML}: a static, self-contained folder whose entry point is
 *       {@code index.html}: a cover and the index of the release with every position (search and
 *       filters by industry, level, category and education in plain JavaScript; without JavaScript
 *       everything is shown), a page per catalog ({@code catalog-ID.html}: the 编制说明 from the
 *       catalog's own members, its positions by industry, its charts as inline SVG with their
 *       numbers in tables, a card per position), {@code majors.html} and {@code competencies.html}
 *       (each term with the positions asking for it) and, when the release has a previous edition,
 *       {@code changes.html}. Nothing on the pages loads anything from outside the folder.</li>
 *   <li>{@link HandbookFormat#MARKDOWN}: the same content as one file, {@code handbook.md}
 *       ({@link MarkdownRenderer}).</li>
 * </ul>
 *
 * <p>The folder is written whole or not at all: into a temporary folder beside it, then renamed into
 * place. An existing folder is replaced only when it is empty or holds a handbook written before;
 * any other is refused. Stateless and thread-safe.
 *
 * <pre>{@code
 * Release release = Release.of(CatalogJson.read(Path.of("sh-ic-2025.json"))).withPrevious(CatalogJson.read(Path.of("sh-ic-2024.json")));
 * Handbooks.write(release, HandbookFormat.HTML, RenderContext.defaults(), Path.of("site"));
 * }</pre>
 */
public final class Handbooks {

    private Handbooks() {
    }

    /**
     * Writes the handbook of {@code release} in {@code format} into the folder {@code out}.
     *
     * @throws FileWriteException when the folder may not be replaced or cannot be written (then it is
     *     unchanged); its message says why in Chinese and English
     */
    public static void write(Release release, HandbookFormat format, RenderContext context, Path out) throws FileWriteException {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(format, "format");
        Words words = new Words(context.locale());
        Folders.write(out, dir -> {
            switch (format) {
                case HTML -> HtmlHandbook.fill(Views.of(release, words), dir);
                case MARKDOWN -> {
                    try (Writer w = Files.newBufferedWriter(dir.resolve(format.entryFile()), StandardCharsets.UTF_8)) {
                        MarkdownHandbook.write(Views.of(release, words), w);
                    }
                }
            }
        });
    }

    /** The Markdown handbook of {@code release} as text. */
    public static String markdown(Release release, RenderContext context) {
        StringBuilder sb = new StringBuilder();
        try {
            MarkdownHandbook.write(Views.of(release, new Words(context.locale())), sb);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringBuilder does not fail
        }
        return sb.toString();
    }
}
