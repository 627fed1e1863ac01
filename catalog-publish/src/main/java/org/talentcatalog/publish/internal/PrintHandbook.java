package org.talentcatalog.publish.internal;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.talentcatalog.publish.internal.html.JteprintGenerated;

/**
 * The handbook as one XHTML document for paged media, which the PDF module lays out: the cover, a
 * table of contents, per catalog its 编制说明, positions by industry, the charts' numbers as tables and
 * a card per position, then the majors and competencies indexes and the changes. Every character is
 * set in the font families the caller names (registered with the layout engine as
 * {@value #FONT_FAMILY}{@code -0}, …). Well-formed XML:
 * void elements are closed, text and attributes escaped.
 */
public final class PrintHandbook {

    /** The prefix of the font families the layout engine is given. */
    public static final String FONT_FAMILY = "handbook";

    /** Where the style sheet names the fonts. */
    private static final String FONTS = "-handbook-fonts";

    private static final String CSS = css();

    private PrintHandbook() {
    }

    /** Writes the document of {@code v}, set in the CSS font-family list {@code families}, to {@code out}. */
    public static void write(HandbookView v, String families, Writer out) throws IOException {
        try {
            JteprintGenerated.render(new OwaspHtmlTemplateOutput(new WriterOutput(out)), null, v, CSS.replace(FONTS, families));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String css() {
        try (InputStream in = PrintHandbook.class.getResourceAsStream("assets/print.css")) {
            if (in == null) {
                throw new IllegalStateException("missing resource assets/print.css");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
