package org.talentcatalog.publish.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.nio.file.Path;
import org.talentcatalog.model.io.FileException;
import org.talentcatalog.model.io.FileWriteException;
import org.talentcatalog.publish.Release;
import org.talentcatalog.publish.internal.Folders;
import org.talentcatalog.publish.internal.PrintHandbook;
import org.talentcatalog.publish.internal.Views;
import org.talentcatalog.publish.internal.Words;
import org.talentcatalog.render.RenderContext;

/**
 * Writes the handbook of a {@link Release} as a PDF for print, {@value #FILE} in a folder: the same
 * content as the HTML handbook of {@code catalog-publish} (cover, 编制说明, positions by industry, the
 * charts' numbers as tables, a card per position, the majors and competencies indexes, the changes),
 * on A4 pages with a table of contents, bookmarks, page numbers, a running header with the catalog's
 * title and document number, and no table row split across pages. Every character is set in one
 * {@link HandbookFont}, each font embedded as a subset; a character the font lacks is an error, never a blank
 * box.
 *
 * <p>The folder is written whole, as the HTML handbook's is: an existing folder is replaced only when
 * it is empty or holds a handbook written before. Stateless and thread-safe.
 *
 * <pre>{@code
 * PdfHandbooks.write(Release.of(catalog), RenderContext.defaults(), HandbookFont.find(), Path.of("print"));
 * }</pre>
 */
public final class PdfHandbooks {

    /** The PDF's file name in the output folder. */
    public static final String FILE = "handbook.pdf";

    private PdfHandbooks() {
    }

    /**
     * Writes the PDF handbook of {@code release} into the folder {@code out}, set in {@code font}.
     *
     * @throws FileException a {@link org.talentcatalog.model.io.FileReadException} naming the font
     *     when it lacks a character of the handbook; a {@link FileWriteException} when the folder may
     *     not be replaced or cannot be written (then it is unchanged)
     */
    public static void write(Release release, RenderContext context, HandbookFont font, Path out) throws FileException {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(font, "font");
        String xhtml = xhtml(release, context, font.files().size());
        Set<Integer> missing = new TreeSet<>();
        xhtml.codePoints().filter(cp -> cp >= 0x20 && !Character.isWhitespace(cp) && !font.covers(cp)).forEach(missing::add);
        if (!missing.isEmpty()) {
            String list = missing.stream().limit(12).map(cp -> new String(Character.toChars(cp))
                    + " (U+" + String.format("%04X", cp) + ")").collect(Collectors.joining(", "));
            Path last = font.files().get(font.files().size() - 1);
            throw HandbookFont.error(last, "字体缺少手册用到的 " + missing.size() + " 个字符：" + list + "；请用 --font 换一个字体",
                    "the font lacks " + missing.size() + " characters of the handbook: " + list + "; give another font with --font", null);
        }
        Folders.write(out, dir -> Layout.pdf(xhtml, font.files(), dir.resolve(FILE)));
    }

    /** The XHTML document the PDF is laid out from, for {@code release} in the language of {@code context}. */
    static String xhtml(Release release, RenderContext context, int fonts) {
        StringWriter w = new StringWriter(1 << 16);
        try {
            PrintHandbook.write(Views.of(release, new Words(context.locale())), Layout.families(fonts), w);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return w.toString();
    }
}
