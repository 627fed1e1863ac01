package org.talentcatalog.publish.internal;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.WriterOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.talentcatalog.publish.internal.html.JtecatalogGenerated;
import org.talentcatalog.publish.internal.html.JtechangesGenerated;
import org.talentcatalog.publish.internal.html.JteindexGenerated;
import org.talentcatalog.publish.internal.html.JtetermsGenerated;

/**
 * Writes the HTML handbook's files into a folder: {@code index.html} (cover, catalogs, every position
 * with search and filters), a page per catalog ({@code catalog-ID.html}: 编制说明, positions, charts,
 * a card per position), {@code majors.html}, {@code competencies.html}, {@code changes.html} when
 * there is a previous edition, and the style sheet and script under {@code assets/}. The pages come
 * from the jte templates, compiled to the classes called here at build time.
 */
public final class HtmlHandbook {

    /** The style sheet and script copied into {@code assets/}. */
    static final String[] ASSETS = {"handbook.css", "handbook.js"};

    private HtmlHandbook() {
    }

    /** Writes the pages of {@code v} into the folder {@code dir}, which exists. */
    public static void fill(HandbookView v, Path dir) throws IOException {
        Words w = v.words();
        page(dir.resolve("index.html"), out -> JteindexGenerated.render(out, null, v));
        for (CatalogView c : v.catalogs()) {
            page(dir.resolve(c.file()), out -> JtecatalogGenerated.render(out, null, v, c));
        }
        page(dir.resolve("majors.html"), out -> JtetermsGenerated.render(out, null, v, "majors", w.t("majors.title"),
                w.t("majors.intro", v.majors().size()), v.majors()));
        page(dir.resolve("competencies.html"), out -> JtetermsGenerated.render(out, null, v, "competencies",
                w.t("competencies.title"), w.t("competencies.intro", v.competencies().size()), v.competencies()));
        if (v.hasChanges()) {
            page(dir.resolve("changes.html"), out -> JtechangesGenerated.render(out, null, v));
        }
        Path assets = Files.createDirectory(dir.resolve("assets"));
        for (String a : ASSETS) {
            try (InputStream in = HtmlHandbook.class.getResourceAsStream("assets/" + a)) {
                if (in == null) {
                    throw new IOException("missing resource assets/" + a);
                }
                Files.copy(in, assets.resolve(a));
            }
        }
    }

    private static void page(Path file, Consumer<OwaspHtmlTemplateOutput> template) throws IOException {
        try (Writer writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            template.accept(new OwaspHtmlTemplateOutput(new WriterOutput(writer)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
